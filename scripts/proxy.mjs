// A small reverse proxy for loopback use: the benchmarks, the end-to-end tests, and a stand-in for
// nginx when trying several instances on one machine. No dependencies, node:http only.
//
//   node scripts/proxy.mjs --port 8080 --policy failover http://127.0.0.1:3001 http://127.0.0.1:3002
//
// It does what the README's nginx set-up does, as far as the app can tell:
// - bodies stream both ways; a response's headers are sent at once and every chunk as it comes,
//   so live event streams (Server-Sent Events) pass through unbuffered (nginx: proxy_buffering off);
// - X-Forwarded-For gets the client's address appended, X-Real-IP, X-Forwarded-Proto and
//   X-Forwarded-Host are set, and Host is passed on unchanged (nginx: proxy_set_header Host $host);
// - one keep-alive pool of connections per upstream (nginx: keepalive, proxy_http_version 1.1);
// - an upstream that refuses the connection is skipped for `downForMs` and the request is sent to
//   the next one (nginx: proxy_next_upstream error, max_fails/fail_timeout). A connection reset
//   before any response is retried too, but only where sending again is safe: an idempotent
//   method, or a request written to a kept-alive socket the upstream had already closed. Only a
//   request whose body was read whole (up to `bufferBytes`) can be sent again;
// - when an upstream dies in the middle of a response, an event stream is ended (the browser's
//   EventSource then reconnects, through the proxy, to a live upstream) and any other response is
//   cut off, so a truncated body never looks complete.
//
// Policies: `failover` sends everything to the first live upstream of the list, `round-robin`
// spreads requests over the live ones in turn (no stickiness: the app keeps no session in memory).
//
// Behind it, as behind nginx, the app sees every request come from the proxy's address, so the
// per-address caps would count the whole school as one client: start the instances with
// ADDRESS_HEADER=x-forwarded-for and XFF_DEPTH=1 (the address this proxy appended, which a client
// cannot forge). Only for instances every request reaches through a proxy: adapter-node refuses a
// request without that header. Host is passed on, so `npm start` (scripts/serve.js, plain http)
// needs nothing else; with `node build`, set ORIGIN to the proxy's address.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Headers that belong to one connection, never forwarded (RFC 9110 §7.6.1), and Expect. */
const HOP_BY_HOP = new Set([
	'connection',
	'keep-alive',
	'proxy-connection',
	'proxy-authenticate',
	'proxy-authorization',
	'te',
	'trailer',
	'transfer-encoding',
	'upgrade',
	'expect'
]);

/** The request never reached the upstream: sending it elsewhere is always safe. */
const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** The connection broke before any response: the upstream may or may not have acted on it. */
const RESET = new Set(['ECONNRESET', 'EPIPE']);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

/** Hop-by-hop headers out, and any the Connection header names. */
function forwardable(headers) {
	const named = new Set(
		String(headers.connection ?? '')
			.split(',')
			.map((name) => name.trim().toLowerCase())
			.filter(Boolean)
	);
	const kept = {};
	for (const [name, value] of Object.entries(headers)) {
		if (!HOP_BY_HOP.has(name) && !named.has(name) && value !== undefined) kept[name] = value;
	}
	return kept;
}

/** Reads the request body up to `limit` bytes: whole (replayable), or the start of a longer one. */
function readBody(req, limit) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		const onData = (chunk) => {
			chunks.push(chunk);
			size += chunk.length;
			if (size > limit) {
				req.pause();
				req.off('data', onData);
				req.off('end', onEnd);
				resolve({ chunks, whole: false });
			}
		};
		const onEnd = () => resolve({ chunks, whole: true });
		req.on('data', onData);
		req.once('end', onEnd);
		req.once('error', reject);
	});
}

/**
 * Starts the proxy on `host:port` (port 0: a free one). Resolves to { url, port, served, close }:
 * `served()` counts the responses each upstream gave, for tests; close() stops it and ends every
 * open connection.
 *
 * @param {{ upstreams: string[], policy?: 'round-robin' | 'failover', port?: number,
 *   host?: string, bufferBytes?: number, downForMs?: number }} options
 */
