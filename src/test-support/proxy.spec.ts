// The loopback reverse proxy (scripts/proxy.mjs) against real upstream servers: how it spreads
// requests, fails over, streams events unbuffered, and ends a stream whose upstream dies.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startProxy, type Proxy } from '../../scripts/proxy.mjs';

interface Upstream {
	origin: string;
	/** Requests it received, with the headers the proxy sent. */
	seen: http.IncomingHttpHeaders[];
	/** Stops listening and drops every connection, as a server that went away. */
	stop(): Promise<void>;
	/** Listens again on the same port. */
	restart(): Promise<void>;
}

const running: { close(): unknown }[] = [];
afterEach(async () => {
	await Promise.all(running.splice(0).map((r) => r.close()));
});

/** An upstream that answers `name` (and the request body it read) unless `handler` answers. */
async function upstream(
	name: string,
	handler?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean
): Promise<Upstream> {
	const seen: http.IncomingHttpHeaders[] = [];
	const listener: http.RequestListener = (req, res) => {
		seen.push(req.headers);
		if (handler?.(req, res)) return;
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => res.end(`${name}:${Buffer.concat(chunks).length}`));
	};
	let server = http.createServer(listener);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const { port } = server.address() as AddressInfo;
	const stop = async () => {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	};
	running.push({ close: stop });
	return {
		origin: `http://127.0.0.1:${port}`,
		seen,
		stop,
		restart: async () => {
			server = http.createServer(listener);
			server.listen(port, '127.0.0.1');
			await once(server, 'listening');
		}
	};
}

async function proxyTo(
	upstreams: Upstream[] | string[],
	policy: 'round-robin' | 'failover',
	options: { downForMs?: number; bufferBytes?: number } = {}
): Promise<Proxy> {
	const proxy = await startProxy({
		upstreams: upstreams.map((u) => (typeof u === 'string' ? u : u.origin)),
		policy,
		...options
	});
	running.push(proxy);
	return proxy;
}

/** One request through the proxy, read to the end; `agent: false` so nothing is kept between tests. */
function get(
	url: string,
	{ method = 'GET', body }: { method?: string; body?: string | Buffer } = {}
): Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }> {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode!,
					text: Buffer.concat(chunks).toString(),
					headers: res.headers
				})
			);
			res.on('error', reject);
		});
		req.on('error', reject);
		req.end(body);
	});
}

/** An event stream read through the proxy: each chunk as it arrives, and how the stream ended. */
function openStream(url: string) {
	const chunks: string[] = [];
	let ended: 'end' | 'error' | undefined;
	let onChunk = () => {};
	const req = http.get(url, { agent: false, headers: { accept: 'text/event-stream' } });
	const response = new Promise<http.IncomingMessage>((resolve, reject) => {
		req.on('response', (res) => {
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				chunks.push(chunk);
				onChunk();
			});
			res.on('end', () => (ended ??= 'end'));
			res.on('error', () => (ended ??= 'error'));
			resolve(res);
		});
		req.on('error', reject);
	});
	running.push({ close: () => req.destroy() });
	return {
		response,
		chunks,
		ended: () => ended,
		/** Resolves once `count` chunks have arrived. */
		chunksArrived: (count: number) =>
			new Promise<void>((resolve) => {
				onChunk = () => chunks.length >= count && resolve();
				onChunk();
			})
	};
}

describe('round-robin', () => {
	it('spreads requests over the upstreams in turn', async () => {
		const a = await upstream('a');
		const b = await upstream('b');
		const proxy = await proxyTo([a, b], 'round-robin');
		const replies = [];
		for (let i = 0; i < 6; i++) replies.push((await get(`${proxy.url}/`)).text);
		expect(replies.sort()).toEqual(['a:0', 'a:0', 'a:0', 'b:0', 'b:0', 'b:0']);
		expect(proxy.served()).toEqual({ [a.origin]: 3, [b.origin]: 3 });
	});

	it('passes over an upstream that is down, and loses no request', async () => {
		const a = await upstream('a');
		const b = await upstream('b');
		await a.stop();
		const proxy = await proxyTo([a, b], 'round-robin');
		const replies = await Promise.all(Array.from({ length: 6 }, () => get(`${proxy.url}/`)));
		expect(replies.map((r) => r.text)).toEqual(Array(6).fill('b:0'));
	});

	it('sets the forwarding headers as nginx does, and keeps Host', async () => {
		const a = await upstream('a');
		const proxy = await proxyTo([a], 'round-robin');
		await new Promise<void>((resolve, reject) => {
			http
				.get(
					`${proxy.url}/x`,
					{ agent: false, headers: { 'x-forwarded-for': '203.0.113.7', connection: 'x-secret' } },
					(res) => res.resume().on('end', resolve)
				)
				.on('error', reject);
		});
		const [headers] = a.seen;
		expect(headers).toMatchObject({
			host: new URL(proxy.url).host,
			'x-forwarded-for': '203.0.113.7, 127.0.0.1',
			'x-real-ip': '127.0.0.1',
			'x-forwarded-proto': 'http',
			'x-forwarded-host': new URL(proxy.url).host
		});
	});
});

