import { EventEmitter, once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotStream, snapshotStreamTo, type SnapshotStreamOptions } from './sse';
import { loopbackServer } from '../../../test-support/loopback-server';

async function readSome(response: Response, count: number): Promise<string[]> {
	const reader = response.body!.getReader();
	const decoder = new TextDecoder();
	const messages: string[] = [];
	while (messages.length < count) {
		const { done, value } = await reader.read();
		if (done) break;
		messages.push(...decoder.decode(value).split('\n\n').filter(Boolean));
	}
	await reader.cancel();
	return messages;
}

// The web stream is timers and promises only: its throttles and stall limits run on fake time.
/** Lets `ms` of fake time pass, running every timer due and the promises they settle. */
const advance = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('snapshotStream', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('sends a snapshot at once and again after each burst of changes, skipping repeats', async () => {
		const changes = new EventEmitter();
		let value = 1;
		const response = snapshotStream({
			changes,
			topic: 'c1',
			snapshot: () => ({ value }),
			throttleMs: 5
		});
		expect(response.headers.get('content-type')).toContain('text/event-stream');
		const reading = readSome(response, 2);
		changes.emit('c1'); // nothing changed: no message
		await advance(20);
		value = 2;
		changes.emit('c1');
		changes.emit('c1');
		await advance(5);
		expect(await reading).toEqual(['data: {"value":1}', 'data: {"value":2}']);
		expect(changes.listenerCount('c1')).toBe(0);
	});

	it('ends the stream when there is nothing left to show', async () => {
		const changes = new EventEmitter();
		const response = snapshotStream({ changes, topic: 'c2', snapshot: () => undefined });
		expect(await readSome(response, 5)).toEqual(['event: gone\ndata: {}']);
		expect(changes.listenerCount('c2')).toBe(0);
	});
});

// Real time below: the node:http streams go through a real socket, whose I/O fake timers do not drive.
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('snapshotStream under load', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('encodes a shared snapshot once: every stream of the topic gets the same bytes', async () => {
		const changes = new EventEmitter();
		const shared = { value: 'x'.repeat(1000) };
		const open = () =>
			snapshotStream({ changes, topic: 's', snapshot: () => shared }).body!.getReader();
		const a = open();
		const b = open();
		const [first, second] = await Promise.all([a.read(), b.read()]);
		expect(first.value).toBe(second.value);
		await Promise.all([a.cancel(), b.cancel()]);
	});

	it('keeps no backlog for a stream that does not read: it gets the latest state', async () => {
		const changes = new EventEmitter();
		let value = 0;
		const reader = snapshotStream({
			changes,
			topic: 'slow',
			snapshot: () => ({ value }),
			throttleMs: 1
		}).body!.getReader();
		const decoder = new TextDecoder();
		expect(decoder.decode((await reader.read()).value)).toBe('data: {"value":0}\n\n');
		for (value = 1; value <= 20; value++) {
			changes.emit('slow');
			await advance(3);
		}
		value = 20;
		expect(decoder.decode((await reader.read()).value)).toBe('data: {"value":20}\n\n');
		const next = await Promise.race([reader.read(), advance(30).then(() => 'nothing')]);
		expect(next).toBe('nothing');
		await reader.cancel();
	});

	it('drops a stream that stays blocked', async () => {
		const changes = new EventEmitter();
		let value = 0;
		const reader = snapshotStream({
			changes,
			topic: 'stuck',
			snapshot: () => ({ value }),
			throttleMs: 1,
			stallMs: 30
		}).body!.getReader();
		await reader.read();
		value = 1;
		changes.emit('stuck');
		await advance(80);
		expect(changes.listenerCount('stuck')).toBe(0);
		await expect(reader.read()).rejects.toThrow(/not reading/);
	});

	it('ends the stream when its signal aborts', async () => {
		const changes = new EventEmitter();
		const controller = new AbortController();
		const reader = snapshotStream({
			changes,
			topic: 'ended',
			snapshot: () => ({ value: 1 }),
			signal: controller.signal
		}).body!.getReader();
		await reader.read();
		controller.abort();
		expect(new TextDecoder().decode((await reader.read()).value)).toBe(
			'event: replaced\ndata: {}\n\n'
		);
		expect((await reader.read()).done).toBe(true);
		expect(changes.listenerCount('ended')).toBe(0);
	});
});

