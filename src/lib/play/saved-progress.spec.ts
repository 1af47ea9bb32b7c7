import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSavedProgress } from './saved-progress';

const key = 'k'.repeat(32);

describe('readSavedProgress', () => {
	it('reads progress saved for this attempt', () => {
		const raw = JSON.stringify({ attemptKey: key, index: 4, pending: 'russell' });
		expect(readSavedProgress(raw, key)).toEqual({ attemptKey: key, index: 4, pending: 'russell' });
	});

	it('ignores progress saved for another attempt', () => {
		const raw = JSON.stringify({ attemptKey: 'other', index: 4, pending: null });
		expect(readSavedProgress(raw, key)).toBeUndefined();
	});

	it('ignores anything malformed without throwing', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (raw) => {
				const saved = readSavedProgress(raw, key);
				expect(saved === undefined || saved.attemptKey === key).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
