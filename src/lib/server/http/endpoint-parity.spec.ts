// The hot endpoints are defined once (hot-endpoints.ts) and put on the wire by two adapters: SvelteKit's
// (kit-endpoint.ts, through each route's +server.ts) and node:http's (node-endpoints.ts, what
// scripts/serve.js runs). The same request through both must get the same reply.
import type { RequestEvent } from '@sveltejs/kit';
import { parse as parseCookieHeader, serialize as serializeCookie } from 'cookie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getApp } from '../app';
import { SEAT_COOKIE } from './cookies';
import { jsonReply, textReply, type Endpoint, type EndpointContext } from './endpoint';
import { HOT_ENDPOINTS } from './hot-endpoints';
import { kitEndpoint } from './kit-endpoint';
import { endpointRouter, nodeEndpoints } from './node-endpoints';
import { useTestApp } from '../../../test-support/databases';
import { loopbackServer } from '../../../test-support/loopback-server';

// getApp() reads the environment on first use: point it at a database of this test's own.
useTestApp();
process.env.MAX_BODY_BYTES = '1024';

type Handler = (event: RequestEvent) => Promise<Response>;
const routeFiles = import.meta.glob<Record<string, Handler>>('../../../routes/**/+server.ts', {
	eager: true
});
const routeFile = (route: string) => routeFiles[`../../../routes${route}/+server.ts`];

/** What a probe endpoint saw of its request, sent back as its reply. */
const probe: Endpoint = {
	method: 'POST',
	route: '/probe/[id]/x',
	failures: 'json',
	handle: async (context: EndpointContext) =>
		jsonReply({
			status: 200,
			body: {
				params: context.params,
				seat: context.cookie(SEAT_COOKIE) ?? null,
				address: context.clientAddress(),
				https: context.isHttps(),
				json: await context.json()
			}
		})
};
/** Whatever a test puts here, thrown or returned, by an endpoint at /fails. */
let outcome: () => Promise<never> | ReturnType<Endpoint['handle']>;
const failing = (failures: Endpoint['failures']): Endpoint => ({
	method: 'GET',
	route: `/fails/${failures}`,
	failures,
	handle: () => outcome()
});
const TABLE = [...HOT_ENDPOINTS, probe, failing('json'), failing('text')];
/** Stands in for SvelteKit's router in the request events made here: the endpoint, its params. */
const route = endpointRouter(TABLE);

const server = loopbackServer((req, res) =>
	nodeEndpoints(getApp(), TABLE)(req, res, () => res.writeHead(599).end())
);

interface Call {
	method?: 'GET' | 'POST';
	path: string;
	body?: string;
	headers?: Record<string, string>;
}

/** A reply as compared: status, headers that matter, the body, and the cookie set. */
interface Seen {
	status: number;
	type: string | null;
	cacheControl: string | null;
	retryAfter: string | null;
	cookie: string | null;
	body: string;
}

async function seen(res: Response, cookie: string | null): Promise<Seen> {
	let body = '';
	if (res.headers.get('content-type')?.startsWith('text/event-stream')) {
		// A stream: its first message, then it is closed.
		const reader = res.body!.getReader();
		while (!body.includes('\n\n')) body += new TextDecoder().decode((await reader.read()).value);
		await reader.cancel();
	} else body = await res.text();
	return {
		status: res.status,
		type: res.headers.get('content-type'),
		cacheControl: res.headers.get('cache-control'),
		retryAfter: res.headers.get('retry-after'),
		cookie,
		body
	};
}

async function overNode({ method = 'POST', path, body, headers = {} }: Call): Promise<Seen> {
	const controller = new AbortController();
	const res = await fetch(server.origin() + path, {
		method,
		body,
		headers: { 'content-type': 'application/json', ...headers },
		signal: controller.signal
	});
	const reply = await seen(res, res.headers.get('set-cookie'));
	controller.abort();
	return reply;
}

/**
 * Through the route's +server.ts (or the endpoint itself, for the test endpoints), with a request
 * event as adapter-node makes it: the client at 127.0.0.1, like the loopback server's, and cookies
 * set as SvelteKit sets them (with the `cookie` package, from the options given).
 */
