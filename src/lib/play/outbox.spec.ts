import { describe, expect, it } from 'vitest';
import { OfflineError } from './api';
import { createOutbox } from './outbox';

function memoryStorage() {
	const items = new Map<string, string>();
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

const request = (questionId: string) => ({
	attemptKey: 'seat',
	questionId,
	answer: 'russell',
	cited: ['p1s1']
});

describe('the offline outbox', () => {
	it('keeps answers across a reload and sends them in order when back online', async () => {
		const storage = memoryStorage();
		let online = false;
		const sent: string[] = [];
		const send = async (r: { questionId: string }) => {
			if (!online) throw new OfflineError();
			sent.push(r.questionId);
		};
		const outbox = createOutbox(storage, 'k', send);
		outbox.add(request('q01'));
		outbox.add(request('q02'));
		await outbox.flush();
		expect(sent).toEqual([]);

		const afterReload = createOutbox(storage, 'k', send);
		expect(afterReload.size).toBe(2);
		online = true;
		await afterReload.flush();
		expect(sent).toEqual(['q01', 'q02']);
		expect(createOutbox(storage, 'k', send).size).toBe(0);
	});

	it('drops an answer the server refuses, so the rest still go', async () => {
		const sent: string[] = [];
		const outbox = createOutbox(memoryStorage(), 'k', async (r) => {
			if (r.questionId === 'q01') throw new Error('closed');
			sent.push(r.questionId);
		});
		outbox.add(request('q01'));
		outbox.add(request('q02'));
		await outbox.flush();
		expect(sent).toEqual(['q02']);
		expect(outbox.size).toBe(0);
	});

	it('still sends answers kept after it was flushed empty (as the page does on opening)', async () => {
		const sent: string[] = [];
		const outbox = createOutbox(memoryStorage(), 'k', async (r) => {
			sent.push(r.questionId);
		});
		await outbox.flush();
		outbox.add(request('q01'));
		await outbox.flush();
		expect(sent).toEqual(['q01']);
		expect(outbox.size).toBe(0);
	});

	it('ignores saved data it cannot read', () => {
		const storage = memoryStorage();
		storage.setItem('k', '{not json');
		expect(createOutbox(storage, 'k', async () => {}).size).toBe(0);
		storage.setItem('k', JSON.stringify([{ questionId: 1 }]));
		expect(createOutbox(storage, 'k', async () => {}).size).toBe(0);
	});
});
