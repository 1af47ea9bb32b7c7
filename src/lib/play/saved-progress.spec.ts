import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions, toPublicQuestion } from '../quiz/questions';
import { QuizGame } from './quiz-game.svelte';
import { quizMachine, type CheckResult } from './quiz-machine';
import { readSavedProgress, SAVED_PROGRESS_KEY } from './saved-progress';

const key = 'k'.repeat(32);
const questions = generateQuestions(pack).map(toPublicQuestion);

/** A localStorage stand-in that records what the game writes. */
function memoryStorage() {
	const items = new Map<string, string>();
	return {
		items,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k),
		getItem: (k: string) => items.get(k) ?? null
	};
}

describe('readSavedProgress', () => {
	it('reads back what the game saved, and only for the same attempt', () => {
		const storage = memoryStorage();
		let release: (r: CheckResult) => void = () => {};
		const game = new QuizGame(
			{ questions, attemptKey: key, index: 2 },
			{
				createAttempt: async () => ({ attemptKey: key, publicId: 'p'.repeat(24) }),
				// Never settles until released: the answer stays "in flight".
				checkAnswer: () => new Promise<CheckResult>((resolve) => (release = resolve)),
				storage
			}
		);
		const first = questions[2]!;
		const answer = first.format === 'number' ? 24 : first.options[0]!.id;
		game.send({ type: 'answer.select', answer });
		game.send({ type: 'answer.submit' });
		const raw = storage.getItem(SAVED_PROGRESS_KEY);
		expect(raw).not.toBeNull();
		expect(readSavedProgress(raw, key)).toEqual({
			attemptKey: key,
			index: 2,
			pending: answer,
			draft: null,
			cited: []
		});
		expect(readSavedProgress(raw, 'o'.repeat(32))).toBeUndefined();
		release({ questionId: first.id, withheld: true });
		game.stop();
	});

	it('forgets the progress when the attempt is cleared', () => {
		const storage = memoryStorage();
		const game = new QuizGame(
			{ questions, attemptKey: key },
			{
				createAttempt: async () => ({ attemptKey: key, publicId: 'p'.repeat(24) }),
				checkAnswer: () => new Promise(() => {}),
				storage
			}
		);
		expect(storage.getItem(SAVED_PROGRESS_KEY)).not.toBeNull();
		game.send({ type: 'quiz.restart' });
		expect(storage.getItem(SAVED_PROGRESS_KEY)).toBeNull();
		game.stop();
	});

	it('accepts well-formed progress: a string or number pending answer, or none', () => {
		for (const pending of ['russell', 24, null]) {
			const raw = JSON.stringify({ attemptKey: key, index: 4, pending });
			expect(readSavedProgress(raw, key)).toEqual({
				attemptKey: key,
				index: 4,
				pending,
				draft: null,
				cited: []
			});
		}
	});

	it('rejects bad or tampered stored data without throwing', () => {
		const good = { attemptKey: key, index: 4, pending: null };
		const bad: unknown[] = [
			{ ...good, index: -1 },
			{ ...good, index: 1.5 },
			{ ...good, index: 1001 },
			{ ...good, index: '4' },
			{ ...good, index: undefined },
			{ ...good, attemptKey: 42 },
			{ ...good, attemptKey: key + 'x'.repeat(64) },
			{ ...good, pending: { id: 'russell' } },
			{ ...good, pending: ['russell'] },
			{ ...good, pending: true },
			{ ...good, pending: 'x'.repeat(65) },
			{ ...good, pending: undefined },
			[good],
			null,
			42,
			'progress'
		];
		for (const data of bad) {
			expect(
				readSavedProgress(JSON.stringify(data) ?? 'undefined', key),
				JSON.stringify(data)
			).toBe(undefined);
		}
		for (const raw of ['', null, '{', '{"attemptKey":', 'undefined', 'NaN', '\u0000']) {
			expect(readSavedProgress(raw, key)).toBeUndefined();
		}
	});

	it('cannot move the player outside the quiz with a tampered index', () => {
		// 1000 passes the stored-data rule, but the machine ignores an index past the last question.
		const raw = JSON.stringify({ attemptKey: key, index: 1000, pending: null });
		const saved = readSavedProgress(raw, key)!;
		expect(saved.index).toBe(1000);
		const actor = createActor(quizMachine, {
			input: { questions, attemptKey: key, index: saved.index, pending: saved.pending }
		});
		actor.start();
		expect(actor.getSnapshot().context.index).toBe(0);
		expect(actor.getSnapshot().matches('asking')).toBe(true);
		actor.stop();
	});

	it('drops extra keys it does not know', () => {
		const raw = JSON.stringify({ attemptKey: key, index: 1, pending: null, score: 999 });
		expect(readSavedProgress(raw, key)).toEqual({
			attemptKey: key,
			index: 1,
			pending: null,
			draft: null,
			cited: []
		});
	});
});
