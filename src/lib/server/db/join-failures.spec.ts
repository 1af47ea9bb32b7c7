import { describe, expect, it } from 'vitest';
import { ENGINES, tempDatabase } from '../../../test-support/databases';
import { createDatabase, migrate } from './database';
import { createFailureLimiter } from './join-failures';

describe.each(ENGINES)('the failed-join limiter (%s)', (engine) => {
	const { db, url } = tempDatabase(engine);

	it('stops an address after too many failures, and lets it try again later', async () => {
		const limiter = createFailureLimiter(db, { maxFailures: 3, windowMs: 1000 });
		for (let t = 0; t < 3; t++) {
			expect(await limiter.allowed('1.2.3.4', t)).toBe(true);
			await limiter.fail('1.2.3.4', t);
		}
		expect(await limiter.allowed('1.2.3.4', 10)).toBe(false);
		expect(await limiter.allowed('5.6.7.8', 10)).toBe(true);
		expect(await limiter.allowed('1.2.3.4', 1001)).toBe(true);
	});

	it('never limits a whole class joining correctly from one address', async () => {
		const limiter = createFailureLimiter(db, { maxFailures: 3 });
		for (let pupil = 0; pupil < 50; pupil++) {
			expect(await limiter.allowed('school', pupil)).toBe(true);
		}
	});

	it('counts the failures made through another instance on the same database', async () => {
		const other = createDatabase(url);
		await migrate(other);
		try {
			const here = createFailureLimiter(db, { maxFailures: 2 });
			const there = createFailureLimiter(other, { maxFailures: 2 });
			await here.fail('9.9.9.9', 5_000);
			await there.fail('9.9.9.9', 5_001);
			expect(await here.allowed('9.9.9.9', 5_002)).toBe(false);
			expect(await there.allowed('9.9.9.9', 5_002)).toBe(false);
		} finally {
			await other.close();
		}
	});

	it('deletes the failures past the window, so the table stays one window deep', async () => {
		const limiter = createFailureLimiter(db, { maxFailures: 1, windowMs: 1000 });
		for (let i = 0; i < 200; i++) await limiter.fail(`10.0.0.${i}`, 100_000 + i);
		await limiter.fail('10.0.1.1', 500_000);
		const { rows } = await db.kysely
			.selectFrom('join_failures')
			.select((eb) => eb.fn.countAll<number>().as('rows'))
			.where('failed_at', '<=', 500_000 - 1000)
			.executeTakeFirstOrThrow();
		expect(Number(rows)).toBe(0);
		expect(await limiter.allowed('10.0.1.1', 500_001)).toBe(false);
	});
});
