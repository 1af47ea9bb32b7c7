// The share card route: cards cost ~50 ms of CPU each, so only finished scores get one of their own.
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { GET } from '../../routes/s/[id]/card.png/+server';
import { getApp } from './app';
import { cardRenders } from './score-card';
import { tempDatabase } from './test-db';

// getApp() reads the environment on first use: point it at a database of this test's own.
process.env.DATABASE_URL = tempDatabase().path;

const card = async (publicId: string, headers: Record<string, string> = {}) => {
	const url = new URL(`http://localhost/s/${publicId}/card.png`);
	const res = await GET({
		params: { id: publicId },
		url,
		request: new Request(url, { headers })
	} as unknown as RequestEvent<{ id: string }, '/s/[id]/card.png'>);
	return { res, body: Buffer.from(await res.arrayBuffer()) };
};

function play(answered: number) {
	const { quiz } = getApp();
	const attempt = quiz.start();
	for (const q of quiz.questions.slice(0, answered)) {
		quiz.answer(attempt.key, { questionId: q.id, answer: q.answer });
	}
	return attempt;
}

describe('GET /s/:id/card.png', () => {
	it('draws one neutral card for any number of unfinished attempts', async () => {
		const before = cardRenders.count;
		const unfinished = Array.from({ length: 5 }, (_, i) => play(i));
		const cards = await Promise.all(unfinished.map((a) => card(a.publicId)));
		for (const { res, body } of cards) {
			expect(res.status).toBe(200);
			expect(res.headers.get('cache-control')).toBe('public, max-age=60');
			expect(body.equals(cards[0]!.body)).toBe(true);
		}
		await card(unfinished[0]!.publicId);
		expect(cardRenders.count - before).toBeLessThanOrEqual(1);
	}, 30_000);

	it('draws a finished card once, however many ask at the same time, and keeps it', async () => {
		const finished = play(getApp().quiz.questions.length);
		const before = cardRenders.count;
		const first = await Promise.all(Array.from({ length: 4 }, () => card(finished.publicId)));
		const again = await card(finished.publicId);
		expect(cardRenders.count - before).toBe(1);
		expect(again.res.headers.get('cache-control')).toContain('immutable');
		for (const { body } of first) expect(body.equals(again.body)).toBe(true);
	}, 30_000);
});
