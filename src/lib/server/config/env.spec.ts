import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

describe('readEnv', () => {
	it('has safe defaults', () => {
		const env = readEnv({});
		expect(env.DATABASE_URL).toBe('./data/source-check.db');
		expect(env.MAX_BODY_BYTES).toBe(4096);
		expect(env.ATTEMPT_RETENTION_DAYS).toBe(180);
		expect(env).toMatchObject({
			ATTEMPTS_PER_10_MIN: 600,
			CLASSES_PER_10_MIN: 60,
			JOINS_PER_10_MIN: 600,
			MAX_SEATS_PER_CLASS: 10_000,
			XFF_DEPTH: 1
		});
	});

	it('accepts sqlite: and file: URLs for the database', () => {
		expect(readEnv({ DATABASE_URL: 'file:/tmp/x.db' }).DATABASE_URL).toBe('/tmp/x.db');
		expect(readEnv({ DATABASE_URL: 'sqlite:///tmp/x.db' }).DATABASE_URL).toBe('/tmp/x.db');
	});

	it('names the bad setting', () => {
		expect(() => readEnv({ MAX_BODY_BYTES: 'lots' })).toThrow(/MAX_BODY_BYTES/);
		expect(() => readEnv({ ATTEMPT_RETENTION_DAYS: '0' })).toThrow(/ATTEMPT_RETENTION_DAYS/);
		expect(() => readEnv({ JOINS_PER_10_MIN: '0' })).toThrow(/JOINS_PER_10_MIN/);
		expect(() => readEnv({ MAX_SEATS_PER_CLASS: 'many' })).toThrow(/MAX_SEATS_PER_CLASS/);
	});
});
