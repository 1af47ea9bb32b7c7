// The share card route: cards cost ~50 ms of CPU each, so only finished scores get one of their own.
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { GET } from '../../../routes/s/[id]/card.png/+server';
import { getApp } from '../app';
import { CardUnavailable, cardRenders, renderScoreCard } from '../render/score-card';
import { useTestApp } from '../../../test-support/databases';

// The real renderer, which one test makes fail once.
vi.mock('../render/score-card', async (original) => {
	const real = await original<typeof import('../render/score-card')>();
	return { ...real, renderScoreCard: vi.fn(real.renderScoreCard) };
});

// getApp() reads the environment on first use: point it at a database of this test's own.
useTestApp();

const card = async (publicId: string, headers: Record<string, string> = {}) => {
	const url = new URL(`http://localhost/s/${publicId}/card.png`);
	const res = await GET({
		params: { id: publicId },
		url,
		request: new Request(url, { headers })
	} as unknown as RequestEvent<{ id: string }, '/s/[id]/card.png'>);
	return { res, body: Buffer.from(await res.arrayBuffer()) };
};

/** Answers the first `answered` questions right; cites the evidence of the first `cited` of them. */
async function play(answered: number, cited = 0) {
	const { quiz } = getApp();
	const attempt = await quiz.start();
	for (const [i, q] of quiz.questions.slice(0, answered).entries()) {
		const evidence = i < cited ? (q.evidence[0] ?? []) : [];
		await quiz.answer(attempt.key, { questionId: q.id, answer: q.answer, cited: evidence });
	}
	return attempt;
}

describe('GET /s/:id/card.png', () => {
	it('draws one neutral card for any number of unfinished attempts', async () => {
		const before = cardRenders.count;
		const unfinished = [];
		for (let i = 0; i < 5; i++) unfinished.push(await play(i));
		const cards = await Promise.all(unfinished.map(async (a) => await card(a.publicId)));
		for (const { res, body } of cards) {
			expect(res.status).toBe(200);
			expect(res.headers.get('cache-control')).toBe('public, max-age=60');
			expect(body.equals(cards[0]!.body)).toBe(true);
		}
		await card(unfinished[0]!.publicId);
		expect(cardRenders.count - before).toBeLessThanOrEqual(1);
	}, 30_000);

	it('draws a finished card once, however many ask at the same time, and keeps it', async () => {
		const finished = await play(getApp().quiz.questions.length);
		const before = cardRenders.count;
		const first = await Promise.all(Array.from({ length: 4 }, () => card(finished.publicId)));
		const again = await card(finished.publicId);
		expect(cardRenders.count - before).toBe(1);
		expect(again.res.headers.get('cache-control')).toContain('immutable');
		for (const { body } of first) expect(body.equals(again.body)).toBe(true);
	}, 30_000);

	it('names the evidence score in the card: the same score with more evidence is another card', async () => {
		const total = getApp().quiz.questions.length;
		const { quiz } = getApp();
		const withEvidence = quiz.questions.filter((q) => q.evidence.length > 0).length;
		const none = await play(total, 0);
		const some = await play(total, total);
		const a = await card(none.publicId);
		const b = await card(some.publicId);
		expect(a.res.headers.get('etag')).toBe(
			`"${none.publicId}-${total}-${total}-e0-${withEvidence}-f-v3"`
		);
		expect(b.res.headers.get('etag')).toBe(
			`"${some.publicId}-${total}-${total}-e${withEvidence}-${withEvidence}-f-v3"`
		);
		expect(a.body.equals(b.body)).toBe(false);
	}, 30_000);

	it('answers a card that cannot be drawn now with a 503 to retry, then draws it', async () => {
		const finished = await play(getApp().quiz.questions.length);
		vi.mocked(renderScoreCard).mockRejectedValueOnce(
			new CardUnavailable('The card took longer than 5000 ms to draw.')
		);
		const refused = await card(finished.publicId);
		expect(refused.res.status).toBe(503);
		expect(refused.res.headers.get('retry-after')).toBe('60');
		expect(refused.body.toString()).toMatch(/try again/);
		const drawn = await card(finished.publicId);
		expect(drawn.res.status).toBe(200);
		expect(drawn.res.headers.get('content-type')).toBe('image/png');
	}, 30_000);
});
