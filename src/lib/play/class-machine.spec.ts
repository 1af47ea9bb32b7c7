import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions, toPublicQuestion } from '../quiz/questions';
import { scoreAnswer } from '../quiz/scoring';
import { OFFLINE_MESSAGE, OfflineError } from './api';
import { RETRY_SOON_MESSAGE } from './class-api';
import { checkOrKeep, followClass, listener, watchNetwork } from './class-effects';
import { liveClassMachine } from './class-machine';
import { createOutbox } from './outbox';
import type { CheckRequest, CheckResult, QuizInput } from './quiz-machine';

const full = generateQuestions(pack);
const questions = full.map(toPublicQuestion);
const seat = 's'.repeat(32);

/** A stand-in EventSource: the spec opens, fails and feeds each stream the page would open. */
class FakeEventSource extends EventTarget {
	static readonly CONNECTING = 0;
	static readonly OPEN = 1;
	static readonly CLOSED = 2;
	static opened: FakeEventSource[] = [];
	readyState = FakeEventSource.CONNECTING;
	onmessage: ((event: MessageEvent) => void) | null = null;
	constructor(readonly url: string) {
		super();
		FakeEventSource.opened.push(this);
	}
	close() {
		this.readyState = FakeEventSource.CLOSED;
	}
	/** The server's answer was not a stream (a 503): the browser gives up on this one. */
	fail() {
		this.readyState = FakeEventSource.CLOSED;
		this.dispatchEvent(new Event('error'));
	}
	message(data: string) {
		this.onmessage?.(new MessageEvent('message', { data }));
	}
}

/** A server that scores with the real rules, answers as `reply` says, and counts what it got. */
function fakeServer() {
	const server = {
		reply: 'ok' as 'ok' | 'busy' | 'offline',
		checks: [] as CheckRequest[],
		check: async (request: CheckRequest): Promise<CheckResult> => {
			server.checks.push(request);
			if (server.reply === 'busy') throw new OfflineError(RETRY_SOON_MESSAGE);
			if (server.reply === 'offline') throw new OfflineError();
			return scoreAnswer(
				full.find((q) => q.id === request.questionId)!,
				request.answer
			);
		}
	};
	return server;
}

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

const quiet = listener(() => () => {});

/** A seat's class machine as the page builds it; the stream and the network are quiet unless given. */
function seatAt(
	input: Partial<QuizInput> = {},
	{ keepOffline = false, classStream = quiet, network = quiet } = {}
) {
	const server = fakeServer();
	const outbox = createOutbox(memoryStorage(), 'outbox', server.check);
	const machine = liveClassMachine({ classStream, network, outbox }).provide({
		actors: {
			checkAnswer: fromPromise(({ input }: { input: CheckRequest }) =>
				checkOrKeep(server.check, outbox, keepOffline)(input)
			)
		}
	});
	const actor = createActor(machine, { input: { questions, attemptKey: seat, ...input } });
	actor.start();
	return { server, outbox, actor };
}

const answerFirst = (actor: ReturnType<typeof seatAt>['actor']) => {
	actor.send({ type: 'answer.select', answer: full[0]!.answer });
	actor.send({ type: 'answer.submit' });
};

