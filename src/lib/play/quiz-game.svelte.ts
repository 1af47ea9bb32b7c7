// Bridges the quiz machine to Svelte runes, and keeps the player's place in localStorage.
import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import * as api from './api';
import {
	quizMachine,
	type CheckRequest,
	type CheckResult,
	type QuizEvent,
	type QuizInput
} from './quiz-machine';
import { SAVED_PROGRESS_KEY, type SavedProgress } from './saved-progress';

export interface QuizEffects {
	createAttempt: () => Promise<{ attemptKey: string; publicId: string }>;
	checkAnswer: (request: CheckRequest) => Promise<CheckResult>;
	/** Where progress is saved; none on the server. */
	storage?: Pick<Storage, 'setItem' | 'removeItem'>;
}

export type QuizMachine = typeof quizMachine;
export type QuizSnapshot = SnapshotFrom<QuizMachine>;

/**
 * The real effects; a challenge is the shared result a new attempt is measured against, and the
 * pack the article played (the default one when null).
 */
export const browserEffects = (
	challenge: string | null = null,
	pack: string | null = null
): QuizEffects => ({
	createAttempt: () => api.createAttempt(challenge, pack),
	checkAnswer: (request) => api.checkAnswer(request),
	storage: typeof localStorage === 'undefined' ? undefined : localStorage
});

export class QuizGame {
	snapshot: QuizSnapshot = $state.raw() as QuizSnapshot;
	readonly #actor;

	/** `machine`: the quiz machine, or one built on it (the class page's). */
	constructor(input: QuizInput, effects: QuizEffects, machine: QuizMachine = quizMachine) {
		this.#actor = createActor(
			machine.provide({
				actors: {
					createAttempt: fromPromise(() => effects.createAttempt()),
					checkAnswer: fromPromise(({ input }: { input: CheckRequest }) =>
						effects.checkAnswer(input)
					)
				}
			}),
			{ input }
		);
		this.snapshot = this.#actor.getSnapshot();
		this.#actor.subscribe((snapshot) => {
			this.snapshot = snapshot;
			if (effects.storage) saveProgress(effects.storage, snapshot);
		});
		this.#actor.start();
	}

	send = (event: QuizEvent): void => {
		this.#actor.send(event);
	};

	stop(): void {
		this.#actor.stop();
	}
}

function saveProgress(storage: NonNullable<QuizEffects['storage']>, snapshot: QuizSnapshot): void {
	const { attemptKey, index, draft, cited } = snapshot.context;
	try {
		if (!attemptKey) {
			storage.removeItem(SAVED_PROGRESS_KEY);
			return;
		}
		const inFlight = snapshot.hasTag('busy');
		const progress: SavedProgress = {
			attemptKey,
			index,
			pending: inFlight ? draft : null,
			draft: inFlight ? null : draft,
			cited
		};
		storage.setItem(SAVED_PROGRESS_KEY, JSON.stringify(progress));
	} catch {
		// Private browsing or a full quota: the server still has every scored answer.
	}
}
