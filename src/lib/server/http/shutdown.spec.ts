// Both ways to start the built app (`node build`, adapter-node's own entry, and `node scripts/serve.js`,
// which `npm start` runs) stop on SIGTERM within seconds, with a live event stream open, and lose no
// answer: it is there after a restart.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import { generateQuestions } from '../../quiz/questions';
import { SEAT_COOKIE } from './cookies';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'source-check-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
	// The e2e suite builds anyway; build here only when no build is there yet.
	if (!existsSync(join(root, 'build', 'handler.js'))) {
		execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', timeout: 240_000 });
	}
}, 250_000);

async function freePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

interface Running {
	child: ChildProcess;
	origin: string;
	output: () => string;
}

async function start(entry: string[], database: string, port: number): Promise<Running> {
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, entry, {
		cwd: root,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: database,
			// adapter-node's own entry assumes https without it; serve.js tells it the truth itself.
			...(entry[0] === 'build' ? { ORIGIN: origin } : {})
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	for (let tries = 0; ; tries++) {
		try {
			await fetch(`${origin}/teach`);
			break;
		} catch {
			if (tries > 100 || child.exitCode !== null) throw new Error(`did not start: ${output}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	return { child, origin, output: () => output };
}

const post = (origin: string, path: string, fields: Record<string, string>, cookie = '') =>
	fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			// As a browser sends it: a page back, not the JSON an enhanced form gets.
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});

/** Opens the teacher's live dashboard and returns its first snapshot, keeping the stream open. */
async function openDashboard(origin: string, secret: string) {
	const response = await fetch(`${origin}/teach/${secret}/events`);
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	let text = '';
	while (!text.includes('\n\n')) {
		const { value, done } = await reader.read();
		if (done) throw new Error('the stream ended at once');
		text += decoder.decode(value);
	}
	const first = JSON.parse(text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n')));
	return { reader, first };
}

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
			const created = await post(running.origin, '/teach', {
				title: 'Shutdown test',
				pacing: 'self',
				feedback: 'each',
				timeLimitMinutes: ''
			});
			expect(created.status).toBe(303);
			const secret = /\/teach\/([^?]+)/.exec(created.headers.get('location')!)![1]!;
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
