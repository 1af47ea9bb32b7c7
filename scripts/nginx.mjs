// Runs the documented nginx site (deploy/nginx/source-check.conf) in front of instances on loopback,
// for the two-instance end-to-end test and `bench:class --nginx`: what users are told to run is what
// is tested. Debian's `nginx` package (installed with apt-get when missing, as root).
//
//   node scripts/nginx.mjs --ensure                                installs nginx if missing
//   node scripts/nginx.mjs [--port 8080] http://127.0.0.1:3001 http://127.0.0.1:3002
//
// The site file is used as written but for two substitutions, each of which must match exactly
// (so a changed file fails loudly instead of silently testing something else): the upstream
// servers' addresses, and `listen 443 ssl` becomes a plain-http loopback port (the certificate is
// the operator's; TLS is not what the tests are about). A small main configuration generated into
// a temporary folder wraps it: pid file, logs and temporary files there, one worker, and an access
// log that names the upstream of each request, for `served()`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const SITE_FILE = fileURLToPath(
	new URL('../deploy/nginx/source-check.conf', import.meta.url)
);
const DOCUMENTED_UPSTREAMS = '\tserver 127.0.0.1:3001;\n\tserver 127.0.0.1:3002;\n';
const DOCUMENTED_LISTEN = '\tlisten 443 ssl;\n';

/** The nginx program, installed from Debian's package first if it is missing. */
export function ensureNginx() {
	const found = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
	if (found) return found;
	if (userInfo().uid !== 0) {
		throw new Error('nginx is not installed: run `apt-get install -y nginx` as root.');
	}
	console.log('Installing nginx (apt-get install -y nginx)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', 'nginx']
	]) {
		const result = spawnSync('apt-get', args, { env, stdio: 'inherit' });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.`);
	}
	if (!existsSync('/usr/sbin/nginx')) throw new Error('apt-get installed nginx, but not found.');
	return '/usr/sbin/nginx';
}

/** `text` with `from` replaced by `to`; throws if `from` is not in it exactly once. */
function substitute(text, from, to) {
	const at = text.indexOf(from);
	if (at === -1 || text.indexOf(from, at + 1) !== -1) {
		throw new Error(
			`${SITE_FILE} no longer has ${JSON.stringify(from)} once: update scripts/nginx.mjs.`
		);
	}
	return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The documented site with the given upstreams (http://host:port each) and a plain-http listener
 * on 127.0.0.1:`port`.
 *
 * @param {string[]} upstreams
 * @param {number} port
 */
export function siteFor(upstreams, port) {
	const servers = upstreams.map((address) => `\tserver ${new URL(address).host};\n`).join('');
	let site = readFileSync(SITE_FILE, 'utf8');
	site = substitute(site, DOCUMENTED_UPSTREAMS, servers);
	site = substitute(site, DOCUMENTED_LISTEN, `\tlisten 127.0.0.1:${port};\n`);
	return site;
}

/** @returns {Promise<number>} */
const freePort = () =>
	new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(address.port));
		});
	});

/** @param {number} port */
const accepts = (port) =>
	new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});

/**
 * Starts nginx with the documented site in front of `upstreams`, on 127.0.0.1:`port` (0: a free
 * one). `connections`: the most it holds at once (each client connection also takes one to an
 * instance). Resolves to { url, port, served, close, stop }: `served()` counts the responses each
 * upstream gave so far (a live stream counts once it has ended); close() stops nginx and deletes
 * its folder, stop() does the same synchronously (for an exit handler).
 *
 * @param {{ upstreams: string[], port?: number, connections?: number }} options
 */
export async function startNginx({ upstreams, port = 0, connections = 1024 }) {
	if (!upstreams.length) throw new Error('startNginx needs at least one upstream.');
	const nginx = ensureNginx();
	const listen = port || (await freePort());
	const siteText = siteFor(upstreams, listen); // before the folder: a changed site file leaves none
	const dir = mkdtempSync(join(tmpdir(), 'source-check-nginx-'));
	// Run as root, nginx's workers drop to an unprivileged user: they must reach the folder.
	chmodSync(dir, 0o755);
	const site = join(dir, 'source-check.conf');
	writeFileSync(site, siteText);
	const accessLog = join(dir, 'access.log');
	const config = join(dir, 'nginx.conf');
	writeFileSync(
		config,
		[
			'worker_processes 1;',
			`worker_rlimit_nofile ${2 * connections + 100};`,
			`pid ${join(dir, 'nginx.pid')};`,
			`error_log ${join(dir, 'error.log')} warn;`,
			`events { worker_connections ${2 * connections + 50}; }`,
			'http {',
			"\tlog_format upstream '$upstream_addr $status $request_method $uri';",
			`\taccess_log ${accessLog} upstream;`,
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(kind) => `\t${kind}_temp_path ${join(dir, kind)};`
			),
			`\tinclude ${site};`,
			'}',
			''
		].join('\n')
	);
	const child = spawn(nginx, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const errors = () => {
		const log = join(dir, 'error.log');
		return stderr + (existsSync(log) ? readFileSync(log, 'utf8') : '');
	};
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		rmSync(dir, { recursive: true, force: true });
	};
	for (let tries = 0; !(await accepts(listen)); tries++) {
		if (child.exitCode !== null || tries > 100) {
			const why = errors();
			stop();
			throw new Error(`nginx did not start: ${why}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	const origins = upstreams.map((address) => new URL(address));
	return {
		url: `http://127.0.0.1:${listen}`,
		port: listen,
		/** @returns {Record<string, number>} */
		served() {
			const counts = Object.fromEntries(origins.map((url) => [url.origin, 0]));
			const text = existsSync(accessLog) ? readFileSync(accessLog, 'utf8') : '';
			for (const line of text.split('\n').filter(Boolean)) {
				// "127.0.0.1:3001, 127.0.0.1:3002 200 …": the last upstream tried is the one that answered.
				const tried = line.split(' ').filter((word) => /^[\d.]+:\d+,?$/.test(word));
				const last = tried.at(-1)?.replace(',', '');
				const origin = origins.find((url) => url.host === last)?.origin;
				if (origin) counts[origin]++;
			}
			return counts;
		},
		errors,
		async close() {
			if (stopped) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				await exited;
			}
			stop();
		},
		stop
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			ensure: { type: 'boolean', default: false },
			port: { type: 'string', default: '8080' }
		}
	});
	if (values.ensure) {
		console.log(`nginx: ${ensureNginx()}`);
	} else if (positionals.length === 0) {
		console.error(
			'Usage: node scripts/nginx.mjs --ensure | [--port 8080] http://127.0.0.1:3001 [http://127.0.0.1:3002 …]'
		);
		process.exit(2);
	} else {
		const nginx = await startNginx({ upstreams: positionals, port: Number(values.port) });
		console.log(`nginx on ${nginx.url} in front of ${positionals.join(', ')} (Ctrl-C stops it)`);
		for (const signal of ['SIGINT', 'SIGTERM']) {
			process.once(signal, () => void nginx.close().then(() => process.exit(0)));
		}
	}
}
