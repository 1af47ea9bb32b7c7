import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import { createAttemptStore } from '../db/attempt-store';
import { createQuizService } from './quiz-service';
import { ENGINES, tempDatabase } from '../../../test-support/databases';

describe.each(ENGINES)('the quiz service (%s)', (engine) => {
	const { db } = tempDatabase(engine);
	const quiz = createQuizService(createAttemptStore(db), defaultPack);

	it('scores a perfect round as full marks and stores it', async () => {
		const { key } = await quiz.start();
		for (const q of quiz.questions) {
			const result = await quiz.answer(key, { questionId: q.id, answer: q.answer });
			expect(result.ok && result.verdict.correct).toBe(true);
		}
		const state = (await quiz.state(key))!;
		expect(state.summary.score).toBe(quiz.questions.length);
		expect(state.attempt.finishedAt).not.toBeNull();
		expect(state.verdicts).toHaveLength(quiz.questions.length);
	});

	it('refuses bad answers with a clear 4xx and leaves the attempt unharmed', async () => {
		const { key } = await quiz.start();
		const cases: [unknown, number, string][] = [
			[{ questionId: 'q99', answer: 'russell' }, 400, 'no question "q99"'],
			[{ questionId: 'q01', answer: 'hamilton' }, 400, 'Choose one of the options'],
			[{ answer: 'russell' }, 400, 'questionId'],
			[null, 400, ''],
			['text', 400, ''],
			[[1, 2], 400, '']
		];
		for (const [body, status, message] of cases) {
			const result = await quiz.answer(key, body);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.status).toBe(status);
				expect(result.message).toContain(message);
				expect(result.message.length).toBeGreaterThan(10);
			}
		}
		expect((await quiz.state(key))?.verdicts).toEqual([]);
		expect((await quiz.answer(key, { questionId: 'q01', answer: 'russell' })).ok).toBe(true);
	});

	it('answers an unknown attempt with 404', async () => {
		const result = await quiz.answer('x'.repeat(32), { questionId: 'q01', answer: 'russell' });
		expect(!result.ok && result.status).toBe(404);
		expect(await quiz.state('../../etc/passwd')).toBeUndefined();
	});

	it('returns the stored verdict when an answer is sent twice', async () => {
		const { key } = await quiz.start();
		const first = await quiz.answer(key, { questionId: 'q01', answer: 'bottas' });
		const again = await quiz.answer(key, { questionId: 'q01', answer: 'bottas' });
		expect(again).toEqual(first.ok && { ...first, recorded: false });
		const changed = await quiz.answer(key, { questionId: 'q01', answer: 'russell' });
		expect(!changed.ok && changed.status).toBe(409);
		expect(!changed.ok && changed.verdict?.given).toBe('bottas');
		expect((await quiz.state(key))?.summary.score).toBe(0);
	});

	it('never throws and never accepts garbage, whatever the body', async () => {
		const { key } = await quiz.start();
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.anything(),
					fc.record({ questionId: fc.string(), answer: fc.anything() }),
					fc.record({
						questionId: fc.constantFrom(...quiz.questions.map((q) => q.id)),
						answer: fc.oneof(fc.string(), fc.double(), fc.anything())
					}),
					fc.record({
						questionId: fc.constantFrom(...quiz.questions.map((q) => q.id)),
						answer: fc.constantFrom('russell', 'supported', 24),
						cited: fc.oneof(
							fc.anything(),
							fc.array(fc.constantFrom(...quiz.sentences.keys(), 'p0s0'), { maxLength: 12 })
						)
					})
				),
				async (body) => {
					const result = await quiz.answer(key, body);
					if (!result.ok) expect([400, 404, 409]).toContain(result.status);
				}
			),
			{ numRuns: 1500 }
		);
		const state = (await quiz.state(key))!;
		expect(state.attempt.answered).toBe(state.verdicts.length);
	});

	describe('with a citation', () => {
		// Q1 asks who "the Briton" is: p9s1 with p10s1, read by hand from the article.
		it('refuses a bad citation with a clear 400 and records nothing', async () => {
			const { key } = await quiz.start();
			for (const [cited, message] of [
				[['p99s1'], 'no sentence "p99s1"'],
				[['p9s1', 'p9s1'], 'cited twice'],
				[Array.from({ length: 11 }, (_, i) => `p${i + 1}s1`), 'at most 10'],
				['p9s1', 'list of ids'],
				[{ p9s1: true }, 'list of ids']
			] as const) {
				const result = await quiz.answer(key, { questionId: 'q01', answer: 'russell', cited });
				expect(!result.ok && result.status).toBe(400);
				expect(!result.ok && result.message).toContain(message);
			}
			expect((await quiz.state(key))?.verdicts).toEqual([]);
		});

		it('scores the citation, keeps it, and sums the evidence apart', async () => {
			const { key } = await quiz.start();
			const result = await quiz.answer(key, {
				questionId: 'q01',
				answer: 'russell',
				cited: ['p10s1', 'p9s1']
			});
			expect(result.ok && result.verdict).toMatchObject({
				points: 1,
				evidencePoints: 1,
				citation: 'counted',
				cited: ['p9s1', 'p10s1']
			});
			const state = (await quiz.state(key))!;
			expect(state.verdicts[0]?.cited).toEqual(['p9s1', 'p10s1']);
			expect(state.summary).toMatchObject({ score: 1, evidence: { score: 1 } });
			expect(state.attempt.evidenceScore).toBe(1);
		});

		it('treats a retry with the same citation in another order as the same answer, and refuses another', async () => {
			const { key } = await quiz.start();
			const first = await quiz.answer(key, {
				questionId: 'q01',
				answer: 'russell',
				cited: ['p9s1', 'p10s1']
			});
			const again = await quiz.answer(key, {
				questionId: 'q01',
				answer: 'russell',
				cited: ['p10s1', 'p9s1']
			});
			expect(again).toEqual(first.ok && { ...first, recorded: false });
			const other = await quiz.answer(key, {
				questionId: 'q01',
				answer: 'russell',
				cited: ['p9s1']
			});
			expect(!other.ok && other.status).toBe(409);
			expect(!other.ok && other.verdict?.cited).toEqual(['p9s1', 'p10s1']);
			expect((await quiz.state(key))?.summary.evidence?.score).toBe(1);
		});
	});
});