// The same stream written straight to a node:http response (node-routes.ts), read by a real client.
describe('snapshotStreamTo (node:http)', () => {
	let options: SnapshotStreamOptions | undefined;
	let response: ServerResponse | undefined;
	const server = loopbackServer((_req, res) => {
		response = res;
		snapshotStreamTo(res, options!);
	});

	/** Opens a stream and reads it to its end, or until `count` messages came (then leaves). */
	async function read(count = Infinity) {
		const controller = new AbortController();
		const res = await fetch(server.origin(), { signal: controller.signal });
		const reader = res.body!.getReader();
		const decoder = new TextDecoder();
		const messages: string[] = [];
		let text = '';
		while (messages.length < count) {
			const { done, value } = await reader.read();
			if (done) break;
			text += decoder.decode(value);
			const parts = text.split('\n\n');
			text = parts.pop()!;
			messages.push(...parts);
		}
		controller.abort();
		return { res, messages };
	}

	it('sends a snapshot at once and again after each burst of changes, skipping repeats', async () => {
		const changes = new EventEmitter();
		let value = 1;
		let ended = 0;
		options = {
			changes,
			topic: 'n1',
			snapshot: () => ({ value }),
			throttleMs: 5,
			onEnd: () => ended++
		};
		const reading = read(2);
		await tick(20);
		changes.emit('n1'); // nothing changed: no message
		await tick(20);
		value = 2;
		changes.emit('n1');
		changes.emit('n1');
		const { res, messages } = await reading;
		expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		expect(res.headers.get('x-accel-buffering')).toBe('no');
		expect(messages).toEqual(['data: {"value":1}', 'data: {"value":2}']);
		// The client left: the stream stops listening, once.
		await vi.waitFor(() => expect(changes.listenerCount('n1')).toBe(0));
		expect(ended).toBe(1);
	});

	it('ends the response when there is nothing left to show, or a newer stream took its place', async () => {
		const changes = new EventEmitter();
		options = { changes, topic: 'n2', snapshot: () => undefined };
		expect((await read()).messages).toEqual(['event: gone\ndata: {}']);
		const replaced = new AbortController();
		options = { changes, topic: 'n2', snapshot: () => ({ value: 1 }), signal: replaced.signal };
		const reading = read();
		await tick(20);
		replaced.abort();
		expect((await reading).messages).toEqual(['data: {"value":1}', 'event: replaced\ndata: {}']);
		expect(changes.listenerCount('n2')).toBe(0);
	});

	it('drops a client that stops reading, with nothing piled up in the process meanwhile', async () => {
		const changes = new EventEmitter();
		let value = 0;
		let ended = false;
		/** The most bytes the process held for this client at once. */
		let held = 0;
		// Big snapshots fill the socket's buffers at once; the client then never reads.
		options = {
			changes,
			topic: 'n3',
			snapshot: () => ({ value, padding: 'x'.repeat(1 << 20) }),
			throttleMs: 1,
			stallMs: 200,
			onEnd: () => (ended = true)
		};
		const socket = connect(Number(new URL(server.origin()).port), '127.0.0.1');
		socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n');
		socket.pause();
		await once(socket, 'connect');
		for (value = 1; value <= 20 && !ended; value++) {
			changes.emit('n3');
			await tick(5);
			held = Math.max(held, response?.writableLength ?? 0);
		}
		await vi.waitFor(() => expect(ended).toBe(true), { timeout: 2000 });
		// At most the one message the client stopped in: not one for every change.
		expect(held).toBeGreaterThan(0);
		expect(held).toBeLessThan(2 << 20);
		expect(changes.listenerCount('n3')).toBe(0);
		socket.destroy();
	});
});
