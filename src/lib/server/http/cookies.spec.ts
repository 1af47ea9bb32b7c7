import { describe, expect, it } from 'vitest';
import { attemptKeys, MAX_REMEMBERED_ATTEMPTS, withAttemptKey } from './cookies';

const key = (c: string) => c.repeat(32);

describe('the attempt cookie: the latest rounds, one key each, newest first', () => {
	it('puts a new key first and keeps the ones before it', () => {
		const one = withAttemptKey(undefined, key('a'));
		expect(attemptKeys(one)).toEqual([key('a')]);
		const two = withAttemptKey(one, key('b'));
		expect(attemptKeys(two)).toEqual([key('b'), key('a')]);
		// The same key again moves to the front, once.
		expect(attemptKeys(withAttemptKey(two, key('a')))).toEqual([key('a'), key('b')]);
	});

	it(`keeps at most ${MAX_REMEMBERED_ATTEMPTS}, dropping the oldest`, () => {
		let value: string | undefined;
		for (const c of 'abcdefg') value = withAttemptKey(value, key(c));
		expect(attemptKeys(value)).toEqual(['g', 'f', 'e', 'd', 'c'].map(key));
	});

	it('reads a cookie from before (one key) and ignores anything that is not a key', () => {
		expect(attemptKeys(key('z'))).toEqual([key('z')]);
		expect(attemptKeys(`${key('z')}.nonsense.${'x'.repeat(33)}..${key('y')}`)).toEqual([
			key('z'),
			key('y')
		]);
		expect(attemptKeys('')).toEqual([]);
		expect(attemptKeys(`${key('q')}.`.repeat(100))).toEqual([key('q')]);
	});
});
