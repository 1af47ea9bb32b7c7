// The built server (`node scripts/serve.js`) under a small limit on open files, against clients that
// hold sockets open and send nothing: a new client is still served at once, and an idle socket is
// closed within the idle bound, while a live event stream (a long request, not an idle one) stays.
// Loopback only, a few hundred sockets at most, each test within seconds.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	ensureBuild,
	freePort,
	startBuilt,
	type Running,
	createClass
} from '../../../test-support/built-app';

const FILE_LIMIT = 512;
const PER_ADDRESS = 50;
const IDLE_SECONDS = 2;

const dir = mkdtempSync(join(tmpdir(), 'source-check-connections-'));
let running: Running;
let port: number;
const sockets: net.Socket[] = [];

beforeAll(async () => {
	ensureBuild();
	port = await freePort();
	running = await startBuilt(
		['scripts/serve.js'],
		join(dir, 'connections.db'),
		port,
		{
			CONNECTIONS_PER_ADDRESS: String(PER_ADDRESS),
			STREAMS_PER_ADDRESS: '20',
			CONNECTION_IDLE_SECONDS: String(IDLE_SECONDS)
		},
		{ fileLimit: FILE_LIMIT }
	);
}, 250_000);
afterEach(() => {
	for (const socket of sockets.splice(0)) socket.destroy();
});
afterAll(async () => {
	if (running?.child.exitCode === null) {
		running.child.kill('SIGKILL');
		await once(running.child, 'exit');
	}
	rmSync(dir, { recursive: true, force: true });
});

interface Held {
	socket: net.Socket;
	closed: () => boolean;
	/** When it connected, and when the server closed it (Date.now()). */
	connectedAt: number;
	closedAt: Promise<number>;
}

/** Opens a socket from `localAddress` (any 127.x.y.z on Linux) that sends nothing. */
async function hold(localAddress: string): Promise<Held> {
	const socket = net.connect({ host: '127.0.0.1', port, localAddress });
	sockets.push(socket);
	let closed = false;
	socket.on('error', () => {});
	// Read whatever comes, so that the server's closing is seen as it happens.
	socket.resume();
	const closedAt = new Promise<number>((resolve) =>
		socket.on('close', () => {
			closed = true;
			resolve(Date.now());
		})
	);
	await Promise.race([once(socket, 'connect'), closedAt]);
	return { socket, closed: () => closed, connectedAt: Date.now(), closedAt };
}

/** Opens `count` idle sockets from each address, a batch at a time (the listen queue is finite). */
async function holdMany(addresses: string[], count: number): Promise<Held[]> {
	const held: Held[] = [];
	for (const address of addresses) {
		for (let i = 0; i < count; i += 25) {
			const batch = Math.min(25, count - i);
			held.push(...(await Promise.all(Array.from({ length: batch }, () => hold(address)))));
		}
	}
	return held;
}

/** GET / as a new client from `localAddress`: its status and how long it took, or the failure. */
function newClient(localAddress: string, timeoutMs = 3_000) {
	const started = Date.now();
	return new Promise<{ status: number | string; ms: number }>((resolve) => {
		const req = http.get(
			{ host: '127.0.0.1', port, path: '/', localAddress, agent: false, timeout: timeoutMs },
			(res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - started }));
			}
		);
		req.on('timeout', () => req.destroy(new Error('timed out')));
		req.on('error', (error) => resolve({ status: error.message, ms: Date.now() - started }));
	});
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('connections to the built server (ulimit -n 512)', () => {
	it('serves a new client at once while one address holds more idle sockets than it may, and more than the files', async () => {
		const held = await holdMany(['127.0.0.1'], 600);
		await pause(300);
		expect(held.filter((h) => !h.closed()).length).toBeLessThanOrEqual(PER_ADDRESS);
		const served = await newClient('127.0.0.2');
		expect(served.status).toBe(200);
		expect(served.ms).toBeLessThan(1_000);
	}, 30_000);

	it('serves a new client at once while many addresses together hold more idle sockets than the files', async () => {
		const addresses = Array.from({ length: 15 }, (_, i) => `127.0.1.${i + 1}`);
		const held = await holdMany(addresses, 40);
		await pause(300);
		expect(held.filter((h) => !h.closed()).length).toBeLessThan(FILE_LIMIT);
		const served = await newClient('127.0.0.3');
		expect(served.status).toBe(200);
		expect(served.ms).toBeLessThan(1_000);
	}, 30_000);

	it('closes a socket that sends nothing, and one left idle after a request, within the idle bound', async () => {
		const silent = await hold('127.0.0.4');
		const afterRequest = await hold('127.0.0.4');
		afterRequest.socket.write('GET /teach HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
		let reply = '';
		afterRequest.socket.on('data', (chunk) => (reply += chunk));
		while (!reply.includes('</html>')) await once(afterRequest.socket, 'data');
		const repliedAt = Date.now();
		const never = pause((IDLE_SECONDS + 5) * 1000).then(() => Infinity);
		const bound = (IDLE_SECONDS + 1.5) * 1000;
		expect((await Promise.race([silent.closedAt, never])) - silent.connectedAt).toBeLessThan(bound);
		expect((await Promise.race([afterRequest.closedAt, never])) - repliedAt).toBeLessThan(bound);
	}, 15_000);

	it('keeps a live event stream open past the idle bound: a long request is not an idle one', async () => {
		const secret = await createClass(running.origin, 'Connections');
		const stream = await hold('127.0.0.5');
		stream.socket.write(`GET /teach/${secret}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
		const [first] = await once(stream.socket, 'data');
		expect(String(first)).toMatch(/^HTTP\/1\.1 200/);
		await pause((IDLE_SECONDS + 2) * 1000);
		expect(stream.closed()).toBe(false);
	}, 15_000);
});
