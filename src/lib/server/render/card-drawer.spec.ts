// The card drawer's worker: bounded in memory and time, reused, started again after it dies.
import { afterEach, describe, expect, it } from 'vitest';
import { CardUnavailable, createCardDrawer, type CardDrawer, type CardNode } from './card-drawer';

const text = (words: string): CardNode => ({
	type: 'div',
	props: {
		style: { display: 'flex', width: 400, height: 200, fontSize: 24, background: '#1d4e89' },
		children: words
	}
});
const isPng = (png: Buffer) => png.subarray(1, 4).toString('ascii') === 'PNG';

let drawers: CardDrawer[] = [];
const drawer = (options: Parameters<typeof createCardDrawer>[0] = {}) => {
	const made = createCardDrawer(options);
	drawers.push(made);
	return made;
};
afterEach(async () => {
	await Promise.all(drawers.map((d) => d.close()));
	drawers = [];
});

describe('the card drawer', () => {
	it('draws card after card in one worker', async () => {
		const cards = drawer();
		const pngs = await Promise.all(
			['one', 'two', 'three'].map((w) => cards.draw(text(w), 400, 200))
		);
		expect(pngs.every(isPng)).toBe(true);
		expect(pngs[0]!.equals(pngs[1]!)).toBe(false);
		expect(await cards.draw(text('four'), 400, 200)).toSatisfy(isPng);
		expect(cards.stats.workersStarted).toBe(1);
	}, 30_000);

	it('keeps no handle that would hold the process open once it has drawn (a server could not stop)', async () => {
		const handles = () =>
			process.getActiveResourcesInfo().filter((r) => /Worker|MessagePort/.test(r)).length;
		const before = handles();
		const cards = drawer();
		expect(await cards.draw(text('one'), 400, 200)).toSatisfy(isPng);
		expect(handles()).toBe(before);
	}, 30_000);

	it('fails a card that runs out of memory alone: the process lives and the next card is drawn', async () => {
		const cards = drawer({ maxHeapMb: 48, timeoutMs: 60_000 });
		const rssBefore = process.memoryUsage().rss;
		// 200,000 words, past any of the card's caps: more layout than 48 MB holds.
		await expect(cards.draw(text('ab '.repeat(200_000)), 400, 200)).rejects.toThrow(/memory limit/);
		expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
		await cards.settled();
		expect(await cards.draw(text('fine'), 400, 200)).toSatisfy(isPng);
		expect(cards.stats.workersStarted).toBe(2);
	}, 60_000);

	it('stops a card past its time, and draws the next one', async () => {
		// 200,000 words take about 700 ms to lay out here (100,000 took 395 ms, too close to a
		// 400 ms limit: a fast machine drew it in time), so a 100 ms limit is passed by far.
		const cards = drawer({ timeoutMs: 100, maxHeapMb: 1024 });
		await cards.draw(text('warm'), 400, 200);
		const started = performance.now();
		await expect(cards.draw(text('ab '.repeat(200_000)), 400, 200)).rejects.toThrow(
			/longer than 100 ms/
		);
		expect(performance.now() - started).toBeLessThan(1_000);
		// No second worker starts beside one still stopping.
		await cards.settled();
		expect(await cards.draw(text('fine'), 400, 200)).toSatisfy(isPng);
		expect(cards.stats.workersStarted).toBe(2);
	}, 60_000);

	it('refuses cards beyond those it may keep waiting, at once', async () => {
		const cards = drawer({ maxWaiting: 2 });
		const results = await Promise.allSettled(
			Array.from({ length: 6 }, (_, i) => cards.draw(text(`card ${i}`), 400, 200))
		);
		const refused = results.filter((r) => r.status === 'rejected');
		expect(refused.length).toBe(4);
		for (const r of refused)
			expect((r as PromiseRejectedResult).reason).toBeInstanceOf(CardUnavailable);
		expect(results.filter((r) => r.status === 'fulfilled').length).toBe(2);
	}, 30_000);
});
