// The quiz machine for a seat in a class: the same states, plus what the class page does by itself
// (follows the class's pace, hears the network come back, sends again what could not get through).
import { fromPromise, setup, type AnyActorLogic, type AnyActorRef } from 'xstate';
import { RETRY_SOON_MESSAGE } from './class-api';
import type { Outbox } from './outbox';
import {
	quizMachine,
	type QuizContext,
	type QuizEvent,
	type QuizInput,
	type QuizTag
} from './quiz-machine';

/** An answer the server asked for again (503, its database away for a moment) waits this long. */
export const RETRY_SOON_MS = 4_000;
/** Answers kept on this device are tried again this often, besides when the network returns. */
export const OUTBOX_RETRY_MS = 15_000;

/** A listener (class-effects.ts) the page provides; invoked with the machine as its input. */
const providedByThePage = (name: string) =>
	fromPromise<never, AnyActorRef>(async () => {
		throw new Error(`${name} is provided by the class page`);
	});
const toThisMachine = ({ self }: { self: AnyActorRef }) => self;

/**
 * Sends the answers kept on this device (assessment mode, given offline): at once, when the
 * network returns, and every OUTBOX_RETRY_MS while some wait. The page provides its outbox.
 */
export const outboxMachine = setup({
	types: { events: {} as { type: 'network.online' } },
	actors: {
		flush: fromPromise<void>(async () => {}),
		/** Sends `network.online` when the browser is back online (class-effects.ts). */
		network: providedByThePage('network')
	},
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
			invoke: { src: 'network', input: toThisMachine },
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

/** The outbox machine sending through `outbox`, hearing the network through `network`. */
export const sendsOutbox = (outbox: Outbox, network: AnyActorLogic) =>
	outboxMachine.provide({
		actors: { flush: fromPromise(() => outbox.flush()), network },
		guards: { someWaiting: () => outbox.size > 0 }
	});

// The quiz machine's own config and implementations, built on here: one definition of the quiz.
// Their types name the quiz machine's setup, so they are spread as plain objects.
const quiz = quizMachine.config;
const quizStates = quiz.states as Record<string, { on?: object }>;

export const classMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput,
		tags: {} as QuizTag
	},
	// createAttempt and checkAnswer come with the quiz's config: the runes bridge provides them.
	actors: {
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
	invoke: [{ src: 'classStream', input: toThisMachine }, { src: 'outbox' }],
	states: {
		...quizStates,
		checkFailed: {
			...quizStates.checkFailed,
			// Sent again as soon as the browser is back online...
			invoke: { src: 'network', input: toThisMachine },
			on: { ...quizStates.checkFailed!.on, 'network.online': 'checking' },
			// ...and by itself when the server asked for it again; any other failure waits for the student.
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
			outbox: sendsOutbox(effects.outbox, effects.network)
		}
	}) as unknown as typeof quizMachine;
