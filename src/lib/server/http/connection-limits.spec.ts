// The connection bounds serve.js applies, as settings and open-file limits give them (the server
// itself under them: serve-connections.spec.ts).
import { once } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readEnv } from '../config/env';
import { connectionLimits, limitConnections, serverOptions } from './connection-limits';

const limits = (env: Record<string, string>, fileLimit: number | undefined) =>
	connectionLimits(readEnv(env), fileLimit);

describe('connection limits', () => {
	it('by default: room for every stream of a school, below the open files, idle 10 s', () => {
		expect(limits({}, 20_000)).toEqual({ perAddress: 1_100, total: 19_889, idleMs: 10_000 });
	});

	it('keeps the total below the open-file limit, whatever MAX_CONNECTIONS says', () => {
		expect(limits({ MAX_CONNECTIONS: '50000' }, 20_000).total).toBe(19_889);
		expect(limits({ MAX_CONNECTIONS: '5000' }, 20_000).total).toBe(5_000);
		expect(limits({ DATABASE_POOL_SIZE: '40' }, 1_024).total).toBe(883);
		expect(limits({}, undefined).total).toBe(10_000);
		expect(limits({ MAX_CONNECTIONS: '3000' }, Infinity).total).toBe(3_000);
	});

	it('lets one address hold at most half of the total, so another always finds room', () => {
		expect(limits({}, 1_024).perAddress).toBe(456);
		expect(limits({ CONNECTIONS_PER_ADDRESS: '5000' }, 1_024).perAddress).toBe(456);
		expect(limits({ CONNECTIONS_PER_ADDRESS: '40' }, 1_024).perAddress).toBe(40);
	});

	it('has no cap per address behind a proxy (every socket is the proxy’s), unless one is set', () => {
		expect(limits({ ADDRESS_HEADER: 'x-forwarded-for' }, 20_000).perAddress).toBe(0);
		expect(
			limits({ ADDRESS_HEADER: 'x-forwarded-for', CONNECTIONS_PER_ADDRESS: '300' }, 20_000)
		).toMatchObject({ perAddress: 300 });
		expect(limits({ CONNECTIONS_PER_ADDRESS: '0' }, 20_000).perAddress).toBe(0);
		expect(limits({ CONNECTIONS_PER_ADDRESS: '' }, 20_000).perAddress).toBe(1_100);
	});

	it('times out headers and idle keep-alive within the idle bound, checked every second', () => {
		expect(serverOptions(limits({ CONNECTION_IDLE_SECONDS: '2' }, 512))).toEqual({
			headersTimeout: 2_000,
			keepAliveTimeout: 2_000,
			requestTimeout: 60_000,
			connectionsCheckingInterval: 1_000
		});
	});

	it('names a bad setting', () => {
		expect(() => readEnv({ CONNECTION_IDLE_SECONDS: '0' })).toThrow(/CONNECTION_IDLE_SECONDS/);
		expect(() => readEnv({ CONNECTIONS_PER_ADDRESS: '-1' })).toThrow(/CONNECTIONS_PER_ADDRESS/);
		expect(() => readEnv({ MAX_CONNECTIONS: 'lots' })).toThrow(/MAX_CONNECTIONS/);
	});
});

describe('limitConnections on a node:http server', () => {
	const cleanup: (() => void)[] = [];
	afterEach(() => cleanup.splice(0).forEach((done) => done()));

	/** A server whose /stream never ends (a live stream) and whose other paths answer at once. */
	async function serve(total: number, perAddress = 0) {
		const server = http.createServer((req, res) => {
			if (req.url === '/stream') res.writeHead(200).write('open\n');
			else res.end('ok');
		});
		limitConnections(server, { total, perAddress, idleMs: 10_000 });
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		const { port } = server.address() as AddressInfo;
		const sockets: net.Socket[] = [];
		cleanup.push(() => {
			sockets.forEach((s) => s.destroy());
			server.close();
		});
		/** Connects; sends `path`'s request if given; resolves once connected (and answered). */
		const open = async (path?: string) => {
			const socket = net.connect({ host: '127.0.0.1', port });
			sockets.push(socket);
			const state = { closed: false, socket };
			socket.on('error', () => {});
			socket.on('close', () => (state.closed = true));
			await once(socket, 'connect');
			if (path) {
				socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
				await once(socket, 'data');
			}
			socket.resume();
			return state;
		};
		return { open };
	}

	const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

	it('closes the connection idle longest to make room, never a stream', async () => {
		const { open } = await serve(3);
		const stream = await open('/stream');
		const idleFirst = await open();
		const idleAfterReply = await open('/');
		const newest = await open('/');
		await settle();
		expect([stream, idleFirst, idleAfterReply, newest].map((s) => s.closed)).toEqual([
			false,
			true,
			false,
			false
		]);
	});

	it('closes the new connection when every other one is a stream', async () => {
		const { open } = await serve(2);
		const streams = [await open('/stream'), await open('/stream')];
		const newest = await open();
		await settle();
		expect([...streams, newest].map((s) => s.closed)).toEqual([false, false, true]);
	});

	it('closes a connection beyond its address’s cap, the newest', async () => {
		const { open } = await serve(100, 2);
		const held = [await open(), await open(), await open()];
		await settle();
		expect(held.map((s) => s.closed)).toEqual([false, false, true]);
	});
});
