// Bounds the connections of the node:http server that scripts/serve.js starts, so that no client can
// use up the process's open files (every socket is one) and a new client is always served: a count
// per remote address, a total kept below the open-file limit, and seconds, not minutes, for a
// connection that sends nothing or sits idle between requests. Live event streams are requests in
// progress, not idle: they are never closed for idling, nor made way for.
import { readFileSync } from 'node:fs';
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { Env } from '../config/env';

export interface ConnectionLimits {
	/** Open connections one remote address may hold; 0: no such cap (behind a proxy). */
	perAddress: number;
	/** Open connections in all: at this many, the longest idle makes way for a new one. */
	total: number;
	/** How long a connection may send nothing (no request yet, or none since the last reply). */
	idleMs: number;
}

/** The longest a request may take to arrive in full (a pack file over a slow school network). */
const REQUEST_MS = 60_000;

/** Files the process keeps for itself beyond its connections and database pool: its modules'
 * handles, the SQLite files, workers, logs, and room for a new client while one makes way. */
const OWN_FILES = 100;

/** The total bound where the open-file limit cannot be read (not Linux) and none is set. */
const UNKNOWN_LIMIT_TOTAL = 10_000;

/** The soft limit on open files (RLIMIT_NOFILE), from /proc on Linux; undefined elsewhere. */
export function openFileLimit(): number | undefined {
	try {
		const line = readFileSync('/proc/self/limits', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('Max open files'));
		const soft = line?.split(/\s+/)[3];
		return soft === 'unlimited' ? Infinity : Number(soft) || undefined;
	} catch {
		return undefined;
	}
}

/**
 * The limits for this process. The total leaves OWN_FILES and the database pool free below the
 * open-file limit (MAX_CONNECTIONS may set it lower, never higher). One address may hold at most
 * half the total, so another always finds room. Behind a proxy (ADDRESS_HEADER set) every socket
 * is the proxy's: then there is no per-address cap unless CONNECTIONS_PER_ADDRESS sets one.
 */
export function connectionLimits(
	env: Pick<
		Env,
		| 'CONNECTIONS_PER_ADDRESS'
		| 'MAX_CONNECTIONS'
		| 'CONNECTION_IDLE_SECONDS'
		| 'STREAMS_PER_ADDRESS'
		| 'ADDRESS_HEADER'
		| 'DATABASE_POOL_SIZE'
	>,
	/** The process's limit on open files: openFileLimit(). */
	fileLimit: number | undefined
): ConnectionLimits {
	const fromFiles =
		fileLimit === undefined || fileLimit === Infinity
			? undefined
			: Math.max(1, fileLimit - OWN_FILES - env.DATABASE_POOL_SIZE - 1);
	const total = Math.min(
		env.MAX_CONNECTIONS ?? Infinity,
		fromFiles ?? env.MAX_CONNECTIONS ?? UNKNOWN_LIMIT_TOTAL
	);
	// Every stream a school may hold from one address (its pupils' and projectors', and its
	// teachers' counted apart: stream-limits.ts), and room for its other requests.
	const wanted =
		env.CONNECTIONS_PER_ADDRESS ?? (env.ADDRESS_HEADER ? 0 : 2 * env.STREAMS_PER_ADDRESS + 100);
	return {
		perAddress: wanted === 0 ? 0 : Math.max(1, Math.min(wanted, Math.floor(total / 2))),
		total,
		idleMs: env.CONNECTION_IDLE_SECONDS * 1000
	};
}

/** node:http's own timeouts for these limits: they are given when the server is created. */
export function serverOptions({ idleMs }: ConnectionLimits): ServerOptions {
	return {
		// Headers must be in within the idle bound: the whole of a first request's wait for a client
		// that connects and sends nothing (node checks every connectionsCheckingInterval, by default
		// only every 30 s on top of its 60 s: about 82 s in all, as it was).
		headersTimeout: idleMs,
		requestTimeout: Math.max(REQUEST_MS, idleMs),
		keepAliveTimeout: idleMs,
		connectionsCheckingInterval: Math.min(1000, idleMs)
	};
}

/**
 * Counts the server's sockets as they come and go. A socket beyond its address's cap is closed at
 * once; beyond the total, the one idle longest (waiting for its first request, or between
 * requests) is closed to make room, or the new one if none is idle.
 */
export function limitConnections(server: Server, limits: ConnectionLimits): void {
	const perAddress = new Map<string, number>();
	/** Sockets with no request in progress, longest idle first (a Set keeps insertion order). */
	const idle = new Set<Socket>();
	let open = 0;

	const setIdle = (socket: Socket) => {
		if (socket.destroyed) return;
		idle.delete(socket);
		idle.add(socket);
	};

	server.on('connection', (socket: Socket) => {
		const address = socket.remoteAddress ?? '';
		const count = (perAddress.get(address) ?? 0) + 1;
		perAddress.set(address, count);
		open++;
		socket.once('close', () => {
			open--;
			idle.delete(socket);
			const left = (perAddress.get(address) ?? 1) - 1;
			if (left === 0) perAddress.delete(address);
			else perAddress.set(address, left);
		});
		if (limits.perAddress > 0 && count > limits.perAddress) {
			socket.destroy();
			return;
		}
		if (open > limits.total) {
			const longestIdle: Socket | undefined = idle.values().next().value;
			if (!longestIdle) {
				socket.destroy();
				return;
			}
			idle.delete(longestIdle);
			longestIdle.destroy();
		}
		setIdle(socket);
	});

	server.on('request', (req, res) => {
		const { socket } = req;
		idle.delete(socket);
		res.once('finish', () => setIdle(socket));
	});
}

/** How serve.js finds these: the bundle and the launcher share nothing but globalThis. */
const REGISTRY = Symbol.for('source-check.connection-limits');

export interface PublishedConnectionLimits {
	limits: ConnectionLimits;
	serverOptions: ServerOptions;
	limit: (server: Server) => void;
}

/** Makes the limits available to scripts/serve.js (called once, when the server starts). */
export function publishConnectionLimits(env: Env): void {
	const limits = connectionLimits(env, openFileLimit());
	if (limits.perAddress > 0 && limits.perAddress < env.STREAMS_PER_ADDRESS) {
		console.warn(
			`Only ${limits.perAddress} connections from one address fit below this process's limit on ` +
				`open files, fewer than STREAMS_PER_ADDRESS (${env.STREAMS_PER_ADDRESS}): raise it (ulimit -n).`
		);
	}
	const published: PublishedConnectionLimits = {
		limits,
		serverOptions: serverOptions(limits),
		limit: (server) => limitConnections(server, limits)
	};
	(globalThis as Record<symbol, unknown>)[REGISTRY] = published;
}
