// The quiz flow as a state machine: what the player sees next, never whether an answer is right.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { PublicQuestion } from '../quiz/questions';
import type { GivenAnswer, Verdict } from '../quiz/scoring';

export interface CheckRequest {
	attemptKey: string;
	questionId: string;
	answer: GivenAnswer;
}

export interface QuizInput {
	questions: PublicQuestion[];
	/** Where a reload resumes from: the attempt, what the server has scored, and what was in flight. */
	attemptKey?: string | null;
	/** The attempt's public id, for its share link. */
	publicId?: string | null;
	verdicts?: Verdict[];
	index?: number;
	pending?: GivenAnswer | null;
}

export interface QuizContext {
	questions: PublicQuestion[];
	attemptKey: string | null;
	publicId: string | null;
	index: number;
	/** The answer chosen for the current question; kept through a failed check so nothing is lost. */
	draft: GivenAnswer | null;
	verdicts: Record<string, Verdict>;
	error: string | null;
}

export type QuizEvent =
	| { type: 'quiz.start' }
	| { type: 'quiz.retry' }
	| { type: 'quiz.restart' }
	| { type: 'answer.select'; answer: GivenAnswer | null }
	| { type: 'answer.submit' }
	| { type: 'answer.retry' }
	| { type: 'question.next' };

const current = (c: QuizContext) => c.questions[c.index];
const errorMessage = (error: unknown) =>
	error instanceof Error ? error.message : 'Something went wrong. Try again.';
const firstUnanswered = (questions: PublicQuestion[], verdicts: Record<string, Verdict>) => {
	const i = questions.findIndex((q) => !verdicts[q.id]);
	return i === -1 ? questions.length - 1 : i;
};

/** The next question without a verdict, after the current one first, then from the top. */
const nextUnanswered = ({ questions, verdicts, index }: QuizContext) => {
	const later = questions.findIndex((q, i) => i > index && !verdicts[q.id]);
	return later === -1 ? firstUnanswered(questions, verdicts) : later;
};

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput
	},
	actors: {
		createAttempt: fromPromise<{ attemptKey: string; publicId: string }>(async () => {
			throw new Error('createAttempt is provided by the app');
		}),
		checkAnswer: fromPromise<Verdict, CheckRequest>(async () => {
			throw new Error('checkAnswer is provided by the app');
		})
	},
	guards: {
		hasNoAttempt: ({ context }) => context.attemptKey === null,
		allAnswered: ({ context }) => context.questions.every((q) => context.verdicts[q.id]),
		currentAnswered: ({ context }) => Boolean(context.verdicts[current(context)?.id ?? '']),
		hasDraft: ({ context }) => context.draft !== null
	},
	actions: {
		selectAnswer: assign({
			draft: ({ event }) => {
				assertEvent(event, 'answer.select');
				return event.answer;
			}
		}),
		nextQuestion: assign({
			index: ({ context }) => nextUnanswered(context),
			draft: null,
			error: null
		}),
		clearAttempt: assign({
			attemptKey: null,
			publicId: null,
			index: 0,
			draft: null,
			verdicts: {},
			error: null
		})
	}
}).createMachine({
	id: 'quiz',
	context: ({ input }) => {
		const verdicts = Object.fromEntries((input.verdicts ?? []).map((v) => [v.questionId, v]));
		const index =
			input.index !== undefined && input.index >= 0 && input.index < input.questions.length
				? input.index
				: firstUnanswered(input.questions, verdicts);
		return {
			questions: input.questions,
			attemptKey: input.attemptKey ?? null,
			publicId: input.publicId ?? null,
			index,
			draft: input.pending ?? null,
			verdicts,
			error: null
		};
	},
	initial: 'resuming',
	on: {
		'quiz.restart': { target: '.intro', actions: 'clearAttempt' }
	},
	states: {
		resuming: {
			always: [
				{ guard: 'hasNoAttempt', target: 'intro' },
				{ guard: 'allAnswered', target: 'finished' },
				{ guard: 'currentAnswered', target: 'feedback' },
				{ guard: 'hasDraft', target: 'checking' },
				{ target: 'asking' }
			]
		},
		intro: {
			on: { 'quiz.start': 'starting' }
		},
		starting: {
			invoke: {
				src: 'createAttempt',
				onDone: {
					target: 'asking',
					actions: assign({
						attemptKey: ({ event }) => event.output.attemptKey,
						publicId: ({ event }) => event.output.publicId,
						error: null
					})
				},
				onError: {
					target: 'startFailed',
					actions: assign({ error: ({ event }) => errorMessage(event.error) })
				}
			}
		},
		startFailed: {
			on: { 'quiz.retry': 'starting', 'quiz.start': 'starting' }
		},
		asking: {
			on: {
				'answer.select': { actions: 'selectAnswer' },
				'answer.submit': { guard: 'hasDraft', target: 'checking' }
			}
		},
		checking: {
			invoke: {
				src: 'checkAnswer',
				input: ({ context }) => ({
					attemptKey: context.attemptKey!,
					questionId: current(context)!.id,
					answer: context.draft!
				}),
				onDone: {
					target: 'feedback',
					actions: assign({
						verdicts: ({ context, event }) => ({
							...context.verdicts,
							[event.output.questionId]: event.output
						}),
						error: null
					})
				},
				onError: {
					target: 'checkFailed',
					actions: assign({ error: ({ event }) => errorMessage(event.error) })
				}
			}
		},
		checkFailed: {
			on: { 'answer.retry': 'checking' }
		},
		feedback: {
			on: {
				'question.next': [
					{ guard: 'allAnswered', target: 'finished' },
					{ target: 'asking', actions: 'nextQuestion' }
				]
			}
		},
		finished: {}
	}
});
