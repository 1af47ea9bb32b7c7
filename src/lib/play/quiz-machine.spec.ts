import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions, toPublicQuestion } from '../quiz/questions';
import { scoreAnswer } from '../quiz/scoring';
import { quizMachine, type CheckRequest, type CheckResult, type QuizInput } from './quiz-machine';

const full = generateQuestions(pack);
const questions = full.map(toPublicQuestion);

/** A stand-in server that scores with the real rules, and can be told to fail. */
function fakeServer() {
	const server = {
		offline: false,
		checks: [] as CheckRequest[],
		machine: quizMachine.provide({
			actors: {
				createAttempt: fromPromise(async () => {
					if (server.offline) throw new Error('offline');
					return { attemptKey: 'k'.repeat(32), publicId: 'p'.repeat(24) };
				}),
				checkAnswer: fromPromise<CheckResult, CheckRequest>(async ({ input }) => {
					server.checks.push(input);
					if (server.offline) throw new Error("We couldn't reach the server.");
					return scoreAnswer(
						full.find((q) => q.id === input.questionId)!,
						input.answer,
						input.cited
					);
				})
			}
		})
	};
	return server;
}

function start(input: Partial<QuizInput> = {}) {
	const server = fakeServer();
	const actor = createActor(server.machine, { input: { questions, ...input } });
	actor.start();
	return { server, actor };
}

const answerFor = (i: number) => full[i]!.answer;

