// The quiz flow as a state machine: what the player sees next, never whether an answer is right.
import { assign, fromPromise, setup } from 'xstate';
import { MAX_CITED, type EvidenceMode } from '../quiz/evidence';
import type { PublicQuestion } from '../quiz/questions';
import type { GivenAnswer, Verdict } from '../quiz/scoring';

export interface CheckRequest {
	attemptKey: string;
	questionId: string;
	answer: GivenAnswer;
	/** Sentence ids; empty when the answer says the article has nothing on it. */
	cited: string[];
}

export interface QuizInput {
	questions: PublicQuestion[];
	/** Where a reload resumes from: the attempt, what the server has scored, and what was in flight. */
	attemptKey?: string | null;
	/** The attempt's public id, for its share link. */
	publicId?: string | null;
	verdicts?: Verdict[];
	/** Answers on record whose verdict is withheld until the end (classroom assessment mode). */
	withheldIds?: string[];
	/** How many questions are open; a teacher-paced class opens them one at a time. */
	openQuestions?: number;
	/** How this round asks for evidence; solo play gives a bonus point. */
	evidenceMode?: EvidenceMode;
	index?: number;
	/** An answer sent but not yet scored when the page went away: it is sent again. */
	pending?: GivenAnswer | null;
	/** An answer chosen but not sent yet, and the sentences cited with it (or with `pending`). */
	draft?: GivenAnswer | null;
	cited?: string[];
}

/** What a check returns: the verdict, or only that the answer is on record. */
export type CheckResult = Verdict | { questionId: string; withheld: true };

export interface QuizContext {
	questions: PublicQuestion[];
	attemptKey: string | null;
	publicId: string | null;
	index: number;
	/** The answer chosen for the current question; kept through a failed check so nothing is lost. */
	draft: GivenAnswer | null;
	/** The sentences cited for the current question, in the order they were picked. */
	cited: string[];
	evidenceMode: EvidenceMode;
	/** The page reloaded while an answer was in flight: resume by sending it again. */
	resend: boolean;
	/** Every answered question; null where the verdict is withheld until the end. */
	verdicts: Record<string, Verdict | null>;
	openQuestions: number;
	error: string | null;
}

export type QuizEvent =
	| { type: 'quiz.start' }
	| { type: 'quiz.retry' }
	| { type: 'quiz.restart' }
	| { type: 'answer.select'; answer: GivenAnswer | null }
	| { type: 'evidence.toggle'; sentenceId: string }
	| { type: 'answer.submit' }
	| { type: 'answer.retry' }
	| { type: 'question.next' }
	| { type: 'pace.update'; openQuestions: number }
	/** The browser is back online (class page: the network actor hears it). */
	| { type: 'network.online' };

/**
 * What the screen shows where states share a screen or need telling apart: the intro (before the
 * quiz, starting it, or a failed start), feedback, waiting, finished; and `busy` while an answer is
 * out (on its way, or failed and kept). States without a screen tag show the question.
 */
export type QuizTag = 'intro' | 'feedback' | 'waiting' | 'finished' | 'busy';

const current = (c: QuizContext) => c.questions[c.index];

/** Whether the current answer takes a citation: not when evidence is off, nor "not in the article". */
export const asksForEvidence = (
	c: Pick<QuizContext, 'questions' | 'index' | 'draft' | 'evidenceMode'>
) => {
	const question = current(c as QuizContext);
	if (c.evidenceMode === 'off' || !question) return false;
	if (question.format !== 'choice') return true;
	return !question.options.some((o) => o.id === c.draft && o.absent);
};
const errorMessage = (error: unknown) =>
	error instanceof Error ? error.message : 'Something went wrong. Try again.';
type Verdicts = QuizContext['verdicts'];
const isAnswered = (verdicts: Verdicts, id: string | undefined) =>
	id !== undefined && id in verdicts;
const firstUnanswered = (questions: PublicQuestion[], verdicts: Verdicts) => {
	const i = questions.findIndex((q) => !isAnswered(verdicts, q.id));
	return i === -1 ? questions.length - 1 : i;
};

/** The next unanswered question, after the current one first, then from the top. */
const nextUnanswered = ({ questions, verdicts, index }: QuizContext) => {
	const later = questions.findIndex((q, i) => i > index && !isAnswered(verdicts, q.id));
	return later === -1 ? firstUnanswered(questions, verdicts) : later;
};

/** Where to go once the current question is done: the end, the next open question, or a wait. */
const afterAnswer = [
	{ guard: 'allAnswered', target: 'finished' },
	{ guard: 'nextIsOpen', target: 'asking', actions: 'nextQuestion' },
	{ target: 'waiting', actions: 'nextQuestion' }
] as const;

/** An effect the app provides (the runes bridge, the specs): the machine only names it. */
const providedByTheApp = <Output, Input = unknown>() =>
	fromPromise<Output, Input>(() => Promise.reject(new Error('Provided by the app.')));

