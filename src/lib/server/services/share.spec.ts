import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import { createAttemptStore } from '../db/attempt-store';
import { createQuizService } from './quiz-service';
import { challengeScore, loadSharedResult } from './share';
import { ENGINES, tempDatabase } from '../../../test-support/databases';
import { lapseRoundAnswers } from '../../../test-support/lapse-round';

describe.each(ENGINES)('the shared result loader (%s)', (engine) => {
	const { db } = tempDatabase(engine);
	const quiz = createQuizService(createAttemptStore(db), defaultPack);

	/** Plays a round, getting the first `right` questions right and the rest wrong. */
	async function play(right: number, upTo = quiz.questions.length) {
		const attempt = await quiz.start();
		for (const [i, q] of quiz.questions.slice(0, upTo).entries()) {
			const wrong = q.format === 'choice' ? q.options.find((o) => o.id !== q.answer)!.id : 1000;
			await quiz.answer(attempt.key, { questionId: q.id, answer: i < right ? q.answer : wrong });
		}
		return attempt;
	}

	it('shows the stored score, per skill and per question, without answers', async () => {
		const friend = await play(5);
		const shared = (await loadSharedResult(quiz, friend.publicId))!;
		expect(shared).toMatchObject({
			finished: true,
			score: 5,
			max: quiz.questions.length,
			viewer: null
		});
		expect(shared.questions.filter((q) => q.correct)).toHaveLength(5);
		expect(shared.bySkill.reduce((sum, s) => sum + s.score, 0)).toBe(5);
		const shown = JSON.stringify(shared);
		expect(shown).not.toMatch(
			/"(reveal|answer|answerLabel|evidence|explanation|given|givenLabel)"/
		);
		expect(shown).not.toContain(friend.key);
	});

	it('counts what believed something false and what doubted something true (4 and 3 by hand)', async () => {
		const friend = await quiz.start();
		for (const { question, given } of lapseRoundAnswers(quiz.questions)) {
			await quiz.answer(friend.key, { questionId: question.id, answer: given });
		}
		const shared = (await loadSharedResult(quiz, friend.publicId))!;
		expect(shared).toMatchObject({ finished: false, score: 1 });
		expect(shared.lapses).toEqual({ believedFalse: 4, doubtedTrue: 3 });
	});

	it('shows the evidence score apart from the score, for the sharer and a finished viewer', async () => {
		const withEvidence = quiz.questions.filter((q) => q.evidence.length > 0);
		const friend = await quiz.start();
		// Every answer right; the evidence cited for the first three questions that have some.
		for (const q of quiz.questions) {
			const cited = withEvidence.slice(0, 3).includes(q) ? q.evidence[0]! : [];
			await quiz.answer(friend.key, { questionId: q.id, answer: q.answer, cited });
		}
		const viewer = await play(8);
		const shared = (await loadSharedResult(quiz, friend.publicId, viewer.key))!;
		expect(shared.score).toBe(quiz.questions.length);
		expect(shared.evidenceScore).toEqual({
			label: 'Finding evidence',
			score: 3,
			max: withEvidence.length
		});
		expect(shared.viewer).toEqual({
			score: 8,
			max: quiz.questions.length,
			evidenceScore: { label: 'Finding evidence', score: 0, max: withEvidence.length }
		});
		expect(await challengeScore(quiz, friend.publicId)).toMatchObject({
			score: quiz.questions.length,
			evidenceScore: { score: 3, max: withEvidence.length }
		});
		// Seen without a finished viewer (and kept for the next one), the same evidence score.
		expect((await loadSharedResult(quiz, friend.publicId))!.evidenceScore).toEqual(
			shared.evidenceScore
		);
		expect((await loadSharedResult(quiz, friend.publicId))!.evidenceScore).toEqual(
			shared.evidenceScore
		);
	});

	it('keeps answers hidden from a viewer who has not finished', async () => {
		const friend = await play(5);
		const viewer = await play(3, 10);
		const shared = (await loadSharedResult(quiz, friend.publicId, viewer.key))!;
		expect(shared.viewer).toBeNull();
		expect(shared.questions.some((q) => q.reveal)).toBe(false);
	});

	it('reveals answers and compares scores for a viewer who has finished', async () => {
		const friend = await play(5);
		const viewer = await play(8);
		const shared = (await loadSharedResult(quiz, friend.publicId, viewer.key))!;
		expect(shared.viewer).toMatchObject({ score: 8, max: quiz.questions.length });
		expect(shared.questions.every((q) => q.reveal)).toBe(true);
		expect(shared.questions[0]!.reveal!.viewerCorrect).toBe(true);
		expect(shared.questions[20]!.reveal!.viewerCorrect).toBe(false);
	});

	it('says when the shared attempt is unfinished', async () => {
		const friend = await play(2, 4);
		expect(await loadSharedResult(quiz, friend.publicId)).toMatchObject({
			finished: false,
			score: 2
		});
		expect(await challengeScore(quiz, friend.publicId)).toBeNull();
	});

	it('finds nothing for a wrong, truncated or tampered id', async () => {
		const { publicId } = await play(1);
		const tampered = (publicId[0] === 'A' ? 'B' : 'A') + publicId.slice(1);
		for (const id of [tampered, publicId.slice(0, -1), publicId + 'x', '', '../etc', null, 42]) {
			expect(await loadSharedResult(quiz, id)).toBeUndefined();
		}
	});

	it('never throws on random input', async () => {
		await fc.assert(
			fc.asyncProperty(fc.anything(), fc.string(), async (id, key) => {
				expect(await loadSharedResult(quiz, id, key)).toBeUndefined();
				expect(await challengeScore(quiz, id)).toBeNull();
			}),
			{ numRuns: 1000 }
		);
	});

	it('keeps a challenge only when it names a finished attempt', async () => {
		const friend = await play(5);
		expect((await quiz.start(friend.publicId)).challenge).toBe(friend.publicId);
		expect((await quiz.start('nonsense')).challenge).toBeNull();
		expect((await quiz.start((await play(1, 2)).publicId)).challenge).toBeNull();
	});
});
