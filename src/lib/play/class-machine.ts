// The quiz machine for a seat in a class: the same states, plus what the class page does by itself
// (follows the class's pace, hears the network come back, sends again what could not get through).
import { fromCallback, fromPromise, raise, sendTo, setup, type AnyActorLogic } from 'xstate';
import { RETRY_SOON_MESSAGE } from './class-api';
import type { Outbox } from './outbox';
import {
	quizMachine,
	type CheckRequest,
	type CheckResult,
	type QuizContext,
	type QuizEvent,
	type QuizInput,
	type QuizTag
} from './quiz-machine';

/** An answer the server asked for again (503, its database away for a moment) waits this long. */
export const RETRY_SOON_MS = 4_000;
/** Answers kept on this device are tried again this often, besides when the network returns. */
export const OUTBOX_RETRY_MS = 15_000;

const providedByThePage = (name: string) =>
	fromCallback(() => {
		throw new Error(`${name} is provided by the class page`);
	});

/**
 * Sends the answers kept on this device (assessment mode, given offline): at once, when the
 * network returns, and every OUTBOX_RETRY_MS while some wait. The page provides its outbox.
 */
export const outboxMachine = setup({
	types: { events: {} as { type: 'network.online' } },
	actors: { flush: fromPromise<void>(async () => {}) },
	guards: { someWaiting: () => false },
	delays: { outboxRetry: OUTBOX_RETRY_MS }
}).createMachine({
	id: 'outbox',
	initial: 'sending',
	states: {
		sending: {
			invoke: { src: 'flush', onDone: 'resting', onError: 'resting' }
		},
		resting: {
			on: { 'network.online': 'sending' },
			after: {
				outboxRetry: [
					{ guard: 'someWaiting', target: 'sending' },
					{ target: 'resting', reenter: true }
				]
			}
		}
	}
});

/** The outbox machine sending through `outbox`. */
export const sendsOutbox = (outbox: Outbox) =>
	outboxMachine.provide({
		actors: { flush: fromPromise(() => outbox.flush()) },
		guards: { someWaiting: () => outbox.size > 0 }
	});

// The quiz machine's own config and implementations, built on here: one definition of the quiz.
// Their types name the quiz machine's setup, so they are spread as plain objects.
const quiz = quizMachine.config;
const quizStates = quiz.states as Record<string, object>;

export const classMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput,
		tags: {} as QuizTag
	},
	actors: {
		createAttempt: fromPromise<{ attemptKey: string; publicId: string }>(async () => {
			throw new Error('A seat already has its attempt.');
		}),
		checkAnswer: fromPromise<CheckResult, CheckRequest>(async () => {
			throw new Error('checkAnswer is provided by the app');
		}),
		/** The class's live stream: sends `pace.update` (class-effects.ts). */
		classStream: providedByThePage('classStream'),
		/** Sends `network.online` when the browser is back online (class-effects.ts). */
		network: providedByThePage('network'),
		outbox: outboxMachine
	},
	guards: {
		...(quizMachine.implementations.guards as object),
		serverAskedAgain: ({ context }) => context.error === RETRY_SOON_MESSAGE
	},
	actions: quizMachine.implementations.actions as object,
	delays: { retrySoon: RETRY_SOON_MS }
}).createMachine({
	...(quiz as object),
	context: quiz.context as (args: { input: QuizInput }) => QuizContext,
	id: 'class-quiz',
	invoke: [{ src: 'classStream' }, { src: 'network' }, { id: 'outbox', src: 'outbox' }],
	on: {
		...(quiz.on as object),
		// Back online: what waits on this device goes, and so does an answer that failed to get through.
		'network.online': {
			actions: [sendTo('outbox', { type: 'network.online' }), raise({ type: 'answer.retry' })]
		}
	},
	states: {
		...quizStates,
		checkFailed: {
			...quizStates.checkFailed,
			// Sent again by itself when the server asked for it again; any other failure waits for the student.
			after: { retrySoon: { guard: 'serverAskedAgain', target: 'checking' } }
		}
	}
});

/**
 * The class machine with the page's effects, typed as the quiz machine it extends (the same
 * states, context and events) so the runes bridge and the quiz panel take it as they are.
 */
export const liveClassMachine = (effects: {
	classStream: AnyActorLogic;
	network: AnyActorLogic;
	outbox: Outbox;
}) =>
	classMachine.provide({
		actors: {
			classStream: effects.classStream,
			network: effects.network,
			outbox: sendsOutbox(effects.outbox)
		}
	}) as unknown as typeof quizMachine;
