import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { tempDatabase } from './test-db';
import { checkpointInBackground, type CheckpointReport } from './wal-checkpointer';

describe('background WAL checkpoints', () => {
	it('checkpoints writes from a worker while the connection itself never does', async () => {
		const { db, path } = tempDatabase();
		db.exec('CREATE TABLE notes (n INTEGER, text TEXT)');
		const reports: CheckpointReport[] = [];
		const checkpointer = checkpointInBackground(db, {
			intervalMs: 20,
			onReport: (report) => reports.push(report)
		});
		try {
			expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
			const insert = db.prepare('INSERT INTO notes VALUES (?, ?)');
			// Well past SQLite's inline threshold (1000 pages of 4 KB), one transaction per row.
			for (let n = 0; n < 2500; n++) insert.run(n, 'x'.repeat(2000));
			await expect
				.poll(() => reports.some((r) => r.checkpointed === r.log), { timeout: 5000 })
				.toBe(true);
			expect(statSync(path).size).toBeGreaterThan(2500 * 2000);
		} finally {
			await checkpointer.stop();
		}
		expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
		expect((db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(2500);
	});

	it('starts the WAL over under a steady stream of writes, so it stays bounded', async () => {
		const { db, path } = tempDatabase();
		db.exec('CREATE TABLE log (n INTEGER, text TEXT)');
		const reports: CheckpointReport[] = [];
		const checkpointer = checkpointInBackground(db, {
			intervalMs: 20,
			restartAfterPages: 400,
			onReport: (report) => reports.push(report)
		});
		const insert = db.prepare('INSERT INTO log VALUES (?, ?)');
		await checkpointer.ready;
		let largestWal = 0;
		try {
			// Writes never pause for long, like requests under load: a passive checkpoint alone
			// would never see the end of the WAL.
			for (let n = 0; n < 12_000; n++) {
				insert.run(n, 'y'.repeat(1500));
				if (n % 50 === 0) {
					largestWal = Math.max(largestWal, statSync(`${path}-wal`).size);
					await new Promise((resolve) => setImmediate(resolve));
				}
			}
		} finally {
			await checkpointer.stop();
		}
		expect(reports.some((r) => r.restarted)).toBe(true);
		// Without restarts the WAL would hold every page written: at least one per row.
		expect(largestWal).toBeLessThan(6000 * 4096);
		expect((db.prepare('SELECT count(*) AS n FROM log').get() as { n: number }).n).toBe(12_000);
	});

	it('has nothing to do for an in-memory database', async () => {
		const db = openDatabase(':memory:');
		const checkpointer = checkpointInBackground(db);
		await checkpointer.stop();
		expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
		db.close();
	});
});
