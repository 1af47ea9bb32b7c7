import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { BODY_CUT_OFF, readJson, readJsonBody, refusalReply, refusalResponse } from './http';

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

describe('a refusal on the wire', () => {
	it('is its status and its sentence as `error`, with no Retry-After unless it says when', () => {
		expect(refusalReply({ ok: false, status: 404, message: 'No such draft.', field: 'x' })).toEqual(
			{
				status: 404,
				body: { error: 'No such draft.' }
			}
		);
	});

	it('tells a 429 when to try again, and adds what the route gives to the body', async () => {
		const refusal = {
			ok: false as const,
			status: 429,
			message: 'Too many.',
			retryAfterSeconds: 42
		};
		const response = refusalResponse(refusal, { errors: { title: 'Give a title.' } });
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('42');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(await response.json()).toEqual({
			error: 'Too many.',
			errors: { title: 'Give a title.' }
		});
	});

	it('reads a body a service asked for, or refuses it with the same sentence', async () => {
		expect(await readJson(post('{"a":1}'), 100)).toEqual({ ok: true, body: { a: 1 } });
		expect(await readJson(post('{'), 100)).toEqual({
			ok: false,
			status: 400,
			message: 'The request body is not valid JSON.'
		});
	});
});
