// A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` package (installed with
// apt-get when missing), `initdb` in a fresh temporary folder as the unprivileged `postgres` user
// (initdb refuses root), on a free loopback port, stopped and deleted afterwards. Nothing else on
// the machine is assumed or touched: no running server, no system cluster.
//
//   node scripts/pg-cluster.mjs --ensure      installs PostgreSQL if it is missing, then exits
//   node scripts/pg-cluster.mjs -- CMD ARGS   runs CMD with PG_TEST_URL set, then stops the cluster
//
// Vitest's global setup (src/test-support/postgres-setup.ts) uses startCluster() directly.
import { execFile, spawnSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = (cmd, args, options = {}) => {
	const result = spawnSync(cmd, args, { encoding: 'utf8', ...options });
	if (result.status !== 0) {
		throw new Error(
			`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`
		);
	}
	return result.stdout;
};

/** The folder of PostgreSQL's programs (the newest installed), or undefined. */
function findBin() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] && join(root, versions[0], 'bin');
}

/** PostgreSQL's programs, installed from Debian's package first if they are missing. */
export function ensurePostgres() {
	const found = findBin();
	if (found) return found;
	if (userInfo().uid !== 0) {
		throw new Error('PostgreSQL is not installed: run `apt-get install -y postgresql` as root.');
	}
	console.log('Installing PostgreSQL (apt-get install -y postgresql)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	run('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
	run('apt-get', ['install', '-y', '-qq', 'postgresql'], { env, stdio: 'inherit' });
	const bin = findBin();
	if (!bin) throw new Error('apt-get installed postgresql, but initdb was not found.');
	return bin;
}

const freePort = () =>
	new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});

/**
 * Starts a cluster; resolves to { url, stop, down, up, restart } (down and up, or restart: for the
 * tests of what the app does while its database is away). `url` connects as the superuser
 * `postgres` (trust authentication, loopback only) to the `postgres` database. stop() is
 * synchronous, so it can run from an exit handler too; it is safe to call more than once.
 */
export async function startCluster() {
	const bin = ensurePostgres();
	const asRoot = userInfo().uid === 0;
	// As root the cluster belongs to `postgres`; as anyone else, to them.
	const as = (cmd, args, options) =>
		asRoot
			? run('runuser', ['-u', 'postgres', '--', cmd, ...args], options)
			: run(cmd, args, options);
	const dir = mkdtempSync(join(tmpdir(), 'source-check-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const port = await freePort();
	let stopped = false;
	// Durability is not what a test cluster is for: fsync off makes it much faster.
	const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
	/** Starts the server (again, after down(): a restart, on the same port and data). */
	const up = () =>
		as(join(bin, 'pg_ctl'), [
			'-D',
			data,
			'-l',
			join(dir, 'log'),
			'-o',
			options,
			'-w',
			'-t',
			'60',
			'start'
		]);
	/** Stops the server as a restart would (every connection ends), keeping its data. */
	const down = () => as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
	/**
	 * `pg_ctl restart -m fast` without blocking the caller (so its clients keep sending meanwhile):
	 * every backend ends with "terminating connection due to administrator command" (57P01), and
	 * the server is back on the same port and data when the promise resolves.
	 */
	const restart = () =>
		new Promise((resolve, reject) => {
			const args = ['-D', data, '-l', join(dir, 'log'), '-o', options, '-m', 'fast', '-w'];
			const [cmd, all] = asRoot
				? ['runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args, 'restart']]
				: [join(bin, 'pg_ctl'), [...args, 'restart']];
			execFile(cmd, all, (error, _stdout, stderr) =>
				error ? reject(new Error(`pg_ctl restart failed: ${error.message}\n${stderr}`)) : resolve()
			);
		});
	const stop = () => {
		if (stopped) return;
		stopped = true;
		try {
			as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore' });
		} catch {
			// Never started, or already gone.
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		as(join(bin, 'initdb'), [
			'-D',
			data,
			'-U',
			'postgres',
			'--auth=trust',
			'-E',
			'UTF8',
			'--locale=C.UTF-8',
			'--no-sync'
		]);
		up();
	} catch (error) {
		stop();
		throw error;
	}
	return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop, down, up, restart };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	if (args[0] === '--ensure') {
		console.log(`PostgreSQL programs: ${ensurePostgres()}`);
	} else if (args[0] === '--' && args.length > 1) {
		const cluster = await startCluster();
		process.on('exit', cluster.stop);
		for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
		const child = spawn(args[1], args.slice(2), {
			stdio: 'inherit',
			env: { ...process.env, PG_TEST_URL: cluster.url }
		});
		child.on('exit', (code) => process.exit(code ?? 1));
	} else {
		console.error('Usage: node scripts/pg-cluster.mjs --ensure | -- CMD [ARGS…]');
		process.exit(2);
	}
}
