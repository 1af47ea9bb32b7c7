import fc from 'fast-check';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../quiz/questions';
import { createApp, type App } from '../app';
import { readEnv } from '../config/env';
import type { Engine } from '../db/database';
import { createNodeRoutes } from './node-routes';
import { ENGINES, tempDatabaseUrl } from '../../../test-support/databases';
import { loopbackServer } from '../../../test-support/loopback-server';

type NodeRoutes = ReturnType<typeof createNodeRoutes>;

/**
 * An app over a database of its own, built before the tests of the block it is called in (then
 * handed to `ready`) and closed after them, before its database is removed (hooks after run in
 * reverse).
 */
function appOn(engine: Engine, env: Record<string, string>, ready: (app: App) => void): void {
	const { url } = tempDatabaseUrl(engine);
	let app: App | undefined;
	beforeAll(async () => {
		app = await createApp(readEnv({ DATABASE_URL: url, ...env }));
		ready(app);
	});
	afterAll(() => app?.db.close());
}

// A real node:http server over a real database, on each engine; what the routes leave alone gets a
// 599 here.
describe.each(ENGINES)('node:http routes (%s)', (engine) => {
	let app: App;
	let routes: NodeRoutes;
	appOn(engine, { MAX_BODY_BYTES: '2048', PROTOCOL_HEADER: 'X-Forwarded-Proto' }, (made) => {
		app = made;
		routes = createNodeRoutes(made);
	});
	const server = loopbackServer((req, res) =>
		routes(req, res, () => {
			req.resume();
			res.writeHead(599).end('passed on');
		})
	);

	async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
		const res = await fetch(server.origin() + path, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json', ...headers },
			duplex: 'half'
		} as RequestInit);
		const text = await res.text();
		return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
	}

	const questionById = (id: string): Question => app.quiz.questions.find((q) => q.id === id)!;
	const rightAnswer = (q: Question) => q.answer;
	const wrongAnswer = (q: Question) =>
		q.format === 'number' ? q.answer + 100 : q.options.find((o) => o.id !== q.answer)!.id;

	describe('starting an attempt over node:http', () => {
		it('starts an attempt and keeps its key in an http-only cookie', async () => {
			const reply = await post('/api/attempts', '{}', { 'x-forwarded-proto': 'http' });
			expect(reply.status).toBe(201);
			const { attemptKey, publicId, total } = reply.json();
			expect(total).toBe(app.quiz.questions.length);
			expect(await app.attempts.get(attemptKey)).toMatchObject({ publicId, answered: 0 });
			const cookie = reply.headers.get('set-cookie') ?? '';
			expect(cookie).toContain(`sc_attempt=${attemptKey}`);
			expect(cookie).toMatch(/HttpOnly/i);
			expect(cookie).toMatch(/SameSite=Lax/i);
			expect(cookie).not.toMatch(/Secure/i);
		});

		it('marks the cookie Secure behind https', async () => {
			for (const proto of ['https', 'HTTPS']) {
				const reply = await post('/api/attempts', '{}', { 'x-forwarded-proto': proto });
				expect(reply.headers.get('set-cookie')).toMatch(/; Secure/i);
			}
		});

		it('answers 404 to an article id that cannot be one, a NUL byte in it too', async () => {
			// PostgreSQL refuses a NUL in any text, a query's too: such an id is not looked up.
			for (const pack of ['\u0000', 'russell-bottas-imola\u0000', 'no such article']) {
				const reply = await post('/api/attempts', JSON.stringify({ pack }));
				expect([pack, reply.status]).toEqual([pack, 404]);
			}
		});

		it('refuses a challenge that is not an id, and sets no cookie', async () => {
			const reply = await post('/api/attempts', JSON.stringify({ challenge: 'x'.repeat(65) }));
			expect(reply.status).toBe(400);
			expect(reply.json().error).toContain('challenge');
			expect(reply.headers.get('set-cookie')).toBeNull();
		});
	});

	describe('answer checks over node:http', () => {
		it('scores an answer, stores it and replies with the evidence', async () => {
			const attempt = await app.quiz.start();
			const question = questionById('q01');
			const reply = await post(
				`/api/attempts/${attempt.key}/answers`,
				JSON.stringify({ questionId: question.id, answer: rightAnswer(question) })
			);
			expect(reply.status).toBe(200);
			expect(reply.headers.get('cache-control')).toBe('no-store');
			expect(reply.json()).toMatchObject({ questionId: 'q01', correct: true, points: 1 });
			expect(reply.json().evidence.length).toBeGreaterThan(0);
			expect(await app.attempts.get(attempt.key)).toMatchObject({ answered: 1, score: 1 });
		});

		it('keeps the first answer: a retry gets it again, a change gets 409', async () => {
			const attempt = await app.quiz.start();
			const question = questionById('q02');
			const send = async (answer: unknown) =>
				await post(
					`/api/attempts/${attempt.key}/answers`,
					JSON.stringify({ questionId: 'q02', answer })
				);
			const first = await send(wrongAnswer(question));
			expect(first.json().correct).toBe(false);
			expect((await send(wrongAnswer(question))).json()).toEqual(first.json());
			const changed = await send(rightAnswer(question));
			expect(changed.status).toBe(409);
			expect(changed.json().verdict).toEqual(first.json());
			expect(await app.attempts.get(attempt.key)).toMatchObject({ answered: 1, score: 0 });
		});

		it.each<[string, { body: string; type?: string }, number]>([
			['an unknown question', { body: '{"questionId":"q99","answer":"x"}' }, 400],
			['an option that does not exist', { body: '{"questionId":"q01","answer":"<b>"}' }, 400],
			['malformed JSON', { body: '{"questionId":' }, 400],
			['a wrong content type', { body: '{}', type: 'text/plain' }, 415],
			['a body over the limit', { body: JSON.stringify({ pad: 'x'.repeat(3000) }) }, 413]
		])('answers %s with a clear 4xx and leaves the attempt unharmed', async (_, input, status) => {
			const attempt = await app.quiz.start();
			const reply = await post(`/api/attempts/${attempt.key}/answers`, input.body, {
				...(input.type && { 'content-type': input.type })
			});
			expect(reply.status).toBe(status);
			expect(reply.json().error.length).toBeGreaterThan(10);
			expect(await app.attempts.get(attempt.key)).toMatchObject({ answered: 0, score: 0 });
		});

		it('stops reading a body that streams past the limit and still answers 413', async () => {
			const attempt = await app.quiz.start();
			const stream = new ReadableStream({
				pull: (controller) => controller.enqueue(new TextEncoder().encode(' '.repeat(512)))
			});
			const reply = await post(`/api/attempts/${attempt.key}/answers`, stream);
			expect(reply.status).toBe(413);
		});

		it('answers 404 for an attempt that does not exist', async () => {
			const reply = await post(
				`/api/attempts/${'A'.repeat(32)}/answers`,
				'{"questionId":"q01","answer":"russell"}'
			);
			expect(reply.status).toBe(404);
		});

		it('leaves other methods and paths to SvelteKit', async () => {
			const attempt = await app.quiz.start();
			const get = await fetch(`${server.origin()}/api/attempts/${attempt.key}/answers`);
			expect(get.status).toBe(599);
			for (const path of [
				`/api/attempts/${attempt.key}`,
				'/api/class/answers/x',
				'/api/attemptsx',
				'/api/attempts/'
			]) {
				expect((await post(path, '{}')).status).toBe(599);
			}
		});

		it('checks a class answer for the seat in the cookie', async () => {
			const created = await app.classroom.createClass({
				title: 'Node routes',
				pacing: 'self',
				feedback: 'each',
				timeLimitMinutes: ''
			});
			if (!created.ok) throw new Error('class not created');
			const joined = await app.classroom.join(
				{ code: created.classRow.code, nickname: 'Ada' },
				'10.0.0.9'
			);
			if (!joined.ok) throw new Error('not joined');
			const question = questionById('q03');
			const body = JSON.stringify({ questionId: 'q03', answer: rightAnswer(question) });
			const reply = await post('/api/class/answers', body, {
				cookie: `other=1; sc_seat=${joined.seat.seatKey}`
			});
			expect(reply.status).toBe(200);
			expect(reply.json()).toMatchObject({ questionId: 'q03', correct: true });
			expect(await app.attempts.get(joined.seat.attemptKey)).toMatchObject({
				answered: 1,
				score: 1
			});
			const stranger = await post('/api/class/answers', body);
			expect(stranger.status).toBe(404);
		});

		it('answers 404 to a seat cookie that cannot be a key, a NUL byte in it too', async () => {
			// The cookie is URL-decoded: "%00" reaches the server as a NUL, which PostgreSQL refuses
			// in any text, a query's too: such a key is not looked up.
			const body = JSON.stringify({ questionId: 'q01', answer: 'russell' });
			for (const seat of ['%00', `${'A'.repeat(31)}%00`, 'A'.repeat(33), '%E2%82%AC']) {
				const reply = await post('/api/class/answers', body, { cookie: `sc_seat=${seat}` });
				expect([seat, reply.status]).toEqual([seat, 404]);
			}
		});

		it('answers 500 with an error id when checking fails after the body was read', async () => {
			const failure = vi
				.spyOn(app.classroom, 'answer')
				.mockRejectedValueOnce(new Error('the database went away'));
			const logged = vi.spyOn(console, 'error').mockImplementationOnce(() => {});
			try {
				const reply = await post('/api/class/answers', '{"questionId":"q01","answer":"russell"}');
				expect(reply.status).toBe(500);
				const { errorId } = reply.json();
				expect(logged).toHaveBeenCalledWith(`[${errorId}]`, expect.any(Error));
			} finally {
				failure.mockRestore();
				logged.mockRestore();
			}
		});

		it('lets a client that goes away mid-body go, with no error logged', async () => {
			const attempt = await app.quiz.start();
			const logged = vi.spyOn(console, 'error');
			try {
				const socket = connect(Number(new URL(server.origin()).port), '127.0.0.1');
				await once(socket, 'connect');
				socket.write(
					`POST /api/attempts/${attempt.key}/answers HTTP/1.1\r\nHost: x\r\n` +
						'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"questionId":'
				);
				await new Promise((resolve) => setTimeout(resolve, 50));
				socket.destroy();
				await new Promise((resolve) => setTimeout(resolve, 100));
				expect(logged).not.toHaveBeenCalled();
				expect(await app.attempts.get(attempt.key)).toMatchObject({ answered: 0 });
			} finally {
				logged.mockRestore();
			}
		});

		it('never answers 5xx to random keys, cookies and bodies', async () => {
			const attempt = await app.quiz.start();
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(fc.constant(attempt.key), fc.stringMatching(/^[\w-]{1,64}$/)),
					fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 300 })),
					fc.stringMatching(/^[\x21-\x7e]{0,40}$/),
					async (key, body, seat) => {
						const path = seat.length % 2 ? `/api/attempts/${key}/answers` : '/api/class/answers';
						const reply = await post(path, body, { cookie: `sc_seat=${seat}` });
						expect(reply.status).toBeGreaterThanOrEqual(200);
						expect(reply.status).toBeLessThan(500);
					}
				),
				{ numRuns: 300 }
			);
		});
	});

	describe("a student's live stream over node:http", () => {
		it('refuses any cookie that is not a seat with a 4xx and a sentence, never a stream or a 5xx', async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						fc.stringMatching(/^[\w-]{32}$/),
						fc.stringMatching(/^[\x21-\x7e]{0,80}$/),
						fc.string({ maxLength: 80 }).map(encodeURIComponent)
					),
					fc.stringMatching(/^[\w-]{1,12}$/),
					async (seat, code) => {
						const res = await fetch(`${server.origin()}/class/${code}/events`, {
							headers: { cookie: `sc_seat=${seat}` }
						});
						const text = await res.text();
						expect(res.status).toBeGreaterThanOrEqual(400);
						expect(res.status).toBeLessThan(500);
						expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
						expect(text).toMatch(/class/i);
					}
				),
				{ numRuns: 200 }
			);
		});
	});

	describe('the per-address cap on new attempts behind a proxy (ADDRESS_HEADER, XFF_DEPTH)', () => {
		let proxied: NodeRoutes;
		appOn(
			engine,
			{ ATTEMPTS_PER_10_MIN: '2', ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '2' },
			(made) => {
				proxied = createNodeRoutes(made);
			}
		);
		const behindProxy = loopbackServer((req, res) => proxied(req, res, () => res.end()));
		const start = (xff: string) =>
			fetch(behindProxy.origin() + '/api/attempts', {
				method: 'POST',
				body: '{}',
				headers: { 'content-type': 'application/json', 'x-forwarded-for': xff }
			});

		it('counts the address the trusted proxies saw, whatever the client put in front', async () => {
			expect((await start('1.1.1.1, 203.0.113.5, 10.0.0.1')).status).toBe(201);
			expect((await start('2.2.2.2, 203.0.113.5, 10.0.0.1')).status).toBe(201);
			const refused = await start('3.3.3.3, 203.0.113.5, 10.0.0.1');
			expect(refused.status).toBe(429);
			expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(await refused.json()).toEqual({ error: expect.stringMatching(/too many/i) });
			expect((await start('203.0.113.6, 10.0.0.1')).status).toBe(201);
		});

		it('refuses, as adapter-node does, a request that did not come through the proxies', async () => {
			const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
			try {
				const direct = await fetch(behindProxy.origin() + '/api/attempts', {
					method: 'POST',
					body: '{}',
					headers: { 'content-type': 'application/json' }
				});
				expect(direct.status).toBe(500);
				expect(await direct.json()).toEqual({
					error: expect.any(String),
					errorId: expect.any(String)
				});
				expect((await start('10.0.0.1')).status).toBe(500);
				expect(logged).toHaveBeenCalledWith(
					expect.any(String),
					expect.objectContaining({ message: expect.stringMatching(/ADDRESS_HEADER|XFF_DEPTH/) })
				);
			} finally {
				logged.mockRestore();
			}
		});
	});
});
