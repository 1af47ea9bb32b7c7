import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressHtml, pickEncoding } from './compress-html';

const html = `<!doctype html><p>${'Who said it? '.repeat(500)}</p>`;
const page = () => new Response(html, { headers: { 'content-type': 'text/html' } });
const asking = (encoding: string) =>
	new Request('http://localhost/', { headers: { 'accept-encoding': encoding } });

describe('pickEncoding', () => {
	it.each([
		['gzip, deflate, br, zstd', 'br'],
		['gzip, deflate', 'gzip'],
		['br;q=0, gzip', 'gzip'],
		['identity', null],
		['', null],
		[null, null]
	])('%s → %s', (header, expected) => {
		expect(pickEncoding(header)).toBe(expected);
	});
});

describe('compressHtml', () => {
	it('brotli-compresses HTML for a client that accepts it, losslessly', async () => {
		const response = await compressHtml(asking('gzip, br'), page());
		expect(response.headers.get('content-encoding')).toBe('br');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.length).toBeLessThan(html.length / 5);
		expect(brotliDecompressSync(body).toString()).toBe(html);
	});

	it('falls back to gzip', async () => {
		const response = await compressHtml(asking('gzip'), page());
		const body = Buffer.from(await response.arrayBuffer());
		expect(gunzipSync(body).toString()).toBe(html);
	});

	it('leaves JSON and uncompressing clients alone', async () => {
		const json = new Response('{}', { headers: { 'content-type': 'application/json' } });
		expect(await compressHtml(asking('br'), json)).toBe(json);
		const plain = page();
		expect(await compressHtml(asking('identity'), plain)).toBe(plain);
	});

	it('keeps the status and every cookie', async () => {
		const headers = new Headers({ 'content-type': 'text/html' });
		headers.append('set-cookie', 'a=1');
		headers.append('set-cookie', 'b=2');
		const response = await compressHtml(asking('br'), new Response(html, { status: 404, headers }));
		expect(response.status).toBe(404);
		expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
	});
});
