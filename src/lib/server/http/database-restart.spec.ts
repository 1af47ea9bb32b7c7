// PostgreSQL restarted (`pg_ctl restart -m fast`) while the built app is busy: class answers, solo
// answers and draft saves in flight on every pooled connection. The process stays up, the requests
// in the gap get a 503 with Retry-After, which the clients send again until it goes through, and
// every answer and save acknowledged with a 2xx is in the database afterwards.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
	ensureBuild,
	freePort,
	openDashboard,
	postForm,
	startBuilt,
	type Running,
	createClass
} from '../../../test-support/built-app';
import { ownCluster } from '../../../test-support/own-cluster';
import { defaultPack } from '../../content/packs';
import { generateQuestions } from '../../quiz/questions';
import { SEAT_COOKIE } from './cookies';

beforeAll(ensureBuild, 250_000);

// A cluster of this file's own: the shared one must not go down under other tests.
const cluster = ownCluster(['restart_build', 'restart_scripts_serve_js']);
let running: Running | undefined;
afterAll(() => {
	if (running?.child.exitCode === null) running.child.kill('SIGKILL');
});

const questions = generateQuestions(defaultPack);
/** Clients of each kind sending at once: together more than the pool's 10 connections. */
const CLASS_CLIENTS = 12;
const SOLO_CLIENTS = 12;
const DRAFT_CLIENTS = 8;
/** How long the load runs before the restart, and after the database is back. */
const BEFORE_MS = 1_500;
const AFTER_MS = 2_000;
/** A client retrying a 503 gives up after this long: the database is back well before. */
const RETRY_FOR_MS = 20_000;

/** What the clients saw, counted across all of them. */
interface Seen {
	acknowledged: number;
	unavailable: number;
	/** A 503 without a Retry-After: a client would not know to send it again. */
	withoutRetryAfter: number;
	/** Anything else: a 5xx other than 503, a 4xx, or no reply at all (a reset, a dead process). */
	failures: string[];
}

