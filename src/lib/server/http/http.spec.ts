import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './http';

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
