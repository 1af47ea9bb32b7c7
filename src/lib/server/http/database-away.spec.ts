// PostgreSQL restarted mid-class, with the built app running on it: requests in the gap get a 503
// with Retry-After and a sentence to show (never a 500), the app reconnects by itself once the
// database is back, and nothing is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	freePort,
	openDashboard,
	postForm,
	startBuilt,
	ensureBuild,
	type Running,
	createClass
} from '../../../test-support/built-app';
import { ownCluster } from '../../../test-support/own-cluster';
import { defaultPack } from '../../content/packs';
import { generateQuestions } from '../../quiz/questions';
import { SEAT_COOKIE } from './cookies';
import { DATABASE_AWAY_MESSAGE } from './http';

beforeAll(ensureBuild, 250_000);

// A cluster of this file's own: the shared one must not go down under other tests.
const cluster = ownCluster(['away_build', 'away_scripts_serve_js']);
let running: Running | undefined;
afterAll(() => {
	if (running?.child.exitCode === null) running.child.kill('SIGKILL');
});

const [first, second, third] = generateQuestions(defaultPack);

// Both HTTP stacks: SvelteKit's (`node build`) and serve.js with its node:http fast path.
describe.each([['build'], ['scripts/serve.js']])('node %s, the database restarting', (entry) => {
	it('answers 503 while it is away, then carries on by itself with every answer kept', async () => {
		const url = cluster().url.replace(/\/postgres$/, `/away_${entry.replace(/\W/g, '_')}`);
		running = await startBuilt([entry], url, await freePort());
		const { origin } = running;
		const secret = await createClass(origin, 'Restart');
		const { first: dashboard } = await openDashboard(origin, secret);
		const joined = await postForm(origin, '/join', { code: dashboard.code, nickname: 'Sam' });
		const seat = joined.headers
			.getSetCookie()
			.find((c) => c.startsWith(`${SEAT_COOKIE}=`))!
			.split(';')[0]!;
		const answer = (question: typeof first) =>
			fetch(`${origin}/api/class/answers`, {
				method: 'POST',
				headers: { origin, 'content-type': 'application/json', cookie: seat },
				body: JSON.stringify({ questionId: question!.id, answer: question!.answer }),
				// A reply that never comes fails here, not at the test's timeout.
				signal: AbortSignal.timeout(15_000)
			});
		expect((await answer(first)).status).toBe(200);

		cluster().down();
		const refused = await answer(second);
		expect(refused.status).toBe(503);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await refused.json()).toEqual({ error: DATABASE_AWAY_MESSAGE });
		// The student's live stream: a 503 with a retry time, which EventSource reconnects after.
		const stream = await fetch(`${origin}/class/${dashboard.code}/events`, {
			headers: { cookie: seat }
		});
		expect(stream.status).toBe(503);
		expect(Number(stream.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await stream.text()).toContain('cannot reach its database');
		// A page too: the student's, through SvelteKit.
		const page = await fetch(`${origin}/class/${dashboard.code}`, { headers: { cookie: seat } });
		expect(page.status).toBe(503);
		expect(await page.text()).toContain('cannot reach its database');

		cluster().up();
		// What the client does with a 503: send it again a few seconds later, until it goes through.
		let status = 0;
		for (let tries = 0; tries < 40 && status !== 200; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			status = (await answer(second)).status;
		}
		expect(status, running.output()).toBe(200);
		expect((await answer(third)).status).toBe(200);
		const { first: after } = await openDashboard(origin, secret);
		expect(after.roster.rows).toMatchObject([{ nickname: 'Sam', answered: 3 }]);
		expect(after.questions.slice(0, 3).map((q: { answered: number }) => q.answered)).toEqual([
			1, 1, 1
		]);
		expect(running.child.exitCode).toBeNull();
		running.child.kill('SIGKILL');
	}, 90_000);
});
