// Wrong join codes counted per network address in the database, not in one process's memory: a
// guesser gets the same few tries whichever instance answers, and a restart does not reset them.
// Successes are never counted, so thirty pupils behind one school address who type the right code
// all get in. Rows older than the window are deleted as new ones come, so the table holds at most
// one window's failures (and those are bounded by the per-address cap on joins).
import type { Db } from './database';

/** Limits failed attempts per client address (code guessing). */
export interface FailureLimiter {
	/** True while the address may try again. */
	allowed(address: string, now?: number): Promise<boolean>;
	/** Counts one failure for the address. */
	fail(address: string, now?: number): Promise<void>;
}

/** Old rows are swept at most this often (each sweep is one indexed DELETE). */
const SWEEP_EVERY_MS = 60_000;

export function createFailureLimiter(
	db: Db,
	{ maxFailures = 20, windowMs = 10 * 60 * 1000 } = {}
): FailureLimiter {
	const { kysely } = db;
	let sweptAt = 0;
	return {
		async allowed(address, now = Date.now()) {
			const { failures } = await kysely
				.selectFrom('join_failures')
				.select((eb) => eb.fn.countAll<number>().as('failures'))
				.where('address', '=', address)
				.where('failed_at', '>', now - windowMs)
				.executeTakeFirstOrThrow();
			return Number(failures) < maxFailures;
		},
		async fail(address, now = Date.now()) {
			await kysely.insertInto('join_failures').values({ address, failed_at: now }).execute();
			if (now - sweptAt < SWEEP_EVERY_MS) return;
			sweptAt = now;
			await kysely
				.deleteFrom('join_failures')
				.where('failed_at', '<=', now - windowMs)
				.execute();
		}
	};
}
