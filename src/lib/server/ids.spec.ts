import { describe, expect, it } from 'vitest';
import { ATTEMPT_KEY_PATTERN, newAttemptKey, newPublicId, PUBLIC_ID_PATTERN } from './ids';

describe('ids', () => {
	it('are long enough to carry at least 128 random bits', () => {
		// base64url carries 6 bits a character.
		expect(newPublicId()).toMatch(PUBLIC_ID_PATTERN);
		expect(newPublicId().length * 6).toBeGreaterThanOrEqual(128);
		expect(newAttemptKey()).toMatch(ATTEMPT_KEY_PATTERN);
		expect(newAttemptKey().length * 6).toBeGreaterThanOrEqual(192);
	});

	it('do not repeat and do not count up', () => {
		const ids = Array.from({ length: 5000 }, newPublicId);
		expect(new Set(ids).size).toBe(ids.length);
		const sorted = [...ids].sort();
		expect(sorted).not.toEqual(ids);
	});

	it('use every base64url character about evenly', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 4000; i++) {
			for (const c of newPublicId()) counts.set(c, (counts.get(c) ?? 0) + 1);
		}
		expect(counts.size).toBe(64);
		const expected = (4000 * 24) / 64;
		for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2);
	});
});
