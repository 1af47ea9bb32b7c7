import http, { type OutgoingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createPageCache, sharedLifetime } from './page-cache';
import { loopbackServer } from '../../../test-support/loopback-server';

// A real node:http server whose "renderer" says per path how it may be cached, and counts renders.
const PAGES: Record<string, OutgoingHttpHeaders> = {
	'/public': { 'cache-control': 'public, max-age=0, s-maxage=60', vary: 'Cookie, Accept-Encoding' },
	'/short': { 'cache-control': 'public, s-maxage=1' },
	'/private': { 'cache-control': 'private, no-cache', vary: 'Cookie' },
	'/browser-only': { 'cache-control': 'public, max-age=600' },
	'/cookie': { 'cache-control': 'public, s-maxage=60', 'set-cookie': 'a=1' },
	'/vary-lang': { 'cache-control': 'public, s-maxage=60', vary: 'Accept-Language' },
	'/big': { 'cache-control': 'public, s-maxage=60' }
};
let renders = 0;
/** Whether, after its first write, a response was left to write on its own (not buffered). */
const unbuffered = new Map<string, boolean>();
const cache = createPageCache({ maxEntryBytes: 4096, keyHeaders: ['host', 'x-forwarded-proto'] });
const server = loopbackServer((req, res) =>
	cache.handle(req, res, () => {
		renders++;
		const path = (req.url ?? '').split('?')[0] ?? '';
		const headers = PAGES[path];
		if (!headers) return res.writeHead(404).end('missing');
		for (const [name, value] of Object.entries(headers)) res.setHeader(name, value!);
		res.setHeader('content-type', 'text/html');
		res.writeHead(200);
		// Streamed in parts, as SvelteKit does.
		res.write(`<p>${path} `);
		unbuffered.set(path, res.write === http.ServerResponse.prototype.write);
		res.write(`for ${req.headers['accept-encoding'] ?? 'any'} `);
		if (path === '/big') res.write('x'.repeat(5000));
		res.end(`#${renders}</p>`);
	})
);

async function get(path: string, headers: Record<string, string> = {}) {
	const before = renders;
	const res = await fetch(server.origin() + path, { headers });
	return {
		status: res.status,
		text: await res.text(),
		age: res.headers.get('age'),
		rendered: renders > before
	};
}

describe('shared page cache', () => {
	it('renders a public page once and serves the same bytes again', async () => {
		const first = await get('/public');
		expect(first.rendered).toBe(true);
		const again = await get('/public');
		expect(again.rendered).toBe(false);
		expect(again.text).toBe(first.text);
		expect(again.age).toBe('0');
	});

	it('never serves a request that carries cookies from the cache', async () => {
		await get('/public');
		expect((await get('/public', { cookie: 'sc_attempt=abc' })).rendered).toBe(true);
	});

	it('keeps one entry per encoding, query and origin header', async () => {
		const br = await get('/public?x=1', { 'accept-encoding': 'br' });
		const gzip = await get('/public?x=1', { 'accept-encoding': 'gzip' });
		expect(gzip.rendered).toBe(true);
		expect(gzip.text).not.toBe(br.text);
		expect((await get('/public?x=1', { 'accept-encoding': 'br' })).text).toBe(br.text);
		expect(
			(await get('/public?x=1', { 'accept-encoding': 'br', 'x-forwarded-proto': 'https' })).rendered
		).toBe(true);
	});

	it.each(['/private', '/browser-only', '/cookie', '/vary-lang', '/missing', '/big'])(
		'renders %s every time',
		async (path) => {
			await get(path);
			expect((await get(path)).rendered).toBe(true);
		}
	);

	it('does not buffer what it may not keep, such as a private page or a live stream', async () => {
		await get('/private');
		expect(unbuffered.get('/private')).toBe(true);
		await get('/public', { cookie: 'a=1' });
		await get('/public?fresh');
		expect(unbuffered.get('/public')).toBe(false);
	});

	it('forgets a page when its s-maxage runs out', async () => {
		await get('/short');
		expect((await get('/short')).rendered).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		expect((await get('/short')).rendered).toBe(true);
	});
});

describe('sharedLifetime', () => {
	it.each([
		[{ 'cache-control': 'public, s-maxage=60' }, 60],
		[{ 'cache-control': 'Public, S-MaxAge=30', vary: 'cookie' }, 30],
		[{ 'cache-control': 'public, s-maxage=0' }, 0],
		[{ 'cache-control': 'public, s-maxage=abc' }, 0],
		[{ 'cache-control': 'public, no-store, s-maxage=60' }, 0],
		[{ 'cache-control': 's-maxage=60' }, 0],
		[{}, 0]
	])('reads %j as %i seconds', (headers, seconds) => {
		expect(sharedLifetime({ status: 200, headers })).toBe(seconds);
	});

	it('never keeps an error', () => {
		expect(
			sharedLifetime({ status: 404, headers: { 'cache-control': 'public, s-maxage=60' } })
		).toBe(0);
	});
});
