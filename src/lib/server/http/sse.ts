// Server-Sent Events: a stream that sends a fresh snapshot whenever something changes, at most a few
// times a second, with a heartbeat so proxies keep the connection open.
//
// A stream is pulled, never pushed: nothing is queued while the client has not taken the last
// message, so a slow client gets the latest state when it reads again, not a backlog, and a client
// that stays blocked is dropped. A snapshot shared by many streams (one dashboard per change) is
// encoded once, and every stream sends the same bytes.
import type { EventEmitter } from 'node:events';

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

export function snapshotStream({
	changes,
	topic,
	snapshot,
	throttleMs = 250,
	heartbeatMs = 20_000,
	stallMs = 30_000,
	signal,
	onEnd
}: SnapshotStreamOptions): Response {
	let stop = () => {};
	let pullNext: () => Promise<void> = () => Promise.resolve();
	const body = new ReadableStream<Uint8Array>(
		{
			start(controller) {
				let changeDue = true;
				let heartbeatDue = false;
				let last = '';
				/** Resolves the client's outstanding read, when there is one. */
				let wake: (() => void) | undefined;
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
					wake?.();
					wake = undefined;
					onEnd?.();
				};
				const send = (bytes: Uint8Array) => {
					controller.enqueue(bytes);
					wake!();
					wake = undefined;
				};
				// Sends what is due if the client is reading; if not, it has stallMs to start again.
				const flush = (): void => {
					if (ended || building || (!changeDue && !heartbeatDue)) return;
					if (!wake) {
						stall ??= setTimeout(
							() => end(() => controller.error(new Error('The client is not reading.'))),
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
										end(() => controller.close());
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
						end(() => controller.close());
					}
				};
				/** Sends a snapshot if it is news, or ends the stream on undefined; whether it did either. */
				const deliver = (data: unknown): boolean => {
					if (data === undefined) {
						end(() => {
							controller.enqueue(GONE);
							controller.close();
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
				const onShutdown = () => end(() => controller.close());
				const onAbort = () =>
					end(() => {
						controller.enqueue(REPLACED);
						controller.close();
					});

				openStreams.add(onShutdown);
				changes.on(topic, onChange);
				signal?.addEventListener('abort', onAbort);
				if (signal?.aborted) onAbort();
				stop = () => end(() => {});
				pullNext = () =>
					new Promise<void>((resolve) => {
						wake = resolve;
						clearTimeout(stall);
						stall = undefined;
						flush();
					});
			},
			pull() {
				return pullNext();
			},
			cancel() {
				stop();
			}
		},
		// Nothing is read ahead: a message is built only when the client asks for one.
		{ highWaterMark: 0 }
	);
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
}
