import { describe, expect, it } from 'vitest';
import { isJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from './join-code';

describe('join codes', () => {
	it('are six characters with no look-alikes', () => {
		expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
		for (let i = 0; i < 500; i++) expect(isJoinCode(newJoinCode())).toBe(true);
	});

	it('use every character of the alphabet about evenly', () => {
		const counts = new Map<string, number>();
		for (let i = 0; i < 5000; i++)
			for (const c of newJoinCode()) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
		const expected = (5000 * 6) / JOIN_CODE_ALPHABET.length;
		for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
	});

	it('skip biased random bytes instead of folding them', () => {
		let call = 0;
		// 255 is above the largest multiple of 31 below 256, so it must be skipped.
		const random = (bytes: Uint8Array) => bytes.fill(call++ === 0 ? 255 : 0);
		expect(newJoinCode(random)).toBe('AAAAAA');
	});

	it('accept what a student types, whatever the case or spacing', () => {
		expect(normaliseJoinCode(' abc-23x ')).toBe('ABC23X');
		expect(isJoinCode(normaliseJoinCode('abc 234'))).toBe(true);
		expect(isJoinCode('ABC10O')).toBe(false);
		expect(isJoinCode('ABC23')).toBe(false);
	});
});
