import { describe, expect, it } from 'vitest';
import { readEnv, servesHttps } from './env';

describe('readEnv', () => {
	it('has safe defaults', () => {
		const env = readEnv({});
		expect(env.DATABASE_URL).toBe('./data/source-check.db');
		expect(env.MAX_BODY_BYTES).toBe(4096);
		expect(servesHttps(env)).toBe(false);
	});

	it('accepts sqlite: and file: URLs for the database', () => {
		expect(readEnv({ DATABASE_URL: 'file:/tmp/x.db' }).DATABASE_URL).toBe('/tmp/x.db');
		expect(readEnv({ DATABASE_URL: 'sqlite:///tmp/x.db' }).DATABASE_URL).toBe('/tmp/x.db');
	});

	it('marks cookies secure only behind https', () => {
		expect(servesHttps(readEnv({ ORIGIN: 'https://quiz.example' }))).toBe(true);
	});

	it('names the bad setting', () => {
		expect(() => readEnv({ MAX_BODY_BYTES: 'lots' })).toThrow(/MAX_BODY_BYTES/);
		expect(() => readEnv({ ORIGIN: 'ftp://x' })).toThrow(/ORIGIN/);
	});
});