export async function startProxy({
	upstreams,
	policy = 'round-robin',
	port = 0,
	host = '127.0.0.1',
	bufferBytes = 64 * 1024,
	downForMs = 2000
}) {
	if (!upstreams?.length) throw new Error('startProxy needs at least one upstream.');
	if (!['round-robin', 'failover'].includes(policy)) {
		throw new Error(`The policy is round-robin or failover, got "${policy}".`);
	}
	const targets = upstreams.map((address) => {
		const url = new URL(address);
		if (url.protocol !== 'http:') throw new Error(`Only http:// upstreams, got ${address}.`);
		return { address: url.origin, url, downUntil: 0, served: 0 };
	});
	// An idle socket is dropped after 4 s, before a Node server's 5 s keep-alive timeout closes it:
	// else a request written to a socket the upstream is closing at that moment would be reset.
	const agent = new http.Agent({ keepAlive: true, timeout: 4000 });
	let turn = 0;

	/** The upstreams to try for one request, in order: live ones by the policy, then the rest. */
	function candidates() {
		const start = policy === 'round-robin' ? turn++ % targets.length : 0;
		const ordered = targets.map((_, i) => targets[(start + i) % targets.length]);
		const now = Date.now();
		return [
			...ordered.filter((t) => t.downUntil <= now),
			...ordered.filter((t) => t.downUntil > now)
		];
	}

	function headersFor(req) {
		const headers = forwardable(req.headers);
		const client = req.socket.remoteAddress ?? '';
		const before = req.headers['x-forwarded-for'];
		headers['x-forwarded-for'] = before ? `${before}, ${client}` : client;
		headers['x-real-ip'] = client;
		headers['x-forwarded-proto'] = 'http';
		if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
		return headers;
	}

	/**
	 * Sends the request to one upstream. Resolves 'done' once a response is being relayed (or the
	 * client has gone), or { retry, error } when the connection failed before any response.
	 */
	function attempt(target, req, res, body) {
		return new Promise((resolve) => {
			const headers = headersFor(req);
			if (body.whole) {
				const length = body.chunks.reduce((n, c) => n + c.length, 0);
				if (length > 0 || req.headers['content-length'] !== undefined) {
					headers['content-length'] = String(length);
				}
			} else if (req.headers['content-length'] === undefined) {
				headers['transfer-encoding'] = 'chunked';
			}
			const upstream = http.request({
				agent,
				host: target.url.hostname,
				port: target.url.port,
				method: req.method,
				path: req.url,
				headers,
				setHost: false
			});
			upstream.setNoDelay(true);
			let responded = false;
			const onClientGone = () => {
				// The client left (a closed tab, an EventSource closed): let the upstream know at once,
				// so its stream ends too instead of waiting for its next write to fail.
				if (!res.writableFinished) upstream.destroy();
			};
			res.once('close', onClientGone);

			upstream.once('response', (upstreamRes) => {
				responded = true;
				target.served++;
				relay(upstreamRes, res);
				resolve('done');
			});
			upstream.once('error', (error) => {
				if (responded) return; // relay() deals with a response that breaks off
				res.off('close', onClientGone);
				if (res.destroyed) return resolve('done');
				const code = /** @type {NodeJS.ErrnoException} */ (error).code ?? '';
				if (REFUSED.has(code)) {
					target.downUntil = Date.now() + downForMs;
					return resolve({ retry: body.whole, error });
				}
				const safe = IDEMPOTENT.has(req.method ?? '') || upstream.reusedSocket;
				resolve({ retry: body.whole && RESET.has(code) && safe, error });
			});

			for (const chunk of body.chunks) upstream.write(chunk);
			if (body.whole) upstream.end();
			else {
				req.pipe(upstream);
				req.resume();
			}
		});
	}

	function relay(upstreamRes, res) {
		if (res.destroyed) return void upstreamRes.destroy();
		const headers = forwardable(upstreamRes.headers);
		res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, headers);
		// Headers now, not with the first chunk: a live stream's page knows at once it is connected.
		res.flushHeaders();
		const eventStream = String(upstreamRes.headers['content-type'] ?? '').startsWith(
			'text/event-stream'
		);
		upstreamRes.pipe(res);
		upstreamRes.once('close', () => {
			if (upstreamRes.complete || res.writableEnded || res.destroyed) return;
			// The upstream died mid-response. An event stream just ends, so EventSource reconnects
			// through the proxy; any other body is cut off, so the client does not take it as whole.
			upstreamRes.unpipe(res);
			if (eventStream) res.end();
			else res.destroy();
		});
	}

	async function handle(req, res) {
		let body;
		try {
			body = await readBody(req, bufferBytes);
		} catch {
			res.destroy();
			return;
		}
		let lastError;
		for (const target of candidates()) {
			const outcome = await attempt(target, req, res, body);
			if (outcome === 'done') return;
			lastError = outcome.error;
			if (!outcome.retry) break;
		}
		if (res.headersSent || res.destroyed) return;
		const text = `Bad gateway: no upstream answered (${lastError?.code ?? lastError}).\n`;
		res.writeHead(502, {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store'
		});
		res.end(text);
	}

	const server = http.createServer({ noDelay: true }, (req, res) => void handle(req, res));
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	const shownHost = host.includes(':') ? `[${host}]` : host;
	return {
		url: `http://${shownHost}:${address.port}`,
		port: address.port,
		served: () => Object.fromEntries(targets.map((t) => [t.address, t.served])),
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve(undefined));
				server.closeAllConnections();
				agent.destroy();
			})
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			port: { type: 'string', default: '8080' },
			host: { type: 'string', default: '127.0.0.1' },
			policy: { type: 'string', default: 'round-robin' }
		}
	});
	if (positionals.length === 0) {
		console.error(
			'Usage: node scripts/proxy.mjs [--port 8080] [--host 127.0.0.1] ' +
				'[--policy round-robin|failover] http://127.0.0.1:3001 [http://127.0.0.1:3002 …]'
		);
		process.exit(2);
	}
	const proxy = await startProxy({
		upstreams: positionals,
		policy: /** @type {'round-robin' | 'failover'} */ (values.policy),
		port: Number(values.port),
		host: values.host
	});
	console.log(`Proxy on ${proxy.url} (${values.policy}) to ${positionals.join(', ')}`);
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => void proxy.close().then(() => process.exit(0)));
	}
}
