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
