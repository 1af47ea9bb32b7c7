// Limits failed attempts per client address (code guessing) without slowing a class that joins right.

export interface RateLimiter {
	/** True while the address may try again. */
	allowed(address: string, now?: number): boolean;
	/** Counts one failure for the address. */
	fail(address: string, now?: number): void;
}

/**
 * A sliding window of failures per address. Successes are never counted, so thirty pupils behind one
 * school address who type the right code all get in; a guesser is stopped after `maxFailures`.
 */
export function createFailureLimiter({
	maxFailures = 20,
	windowMs = 10 * 60 * 1000,
	maxAddresses = 10_000
} = {}): RateLimiter {
	const failures = new Map<string, number[]>();
	const recent = (address: string, now: number) =>
		(failures.get(address) ?? []).filter((t) => now - t < windowMs);
	return {
		allowed(address, now = Date.now()) {
			return recent(address, now).length < maxFailures;
		},
		fail(address, now = Date.now()) {
			const times = [...recent(address, now), now];
			failures.delete(address);
			failures.set(address, times);
			// Forget the oldest addresses first: memory stays bounded under a flood of addresses.
			if (failures.size > maxAddresses) failures.delete(failures.keys().next().value!);
		}
	};
}
