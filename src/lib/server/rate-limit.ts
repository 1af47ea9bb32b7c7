// Per-address caps on creating things, in this process's memory: each instance protects itself
// (with N instances behind a proxy an address gets up to N times the cap). Wrong join codes, which
// guard the classes, are counted in the database instead (db/join-failures.ts).

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