export const quizMachine = setup({
	types: {
		context: {} as QuizContext,
		events: {} as QuizEvent,
		input: {} as QuizInput,
		tags: {} as QuizTag
	},
	actors: {
		createAttempt: providedByTheApp<{ attemptKey: string; publicId: string }>(),
		checkAnswer: providedByTheApp<CheckResult, CheckRequest>()
	},
	guards: {
		hasNoAttempt: ({ context }) => context.attemptKey === null,
		allAnswered: ({ context }) =>
			context.questions.every((q) => isAnswered(context.verdicts, q.id)),
		currentAnswered: ({ context }) => isAnswered(context.verdicts, current(context)?.id),
		currentHasVerdict: ({ context }) => Boolean(context.verdicts[current(context)?.id ?? '']),
		currentIsOpen: ({ context }) => context.index < context.openQuestions,
		nextIsOpen: ({ context }) => nextUnanswered(context) < context.openQuestions,
		hasDraft: ({ context }) => context.draft !== null,
		resend: ({ context }) => context.resend && context.draft !== null,
		canCite: ({ context, event }) =>
			context.evidenceMode !== 'off' &&
			event.type === 'evidence.toggle' &&
			(context.cited.includes(event.sentenceId) || context.cited.length < MAX_CITED),
		withheld: ({ context }) =>
			isAnswered(context.verdicts, current(context)?.id) && !context.verdicts[current(context)!.id]
	},
	actions: {
		nextQuestion: assign({
			index: ({ context }) => nextUnanswered(context),
			draft: null,
			cited: [],
			resend: false,
			error: null
		}),
		clearAttempt: assign({
			attemptKey: null,
			publicId: null,
			index: 0,
			draft: null,
			cited: [],
			resend: false,
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
			draft: input.pending ?? input.draft ?? null,
			cited: [...new Set(input.cited ?? [])].slice(0, MAX_CITED),
			evidenceMode: input.evidenceMode ?? 'bonus',
			resend: (input.pending ?? null) !== null,
			verdicts: {
				...Object.fromEntries((input.withheldIds ?? []).map((id) => [id, null])),
				...verdicts
			},
			openQuestions: input.openQuestions ?? input.questions.length,
			error: null
		};
	},
	initial: 'resuming',
	on: {
		'quiz.restart': { target: '.intro', actions: 'clearAttempt' },
		// The actions that read an event sit on its transition, where xstate knows the event's type.
		'pace.update': {
			actions: assign({
				openQuestions: ({ context, event }) =>
					Math.max(1, Math.min(event.openQuestions, context.questions.length))
			})
		}
	},
	states: {
		resuming: {
			always: [
				{ guard: 'hasNoAttempt', target: 'intro' },
				{ guard: 'allAnswered', target: 'finished' },
				{ guard: 'currentHasVerdict', target: 'feedback' },
				{ guard: 'currentAnswered', target: 'advancing' },
				{ guard: 'resend', target: 'checking' },
				{ guard: 'currentIsOpen', target: 'asking' },
				{ target: 'waiting' }
			]
		},
		intro: {
			tags: 'intro',
			on: { 'quiz.start': 'starting' }
		},
		starting: {
			tags: 'intro',
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
			tags: 'intro',
			on: { 'quiz.retry': 'starting', 'quiz.start': 'starting' }
		},
		asking: {
			on: {
				'answer.select': { actions: assign({ draft: ({ event }) => event.answer }) },
				'evidence.toggle': {
					guard: 'canCite',
					actions: assign({
						cited: ({ context: { cited }, event: { sentenceId: id } }) =>
							cited.includes(id) ? cited.filter((c) => c !== id) : [...cited, id]
					})
				},
				'answer.submit': { guard: 'hasDraft', target: 'checking' }
			}
		},
		checking: {
			tags: 'busy',
			invoke: {
				src: 'checkAnswer',
				input: ({ context }) => ({
					attemptKey: context.attemptKey!,
					questionId: current(context)!.id,
					answer: context.draft!,
					cited: asksForEvidence(context) ? [...context.cited] : []
				}),
				onDone: {
					target: 'checked',
					actions: assign({
						verdicts: ({ context, event }) => ({
							...context.verdicts,
							[event.output.questionId]: 'withheld' in event.output ? null : event.output
						}),
						draft: null,
						cited: [],
						resend: false,
						error: null
					})
				},
				onError: {
					target: 'checkFailed',
					actions: assign({ error: ({ event }) => errorMessage(event.error) })
				}
			}
		},
		checked: {
			always: [{ guard: 'withheld', target: 'advancing' }, { target: 'feedback' }]
		},
		checkFailed: {
			tags: 'busy',
			on: { 'answer.retry': 'checking' }
		},
		feedback: {
			tags: 'feedback',
			on: { 'question.next': 'advancing' }
		},
		advancing: {
			always: [...afterAnswer]
		},
		/** A teacher-paced class: the next question is not open yet. */
		waiting: {
			tags: 'waiting',
			always: { guard: 'currentIsOpen', target: 'asking' }
		},
		finished: { tags: 'finished' }
	}
});
