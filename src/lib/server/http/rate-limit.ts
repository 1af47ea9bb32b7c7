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

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface CreationLimiter {
	/** Takes one token for the address, or says how long until the next one. */
	take(address: string, now?: number): Take;
}

/**
 * A token bucket per address: `limit` at once, refilled evenly over `windowMs`. Four numbers per
 * address, and at most `maxAddresses` of them (the least recently seen are forgotten first).
 */
export function createRateLimiter({
	limit,
	windowMs = 10 * 60 * 1000,
	maxAddresses = 10_000
}: {
	limit: number;
	windowMs?: number;
	maxAddresses?: number;
}): CreationLimiter {
	const buckets = new Map<string, { tokens: number; at: number }>();
	const perMs = limit / windowMs;
	return {
		take(address, now = Date.now()) {
			const bucket = buckets.get(address);
			const tokens = bucket ? Math.min(limit, bucket.tokens + (now - bucket.at) * perMs) : limit;
			buckets.delete(address);
			if (tokens < 1) {
				buckets.set(address, { tokens, at: now });
				return {
					ok: false,
					retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000))
				};
			}
			buckets.set(address, { tokens: tokens - 1, at: now });
			if (buckets.size > maxAddresses) buckets.delete(buckets.keys().next().value!);
			return { ok: true };
		}
	};
}

/** The one wording of every "too many from this address" refusal. */
export function tooManyMessage(what: string, retryAfterSeconds: number): string {
	const minutes = Math.ceil(retryAfterSeconds / 60);
	const wait = retryAfterSeconds < 60 ? 'a moment' : `${minutes} minute${minutes > 1 ? 's' : ''}`;
	return `Too many ${what} from this network. Wait ${wait}, then try again.`;
}
