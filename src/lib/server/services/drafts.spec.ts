import type { RequestEvent } from '@sveltejs/kit';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import council from '../../content/packs/council-cycle-lane.txt?raw';
import { POST } from '../../../routes/api/drafts/+server';
import { closeApp } from '../app';
import { DRAFT_MAX_CHARS, parseDraftRequest } from './drafts';
import { replyToDraft } from '../http/authoring-replies';
import { readEnv } from '../config/env';
import { createRateLimiter } from '../rate-limit';
import { useTestApp } from '../../../test-support/databases';

// The route test below goes through getApp(): a database and a small allowance of its own.
useTestApp();
process.env.DRAFTS_PER_10_MIN = '2';
afterAll(closeApp);

const post = (body: BodyInit | null, type = 'application/json') =>
	new Request('http://localhost/api/drafts', {
		method: 'POST',
		body,
		headers: { 'content-type': type }
	});
const deps = (limit = 1000, maxBodyBytes = 65_536) => ({
	limiter: createRateLimiter({ limit }),
	maxBodyBytes
});
const send = (body: BodyInit | null, type?: string, d = deps()) =>
	replyToDraft(post(body, type), '203.0.113.9', d);
const json = (value: unknown) => JSON.stringify(value);

describe('parseDraftRequest', () => {
	it.each([
		['no body at all', undefined, 400],
		['null', null, 400],
		['a string', 'an article', 400],
		['an array', [{ text: 'x' }], 400],
		['no text', { article: 'x' }, 400],
		['a text that is not a string', { text: 42 }, 400],
		['an empty text', { text: '' }, 400],
		['a text of spaces and line breaks', { text: '  \n\n\t ' }, 400],
		['a text over the limit', { text: 'a'.repeat(DRAFT_MAX_CHARS + 1) }, 413],
		['a NUL character', { text: 'An article\u0000' }, 400],
		['an escape character', { text: 'An \u001b[31marticle' }, 400],
		['a C1 control character', { text: 'An article\u0085' }, 400],
		['a lone surrogate', { text: 'An article \ud800' }, 400],
		['a non-character', { text: 'An article \uffff' }, 400]
	])('refuses %s with a message', (_, body, status) => {
		const result = parseDraftRequest(body);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.status).toBe(status);
			expect(result.message.length).toBeGreaterThan(15);
		}
	});

	it('says how long the article is and what the limit is', () => {
		const result = parseDraftRequest({ text: 'x'.repeat(25_000) });
		expect(!result.ok && result.message).toEqual(
			'The article is too long (25,000 characters); the limit is 20,000.'
		);
	});

	it.each([
		['line breaks and tabs', 'One.\r\n\r\nTwo\tthree.'],
		['20,000 accented letters', 'é'.repeat(DRAFT_MAX_CHARS)],
		['20,000 emoji (40,000 UTF-16 units)', '\u{1f600}'.repeat(DRAFT_MAX_CHARS)],
		[
			'curly quotes, dashes and a zero-width joiner',
			'\u201cYes\u201d \u2014 said the family\u200d.'
		]
	])('accepts %s', (_, text) => {
		expect(parseDraftRequest({ text, extra: 'ignored' })).toEqual({ ok: true, text });
	});

	it('never throws, whatever the parsed body', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue(),
					fc.record({ text: fc.string({ unit: 'binary', maxLength: 200 }) }),
					fc.record({ text: fc.jsonValue() })
				),
				(body) => {
					const result = parseDraftRequest(body);
					expect(result.ok ? 200 : result.status).toBeOneOf([200, 400, 413]);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('replyToDraft', () => {
	it('answers an article with its sentences, sources, statements and generated quiz', async () => {
		const res = await send(json({ text: council }));
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('no-store');
		const body = (await res.json()) as Record<string, unknown[]>;
		// The suggestions, then the quiz items generated with them (issue 21).
		expect(Object.keys(body)).toEqual([
			'sentences',
			'sources',
			'statements',
			'claims',
			'decoys',
			'ruling',
			'wait'
		]);
		expect(body.sentences![0]).toEqual({
			id: 'p1s1',
			text: 'Plans for a protected cycle lane on Harbour Road have been put on hold after a heated council meeting on Tuesday night.'
		});
		// "The committee chair" is only inferred, so it is offered as no question (assemble.ts).
		expect(body.sources).toContainEqual({
			id: 'achterberg',
			label: 'Helen Achterberg',
			kind: 'person',
			epithets: ['the mayor']
		});
		expect(body.statements).toContainEqual({
			content: 'Nobody is against safer roads',
			source: 'natarajan',
			cue: 'she added',
			form: 'direct',
			sentences: ['p4s1'],
			// "she" was worked out, not named: the teacher is asked to check it.
			confidence: 'check',
			reason: '"she added" does not name the speaker: check who is meant'
		});
	});

	it('takes an article of 20,000 characters, curly quotes and all, in one request', async () => {
		const paragraph =
			'\u201cWe will look again,\u201d said Dr Ann Lee, the council\u2019s adviser.';
		const text = Array.from({ length: 400 }, () => paragraph)
			.join('\n\n')
			.slice(0, DRAFT_MAX_CHARS);
		const body = json({ text });
		expect(new TextEncoder().encode(body).length).toBeGreaterThan(4096);
		const res = await send(body);
		expect(res.status).toBe(200);
	});

	it.each([
		['a wrong content type', () => send(json({ text: 'x' }), 'text/plain'), 415],
		['a form post', () => send('text=An+article', 'application/x-www-form-urlencoded'), 415],
		['malformed JSON', () => send('{"text": "unfinished'), 400],
		['an empty body', () => send(null), 400],
		['an empty article', () => send(json({ text: ' ' })), 400],
		['binary bytes', () => send(new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x7d])), 400],
		['a body over the cap', () => send(json({ text: 'a'.repeat(70_000) })), 413],
		['a text over 20,000 characters', () => send(json({ text: 'a'.repeat(20_001) })), 413]
	])('answers %s with a 4xx and a message', async (_, call, status) => {
		const res = await call();
		expect(res.status).toBe(status);
		const { error } = (await res.json()) as { error: string };
		expect(error.length).toBeGreaterThan(15);
	});

	it('stops reading a body that streams past the cap', async () => {
		let pulled = 0;
		const stream = new ReadableStream({
			pull(controller) {
				pulled++;
				controller.enqueue(new Uint8Array(16_384).fill(0x20));
			}
		});
		const request = new Request('http://localhost/api/drafts', {
			method: 'POST',
			body: stream,
			headers: { 'content-type': 'application/json' },
			duplex: 'half'
		} as RequestInit);
		const res = await replyToDraft(request, '203.0.113.9', deps());
		expect(res.status).toBe(413);
		expect(pulled).toBeLessThan(10);
	});

	it('limits one address, says when to come back, and leaves the next address alone', async () => {
		const d = deps(2);
		const ask = (address: string) => replyToDraft(post(json({ text: 'A line.' })), address, d);
		expect((await ask('198.51.100.1')).status).toBe(200);
		expect((await ask('198.51.100.1')).status).toBe(200);
		const refused = await ask('198.51.100.1');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(((await refused.json()) as { error: string }).error).toMatch(
			/^Too many suggestion requests from this network\. Wait /
		);
		expect((await ask('198.51.100.2')).status).toBe(200);
	});

	it('never answers a random body with a 5xx', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.uint8Array({ maxLength: 300 }),
					fc.string({ unit: 'binary', maxLength: 300 }),
					fc.jsonValue().map((v) => json(v)),
					fc.string({ maxLength: 300 }).map((text) => json({ text }))
				),
				async (body) => {
					const res = await send(body, 'application/json', deps(1_000_000, 1000));
					expect(res.status).toBeOneOf([200, 400, 413]);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('POST /api/drafts', () => {
	const event = (request: Request) =>
		({ request, getClientAddress: () => '192.0.2.7' }) as unknown as RequestEvent;
	const call = (body: string) =>
		(POST as (e: RequestEvent) => Promise<Response>)(event(post(body)));

	it('is wired to the app: its own body cap, and DRAFTS_PER_10_MIN per address', async () => {
		expect((await call(json({ text: 'x'.repeat(10_000) }))).status).toBe(200);
		expect((await call(json({ text: 'Short.' }))).status).toBe(200);
		expect((await call(json({ text: 'Short.' }))).status).toBe(429);
	});
});

describe('the environment', () => {
	it('has defaults for the drafts limits, and names a bad one', () => {
		expect(readEnv({})).toMatchObject({ DRAFTS_PER_10_MIN: 120, DRAFT_MAX_BODY_BYTES: 65_536 });
		expect(() => readEnv({ DRAFTS_PER_10_MIN: '0' })).toThrow(/DRAFTS_PER_10_MIN/);
		expect(() => readEnv({ DRAFT_MAX_BODY_BYTES: '100' })).toThrow(/DRAFT_MAX_BODY_BYTES/);
	});
});