async function overSvelteKit({ method = 'POST', path, body, headers = {} }: Call): Promise<Seen> {
	const url = new URL(path, 'http://localhost');
	const request = new Request(url, {
		method,
		body,
		headers: { 'content-type': 'application/json', ...headers }
	});
	const { endpoint, params } = route(method, url.pathname)!;
	const received = parseCookieHeader(request.headers.get('cookie') ?? '');
	const sent: string[] = [];
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
	const handler = routeFile(endpoint.route)?.[endpoint.method] ?? kitEndpoint(endpoint);
	const res = await handler(event);
	expect(sent.length).toBeLessThanOrEqual(1);
	return seen(res, sent[0] ?? null);
}

/** Both replies, the same once a new attempt's own ids and an error's id are left out. */
const anonymous = ({ body, cookie, ...rest }: Seen) => ({
	...rest,
	body: body
		.replace(/"(attemptKey|publicId|errorId)":"[^"]*"/g, '"$1":"ID"')
		.replace(/\([0-9a-f-]{36}\)/, '(ID)'),
	cookie: cookie?.replace(/=[\w-]{32};/, '=ID;') ?? null
});

async function alike(call: () => Call | Promise<Call>): Promise<Seen> {
	const node = await overNode(await call());
	const kit = await overSvelteKit(await call());
	expect(anonymous(kit)).toEqual(anonymous(node));
	return node;
}

afterEach(() => vi.restoreAllMocks());

describe('the table', () => {
	it.each(HOT_ENDPOINTS.map((e) => [`${e.method} ${e.route}`, e] as const))(
		'%s is served by its route’s +server.ts',
		(_, endpoint) => {
			expect(routeFile(endpoint.route)?.[endpoint.method]).toBeTypeOf('function');
		}
	);
});

describe('the adapters give an endpoint the same request', () => {
	const probed = async (call: Partial<Call>) =>
		JSON.parse((await alike(() => ({ path: '/probe/a%20b/x', ...call }))).body);

	it('params decoded, cookies, the client address, the body', async () => {
		const seen = await probed({
			body: '{"n":1}',
			headers: { cookie: `other=1; ${SEAT_COOKIE}=s%20t` }
		});
		expect(seen).toEqual({
			params: { id: 'a b' },
			seat: 's t',
			address: '127.0.0.1',
			https: false,
			json: { ok: true, body: { n: 1 } }
		});
	});

	it.each([
		['malformed JSON', { body: '{"n"' }, 400],
		['a wrong content type', { body: '{}', headers: { 'content-type': 'text/plain' } }, 415],
		['a body over the limit', { body: JSON.stringify({ pad: 'z'.repeat(2000) }) }, 413]
	])('%s: the same refusal', async (_, call, status) => {
		expect((await probed(call)).json).toMatchObject({ ok: false, reply: { status } });
	});

	it.each([
		[{ ORIGIN: 'https://quiz.example.org' }, {}, true],
		[{ ORIGIN: 'http://quiz.example.org' }, { 'x-forwarded-proto': 'https' }, false],
		[{ PROTOCOL_HEADER: 'x-forwarded-proto' }, { 'x-forwarded-proto': 'HTTPS' }, true],
		[{ PROTOCOL_HEADER: 'x-forwarded-proto' }, {}, false],
		[{}, { 'x-forwarded-proto': 'https' }, false]
	])('https with %o and headers %o: %s', async (env, headers, https) => {
		const saved = { ...getApp().env };
		Object.assign(getApp().env, env);
		try {
			expect((await probed({ body: '{}', headers })).https).toBe(https);
		} finally {
			delete (getApp().env as Record<string, unknown>).ORIGIN;
			delete (getApp().env as Record<string, unknown>).PROTOCOL_HEADER;
			Object.assign(getApp().env, saved);
		}
	});
});

