import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { snapshotStream } from './sse';

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

describe('snapshotStream', () => {
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
		await new Promise((r) => setTimeout(r, 20));
		value = 2;
		changes.emit('c1');
		changes.emit('c1');
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

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('snapshotStream under load', () => {
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
			await tick(3);
		}
		value = 20;
		expect(decoder.decode((await reader.read()).value)).toBe('data: {"value":20}\n\n');
		const next = await Promise.race([reader.read(), tick(30).then(() => 'nothing')]);
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
		await tick(80);
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
