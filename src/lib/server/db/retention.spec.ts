import { describe, expect, it, vi } from 'vitest';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import { purgeExpiredAttempts, schedulePurge } from './retention';
import { ENGINES, tempDatabase } from '../../../test-support/databases';

const DAY = 24 * 60 * 60 * 1000;

describe.each(ENGINES)('retention (%s)', (engine) => {
	const { db } = tempDatabase(engine);
	let clock = 0;
	const store = createAttemptStore(db, () => clock);

	it('deletes attempts older than the retention period, with their answers', async () => {
		clock = Date.UTC(2026, 0, 1);
		const old = await store.create({ id: 'pack', version: null }, 2);
		await store.record(old.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		clock += 100 * DAY;
		const recent = await store.create({ id: 'pack', version: null }, 2);
		await store.record(recent.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});

		expect(await purgeExpiredAttempts(store, 180, clock + 79 * DAY)).toBe(0);
		expect(await purgeExpiredAttempts(store, 180, clock + 81 * DAY)).toBe(1);
		expect(await store.get(old.key)).toBeUndefined();
		expect(await store.answers(old.key)).toEqual([]);
		expect(await db.kysely.selectFrom('answers').select('attempt_key').execute()).toHaveLength(1);
		expect(await store.get(recent.key)).toBeDefined();
	});

	it('deletes attempts never answered after a day, but not a class seat’s', async () => {
		clock = Date.UTC(2026, 6, 1);
		const idle = await store.create({ id: 'pack', version: null }, 2);
		const played = await store.create({ id: 'pack', version: null }, 2);
		await store.record(played.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		const classes = createClassStore(db, store, () => clock);
		const { row } = await classes.create({
			title: 'Waiting room',
			packId: 'pack',
			pacing: 'teacher',
			feedback: 'each',
			timeLimitMinutes: null,
			maxSeats: null,
			evidenceMode: 'bonus',
			packVersion: null
		});
		const seat = (await classes.join(row, 'Ana', 2, 100))!;
		const fresh = await store.create({ id: 'pack', version: null }, 2);
		clock += DAY + 1;
		const justNow = await store.create({ id: 'pack', version: null }, 2);

		expect(await purgeExpiredAttempts(store, 180, clock)).toBe(2);
		expect(await store.get(idle.key)).toBeUndefined();
		expect(await store.get(fresh.key)).toBeUndefined();
		expect(await store.get(played.key)).toBeDefined();
		expect(await store.get(justNow.key)).toBeDefined();
		expect(await store.get(seat.attemptKey)).toBeDefined();
		expect(await classes.seat(seat.seatKey)).toBeDefined();
	});

	it('runs at once and then daily, and survives a failure', async () => {
		vi.useFakeTimers();
		try {
			const run = vi
				.fn()
				.mockReturnValueOnce(2)
				.mockImplementationOnce(() => {
					throw new Error('disk full');
				});
			const log = vi.fn();
			const stop = schedulePurge(run, log);
			expect(run).toHaveBeenCalledTimes(1);
			await vi.advanceTimersByTimeAsync(0);
			expect(log).toHaveBeenCalledWith('Retention: deleted 2 expired attempt(s) or class(es).');
			await vi.advanceTimersByTimeAsync(DAY);
			expect(run).toHaveBeenCalledTimes(2);
			expect(log.mock.lastCall?.[0]).toContain('disk full');
			stop();
			vi.advanceTimersByTime(DAY);
			expect(run).toHaveBeenCalledTimes(2);
		} finally {
			vi.useRealTimers();
		}
	});
});
