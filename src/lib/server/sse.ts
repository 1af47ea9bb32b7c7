// Server-Sent Events: a stream that sends a fresh snapshot whenever something changes, at most a few
// times a second, with a heartbeat so proxies keep the connection open.
import type { EventEmitter } from 'node:events';

export interface SnapshotStreamOptions {
	/** Where changes are announced, and under which event name. */
	changes: EventEmitter;
	topic: string;
	/** Builds what to send now; undefined ends the stream (the class was deleted, say). */
	snapshot: () => unknown;
	/** The longest a change waits before it is sent: bursts of answers become one update. */
	throttleMs?: number;
	heartbeatMs?: number;
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
	heartbeatMs = 20_000
}: SnapshotStreamOptions): Response {
	const encoder = new TextEncoder();
	let cleanup = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let timer: ReturnType<typeof setTimeout> | undefined;
			let last = '';
			const send = () => {
				timer = undefined;
				try {
					const data = snapshot();
					if (data === undefined) {
						controller.enqueue(encoder.encode('event: gone\ndata: {}\n\n'));
						cleanup();
						controller.close();
						return;
					}
					// Unchanged news is not news: a student's screen hears only when its rules change.
					const json = JSON.stringify(data);
					if (json === last) return;
					last = json;
					controller.enqueue(encoder.encode(`data: ${json}\n\n`));
				} catch {
					cleanup();
				}
			};
			const onChange = () => {
				timer ??= setTimeout(send, throttleMs);
			};
			const heartbeat = setInterval(() => {
				try {
					controller.enqueue(encoder.encode(': keep-alive\n\n'));
				} catch {
					cleanup();
				}
			}, heartbeatMs);
			const end = () => {
				cleanup();
				try {
					controller.close();
				} catch {
					// Already closed or cancelled.
				}
			};
			cleanup = () => {
				openStreams.delete(end);
				changes.off(topic, onChange);
				clearInterval(heartbeat);
				if (timer) clearTimeout(timer);
			};
			openStreams.add(end);
			changes.on(topic, onChange);
			send();
		},
		cancel() {
			cleanup();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-store',
			connection: 'keep-alive',
			'x-accel-buffering': 'no'
		}
	});
}
