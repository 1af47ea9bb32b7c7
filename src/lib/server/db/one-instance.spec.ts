import { describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase } from '../../../test-support/databases';
import { createDatabase, migrate } from './database';
import { inOneInstance } from './one-instance';

describe('work for one instance at a time', () => {
	it('runs on one of two instances while the other skips its turn (PostgreSQL)', async () => {
		const { db, url } = await freshDatabase('postgres');
		const other = createDatabase(url);
		await migrate(other);
		try {
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			const ran: string[] = [];
			const first = inOneInstance(db, 'retention', async () => {
				ran.push('first');
				await held;
				return 1;
			});
			// While the first holds the lock, the other instance does not run the work.
			await expect.poll(() => ran).toEqual(['first']);
			expect(await inOneInstance(other, 'retention', async () => ran.push('second'))).toBe(
				undefined
			);
			release();
			expect(await first).toBe(1);
			// Released: the next turn, on either, runs.
			expect(await inOneInstance(other, 'retention', async () => 2)).toBe(2);
			expect(ran).toEqual(['first']);
		} finally {
			await other.close();
		}
	});

	it.each(ENGINES)('runs the work and hands back its result (%s)', async (engine) => {
		const { db } = await freshDatabase(engine);
		expect(await inOneInstance(db, 'retention', async () => 'done')).toBe('done');
	});
});
