// A share page opened by a viewer who has played (a cookie) is kept under a key naming its data:
// served again without rendering, and never to a viewer who should see something else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from '../../../routes/s/[id]/+page.server';
import { getApp } from '../app';
import { ATTEMPT_COOKIE } from './cookies';
import { createNodeRoutes } from './node-routes';
import { useTestApp } from '../../../test-support/databases';
import { loopbackServer } from '../../../test-support/loopback-server';
import { renderWithLoad } from '../../../test-support/page-load';

// getApp() reads the environment on first use: point it at a database of this test's own.
useTestApp();

let renders = 0;
/** Stands in for SvelteKit: the share page's real load (test-support/page-load.ts). */
function render(req: IncomingMessage, res: ServerResponse) {
	renders++;
	return renderWithLoad(req, res, load, { id: (req.url ?? '').split('/')[2]! });
}

let routes: ReturnType<typeof createNodeRoutes>;
beforeAll(() => {
	routes = createNodeRoutes(getApp());
});
const server = loopbackServer((req, res) => routes(req, res, () => render(req, res)));

async function play(right: number, upTo = getApp().quiz.questions.length) {
	const { quiz } = getApp();
	const attempt = await quiz.start();
	for (const [i, q] of quiz.questions.slice(0, upTo).entries()) {
		const wrong = q.format === 'choice' ? q.options.find((o) => o.id !== q.answer)!.id : 1000;
		await quiz.answer(attempt.key, { questionId: q.id, answer: i < right ? q.answer : wrong });
	}
	return attempt;
}

async function open(publicId: string, viewerKey: string) {
	const before = renders;
	const res = await fetch(`${server.origin()}/s/${publicId}`, {
		headers: { cookie: `${ATTEMPT_COOKIE}=${viewerKey}; other=1` }
	});
	const text = await res.text();
	return {
		status: res.status,
		rendered: renders > before,
		cacheControl: res.headers.get('cache-control'),
		data: res.status === 200 ? JSON.parse(text) : null
	};
}

const revealed = (data: { questions: { reveal?: unknown }[] }) =>
	data.questions.some((q) => q.reveal);

describe('share page for a viewer who has played', () => {
	it('renders once per viewer and serves the same page again', async () => {
		const friend = await play(5);
		const viewer = await play(8);
		const first = await open(friend.publicId, viewer.key);
		expect(first.rendered).toBe(true);
		expect(first.data.viewer).toMatchObject({ score: 8, max: getApp().quiz.questions.length });
		expect(first.cacheControl).toBe('private, no-cache');
		const again = await open(friend.publicId, viewer.key);
		expect(again.rendered).toBe(false);
		expect(again.data).toEqual(first.data);
		expect(again.cacheControl).toBe('private, no-cache');
	});

	it('never gives a viewer who has not finished the answers a finished viewer saw', async () => {
		const friend = await play(5);
		const finished = await play(8);
		expect(revealed((await open(friend.publicId, finished.key)).data)).toBe(true);
		const unfinished = await play(3, 10);
		const page = await open(friend.publicId, unfinished.key);
		expect(page.data.viewer).toBeNull();
		expect(revealed(page.data)).toBe(false);
		// A made-up key is no viewer at all.
		expect(revealed((await open(friend.publicId, 'x'.repeat(30))).data)).toBe(false);
	});

	it('gives each finished viewer their own comparison and their own right and wrong', async () => {
		const friend = await play(5);
		const a = (await open(friend.publicId, (await play(8)).key)).data;
		const b = (await open(friend.publicId, (await play(2)).key)).data;
		expect(a.viewer.score).toBe(8);
		expect(b.viewer.score).toBe(2);
		expect(a.questions[4].reveal.viewerCorrect).toBe(true);
		expect(b.questions[4].reveal.viewerCorrect).toBe(false);
	});

	it('shows an unfinished result as it progresses, and nothing once it is deleted', async () => {
		const { quiz, db } = getApp();
		const viewer = await play(8);
		const friend = await play(2, 4);
		expect((await open(friend.publicId, viewer.key)).data.score).toBe(2);
		const q = quiz.questions[4]!;
		await quiz.answer(friend.key, { questionId: q.id, answer: q.answer });
		expect((await open(friend.publicId, viewer.key)).data.score).toBe(3);
		const done = await play(6);
		expect((await open(done.publicId, viewer.key)).status).toBe(200);
		db.sqlite!.prepare('DELETE FROM attempts WHERE key = ?').run(done.key);
		expect((await open(done.publicId, viewer.key)).status).toBe(404);
	});
});
