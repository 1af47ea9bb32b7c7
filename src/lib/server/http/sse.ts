// Server-Sent Events: a stream that sends a fresh snapshot whenever something changes, at most a few
// times a second, with a heartbeat so proxies keep the connection open.
//
// A stream is pulled, never pushed: nothing is queued while the client has not taken the last
// message, so a slow client gets the latest state when it reads again, not a backlog, and a client
// that stays blocked is dropped. A snapshot shared by many streams (one dashboard per change) is
// encoded once, and every stream sends the same bytes.
//
// One stream runs over either of two transports: a web ReadableStream (SvelteKit's endpoints) or a
// node:http response (node-endpoints.ts, for the streams that come by the thousand: a web stream, its
// reader and adapter-node's pipe cost each of them memory that 10,000 students feel).
import type { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';

export interface SnapshotStreamOptions {
	/** Where changes are announced, and under which event name. */
	changes: EventEmitter;
	topic: string;
	/** Builds what to send now (it may read the database); undefined ends the stream (the class was
	 * deleted, say). */
	snapshot: () => unknown;
	/** The longest a change waits before it is sent: bursts of answers become one update. */
	throttleMs?: number;
	heartbeatMs?: number;
	/** How long a client may leave a message unread before the stream is dropped. */
	stallMs?: number;
	/** Ends the stream, with a last `replaced` event: a newer stream took its place. */
	signal?: AbortSignal;
	/** Called once when the stream ends, however it ends. */
	onEnd?: () => void;
}

/** Where a stream's messages go. */
interface Transport {
	/** Sends one message; the transport calls `ready` when the client can take the next. */
	write(bytes: Uint8Array): void;
	/** Ends the stream cleanly, or (fail) as an error: the client stopped reading. */
	close(): void;
	fail(reason: Error): void;
}

export const SSE_HEADERS = {
	'content-type': 'text/event-stream; charset=utf-8',
	'cache-control': 'no-store',
	connection: 'keep-alive',
	'x-accel-buffering': 'no'
} as const;

const encoder = new TextEncoder();
const GONE = encoder.encode('event: gone\ndata: {}\n\n');
const KEEP_ALIVE = encoder.encode(': keep-alive\n\n');
const REPLACED = encoder.encode('event: replaced\ndata: {}\n\n');

// One encoding per snapshot object, kept as long as the object is: streams that share it share bytes.
const encodings = new WeakMap<object, { json: string; bytes: Uint8Array }>();
function encode(data: unknown): { json: string; bytes: Uint8Array } {
	const shared = typeof data === 'object' && data !== null;
	const known = shared ? encodings.get(data) : undefined;
	if (known) return known;
	const json = JSON.stringify(data);
	const encoded = { json, bytes: encoder.encode(`data: ${json}\n\n`) };
	if (shared) encodings.set(data, encoded);
	return encoded;
}

/** Ends every open stream; a server that is shutting down cannot close while one is open. */
const openStreams = new Set<() => void>();

export function endAllStreams(): void {
	for (const end of [...openStreams]) end();
}

/**
 * Runs one stream over a transport. The stream starts waiting: call `ready` when the client can
 * take a message (and again after each write, once it has taken it); `cancel` when it went away.
 */
function runStream(
	{
		changes,
		topic,
		snapshot,
		throttleMs = 250,
		heartbeatMs = 20_000,
		stallMs = 30_000,
		signal,
		onEnd
	}: SnapshotStreamOptions,
	transport: Transport
): { ready: () => void; cancel: () => void } {
	let changeDue = true;
	let heartbeatDue = false;
	let last = '';
	/** The client has taken the last message and can take the next. */
	let clientReady = false;
	let throttle: ReturnType<typeof setTimeout> | undefined;
	let stall: ReturnType<typeof setTimeout> | undefined;
	let ended = false;
	/** A snapshot is being read: nothing else is sent until it is in. */
	let building = false;

	const end = (how: () => void) => {
		if (ended) return;
		ended = true;
		openStreams.delete(onShutdown);
		changes.off(topic, onChange);
		clearInterval(heartbeat);
		clearTimeout(throttle);
		clearTimeout(stall);
		signal?.removeEventListener('abort', onAbort);
		try {
			how();
		} catch {
			// Already closed by the client.
		}
		onEnd?.();
	};
	const send = (bytes: Uint8Array) => {
		clientReady = false;
		transport.write(bytes);
	};
	// Sends what is due if the client is reading; if not, it has stallMs to start again.
	const flush = (): void => {
		if (ended || building || (!changeDue && !heartbeatDue)) return;
		if (!clientReady) {
			stall ??= setTimeout(
				() => end(() => transport.fail(new Error('The client is not reading.'))),
				stallMs
			);
			return;
		}
		try {
			if (changeDue) {
				changeDue = false;
				const data = snapshot();
				if (data instanceof Promise) {
					building = true;
					data.then(
						(ready: unknown) => {
							building = false;
							if (ended) return;
							if (!deliver(ready)) flush();
						},
						() => {
							building = false;
							end(() => transport.close());
						}
					);
					return;
				}
				if (deliver(data)) return;
			}
			if (heartbeatDue) {
				heartbeatDue = false;
				send(KEEP_ALIVE);
			}
		} catch {
			end(() => transport.close());
		}
	};
	/** Sends a snapshot if it is news, or ends the stream on undefined; whether it did either. */
	const deliver = (data: unknown): boolean => {
		if (data === undefined) {
			end(() => {
				transport.write(GONE);
				transport.close();
			});
			return true;
		}
		// Unchanged news is not news: a student's screen hears only when its rules change.
		const { json, bytes } = encode(data);
		if (json === last) return false;
		last = json;
		heartbeatDue = false;
		send(bytes);
		return true;
	};
	const onChange = () => {
		throttle ??= setTimeout(() => {
			throttle = undefined;
			changeDue = true;
			flush();
		}, throttleMs);
	};
	const heartbeat = setInterval(() => {
		heartbeatDue = true;
		flush();
	}, heartbeatMs);
	// A server going down just closes: the browser's EventSource reconnects to the next one.
	const onShutdown = () => end(() => transport.close());
	const onAbort = () =>
		end(() => {
			transport.write(REPLACED);
			transport.close();
		});

	openStreams.add(onShutdown);
	changes.on(topic, onChange);
	signal?.addEventListener('abort', onAbort);
	if (signal?.aborted) onAbort();
	return {
		ready() {
			clientReady = true;
			clearTimeout(stall);
			stall = undefined;
			flush();
		},
		cancel: () => end(() => {})
	};
}

/** The stream as a web Response (SvelteKit's endpoints): a message is built when the client pulls. */
export function snapshotStream(options: SnapshotStreamOptions): Response {
	let stream: ReturnType<typeof runStream> | undefined;
	/** Resolves the client's outstanding read, when there is one. */
	let wake: (() => void) | undefined;
	const woken = () => {
		wake?.();
		wake = undefined;
	};
	const body = new ReadableStream<Uint8Array>(
		{
			start(controller) {
				stream = runStream(options, {
					write(bytes) {
						controller.enqueue(bytes);
						woken();
					},
					close() {
						controller.close();
						woken();
					},
					fail(reason) {
						controller.error(reason);
						woken();
					}
				});
			},
			pull() {
				return new Promise<void>((resolve) => {
					wake = resolve;
					stream!.ready();
				});
			},
			cancel() {
				stream!.cancel();
			}
		},
		// Nothing is read ahead: a message is built only when the client asks for one.
		{ highWaterMark: 0 }
	);
	return new Response(body, { headers: SSE_HEADERS });
}

/**
 * The stream written straight to a node:http response (node-endpoints.ts). The client can take the
 * next message once the last one left the process: when `write` says so, or on 'drain'.
 */
export function snapshotStreamTo(res: ServerResponse, options: SnapshotStreamOptions): void {
	res.writeHead(200, SSE_HEADERS);
	const stream = runStream(options, {
		write(bytes) {
			// (Called later, not now: the first write may come while the stream is being set up.)
			if (res.write(bytes)) queueMicrotask(() => stream.ready());
			else res.once('drain', () => stream.ready());
		},
		close() {
			res.end();
		},
		fail() {
			res.destroy();
		}
	});
	res.once('close', stream.cancel);
	stream.ready();
}
