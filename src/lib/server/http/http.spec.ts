import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BODY_CUT_OFF, readJsonBody } from './http';

const post = (body: BodyInit | null, type = 'application/json') =>
	new Request('http://localhost/api', { method: 'POST', body, headers: { 'content-type': type } });

describe('readJsonBody', () => {
	it('parses a JSON body', async () => {
		expect(await readJsonBody(post('{"a":1}'), 100)).toEqual({ ok: true, body: { a: 1 } });
	});

	it('accepts a body that starts with a byte-order mark', async () => {
		expect(await readJsonBody(post('\uFEFF{"a":1}'), 100)).toEqual({ ok: true, body: { a: 1 } });
	});

	it.each([
		['a wrong content type', post('{}', 'text/plain'), 415],
		['malformed JSON', post('{nope'), 400],
		['an oversized body', post('x'.repeat(101)), 413],
		['an empty body', post(null), 400]
	])('answers %s with a clear 4xx', async (_, request, status) => {
		const result = await readJsonBody(request, 100);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.reply.status).toBe(status);
			const { error } = result.reply.body as { error: string };
			expect(error.length).toBeGreaterThan(10);
		}
	});

	it('stops reading a body that streams past the limit', async () => {
		const stream = new ReadableStream({
			pull(controller) {
				controller.enqueue(new Uint8Array(64));
			}
		});
		const request = new Request('http://localhost/api', {
			method: 'POST',
			body: stream,
			headers: { 'content-type': 'application/json' },
			duplex: 'half'
		} as RequestInit);
		const result = await readJsonBody(request, 1000);
		expect(!result.ok && result.reply.status).toBe(413);
	});

	/** A body whose stream fails half way, as SvelteKit's does when the connection drops. */
	const failingHalfWay = (failure: Error, signal?: AbortSignal) =>
		new Request('http://localhost/write/x/draft', {
			method: 'PUT',
			body: new ReadableStream({
				start(controller) {
					controller.enqueue(new TextEncoder().encode('{"draft":'));
					controller.error(failure);
				}
			}),
			headers: { 'content-type': 'application/json' },
			duplex: 'half',
			signal
		} as RequestInit);
	const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });

	it('answers a client gone mid-body 400, logged as that', async () => {
		const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const result = await readJsonBody(failingHalfWay(aborted, AbortSignal.abort()), 1000);
			expect(result).toEqual({ ok: false, reply: { status: 400, body: { error: BODY_CUT_OFF } } });
			expect(warned).toHaveBeenCalledWith('Client went away mid-upload: PUT /write/x/draft');
		} finally {
			warned.mockRestore();
		}
	});

	it('passes on a failing body whose client is still there (a limit of the server)', async () => {
		const limit = Object.assign(new Error('request body size exceeded'), { status: 413 });
		await expect(readJsonBody(failingHalfWay(limit), 1000)).rejects.toBe(limit);
	});

	it('never throws on random bytes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
				const result = await readJsonBody(post(bytes), 200);
				expect(result.ok ? 200 : result.reply.status).toBeOneOf([200, 400, 413]);
			}),
			{ numRuns: 500 }
		);
	});
});
