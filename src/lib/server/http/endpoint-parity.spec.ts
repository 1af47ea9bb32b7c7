// The hot endpoints exist twice: as SvelteKit endpoints (npm run dev) and as node:http routes (what
// scripts/serve.js runs). Both must answer every request the same way.
import type { RequestEvent } from '@sveltejs/kit';
import { parse as parseCookieHeader, serialize as serializeCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { POST as answerEndpoint } from '../../../routes/api/attempts/[key]/answers/+server';
import { POST as startEndpoint } from '../../../routes/api/attempts/+server';
import { POST as classAnswerEndpoint } from '../../../routes/api/class/answers/+server';
import { GET as studentEvents } from '../../../routes/class/[code]/events/+server';
import { actions as joinActions } from '../../../routes/join/[[code]]/+page.server';
import { getApp } from '../app';
import { SEAT_COOKIE } from './cookies';
import { createNodeRoutes } from './node-routes';
import { useTestApp } from '../../../test-support/databases';
import { loopbackServer } from '../../../test-support/loopback-server';

// getApp() reads the environment on first use: point it at a database of this test's own.
useTestApp();
process.env.MAX_BODY_BYTES = '1024';

const server = loopbackServer((req, res) =>
	createNodeRoutes(getApp())(req, res, () => res.writeHead(599).end())
);

interface Call {
	path: string;
	body: string;
	type?: string;
	/** The request's Cookie header (a student's seat). */
	cookie?: string;
	/** More request headers (a proxy's protocol header). */
	headers?: Record<string, string>;
}

type Reply = { status: number; body: unknown; cookie: string | null; retryAfter?: string | null };

async function overNode({
	path,
	body,
	type = 'application/json',
	cookie,
	headers = {}
}: Call): Promise<Reply> {
	const res = await fetch(server.origin() + path, {
		method: 'POST',
		body,
		headers: { ...headers, 'content-type': type, ...(cookie ? { cookie } : {}) }
	});
	return {
		status: res.status,
		body: await res.json(),
		cookie: res.headers.get('set-cookie'),
		retryAfter: res.headers.get('retry-after')
	};
}

/**
 * A stand-in for SvelteKit's `cookies` that writes the Set-Cookie header as SvelteKit does (with the
 * `cookie` package, from the options given), over plain http like the loopback server.
 */
function kitEvent(url: URL, request: Request, params: Record<string, string | undefined>) {
	const sent: string[] = [];
	const received = parseCookieHeader(request.headers.get('cookie') ?? '');
	const event = {
		request,
		url,
		params,
		getClientAddress: () => '127.0.0.1',
		cookies: {
			get: (name: string) => received[name],
			set: (name: string, value: string, options: Parameters<typeof serializeCookie>[2]) =>
				sent.push(serializeCookie(name, value, options))
		}
	} as unknown as RequestEvent;
	return { event, sent };
}

async function overSvelteKit({
	path,
	body,
	type = 'application/json',
	cookie,
	headers = {}
}: Call): Promise<Reply> {
	const url = new URL(path, 'http://localhost');
	const all: Record<string, string> = { ...headers, 'content-type': type };
	if (cookie) all.cookie = cookie;
	const request = new Request(url, { method: 'POST', body, headers: all });
	const { event, sent } = kitEvent(url, request, { key: path.split('/')[3] });
	const handler = path.endsWith('/answers')
		? path.startsWith('/api/class')
			? classAnswerEndpoint
			: answerEndpoint
		: startEndpoint;
	const res = await (handler as (event: RequestEvent) => Promise<Response>)(event);
	expect(sent.length).toBeLessThanOrEqual(1);
	return {
		status: res.status,
		body: await res.json(),
		cookie: sent[0] ?? null,
		retryAfter: res.headers.get('retry-after')
	};
}

/** A Set-Cookie header taken apart: every attribute, with the value replaced by its shape. */
function cookieShape(header: string | null, key: unknown) {
	if (header === null) return null;
	const [pair, ...attributes] = header.split(';').map((part) => part.trim());
	const [name, value] = pair!.split('=') as [string, string];
	const attrs = Object.fromEntries(
		attributes.map((a) => {
			const [k, v] = a.split('=');
			return [k!.toLowerCase(), v ?? true];
		})
	);
	return {
		name,
		value: value === key ? 'the attempt key' : /^[\w-]{32}$/.test(value) ? 'a key' : value,
		attributes: attrs
	};
}

/** What must match: the status, the body and the cookie, with the new attempt's own ids left out. */
function comparable({ status, body, cookie, retryAfter }: Reply) {
	const { attemptKey, publicId, ...rest } = body as Record<string, unknown>;
	return {
		status,
		body: rest,
		hasIds: typeof attemptKey === 'string' && typeof publicId === 'string',
		cookie: cookieShape(cookie, attemptKey),
		retryAfter: retryAfter ?? null
	};
}

/** The attempt cookie both paths must set over plain http. */
const ATTEMPT_COOKIE_OVER_HTTP = {
	name: 'sc_attempt',
	value: 'the attempt key',
	attributes: { 'max-age': String(60 * 60 * 24 * 30), path: '/', httponly: true, samesite: 'Lax' }
};

describe('SvelteKit endpoints and node:http routes answer alike', () => {
	const question = () => getApp().quiz.questions.find((q) => q.id === 'q05')!;
	const answerPath = async () => `/api/attempts/${(await getApp().quiz.start()).key}/answers`;
	const answer = (value: unknown) => JSON.stringify({ questionId: 'q05', answer: value });
	const wrong = () => {
		const q = question();
		return q.format === 'number' ? q.answer + 50 : q.options.find((o) => o.id !== q.answer)!.id;
	};

	it.each<[string, () => Call | Promise<Call>]>([
		['a new attempt', () => ({ path: '/api/attempts', body: '{}' })],
		['a bad challenge', () => ({ path: '/api/attempts', body: '{"challenge":5}' })],
		['a right answer', async () => ({ path: await answerPath(), body: answer(question().answer) })],
		['a wrong answer', async () => ({ path: await answerPath(), body: answer(wrong()) })],
		[
			'a right answer with its citation',
			async () => ({
				path: await answerPath(),
				body: JSON.stringify({ questionId: 'q05', answer: question().answer, cited: ['p3s1'] })
			})
		],
		[
			'a citation of a sentence the article does not have',
			async () => ({
				path: await answerPath(),
				body: JSON.stringify({ questionId: 'q05', answer: question().answer, cited: ['p40s1'] })
			})
		],
		[
			'an unknown question',
			async () => ({ path: await answerPath(), body: '{"questionId":"q77"}' })
		],
		[
			'an unknown attempt',
			() => ({ path: `/api/attempts/${'x'.repeat(32)}/answers`, body: answer(1) })
		],
		['malformed JSON', async () => ({ path: await answerPath(), body: '{"questionId"' })],
		[
			'a wrong content type',
			async () => ({ path: await answerPath(), body: '{}', type: 'text/plain' })
		],
		[
			'a body over the limit',
			async () => ({ path: await answerPath(), body: answer('z'.repeat(2000)) })
		],
		['a class answer without a seat', () => ({ path: '/api/class/answers', body: answer(1) })]
	])('%s', async (_, call) => {
		const node = comparable(await overNode(await call()));
		const kit = comparable(await overSvelteKit(await call()));
		expect(kit).toEqual(node);
		expect(node.status).toBeLessThan(500);
		if (node.status === 201 || node.hasIds) expect(node.cookie).toEqual(ATTEMPT_COOKIE_OVER_HTTP);
		else expect(node.cookie).toBeNull();
	});

	it('a new attempt sets the whole cookie alike: no Secure over plain http', async () => {
		const node = comparable(await overNode({ path: '/api/attempts', body: '{}' }));
		const kit = comparable(await overSvelteKit({ path: '/api/attempts', body: '{}' }));
		expect(node.hasIds).toBe(true);
		expect(node.cookie).toEqual(ATTEMPT_COOKIE_OVER_HTTP);
		expect(kit.cookie).toEqual(node.cookie);
	});

	it.each<
		[string, Partial<Record<'ORIGIN' | 'PROTOCOL_HEADER', string>>, Record<string, string>, boolean]
	>([
		['ORIGIN is https', { ORIGIN: 'https://quiz.example.org' }, {}, true],
		[
			'ORIGIN is http',
			{ ORIGIN: 'http://quiz.example.org' },
			{ 'x-forwarded-proto': 'https' },
			false
		],
		[
			'the protocol header says https',
			{ PROTOCOL_HEADER: 'x-forwarded-proto' },
			{ 'x-forwarded-proto': 'HTTPS' },
			true
		],
		[
			'the protocol header says http',
			{ PROTOCOL_HEADER: 'x-forwarded-proto' },
			{ 'x-forwarded-proto': 'http' },
			false
		],
		['the protocol header is missing', { PROTOCOL_HEADER: 'x-forwarded-proto' }, {}, false],
		['no proxy settings: a client header is ignored', {}, { 'x-forwarded-proto': 'https' }, false]
	])('Secure exactly when the request came over https: %s', async (_, env, headers, secure) => {
		const saved = { ...getApp().env };
		Object.assign(getApp().env, env);
		try {
			const call = { path: '/api/attempts', body: '{}', headers };
			const node = comparable(await overNode(call));
			const kit = comparable(await overSvelteKit(call));
			expect(kit.cookie).toEqual(node.cookie);
			expect(node.cookie?.attributes).toEqual({
				...ATTEMPT_COOKIE_OVER_HTTP.attributes,
				...(secure ? { secure: true } : {})
			});
		} finally {
			delete (getApp().env as Record<string, unknown>).ORIGIN;
			delete (getApp().env as Record<string, unknown>).PROTOCOL_HEADER;
			Object.assign(getApp().env, saved);
		}
	});

	it('a change of answer: the same 409 and the verdict on record', async () => {
		const replies = [];
		for (const send of [overNode, overSvelteKit]) {
			const path = await answerPath();
			await send({ path, body: answer(question().answer) });
			replies.push(comparable(await send({ path, body: answer(wrong()) })));
		}
		expect(replies[0]!.status).toBe(409);
		expect(replies[1]).toEqual(replies[0]);
	});

	// Last: it uses up the loopback address's allowance of new attempts.
	it('too many new attempts from one address: the same 429 and Retry-After', async () => {
		const limiter = getApp().limits.attempts;
		while (limiter.take('127.0.0.1').ok);
		const node = comparable(await overNode({ path: '/api/attempts', body: '{}' }));
		const kit = comparable(await overSvelteKit({ path: '/api/attempts', body: '{}' }));
		expect(node.status).toBe(429);
		expect(node.body).toEqual({ error: expect.stringMatching(/too many/i) });
		expect(Number(node.retryAfter)).toBeGreaterThan(0);
		expect(kit).toEqual(node);
	});
});

describe('a class answer from a real seat', () => {
	/** Creates a class and joins it through the real /join action, returning the seat cookie. */
	async function seatCookie(settings: Record<string, string> = {}) {
		const created = await getApp().classroom.createClass({
			title: 'Parity',
			pacing: 'self',
			feedback: 'each',
			timeLimitMinutes: '',
			...settings
		});
		if (!created.ok) throw new Error(JSON.stringify(created));
		const url = new URL('/join', 'http://localhost');
		const form = new URLSearchParams({ code: created.classRow.code, nickname: 'Sam' });
		const request = new Request(url, {
			method: 'POST',
			body: form,
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		const { event, sent } = kitEvent(url, request, {});
		const redirected = await (joinActions.default as (e: RequestEvent) => Promise<unknown>)(
			event
		).catch((thrown: unknown) => thrown);
		expect(redirected).toMatchObject({ status: 303 });
		expect(sent).toHaveLength(1);
		const shape = cookieShape(sent[0]!, undefined);
		expect(shape).toEqual({
			name: 'sc_seat',
			value: 'a key',
			attributes: {
				'max-age': String(60 * 60 * 24 * 31),
				path: '/',
				httponly: true,
				samesite: 'Lax'
			}
		});
		return sent[0]!.split(';')[0]!;
	}

	const question = () => getApp().quiz.questions.find((q) => q.id === 'q05')!;
	const answer = (value: unknown) => JSON.stringify({ questionId: 'q05', answer: value });
	const wrong = () => {
		const q = question();
		return q.format === 'number' ? q.answer + 50 : q.options.find((o) => o.id !== q.answer)!.id;
	};

	it.each<[string, () => unknown, Record<string, string>]>([
		['a right answer', () => question().answer, {}],
		['a wrong answer', () => wrong(), {}],
		['an answer held back until the end', () => question().answer, { feedback: 'end' }],
		['an unknown question', () => 1, {}]
	])('%s', async (name, value, settings) => {
		const body = name === 'an unknown question' ? '{"questionId":"q77"}' : answer(value());
		const node = comparable(
			await overNode({ path: '/api/class/answers', body, cookie: await seatCookie(settings) })
		);
		const kit = comparable(
			await overSvelteKit({ path: '/api/class/answers', body, cookie: await seatCookie(settings) })
		);
		expect(kit).toEqual(node);
		expect(node.cookie).toBeNull();
		if (name === 'an unknown question') expect(node.status).toBeGreaterThanOrEqual(400);
		else expect(node.status).toBe(200);
	});

	it('a second answer from the same seat: the same 409 on both paths', async () => {
		const replies = [];
		for (const send of [overNode, overSvelteKit]) {
			const cookie = await seatCookie();
			await send({ path: '/api/class/answers', body: answer(question().answer), cookie });
			replies.push(
				comparable(await send({ path: '/api/class/answers', body: answer(wrong()), cookie }))
			);
		}
		expect(replies[0]!.status).toBe(409);
		expect(replies[1]).toEqual(replies[0]);
	});

	it('a seat cookie that is not a seat is refused alike', async () => {
		const replies = [];
		for (const send of [overNode, overSvelteKit]) {
			const cookie = await seatCookie();
			replies.push(
				comparable(
					await send({
						path: '/api/class/answers',
						body: answer(1),
						cookie: cookie.replace(/=.*/, '=' + 'x'.repeat(32))
					})
				)
			);
		}
		expect(replies[0]!.status).toBeGreaterThanOrEqual(400);
		expect(replies[1]).toEqual(replies[0]);
	});
});

describe("a student's live stream", () => {
	interface Opened {
		status: number;
		type: string | null;
		retryAfter: string | null;
		/** The first message, or the refusal's text. */
		first: string;
	}

	async function firstOf(res: Response, abort: () => void): Promise<Opened> {
		let first = '';
		if (res.status === 200) {
			const reader = res.body!.getReader();
			const decoder = new TextDecoder();
			while (!first.includes('\n\n')) first += decoder.decode((await reader.read()).value);
			await reader.cancel().catch(() => {});
		} else first = await res.text();
		abort();
		const type = res.headers.get('content-type');
		return { status: res.status, type, retryAfter: res.headers.get('retry-after'), first };
	}

	const streamOverNode = async (cookie?: string): Promise<Opened> => {
		const controller = new AbortController();
		const res = await fetch(`${server.origin()}/class/ABC123/events`, {
			headers: cookie ? { cookie } : {},
			signal: controller.signal
		});
		return firstOf(res, () => controller.abort());
	};

	// kitEvent's client address is the loopback server's: 127.0.0.1.
	const streamOverSvelteKit = async (cookie?: string) => {
		const url = new URL('/class/ABC123/events', 'http://localhost');
		const request = new Request(url, { headers: cookie ? { cookie } : {} });
		const { event } = kitEvent(url, request, { code: 'ABC123' });
		const res = await (studentEvents as (e: RequestEvent) => Promise<Response>)(event);
		return firstOf(res, () => {});
	};

	async function joinedSeat(): Promise<string> {
		const created = await getApp().classroom.createClass({
			title: 'Stream parity',
			pacing: 'teacher',
			feedback: 'each',
			timeLimitMinutes: ''
		});
		if (!created.ok) throw new Error(JSON.stringify(created));
		const joined = await getApp().classroom.join(
			{ code: created.classRow.code, nickname: 'Lee' },
			'10.9.0.1'
		);
		if (!joined.ok) throw new Error(JSON.stringify(joined));
		return `${SEAT_COOKIE}=${joined.seat.seatKey}`;
	}

	it('a seated student gets the same stream and the same first message', async () => {
		const cookie = await joinedSeat();
		const node = await streamOverNode(cookie);
		const kit = await streamOverSvelteKit(cookie);
		expect(node.status).toBe(200);
		expect(node.type).toBe('text/event-stream; charset=utf-8');
		expect(node.first).toMatch(/^data: \{/);
		expect(kit).toEqual(node);
	});

	it.each([
		['no seat cookie', undefined],
		['a cookie that is no seat', `${SEAT_COOKIE}=${'x'.repeat(32)}`],
		['a cookie that is not a key at all', `${SEAT_COOKIE}=%00%3Cscript%3E`]
	])('%s is refused alike', async (_name, cookie) => {
		const node = await streamOverNode(cookie);
		expect(node.status).toBeGreaterThanOrEqual(400);
		expect(node.status).toBeLessThan(500);
		expect(await streamOverSvelteKit(cookie)).toEqual(node);
	});
});
