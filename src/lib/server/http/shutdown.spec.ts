// Both ways to start the built app (`node build`, adapter-node's own entry, and `node scripts/serve.js`,
// which `npm start` runs) stop on SIGTERM within seconds, with a live event stream open, and lose no
// answer: it is there after a restart.
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { defaultPack } from '../../content/packs';
import { generateQuestions } from '../../quiz/questions';
import { SEAT_COOKIE } from './cookies';

const dir = mkdtempSync(join(tmpdir(), 'source-check-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(ensureBuild, 250_000);

const start = startBuilt;
const post = postForm;

async function readToEnd(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
	for (let chunks = 0; chunks < 100; chunks++) if ((await reader.read()).done) return true;
	return false;
}

async function stop(running: Running): Promise<{ code: number | null; ms: number }> {
	const started = Date.now();
	const exited = once(running.child, 'exit');
	running.child.kill('SIGTERM');
	const timeout = new Promise((resolve) => setTimeout(resolve, 10_000));
	await Promise.race([exited, timeout]);
	if (running.child.exitCode === null) {
		running.child.kill('SIGKILL');
		throw new Error(`still running 10 s after SIGTERM:\n${running.output()}`);
	}
	return { code: running.child.exitCode, ms: Date.now() - started };
}

describe.each([
	['node build', ['build']],
	['node scripts/serve.js', ['scripts/serve.js']]
])('%s on SIGTERM', (name, entry) => {
	it('exits with 0 within 10 s while a dashboard stream is open, and keeps the answer', async () => {
		const database = join(dir, `${name.replace(/\W/g, '-')}.db`);
		const port = await freePort();
		let running = await start(entry, database, port);
		try {
			const secret = await createClass(running.origin, 'Shutdown test');
			const dashboard = await openDashboard(running.origin, secret);

			const joined = await post(running.origin, '/join', {
				code: dashboard.first.code,
				nickname: 'Sam'
			});
			expect(joined.status).toBe(303);
			const seat = joined.headers
				.getSetCookie()
				.find((c) => c.startsWith(`${SEAT_COOKIE}=`))!
				.split(';')[0]!;
			const [question] = generateQuestions(defaultPack);
			const answered = await fetch(`${running.origin}/api/class/answers`, {
				method: 'POST',
				headers: { origin: running.origin, 'content-type': 'application/json', cookie: seat },
				body: JSON.stringify({ questionId: question!.id, answer: question!.answer })
			});
			expect(answered.status, await answered.text()).toBe(200);

			// SIGTERM with the stream still open: the server ends it and the process exits.
			const stopped = await stop(running);
			expect(stopped.code, running.output()).toBe(0);
			expect(stopped.ms).toBeLessThan(10_000);
			console.log(`${name}: exited ${stopped.ms} ms after SIGTERM`);
			// It closed the database before exiting: the last connection to close checkpoints the WAL
			// into the file and deletes it.
			expect(existsSync(`${database}-wal`), 'the WAL file is still there').toBe(false);
			// The stream ends (after any update still on its way).
			await expect(readToEnd(dashboard.reader)).resolves.toBe(true);

			// Restarted on the same file, the answer is there.
			running = await start(entry, database, port);
			const again = await openDashboard(running.origin, secret);
			expect(again.first.roster.rows).toMatchObject([{ nickname: 'Sam', answered: 1, score: 1 }]);
			const second = await stop(running);
			expect(second.code, running.output()).toBe(0);
		} finally {
			if (running.child.exitCode === null) running.child.kill('SIGKILL');
		}
	}, 60_000);
});