// Both HTTP stacks: SvelteKit's (`node build`) and serve.js with its node:http fast path.
describe.each([['build'], ['scripts/serve.js']])(
	'node %s, PostgreSQL restarted under load',
	(entry) => {
		it('stays up, answers 503 with Retry-After in the gap, and keeps everything it acknowledged', async () => {
			const url = cluster().url.replace(/\/postgres$/, `/restart_${entry.replace(/\W/g, '_')}`);
			running = await startBuilt([entry], url, await freePort(), {
				ATTEMPTS_PER_10_MIN: '1000000',
				JOINS_PER_10_MIN: '1000000',
				DRAFT_SAVES_PER_10_MIN: '1000000'
			});
			const { origin, child } = running;
			// Also when the test fails half way: the next entry's server starts on its own.
			onTestFinished(() => void (child.exitCode === null && child.kill('SIGKILL')));
			const seen: Seen = { acknowledged: 0, unavailable: 0, withoutRetryAfter: 0, failures: [] };
			let stopping = false;

			/** Sends a request until it is acknowledged, as a client does with a 503; undefined if it fails. */
			const send = async (what: string, request: () => Promise<Response>, ok: number[]) => {
				const giveUp = Date.now() + RETRY_FOR_MS;
				while (Date.now() < giveUp && seen.failures.length === 0) {
					let response: Response;
					try {
						response = await request();
					} catch (error) {
						seen.failures.push(`${what}: no reply (${(error as Error).cause ?? error})`);
						return undefined;
					}
					if (ok.includes(response.status)) {
						seen.acknowledged++;
						return response;
					}
					if (response.status !== 503) {
						seen.failures.push(`${what}: ${response.status} ${await response.text()}`);
						return undefined;
					}
					seen.unavailable++;
					if (!(Number(response.headers.get('retry-after')) > 0)) seen.withoutRetryAfter++;
					await response.body?.cancel();
					// Sooner than Retry-After says, to keep the test short: the app must cope either way.
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
				if (seen.failures.length === 0) seen.failures.push(`${what}: still 503 after retrying`);
				return undefined;
			};
			const json = (path: string, body: unknown, cookie = '', method = 'POST') =>
				fetch(origin + path, {
					method,
					headers: { origin, 'content-type': 'application/json', cookie },
					body: JSON.stringify(body),
					signal: AbortSignal.timeout(15_000)
				});
			const answerOf = (i: number) => ({
				questionId: questions[i]!.id,
				answer: questions[i]!.answer
			});

			// The class the students join, and the drafts the teachers save.
			const secret = await createClass(origin, 'Restart under load');
			const dashboard = await openDashboard(origin, secret);
			await dashboard.reader.cancel();
			const code = dashboard.first.code as string;
			const drafts: { secret: string; title: string }[] = [];
			for (let d = 0; d < DRAFT_CLIENTS; d++) {
				const title = `Restart draft ${d}`;
				const started = await postForm(origin, '/write', {
					title,
					text: 'The council voted on Tuesday. It said the road would close in May.'
				});
				expect(started.status).toBe(303);
				drafts.push({ secret: started.headers.get('location')!.split('/').pop()!, title });
			}
			// Each teacher's draft as /write saved it (found by its title): what their saves send back.
			const database = new pg.Client(url);
			await database.connect();
			const draftBodies = new Map<string, Record<string, unknown>>();
			const { rows: started } = await database.query('SELECT title, draft FROM packs');
			for (const row of started) if (row.draft) draftBodies.set(row.title, JSON.parse(row.draft));
			await database.end();

			/** Acknowledged: nickname → question ids; attempt key → question ids; draft → last save. */
			const classAnswers = new Map<string, string[]>();
			const soloAnswers = new Map<string, string[]>();
			const lastSave = new Map<string, number>();

			const classClient = async (c: number) => {
				for (let n = 0; !stopping && seen.failures.length === 0; n++) {
					const nickname = `S${c}x${n}`;
					const joined = await send(
						`join ${nickname}`,
						() => postForm(origin, '/join', { code, nickname }),
						[303]
					);
					if (!joined) return;
					const seat = joined.headers
						.getSetCookie()
						.find((cookie) => cookie.startsWith(`${SEAT_COOKIE}=`))!
						.split(';')[0]!;
					classAnswers.set(nickname, []);
					for (let i = 0; i < questions.length && seen.failures.length === 0; i++) {
						const reply = await send(
							`class answer ${nickname} ${i}`,
							() => json('/api/class/answers', answerOf(i), seat),
							[200]
						);
						if (!reply) return;
						await reply.body?.cancel();
						classAnswers.get(nickname)!.push(questions[i]!.id);
					}
				}
			};
			const soloClient = async (c: number) => {
				while (!stopping && seen.failures.length === 0) {
					const started = await send(`start ${c}`, () => json('/api/attempts', {}), [201]);
					if (!started) return;
					const { attemptKey } = (await started.json()) as { attemptKey: string };
					soloAnswers.set(attemptKey, []);
					for (let i = 0; i < questions.length && seen.failures.length === 0; i++) {
						const reply = await send(
							`solo answer ${attemptKey} ${i}`,
							() => json(`/api/attempts/${attemptKey}/answers`, answerOf(i)),
							[200]
						);
						if (!reply) return;
						await reply.body?.cancel();
						soloAnswers.get(attemptKey)!.push(questions[i]!.id);
					}
				}
			};
			const draftClient = async ({ secret, title }: { secret: string; title: string }) => {
				const draft = draftBodies.get(title)!;
				for (let n = 1; !stopping && seen.failures.length === 0; n++) {
					const saved = await send(
						`save ${title} #${n}`,
						() =>
							json(
								`/write/${secret}/draft`,
								{ draft: { ...draft, topic: `save ${n}` } },
								'',
								'PUT'
							),
						[200]
					);
					if (!saved) return;
					await saved.body?.cancel();
					lastSave.set(title, n);
				}
			};

			const clients = Promise.all([
				...Array.from({ length: CLASS_CLIENTS }, (_, c) => classClient(c)),
				...Array.from({ length: SOLO_CLIENTS }, (_, c) => soloClient(c)),
				...drafts.map(draftClient)
			]);
			await new Promise((resolve) => setTimeout(resolve, BEFORE_MS));
			const before = seen.acknowledged;
			await cluster().restart();
			await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
			stopping = true;
			await clients;

			const output = running.output();
			expect(child.exitCode, output).toBeNull();
			expect(child.signalCode, output).toBeNull();
			expect(seen.failures, output).toEqual([]);
			// The load was there across the restart, and the restart was felt.
			expect(before).toBeGreaterThan(20);
			expect(seen.unavailable).toBeGreaterThan(0);
			expect(seen.withoutRetryAfter).toBe(0);
			expect(seen.acknowledged).toBeGreaterThan(before);

			// Everything acknowledged is in the database.
			const check = new pg.Client(url);
			await check.connect();
			try {
				const stored = async (text: string, values: unknown[]) =>
					(await check.query(text, values)).rows.map((row) => `${row.who} ${row.question}`).sort();
				const expected = (answers: Map<string, string[]>) =>
					[...answers].flatMap(([who, ids]) => ids.map((id) => `${who} ${id}`)).sort();
				const classStored = await stored(
					`SELECT seats.nickname AS who, answers.question_id AS question
				 FROM seats JOIN answers ON answers.attempt_key = seats.attempt_key
				 WHERE seats.nickname = ANY($1)`,
					[[...classAnswers.keys()]]
				);
				expect(classStored).toEqual(expect.arrayContaining(expected(classAnswers)));
				const soloStored = await stored(
					`SELECT attempt_key AS who, question_id AS question FROM answers WHERE attempt_key = ANY($1)`,
					[[...soloAnswers.keys()]]
				);
				expect(soloStored).toEqual(expect.arrayContaining(expected(soloAnswers)));
				const { rows } = await check.query('SELECT title, draft FROM packs WHERE title = ANY($1)', [
					drafts.map((d) => d.title)
				]);
				const topics = Object.fromEntries(
					rows.map((row) => [row.title, JSON.parse(row.draft).topic])
				);
				expect(topics).toEqual(
					Object.fromEntries(drafts.map(({ title }) => [title, `save ${lastSave.get(title)}`]))
				);
			} finally {
				await check.end();
			}
		}, 60_000);
	}
);
