// The hot endpoints exist twice: as SvelteKit endpoints (npm run dev) and as node:http routes (what
// scripts/serve.js runs). Both must answer every request the same way.
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { POST as answerEndpoint } from '../../routes/api/attempts/[key]/answers/+server';
import { POST as startEndpoint } from '../../routes/api/attempts/+server';
import { POST as classAnswerEndpoint } from '../../routes/api/class/answers/+server';
import { getApp } from './app';
import { createNodeRoutes } from './node-routes';
import { tempDatabase } from './test-db';
import { loopbackServer } from './test-server';

// getApp() reads the environment on first use: point it at a database of this test's own.
process.env.DATABASE_URL = tempDatabase().path;
process.env.MAX_BODY_BYTES = '1024';

const server = loopbackServer((req, res) =>
	createNodeRoutes(getApp())(req, res, () => res.writeHead(599).end())
);

interface Call {
	path: string;
	body: string;
	type?: string;
}

type Reply = { status: number; body: unknown; cookie: string | null; retryAfter?: string | null };

async function overNode({ path, body, type = 'application/json' }: Call): Promise<Reply> {
	const res = await fetch(server.origin() + path, {
		method: 'POST',
		body,
		headers: { 'content-type': type }
	});
	return {
		status: res.status,
		body: await res.json(),
		cookie: res.headers.get('set-cookie'),
		retryAfter: res.headers.get('retry-after')
	};
}

async function overSvelteKit({ path, body, type = 'application/json' }: Call): Promise<Reply> {
	const url = new URL(path, 'http://localhost');
	const request = new Request(url, { method: 'POST', body, headers: { 'content-type': type } });
	let cookie: string | null = null;
	const event = {
		request,
		url,
		// What the socket says over loopback, as on the node:http side.
		getClientAddress: () => '127.0.0.1',
		params: { key: path.split('/')[3] },
		cookies: {
			get: () => undefined,
			set: (name: string, value: string) => (cookie = `${name}=${value}`)
		}
	} as unknown as RequestEvent;
	const handler = path.endsWith('/answers')
		? path.startsWith('/api/class')
			? classAnswerEndpoint
			: answerEndpoint
		: startEndpoint;
	const res = await (handler as (event: RequestEvent) => Promise<Response>)(event);
	return {
		status: res.status,
		body: await res.json(),
		cookie,
		retryAfter: res.headers.get('retry-after')
	};
}

/** What must match: the status and the body, with the new attempt's own ids left out. */
function comparable({ status, body, cookie, retryAfter }: Reply) {
	const { attemptKey, publicId, ...rest } = body as Record<string, unknown>;
	return {
		status,
		body: rest,
		hasIds: typeof attemptKey === 'string' && typeof publicId === 'string',
		setsCookie: cookie?.startsWith(`sc_attempt=${attemptKey}`) ?? false,
		retryAfter: retryAfter ?? null
	};
}

describe('SvelteKit endpoints and node:http routes answer alike', () => {
	const question = () => getApp().quiz.questions.find((q) => q.id === 'q05')!;
	const answerPath = () => `/api/attempts/${getApp().quiz.start().key}/answers`;
	const answer = (value: unknown) => JSON.stringify({ questionId: 'q05', answer: value });
	const wrong = () => {
		const q = question();
		return q.format === 'number' ? q.answer + 50 : q.options.find((o) => o.id !== q.answer)!.id;
	};

	it.each<[string, () => Call]>([
		['a new attempt', () => ({ path: '/api/attempts', body: '{}' })],
		['a bad challenge', () => ({ path: '/api/attempts', body: '{"challenge":5}' })],
		['a right answer', () => ({ path: answerPath(), body: answer(question().answer) })],
		['a wrong answer', () => ({ path: answerPath(), body: answer(wrong()) })],
		['an unknown question', () => ({ path: answerPath(), body: '{"questionId":"q77"}' })],
		[
			'an unknown attempt',
			() => ({ path: `/api/attempts/${'x'.repeat(32)}/answers`, body: answer(1) })
		],
		['malformed JSON', () => ({ path: answerPath(), body: '{"questionId"' })],
		['a wrong content type', () => ({ path: answerPath(), body: '{}', type: 'text/plain' })],
		['a body over the limit', () => ({ path: answerPath(), body: answer('z'.repeat(2000)) })],
		['a class answer without a seat', () => ({ path: '/api/class/answers', body: answer(1) })]
	])('%s', async (_, call) => {
		const node = comparable(await overNode(call()));
		const kit = comparable(await overSvelteKit(call()));
		expect(kit).toEqual(node);
		expect(node.status).toBeLessThan(500);
	});

	it('a change of answer: the same 409 and the verdict on record', async () => {
		const replies = [];
		for (const send of [overNode, overSvelteKit]) {
			const path = answerPath();
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