describe('the quiz machine', () => {
	it('starts at the intro and creates an attempt on quiz.start', async () => {
		const { actor } = start();
		expect(actor.getSnapshot().value).toBe('intro');
		expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
		actor.send({ type: 'quiz.start' });
		await waitFor(actor, (s) => s.matches('asking'));
		expect(actor.getSnapshot().context.attemptKey).toBe('k'.repeat(32));
		expect(actor.getSnapshot().context.publicId).toBe('p'.repeat(24));
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('will not submit without an answer', async () => {
		const { actor } = start({ attemptKey: 'k'.repeat(32) });
		expect(actor.getSnapshot().value).toBe('asking');
		expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
		actor.send({ type: 'answer.select', answer: 'russell' });
		expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(true);
	});

	it('plays a whole round to the finish', async () => {
		const { actor, server } = start({ attemptKey: 'k'.repeat(32) });
		for (let i = 0; i < questions.length; i++) {
			actor.send({ type: 'answer.select', answer: answerFor(i) });
			actor.send({ type: 'answer.submit' });
			await waitFor(actor, (s) => s.matches('feedback'));
			expect(actor.getSnapshot().context.verdicts[questions[i]!.id]?.correct).toBe(true);
			actor.send({ type: 'question.next' });
		}
		expect(actor.getSnapshot().value).toBe('finished');
		expect(server.checks.map((c) => c.questionId)).toEqual(questions.map((q) => q.id));
	});

	it('keeps the answer through a network failure and sends it again on retry', async () => {
		const { actor, server } = start({ attemptKey: 'k'.repeat(32) });
		server.offline = true;
		actor.send({ type: 'answer.select', answer: 'bottas' });
		actor.send({ type: 'answer.submit' });
		await waitFor(actor, (s) => s.matches('checkFailed'));
		expect(actor.getSnapshot().context.draft).toBe('bottas');
		expect(actor.getSnapshot().context.error).toContain("couldn't reach");
		expect(actor.getSnapshot().can({ type: 'answer.select', answer: 'russell' })).toBe(false);

		server.offline = false;
		actor.send({ type: 'answer.retry' });
		await waitFor(actor, (s) => s.matches('feedback'));
		expect(server.checks.map((c) => c.answer)).toEqual(['bottas', 'bottas']);
		expect(actor.getSnapshot().context.error).toBeNull();
	});

	it('offers a retry when the attempt cannot be created', async () => {
		const { actor, server } = start();
		server.offline = true;
		actor.send({ type: 'quiz.start' });
		await waitFor(actor, (s) => s.matches('startFailed'));
		server.offline = false;
		actor.send({ type: 'quiz.retry' });
		await waitFor(actor, (s) => s.matches('asking'));
		expect(actor.getSnapshot().context.attemptKey).not.toBeNull();
	});

	it('resumes at the first unanswered question', () => {
		const verdicts = [0, 1, 2].map((i) => scoreAnswer(full[i]!, answerFor(i)));
		const { actor } = start({ attemptKey: 'k'.repeat(32), verdicts });
		expect(actor.getSnapshot().value).toBe('asking');
		expect(actor.getSnapshot().context.index).toBe(3);
	});

	it('resumes on the feedback the player was reading', () => {
		const verdicts = [0, 1].map((i) => scoreAnswer(full[i]!, answerFor(i)));
		const { actor } = start({ attemptKey: 'k'.repeat(32), verdicts, index: 1 });
		expect(actor.getSnapshot().value).toBe('feedback');
		expect(actor.getSnapshot().context.index).toBe(1);
	});

	it('resumes an answer that was in flight by checking it again', async () => {
		const { actor, server } = start({ attemptKey: 'k'.repeat(32), index: 0, pending: 'russell' });
		await waitFor(actor, (s) => s.matches('feedback'));
		expect(server.checks).toEqual([
			{ attemptKey: 'k'.repeat(32), questionId: 'q01', answer: 'russell', cited: [] }
		]);
	});

	it('resumes a finished attempt at the results', () => {
		const verdicts = full.map((q) => scoreAnswer(q, q.answer));
		const { actor } = start({ attemptKey: 'k'.repeat(32), verdicts });
		expect(actor.getSnapshot().value).toBe('finished');
	});

	it('restarts from anywhere, forgetting the old attempt', async () => {
		const { actor } = start({ attemptKey: 'k'.repeat(32) });
		actor.send({ type: 'answer.select', answer: 'russell' });
		actor.send({ type: 'quiz.restart' });
		expect(actor.getSnapshot().value).toBe('intro');
		expect(actor.getSnapshot().context).toMatchObject({
			attemptKey: null,
			draft: null,
			verdicts: {}
		});
	});

	it('skips questions already answered elsewhere (another tab)', async () => {
		const verdicts = [0, 2, 3].map((i) => scoreAnswer(full[i]!, answerFor(i)));
		const { actor } = start({ attemptKey: 'k'.repeat(32), verdicts, index: 0 });
		expect(actor.getSnapshot().value).toBe('feedback');
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().context.index).toBe(1);
		actor.send({ type: 'answer.select', answer: answerFor(1) });
		actor.send({ type: 'answer.submit' });
		await waitFor(actor, (s) => s.matches('feedback'));
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().context.index).toBe(4);
	});

	it('moves straight on when the verdict is withheld until the end (assessment mode)', async () => {
		const server = fakeServer();
		const machine = server.machine.provide({
			actors: {
				checkAnswer: fromPromise<CheckResult, CheckRequest>(async ({ input }) => ({
					questionId: input.questionId,
					withheld: true
				}))
			}
		});
		const actor = createActor(machine, { input: { questions, attemptKey: 'k'.repeat(32) } });
		actor.start();
		actor.send({ type: 'answer.select', answer: 'russell' });
		actor.send({ type: 'answer.submit' });
		await waitFor(actor, (s) => s.matches('asking') && s.context.index === 1);
		expect(actor.getSnapshot().context.verdicts).toEqual({ q01: null });
	});

	it('resumes after withheld answers at the next open question', () => {
		const { actor } = start({ attemptKey: 'k'.repeat(32), withheldIds: ['q01', 'q02'], index: 1 });
		expect(actor.getSnapshot().value).toBe('asking');
		expect(actor.getSnapshot().context.index).toBe(2);
	});

	it('waits for the teacher to open the next question, then goes on', async () => {
		const { actor } = start({ attemptKey: 'k'.repeat(32), openQuestions: 1 });
		actor.send({ type: 'answer.select', answer: answerFor(0) });
		actor.send({ type: 'answer.submit' });
		await waitFor(actor, (s) => s.matches('feedback'));
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().value).toBe('waiting');
		expect(actor.getSnapshot().can({ type: 'answer.submit' })).toBe(false);
		actor.send({ type: 'pace.update', openQuestions: 2 });
		expect(actor.getSnapshot().value).toBe('asking');
		expect(actor.getSnapshot().context.index).toBe(1);
	});

	it('ignores an out-of-range saved index', () => {
		const { actor } = start({ attemptKey: 'k'.repeat(32), index: 999 });
		expect(actor.getSnapshot().context.index).toBe(0);
	});

	it('tags what the screen shows, and busy while an answer is out', async () => {
		const { actor, server } = start();
		const tags = () => [...actor.getSnapshot().tags].sort();
		expect(tags()).toEqual(['intro']);
		server.offline = true;
		actor.send({ type: 'quiz.start' });
		expect(tags()).toEqual(['intro']);
		await waitFor(actor, (s) => s.matches('startFailed'));
		expect(tags()).toEqual(['intro']);
		server.offline = false;
		actor.send({ type: 'quiz.retry' });
		await waitFor(actor, (s) => s.matches('asking'));
		expect(tags()).toEqual([]);
		actor.send({ type: 'answer.select', answer: answerFor(0) });
		actor.send({ type: 'answer.submit' });
		expect(tags()).toEqual(['busy']);
		await waitFor(actor, (s) => s.matches('feedback'));
		expect(tags()).toEqual(['feedback']);
	});

	it('tags the wait for the teacher and the end', async () => {
		const waiting = start({ attemptKey: 'k'.repeat(32), withheldIds: ['q01'], openQuestions: 1 });
		expect(waiting.actor.getSnapshot().hasTag('waiting')).toBe(true);
		const verdicts = full.map((q) => scoreAnswer(q, q.answer));
		const done = start({ attemptKey: 'k'.repeat(32), verdicts });
		expect([...done.actor.getSnapshot().tags]).toEqual(['finished']);
	});

	describe('citing', () => {
		// Q1 asks who "the Briton" is; the article proves it with p9s1 and p10s1 (read by hand).
		const briton = ['p9s1', 'p10s1'];

		it('toggles sentences while asking and sends them with the answer', async () => {
			const { actor, server } = start({ attemptKey: 'k'.repeat(32) });
			actor.send({ type: 'answer.select', answer: 'russell' });
			for (const id of [...briton, 'p1s1', 'p1s1'])
				actor.send({ type: 'evidence.toggle', sentenceId: id });
			expect(actor.getSnapshot().context.cited).toEqual(briton);
			actor.send({ type: 'answer.submit' });
			await waitFor(actor, (s) => s.matches('feedback'));
			expect(server.checks.at(-1)).toMatchObject({ answer: 'russell', cited: briton });
			const verdict = actor.getSnapshot().context.verdicts['q01'];
			expect(verdict).toMatchObject({ citation: 'counted', evidencePoints: 1 });
			// The next question starts with nothing cited.
			actor.send({ type: 'question.next' });
			expect(actor.getSnapshot().context).toMatchObject({ index: 1, cited: [], draft: null });
		});

		it('sends no citation with an answer that says the article has nothing on it', async () => {
			const { actor, server } = start({ attemptKey: 'k'.repeat(32) });
			actor.send({ type: 'evidence.toggle', sentenceId: 'p9s1' });
			actor.send({ type: 'answer.select', answer: 'not-said' });
			actor.send({ type: 'answer.submit' });
			await waitFor(actor, (s) => s.matches('feedback'));
			expect(server.checks.at(-1)).toMatchObject({ answer: 'not-said', cited: [] });
		});

		it('takes at most ten sentences, and none when the exercise asks for no evidence', () => {
			const { actor } = start({ attemptKey: 'k'.repeat(32) });
			for (let s = 1; s <= 12; s++) actor.send({ type: 'evidence.toggle', sentenceId: `p1s${s}` });
			expect(actor.getSnapshot().context.cited).toHaveLength(10);
			// Releasing one makes room again.
			actor.send({ type: 'evidence.toggle', sentenceId: 'p1s1' });
			actor.send({ type: 'evidence.toggle', sentenceId: 'p1s12' });
			expect(actor.getSnapshot().context.cited).toHaveLength(10);
			expect(actor.getSnapshot().context.cited).toContain('p1s12');

			const off = start({ attemptKey: 'k'.repeat(32), evidenceMode: 'off' }).actor;
			off.send({ type: 'evidence.toggle', sentenceId: 'p9s1' });
			expect(off.getSnapshot().context.cited).toEqual([]);
		});

		it('keeps the answer and the citation through a failed check, and resends both', async () => {
			const { actor, server } = start({ attemptKey: 'k'.repeat(32) });
			actor.send({ type: 'answer.select', answer: 'russell' });
			for (const id of briton) actor.send({ type: 'evidence.toggle', sentenceId: id });
			server.offline = true;
			actor.send({ type: 'answer.submit' });
			await waitFor(actor, (s) => s.matches('checkFailed'));
			expect(actor.getSnapshot().context).toMatchObject({ draft: 'russell', cited: briton });
			// No new picks while the answer is on its way.
			actor.send({ type: 'evidence.toggle', sentenceId: 'p1s1' });
			expect(actor.getSnapshot().context.cited).toEqual(briton);
			server.offline = false;
			actor.send({ type: 'answer.retry' });
			await waitFor(actor, (s) => s.matches('feedback'));
			expect(server.checks).toHaveLength(2);
			expect(server.checks[1]).toEqual(server.checks[0]);
		});

		it('resumes a draft answer and its citation without sending them', () => {
			const { actor, server } = start({
				attemptKey: 'k'.repeat(32),
				index: 0,
				draft: 'russell',
				cited: briton
			});
			expect(actor.getSnapshot().value).toBe('asking');
			expect(actor.getSnapshot().context).toMatchObject({ draft: 'russell', cited: briton });
			expect(server.checks).toEqual([]);
		});

		it('resumes an answer in flight with its citation', async () => {
			const { actor, server } = start({
				attemptKey: 'k'.repeat(32),
				index: 0,
				pending: 'russell',
				cited: briton
			});
			await waitFor(actor, (s) => s.matches('feedback'));
			expect(server.checks).toEqual([
				{ attemptKey: 'k'.repeat(32), questionId: 'q01', answer: 'russell', cited: briton }
			]);
		});
	});
});
