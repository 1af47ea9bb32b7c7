import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { createQuizService } from './quiz-service';
import { tempDatabase } from './test-db';

describe('the quiz service', () => {
	const { db } = tempDatabase();
	const quiz = createQuizService(createAttemptStore(db), defaultPack);

	it('scores a perfect round as full marks and stores it', () => {
		const { key } = quiz.start();
		for (const q of quiz.questions) {
			const result = quiz.answer(key, { questionId: q.id, answer: q.answer });
			expect(result.ok && result.verdict.correct).toBe(true);
		}
		const state = quiz.state(key)!;
		expect(state.summary.score).toBe(quiz.questions.length);
		expect(state.attempt.finishedAt).not.toBeNull();
		expect(state.verdicts).toHaveLength(quiz.questions.length);
	});

	it('refuses bad answers with a clear 4xx and leaves the attempt unharmed', () => {
		const { key } = quiz.start();
		const cases: [unknown, number, string][] = [
			[{ questionId: 'q99', answer: 'russell' }, 400, 'no question "q99"'],
			[{ questionId: 'q01', answer: 'hamilton' }, 400, 'Choose one of the options'],
			[{ answer: 'russell' }, 400, 'questionId'],
			[null, 400, ''],
			['text', 400, ''],
			[[1, 2], 400, '']
		];
		for (const [body, status, message] of cases) {
			const result = quiz.answer(key, body);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.status).toBe(status);
				expect(result.message).toContain(message);
				expect(result.message.length).toBeGreaterThan(10);
			}
		}
		expect(quiz.state(key)?.verdicts).toEqual([]);
		expect(quiz.answer(key, { questionId: 'q01', answer: 'russell' }).ok).toBe(true);
	});

	it('answers an unknown attempt with 404', () => {
		const result = quiz.answer('x'.repeat(32), { questionId: 'q01', answer: 'russell' });
		expect(!result.ok && result.status).toBe(404);
		expect(quiz.state('../../etc/passwd')).toBeUndefined();
	});

	it('returns the stored verdict when an answer is sent twice', () => {
		const { key } = quiz.start();
		const first = quiz.answer(key, { questionId: 'q01', answer: 'bottas' });
		const again = quiz.answer(key, { questionId: 'q01', answer: 'bottas' });
		expect(again).toEqual(first);
		const changed = quiz.answer(key, { questionId: 'q01', answer: 'russell' });
		expect(!changed.ok && changed.status).toBe(409);
		expect(!changed.ok && changed.verdict?.given).toBe('bottas');
		expect(quiz.state(key)?.summary.score).toBe(0);
	});

	it('never throws and never accepts garbage, whatever the body', () => {
		const { key } = quiz.start();
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({ questionId: fc.string(), answer: fc.anything() }),
					fc.record({
						questionId: fc.constantFrom(...quiz.questions.map((q) => q.id)),
						answer: fc.oneof(fc.string(), fc.double(), fc.anything())
					})
				),
				(body) => {
					const result = quiz.answer(key, body);
					if (!result.ok) expect([400, 404, 409]).toContain(result.status);
				}
			),
			{ numRuns: 1500 }
		);
		const state = quiz.state(key)!;
		expect(state.attempt.answered).toBe(state.verdicts.length);
	});
});
