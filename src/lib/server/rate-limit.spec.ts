import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('the creation limiter (token bucket)', () => {
	it('allows a burst up to the limit, then refills evenly over the window', () => {
		const limiter = createRateLimiter({ limit: 600, windowMs: 600_000 });
		for (let i = 0; i < 600; i++) expect(limiter.take('school', 0).ok).toBe(true);
		expect(limiter.take('school', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
		expect(limiter.take('elsewhere', 0).ok).toBe(true);
		// One token a second comes back.
		expect(limiter.take('school', 1000).ok).toBe(true);
		expect(limiter.take('school', 1000).ok).toBe(false);
	});

	it('says how long to wait', () => {
		const limiter = createRateLimiter({ limit: 6, windowMs: 60_000 });
		for (let i = 0; i < 6; i++) limiter.take('a', 0);
		expect(limiter.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 10 });
	});

	it('keeps memory bounded under a flood of addresses', () => {
		const limiter = createRateLimiter({ limit: 1, maxAddresses: 100 });
		for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, 0);
		expect(limiter.take('10.0.0.0', 1).ok).toBe(true);
		expect(limiter.take('10.0.3.231', 1).ok).toBe(false);
	});
});