describe('failover', () => {
	it('sends everything to the first upstream while it is up, then to the next', async () => {
		const a = await upstream('a');
		const b = await upstream('b');
		const proxy = await proxyTo([a, b], 'failover', { downForMs: 50 });
		for (let i = 0; i < 3; i++) expect((await get(`${proxy.url}/`)).text).toBe('a:0');

		await a.stop();
		// A POST too: its body was read whole, so it is sent again to the next upstream.
		expect((await get(`${proxy.url}/`, { method: 'POST', body: 'hello' })).text).toBe('b:5');
		expect((await get(`${proxy.url}/`)).text).toBe('b:0');

		// Back: preferred again once its time out is over.
		await a.restart();
		await expect.poll(async () => (await get(`${proxy.url}/`)).text).toBe('a:0');
	});

	it('answers 502 when no upstream is up', async () => {
		const a = await upstream('a');
		await a.stop();
		const proxy = await proxyTo([a], 'failover');
		const reply = await get(`${proxy.url}/`);
		expect(reply.status).toBe(502);
		expect(reply.text).toContain('ECONNREFUSED');
	});

	it('streams a body larger than it buffers', async () => {
		const a = await upstream('a');
		const proxy = await proxyTo([a], 'failover', { bufferBytes: 1024 });
		const body = Buffer.alloc(300_000, 'x');
		expect((await get(`${proxy.url}/`, { method: 'POST', body })).text).toBe('a:300000');
	});
});

describe('event streams', () => {
	it('pass through unbuffered: headers at once, each event as it is written', async () => {
		let sendNext = () => {};
		const a = await upstream('a', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			res.flushHeaders();
			sendNext = () => res.write('data: 2\n\n');
			setTimeout(() => res.write('data: 1\n\n'), 20);
			return true;
		});
		const proxy = await proxyTo([a], 'failover');
		const stream = openStream(`${proxy.url}/events`);
		// The headers come before any event: the page knows at once that it is connected.
		const res = await stream.response;
		expect(res.headers['content-type']).toBe('text/event-stream');
		expect(stream.chunks).toEqual([]);
		// The first event arrives while the upstream has not written the second.
		await stream.chunksArrived(1);
		expect(stream.chunks.join('')).toBe('data: 1\n\n');
		sendNext();
		await stream.chunksArrived(2);
		expect(stream.chunks.join('')).toBe('data: 1\n\ndata: 2\n\n');
		expect(stream.ended()).toBeUndefined();
	});

	it('end when their upstream is killed, so the browser reconnects', async () => {
		// A real process, killed with SIGKILL: nothing of it gets to say goodbye.
		const child = spawn(
			process.execPath,
			[
				'-e',
				`require('node:http').createServer((req, res) => {
					res.writeHead(200, { 'content-type': 'text/event-stream' });
					res.write('data: hello\\n\\n');
				}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		running.push({ close: () => child.kill('SIGKILL') });
		const [port] = (await once(child.stdout!, 'data')) as [Buffer];
		const b = await upstream('b');
		const proxy = await proxyTo([`http://127.0.0.1:${String(port).trim()}`, b.origin], 'failover');
		const stream = openStream(`${proxy.url}/events`);
		await stream.chunksArrived(1);
		expect(stream.chunks.join('')).toBe('data: hello\n\n');

		child.kill('SIGKILL');
		await expect.poll(() => stream.ended()).toBe('end');
		// The reconnection goes to the live upstream.
		expect((await get(`${proxy.url}/events`)).text).toBe('b:0');
	});

	it('close upstream when the client goes away', async () => {
		let upstreamClosed = false;
		const a = await upstream('a', (req, res) => {
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			res.write('data: 1\n\n');
			res.on('close', () => (upstreamClosed = true));
			return true;
		});
		const proxy = await proxyTo([a], 'failover');
		const req = http.get(`${proxy.url}/events`, { agent: false });
		const [res] = (await once(req, 'response')) as [http.IncomingMessage];
		await once(res, 'data');
		req.destroy();
		await expect.poll(() => upstreamClosed).toBe(true);
	});
});

describe('a response cut off by its upstream', () => {
	it('is cut off for the client too, never passed on as complete', async () => {
		const a = await upstream('a', (_req, res) => {
			res.writeHead(200, { 'content-type': 'text/plain' });
			res.write('half of it');
			setTimeout(() => res.socket?.destroy(), 20);
			return true;
		});
		const proxy = await proxyTo([a], 'failover');
		const outcome = await new Promise<string>((resolve) => {
			http.get(`${proxy.url}/`, { agent: false }, (res) => {
				res.resume();
				res.on('end', () => resolve('complete'));
				res.on('error', () => resolve('cut off'));
				res.on('aborted', () => resolve('cut off'));
			});
		});
		expect(outcome).toBe('cut off');
	});
});