beforeEach(() => {
	vi.useFakeTimers();
	FakeEventSource.opened = [];
	vi.stubGlobal('EventSource', FakeEventSource);
	vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the class machine', () => {
	it('sends an answer the server asked for again (503) by itself after four seconds', async () => {
		const { actor, server } = seatAt();
		server.reply = 'busy';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(0);
		expect(actor.getSnapshot().value).toBe('checkFailed');
		expect(actor.getSnapshot().context.error).toBe(RETRY_SOON_MESSAGE);

		server.reply = 'ok';
		await vi.advanceTimersByTimeAsync(3_999);
		expect(server.checks).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(actor.getSnapshot().value).toBe('feedback');
		expect(server.checks).toHaveLength(2);
		expect(server.checks[1]).toEqual(server.checks[0]);
	});

	it('asks again every four seconds for as long as the server is busy', async () => {
		const { actor, server } = seatAt();
		server.reply = 'busy';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(3 * 4_000);
		expect(server.checks).toHaveLength(4);
		expect(actor.getSnapshot().value).toBe('checkFailed');
	});

	it('leaves any other failure to the student', async () => {
		const { actor, server } = seatAt();
		server.reply = 'offline';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(actor.getSnapshot().value).toBe('checkFailed');
		expect(actor.getSnapshot().context.error).toBe(OFFLINE_MESSAGE);
		expect(server.checks).toHaveLength(1);
	});

	it('sends a failed answer again when the browser is back online', async () => {
		const { actor, server } = seatAt({}, { network: watchNetwork });
		server.reply = 'offline';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(0);
		expect(actor.getSnapshot().value).toBe('checkFailed');

		server.reply = 'ok';
		window.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(actor.getSnapshot().value).toBe('feedback');
		expect(server.checks).toHaveLength(2);
	});

	it('keeps answers given offline (results at the end) and sends them when back online', async () => {
		const { actor, server, outbox } = seatAt({}, { keepOffline: true, network: watchNetwork });
		server.reply = 'offline';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(0);
		// The student moves on; the answer waits on this device.
		expect(actor.getSnapshot().value).toBe('asking');
		expect(actor.getSnapshot().context).toMatchObject({ index: 1, verdicts: { q01: null } });
		expect(outbox.size).toBe(1);

		server.reply = 'ok';
		window.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(outbox.size).toBe(0);
		expect(server.checks.map((c) => c.questionId)).toEqual(['q01', 'q01']);
	});

	it('tries the kept answers again every fifteen seconds, even with no online event', async () => {
		const { actor, server, outbox } = seatAt({}, { keepOffline: true });
		server.reply = 'offline';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(0);
		expect(outbox.size).toBe(1);

		server.reply = 'ok';
		await vi.advanceTimersByTimeAsync(14_999);
		expect(outbox.size).toBe(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(outbox.size).toBe(0);
	});

	it('stops hearing the network when the seat is done with', async () => {
		const { actor, server } = seatAt({}, { network: watchNetwork });
		server.reply = 'offline';
		answerFirst(actor);
		await vi.advanceTimersByTimeAsync(0);
		actor.stop();
		window.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(server.checks).toHaveLength(1);
	});

	describe('the live stream', () => {
		const url = '/class/ABCDEF/events';
		// Question 1 answered (its verdict withheld), question 2 not open yet: the seat waits.
		const waitingSeat = (onChange = () => {}, shownClosed = false) =>
			seatAt(
				{ withheldIds: ['q01'], openQuestions: 1 },
				{ classStream: followClass(url, shownClosed, onChange) }
			);

		it('moves on when the teacher opens the next question', () => {
			const { actor } = waitingSeat();
			expect(actor.getSnapshot().value).toBe('waiting');
			expect(FakeEventSource.opened.map((s) => s.url)).toEqual([url]);
			FakeEventSource.opened[0]!.message('{"openQuestions":2,"closed":false}');
			expect(actor.getSnapshot().value).toBe('asking');
			expect(actor.getSnapshot().context.index).toBe(1);
		});

		it('reconnects after the server dropped it, and follows the class again', async () => {
			const { actor } = waitingSeat();
			FakeEventSource.opened[0]!.fail();
			await vi.advanceTimersByTimeAsync(1_999);
			expect(FakeEventSource.opened).toHaveLength(1);
			await vi.advanceTimersByTimeAsync(1);
			expect(FakeEventSource.opened).toHaveLength(2);
			FakeEventSource.opened[1]!.message('{"openQuestions":2,"closed":false}');
			expect(actor.getSnapshot().value).toBe('asking');
		});

		it('ignores what is not a pace update', () => {
			const changed = vi.fn();
			const { actor } = waitingSeat(changed);
			const stream = FakeEventSource.opened[0]!;
			for (const data of ['', '{', '{"openQuestions":"2","closed":false}', '{"removed":false}'])
				stream.message(data);
			expect(actor.getSnapshot().value).toBe('waiting');
			expect(changed).not.toHaveBeenCalled();
		});

		it('hands a removal, or the class closing, to the page', () => {
			const changed = vi.fn();
			const { actor } = waitingSeat(changed);
			const stream = FakeEventSource.opened[0]!;
			stream.message('{"removed":true}');
			stream.message('{"openQuestions":2,"closed":true}');
			expect(changed).toHaveBeenCalledTimes(2);
			expect(actor.getSnapshot().context.openQuestions).toBe(1);
		});

		it('takes the pace of a class the page already shows closed', () => {
			const changed = vi.fn();
			const { actor } = waitingSeat(changed, true);
			FakeEventSource.opened[0]!.message('{"openQuestions":2,"closed":true}');
			expect(changed).not.toHaveBeenCalled();
			expect(actor.getSnapshot().context.openQuestions).toBe(2);
		});

		it('gives the stream up to a newer tab, and closes it with the seat', async () => {
			const { actor } = waitingSeat();
			const first = FakeEventSource.opened[0]!;
			first.dispatchEvent(new Event('replaced'));
			expect(first.readyState).toBe(FakeEventSource.CLOSED);
			first.fail();
			await vi.advanceTimersByTimeAsync(60_000);
			expect(FakeEventSource.opened).toHaveLength(1);

			const other = waitingSeat();
			actor.stop();
			other.actor.stop();
			expect(FakeEventSource.opened[1]!.readyState).toBe(FakeEventSource.CLOSED);
		});
	});
});
