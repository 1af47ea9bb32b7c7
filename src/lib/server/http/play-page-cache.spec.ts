// A play page opened by someone with no round of its own on that pack is the same page for all of
// them: kept per pack version and served again without rendering; a player with a round to resume
// always gets their own.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { load as loadPack } from '../../../routes/p/[pack]/+page.server';
import { load as loadDefault } from '../../../routes/+page.server';
import { defaultPack } from '../../content/packs';
import { getApp } from '../app';
import { ATTEMPT_COOKIE } from './cookies';
import { createNodeRoutes } from './node-routes';
import { useTestApp } from '../../../test-support/databases';
import { loopbackServer } from '../../../test-support/loopback-server';
import { renderWithLoad } from '../../../test-support/page-load';

useTestApp();

let renders = 0;
/** Stands in for SvelteKit: the play page's real load, "/" or "/p/<pack>" (test-support/page-load.ts). */
function render(req: IncomingMessage, res: ServerResponse) {
	renders++;
	const pack = /^\/p\/([^/?]+)/.exec(req.url ?? '')?.[1];
	return renderWithLoad(req, res, pack ? loadPack : loadDefault, { pack });
}

let routes: ReturnType<typeof createNodeRoutes>;
beforeAll(() => {
	routes = createNodeRoutes(getApp());
});
const server = loopbackServer((req, res) => routes(req, res, () => render(req, res)));

async function open(path: string, cookie?: string) {
	const before = renders;
	const res = await fetch(`${server.origin()}${path}`, { headers: cookie ? { cookie } : {} });
	const text = await res.text();
	return {
		status: res.status,
		rendered: renders > before,
		cacheControl: res.headers.get('cache-control'),
		data: res.status === 200 ? JSON.parse(text) : null
	};
}

const published = async (title: string) =>
	(await getApp().packs.create({ ...defaultPack, title })).row;

describe('the play page of someone with nothing to resume', () => {
	it('is rendered once per pack version, with or without unrelated cookies', async () => {
		const row = await published('Kept once');
		const first = await open(`/p/${row.id}`);
		expect(first.rendered).toBe(true);
		expect(first.data).toMatchObject({ title: 'Kept once', resume: null });
		expect(first.cacheControl).toBe('private, no-store');
		const again = await open(`/p/${row.id}`);
		expect(again.rendered).toBe(false);
		expect(again.data).toEqual(first.data);
		expect(again.cacheControl).toBe('private, no-store');
		// A round on another article is nothing to resume here.
		const other = await getApp().quiz.start();
		expect((await open(`/p/${row.id}`, `${ATTEMPT_COOKIE}=${other.key}`)).rendered).toBe(false);
		expect((await open('/')).data.title).toBe(getApp().quiz.pack.title);
		expect((await open('/')).rendered).toBe(false);
	});

	it('never serves it to a player with a round to resume, nor keeps theirs for others', async () => {
		const row = await published('Resumed');
		await open(`/p/${row.id}`);
		const quiz = (await getApp().quizzes.byPack(row.id))!;
		const mine = await quiz.start();
		const cookie = `${ATTEMPT_COOKIE}=${mine.key}`;
		const page = await open(`/p/${row.id}`, cookie);
		expect(page.rendered).toBe(true);
		expect(page.data.resume).toMatchObject({ attemptKey: mine.key });
		expect((await open(`/p/${row.id}`, cookie)).rendered).toBe(true);
		expect((await open(`/p/${row.id}`)).data.resume).toBeNull();
	});

	it('is rendered again once a new version is published', async () => {
		const row = await published('Before');
		expect((await open(`/p/${row.id}`)).data.title).toBe('Before');
		await getApp().packs.publish(row.id, { ...defaultPack, title: 'After' });
		const after = await open(`/p/${row.id}`);
		expect(after.rendered).toBe(true);
		expect(after.data.title).toBe('After');
	});

	it('is not kept for an address that is no pack', async () => {
		expect((await open('/p/no-such-pack')).status).toBe(404);
		expect((await open('/p/no-such-pack')).rendered).toBe(true);
	});
});