describe('the adapters put a reply on the wire alike', () => {
	const get = (failures: string) => () => ({ method: 'GET' as const, path: `/fails/${failures}` });

	it('a plain-text refusal, with when to try again', async () => {
		outcome = async () => textReply(429, 'Too many.', '30');
		expect(await alike(get('text'))).toMatchObject({
			status: 429,
			type: 'text/plain; charset=utf-8',
			cacheControl: 'no-store',
			retryAfter: '30',
			body: 'Too many.'
		});
	});

	it.each([
		['json', 500, /^\{"error":"Something went wrong on our side\. Please try again\.","errorId":"/],
		['text', 500, /^Something went wrong on our side\. Please try again\. \(/]
	])('an error inside (%s): a 500 naming the logged error', async (as, status, body) => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		outcome = () => Promise.reject(new Error('broken'));
		const reply = await alike(get(as));
		expect(reply).toMatchObject({ status, cacheControl: 'no-store' });
		expect(reply.body).toMatch(body);
		expect(logged).toHaveBeenCalledTimes(2);
	});

	it.each(['json', 'text'])('the database away (%s): a 503 with when to try again', async (as) => {
		outcome = () => Promise.reject(new Error('Connection terminated unexpectedly'));
		const reply = await alike(get(as));
		expect(reply).toMatchObject({ status: 503, retryAfter: '3' });
		expect(reply.body).toContain('cannot reach its database');
	});
});

describe('the hot endpoints through both adapters', () => {
	const answerPath = async () => `/api/attempts/${(await getApp().quiz.start()).key}/answers`;
	const question = () => getApp().quiz.questions.find((q) => q.id === 'q05')!;
	const answer = (value: unknown) => JSON.stringify({ questionId: 'q05', answer: value });

	async function seat(pacing: 'self' | 'teacher'): Promise<string> {
		const created = await getApp().classroom.createClass({
			title: 'Parity',
			pacing,
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

	it('a new attempt: 201, its ids, and the attempt cookie', async () => {
		const reply = await alike(() => ({ path: '/api/attempts', body: '{}' }));
		expect(reply.status).toBe(201);
		expect(reply.cookie).toMatch(
			/^sc_attempt=[\w-]{32}; Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/
		);
	});

	it('a right answer: 200 and the verdict', async () => {
		const reply = await alike(async () => ({
			path: await answerPath(),
			body: answer(question().answer)
		}));
		expect(reply.status).toBe(200);
		expect(JSON.parse(reply.body)).toMatchObject({ questionId: 'q05', correct: true });
	});

	it('an unknown attempt: 404', async () => {
		const reply = await alike(() => ({
			path: `/api/attempts/${'x'.repeat(32)}/answers`,
			body: answer(question().answer)
		}));
		expect(reply.status).toBe(404);
	});

	it('a class answer from a seat, and without one', async () => {
		const body = answer(question().answer);
		const seated = await alike(async () => ({
			path: '/api/class/answers',
			body,
			headers: { cookie: await seat('self') }
		}));
		expect(seated.status).toBe(200);
		expect((await alike(() => ({ path: '/api/class/answers', body }))).status).toBe(404);
	});

	it('a student’s stream: its first message, or a refusal in plain text', async () => {
		const stream = async (cookie: string) =>
			alike(() => ({ method: 'GET', path: '/class/ABC123/events', headers: { cookie } }));
		// A class the teacher paces starts with its first question open.
		const open = await stream(await seat('teacher'));
		expect(open).toMatchObject({ status: 200, type: 'text/event-stream; charset=utf-8' });
		expect(open.body).toMatch(/^data: \{"openQuestions":1,"closed":false\}\n\n$/);
		const refused = await stream(`${SEAT_COOKIE}=${'x'.repeat(32)}`);
		expect(refused).toMatchObject({ status: 404, type: 'text/plain; charset=utf-8' });
	});

	// Last: it uses up the loopback address's allowance of new attempts.
	it('too many new attempts from one address: the same 429 and Retry-After', async () => {
		const limiter = getApp().limits.attempts;
		while (limiter.take('127.0.0.1').ok);
		const reply = await alike(() => ({ path: '/api/attempts', body: '{}' }));
		expect(reply).toMatchObject({ status: 429, cookie: null });
		expect(Number(reply.retryAfter)).toBeGreaterThan(0);
	});
});
