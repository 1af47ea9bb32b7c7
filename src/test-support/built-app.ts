// The built app as a separate process, for tests of what only a real server shows: stopping on a
// signal, a database going away and coming back, two instances on one database. Plain HTTP on
// loopback. No test runner's API here: Vitest specs and Playwright tests both use it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the app when no build is there yet (the test script builds before the tests anyway). */
export function ensureBuild(): void {
	if (!existsSync(join(ROOT, 'build', 'handler.js'))) {
		execFileSync('npm', ['run', 'build'], {
			cwd: ROOT,
			stdio: 'ignore',
			timeout: 240_000,
			// Vitest sets NODE_ENV=test, and Vite builds for development under any NODE_ENV but
			// production: `dev` would be true, so the built server would never close its app on SIGTERM.
			env: { ...process.env, NODE_ENV: 'production' }
		});
	}
}

export async function freePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as { port: number };
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

export interface Running {
	child: ChildProcess;
	origin: string;
	output: () => string;
}

/**
 * Starts `node <entry>` on `port` over `database`, and waits until it answers. `fileLimit` runs it
 * under that limit on open files (the shell's `ulimit -n`).
 */
export async function startBuilt(
	entry: string[],
	database: string,
	port: number,
	env: Record<string, string> = {},
	{ fileLimit }: { fileLimit?: number } = {}
): Promise<Running> {
	const origin = `http://127.0.0.1:${port}`;
	const [command, args] = fileLimit
		? ['sh', ['-c', `ulimit -n ${fileLimit} && exec "$0" "$@"`, process.execPath, ...entry]]
		: [process.execPath, entry];
	const child = spawn(command, args, {
		cwd: ROOT,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: database,
			// adapter-node's own entry assumes https without it; serve.js tells it the truth itself.
			...(entry[0] === 'build' ? { ORIGIN: origin } : {}),
			...env
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

/** A form posted as a browser without JavaScript posts it (a page back, not JSON). */
export const postForm = (
	origin: string,
	path: string,
	fields: Record<string, string>,
	cookie = ''
) =>
	fetch(origin + path, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(fields)
	});

/** Creates a class of the default article, self-paced, through /teach: its teacher secret. */
export async function createClass(origin: string, title: string): Promise<string> {
	const created = await postForm(origin, '/teach', {
		title,
		pacing: 'self',
		feedback: 'each',
		timeLimitMinutes: ''
	});
	const secret = /\/teach\/([^?]+)/.exec(created.headers.get('location') ?? '')?.[1];
	if (created.status !== 303 || !secret)
		throw new Error(`/teach answered ${created.status}, not a class: ${await created.text()}`);
	return secret;
}

/** Opens the teacher's live dashboard and returns its first snapshot, keeping the stream open. */
export async function openDashboard(origin: string, secret: string) {
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
