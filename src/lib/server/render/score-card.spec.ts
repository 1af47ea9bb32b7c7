import { describe, expect, it } from 'vitest';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	createCardCache,
	renderScoreCard,
	shortenForCard
} from './score-card';

const card = {
	topic: 'the Russell–Bottas crash',
	score: 9,
	max: 14,
	finished: true,
	bySkill: [
		{ skill: 'attribution' as const, label: 'Who said it', score: 5, max: 8 },
		{ skill: 'claims' as const, label: 'Checking claims', score: 4, max: 6 }
	]
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
	expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('renderScoreCard', () => {
	it('renders a 1200×630 PNG', async () => {
		const png = await renderScoreCard(card);
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(png.length).toBeGreaterThan(5_000);
	}, 20_000);

	it('draws the evidence score beside the answer score', async () => {
		const plain = await renderScoreCard(card);
		const withEvidence = await renderScoreCard({ ...card, evidence: { score: 7, max: 12 } });
		const otherEvidence = await renderScoreCard({ ...card, evidence: { score: 8, max: 12 } });
		expect(pngSize(withEvidence)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(withEvidence.equals(plain)).toBe(false);
		expect(withEvidence.equals(otherEvidence)).toBe(false);
		// Nothing to draw: the card without it.
		expect((await renderScoreCard({ ...card, evidence: null })).equals(plain)).toBe(true);
	}, 20_000);

	it('draws a topic of 200,000 characters as a short one: quickly, and the process lives', async () => {
		// Before: 40,000 characters took 5.4 s and 2.26 GB; 200,000 ran the process out of memory.
		const rssBefore = process.memoryUsage().rss;
		const started = performance.now();
		const huge = await renderScoreCard({ ...card, topic: 'x'.repeat(200_000) });
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
		expect(pngSize(huge)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		// Shortened for the card: past its first words, a longer topic draws the same card.
		const long = await renderScoreCard({ ...card, topic: 'x'.repeat(300) });
		expect(huge.equals(long)).toBe(true);
		expect(huge.equals(await renderScoreCard(card))).toBe(false);
	}, 60_000);

	it('draws different scores differently', async () => {
		const a = await renderScoreCard(card);
		const b = await renderScoreCard({ ...card, score: 10 });
		expect(a.equals(b)).toBe(false);
	}, 20_000);
});

describe('shortenForCard', () => {
	it.each([
		['the Russell–Bottas crash', 30, 'the Russell–Bottas crash'],
		['abcdefgh', 5, 'abcde…'],
		['abc def', 4, 'abc…'],
		['  two \n\t spaces  ', 20, 'two spaces'],
		['😀😀😀😀', 2, '😀😀…'],
		['x'.repeat(200_000), 3, 'xxx…']
	])('%j to %i characters: %j', (text, max, shortened) => {
		expect(shortenForCard(text, max)).toBe(shortened);
	});
});

describe('createCardCache', () => {
	it('renders a key once and evicts the least recently used', async () => {
		const cache = createCardCache(2); // bytes: two one-byte cards
		let renders = 0;
		const render = () => Promise.resolve(Buffer.from(String(++renders)));
		await cache('a', render);
		await cache('a', render);
		expect(renders).toBe(1);
		await cache('b', render);
		await cache('a', render);
		await cache('c', render);
		await cache('b', render);
		expect(renders).toBe(4);
	});

	it('is bounded by bytes, not by the number of cards', async () => {
		const cache = createCardCache(10);
		let renders = 0;
		const render = () => Promise.resolve(Buffer.alloc(6, ++renders));
		await cache('a', render);
		await cache('b', render);
		await cache('a', render);
		expect(renders).toBe(3);
	});

	it('draws a card once for concurrent requests', async () => {
		const cache = createCardCache();
		let renders = 0;
		const render = () =>
			new Promise<Buffer>((r) => setTimeout(() => r(Buffer.from(String(++renders))), 5));
		await Promise.all([cache('a', render), cache('a', render), cache('a', render)]);
		expect(renders).toBe(1);
	});

	it('forgets a failed render so it can be tried again', async () => {
		const cache = createCardCache();
		await expect(cache('x', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(cache('x', () => Promise.resolve(Buffer.from('ok')))).resolves.toEqual(
			Buffer.from('ok')
		);
	});
});
