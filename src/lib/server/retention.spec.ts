import { describe, expect, it, vi } from 'vitest';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import { purgeExpiredAttempts, schedulePurge } from './retention';
import { tempDatabase } from './test-db';

const DAY = 24 * 60 * 60 * 1000;

describe('retention (real SQLite file)', () => {
	const { db } = tempDatabase();
	let clock = 0;
	const store = createAttemptStore(db, () => clock);

	it('deletes attempts older than the retention period, with their answers', () => {
		clock = Date.UTC(2026, 0, 1);
		const old = store.create({ id: 'pack', version: null }, 2);
		store.record(old.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		clock += 100 * DAY;
		const recent = store.create({ id: 'pack', version: null }, 2);
		store.record(recent.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});

		expect(purgeExpiredAttempts(store, 180, clock + 79 * DAY)).toBe(0);
		expect(purgeExpiredAttempts(store, 180, clock + 81 * DAY)).toBe(1);
		expect(store.get(old.key)).toBeUndefined();
		expect(store.answers(old.key)).toEqual([]);
		expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 1 });
		expect(store.get(recent.key)).toBeDefined();
	});

	it('deletes attempts never answered after a day, but not a class seat’s', () => {
		clock = Date.UTC(2026, 6, 1);
		const idle = store.create({ id: 'pack', version: null }, 2);
		const played = store.create({ id: 'pack', version: null }, 2);
		store.record(played.key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		const classes = createClassStore(db, store, () => clock);
		const { row } = classes.create({
			title: 'Waiting room',
			packId: 'pack',
			pacing: 'teacher',
			feedback: 'each',
			timeLimitMinutes: null,
			maxSeats: null,
			evidenceMode: 'bonus',
			packVersion: null
		});
		const seat = classes.join(row, 'Ana', 2, 100)!;
		const fresh = store.create({ id: 'pack', version: null }, 2);
		clock += DAY + 1;
		const justNow = store.create({ id: 'pack', version: null }, 2);

		expect(purgeExpiredAttempts(store, 180, clock)).toBe(2);
		expect(store.get(idle.key)).toBeUndefined();
		expect(store.get(fresh.key)).toBeUndefined();
		expect(store.get(played.key)).toBeDefined();
		expect(store.get(justNow.key)).toBeDefined();
		expect(store.get(seat.attemptKey)).toBeDefined();
		expect(classes.seat(seat.seatKey)).toBeDefined();
	});

	it('runs at once and then daily, and survives a failure', () => {
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
			expect(log).toHaveBeenCalledWith('Retention: deleted 2 expired attempt(s) or class(es).');
			vi.advanceTimersByTime(DAY);
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
