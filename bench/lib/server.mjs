// The built app as the benchmarks run it: `node scripts/serve.js` on a free loopback port with a fresh
// SQLite file, waited for, and always stopped (also on Ctrl-C or a crash of the bench).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the OS for a free loopback port; the tiny race before the server binds it is acceptable here.
 * @returns {Promise<number>}
 */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

function status(url) {
	return new Promise((resolve, reject) => {
		http
			.get(url, (res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode));
			})
			.on('error', reject);
	});
}

/**
 * The most files a process may open (RLIMIT_NOFILE): soft and hard, from /proc (Linux).
 * @param {number | 'self'} [pid]
 */
export function fileLimits(pid = 'self') {
	try {
		const line = readFileSync(`/proc/${pid}/limits`, 'utf8')
			.split('\n')
			.find((l) => l.startsWith('Max open files'));
		const [soft, hard] = line.split(/\s+/).slice(3, 5);
		const n = (v) => (v === 'unlimited' ? Infinity : Number(v));
		return { soft: n(soft), hard: n(hard) };
	} catch {
		return { soft: NaN, hard: NaN };
	}
}

/**
 * Starts the production server; `cpuProfDir` runs it under --cpu-prof. `files` raises its limit on
 * open files to at least that many (every live stream is a socket) through the shell's ulimit, as
 * far as the hard limit allows (root may raise that too); `fileLimit` sets it to exactly that many,
 * lower too (bench:abuse runs a server out of files). `nodeRoutes: false` turns the node:http fast
 * path off (scripts/serve.js), `liftLimits: false` keeps the app's own per-address caps, `env` adds
 * settings.
 *
 * @param {{ label?: string, cpuProfDir?: string, files?: number, fileLimit?: number,
 *   nodeRoutes?: boolean, liftLimits?: boolean, env?: Record<string, string> }} [options]
 */
export async function startServer({
	label = 'bench',
	cpuProfDir,
	files,
	fileLimit,
	nodeRoutes = true,
	liftLimits = true,
	env = {}
} = {}) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	// A fresh database each run, so earlier runs cannot make the numbers drift.
	const dataDir = mkdtempSync(join(os.tmpdir(), `source-check-${label}-`));
	const nodeArgs = [];
	if (cpuProfDir) {
		mkdirSync(cpuProfDir, { recursive: true });
		nodeArgs.push('--cpu-prof', '--cpu-prof-dir', cpuProfDir);
	}
	const command = [process.execPath, ...nodeArgs, 'scripts/serve.js'];
	const quoted = command.map((c) => `'${c.replaceAll("'", "'\\''")}'`).join(' ');
	// `ulimit -n` in a shell that then becomes the server (exec): the child keeps the raised limit.
	// Only ever raised: below the limit the server has anyway, it is left alone.
	if (files !== undefined && files <= fileLimits().soft) files = undefined;
	const ulimit = fileLimit
		? `ulimit -n ${fileLimit}`
		: files && `ulimit -n ${files} 2>/dev/null || ulimit -n $(ulimit -Hn)`;
	const [file, args] = ulimit
		? ['/bin/sh', ['-c', `${ulimit}; exec ${quoted}`]]
		: [command[0], command.slice(1)];
	const child = spawn(file, args, {
		cwd: ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			DATABASE_URL: join(dataDir, 'bench.db'),
			NODE_ENV: 'production',
			// Every simulated player and student comes from 127.0.0.1, while real ones come from many
			// addresses: the per-address caps are lifted here so they measure the work, not the limiter.
			...(liftLimits && {
				ATTEMPTS_PER_10_MIN: '1000000',
				CLASSES_PER_10_MIN: '1000000',
				JOINS_PER_10_MIN: '1000000',
				STREAMS_PER_ADDRESS: '1000000',
				CONNECTIONS_PER_ADDRESS: '0'
			}),
			...(nodeRoutes ? {} : { SOURCE_CHECK_NODE_ROUTES: 'off' }),
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout.on('data', (chunk) => (log += chunk));
	child.stderr.on('data', (chunk) => (log += chunk));
	const server = { child, origin, port, dataDir, log: () => log };
	server.forget = stopOnExit(server);
	await waitUntilUp(server);
	return server;
}

async function waitUntilUp(server, timeoutMs = 15_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.child.exitCode !== null) {
			throw new Error(`The server exited with code ${server.child.exitCode}:\n${server.log()}`);
		}
		try {
			if ((await status(server.origin + '/')) === 200) return;
		} catch {
			// Not listening yet.
		}
		await sleep(100);
	}
	throw new Error(`The server did not answer within ${timeoutMs} ms:\n${server.log()}`);
}

export async function stopServer(server) {
	const { child } = server;
	if (child.exitCode === null && child.signalCode === null) {
		const exited = new Promise((resolve) => child.once('exit', resolve));
		// SIGTERM lets the server exit by itself, which is also when --cpu-prof writes its profile.
		child.kill('SIGTERM');
		const timedOut = await Promise.race([exited.then(() => false), sleep(8000).then(() => true)]);
		if (timedOut) child.kill('SIGKILL');
	}
	rmSync(server.dataDir, { recursive: true, force: true });
	server.forget();
}

/**
 * Last resort when the bench dies abruptly (Ctrl-C, uncaught error): never leave the server running.
 * Returns what removes these handlers once the server is stopped (a bench may start many in turn).
 */
function stopOnExit(server) {
	const kill = () => {
		const { child } = server;
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		rmSync(server.dataDir, { recursive: true, force: true });
	};
	const onSignal = () => {
		kill();
		process.exit(130);
	};
	process.once('exit', kill);
	for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, onSignal);
	return () => {
		process.off('exit', kill);
		for (const signal of ['SIGINT', 'SIGTERM']) process.off(signal, onSignal);
	};
}

export function positiveNumber(text, name) {
	const n = Number(text);
	if (!(n > 0)) throw new Error(`${name} must be a positive number, got "${text}".`);
	return n;
}

/** Builds the app unless --no-build was given and a build exists. */
export function build(options) {
	if (!options.build && existsSync(join(ROOT, 'build', 'index.js'))) {
		console.log('Skipping the build (--no-build): using the existing build/.');
		return;
	}
	console.log('Building (npm run build)...');
	// Output is shown only on failure: the bench's own table should be the readable part.
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error('npm run build failed.');
	}
}
