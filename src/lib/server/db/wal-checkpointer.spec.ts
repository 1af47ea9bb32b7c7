import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { tempDatabase } from '../../../test-support/databases';
import { checkpointInBackground, type CheckpointReport } from './wal-checkpointer';

describe('background WAL checkpoints', () => {
	it('checkpoints writes from a worker while the connection itself never does', async () => {
		const { db, path } = tempDatabase();
		db.sqlite!.exec('CREATE TABLE notes (n INTEGER, text TEXT)');
		const reports: CheckpointReport[] = [];
		const checkpointer = checkpointInBackground(db.sqlite!, {
			intervalMs: 20,
			onReport: (report) => reports.push(report)
		});
		try {
			expect(db.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
			const insert = db.sqlite!.prepare('INSERT INTO notes VALUES (?, ?)');
			// Well past SQLite's inline threshold (1000 pages of 4 KB), one transaction per row.
			for (let n = 0; n < 2500; n++) insert.run(n, 'x'.repeat(2000));
			// (A report made while the rows were going in may have copied only some of them.)
			await expect
				.poll(
					() => reports.some((r) => r.checkpointed === r.log) && statSync(path).size > 2500 * 2000,
					{ timeout: 5000 }
				)
				.toBe(true);
		} finally {
			await checkpointer.stop();
		}
		expect(db.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
		expect((db.sqlite!.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(
			2500
		);
	});

	it('starts a WAL that grew past its limit over', async () => {
		const { db } = tempDatabase();
		db.sqlite!.exec('CREATE TABLE log (n INTEGER, text TEXT)');
		const reports: CheckpointReport[] = [];
		const checkpointer = checkpointInBackground(db.sqlite!, {
			intervalMs: 20,
			restartAfterPages: 400,
			onReport: (report) => reports.push(report)
		});
		const insert = db.sqlite!.prepare('INSERT INTO log VALUES (?, ?)');
		try {
			await checkpointer.ready;
			db.sqlite!.transaction(() => {
				for (let n = 0; n < 2000; n++) insert.run(n, 'y'.repeat(1500));
			})();
			await expect.poll(() => reports.some((r) => r.restarted), { timeout: 5000 }).toBe(true);
			const restartedAt = reports.length;
			// The next write goes to the start of the WAL: the next report counts only its pages.
			insert.run(-1, 'after the restart');
			await expect.poll(() => reports.length > restartedAt, { timeout: 5000 }).toBe(true);
			expect(reports.at(-1)!.log).toBeLessThan(10);
		} finally {
			await checkpointer.stop();
		}
		expect((db.sqlite!.prepare('SELECT count(*) AS n FROM log').get() as { n: number }).n).toBe(
			2001
		);
	});

	// Cutting a big WAL file back stalls the thread that writes next: a restart writes over the file
	// from its start, and only a WAL past four times the restart threshold is cut back (to that).
	it('cuts the WAL file back only when it grew past four times the restart threshold', async () => {
		const walSize = async (restartAfterPages: number, rows: number) => {
			const { db, path } = tempDatabase();
			db.sqlite!.exec('CREATE TABLE log (n INTEGER, text TEXT)');
			const reports: CheckpointReport[] = [];
			const checkpointer = checkpointInBackground(db.sqlite!, {
				intervalMs: 20,
				restartAfterPages,
				onReport: (report) => reports.push(report)
			});
			const insert = db.sqlite!.prepare('INSERT INTO log VALUES (?, ?)');
			try {
				await checkpointer.ready;
				db.sqlite!.transaction(() => {
					for (let n = 0; n < rows; n++) insert.run(n, 'z'.repeat(1500));
				})();
				await expect.poll(() => reports.some((r) => r.restarted), { timeout: 5000 }).toBe(true);
				// The write after a restart starts the WAL over, and cuts it back if it is to be.
				insert.run(-1, 'after the restart');
				return statSync(`${path}-wal`).size;
			} finally {
				await checkpointer.stop();
			}
		};
		const page = 4096;
		// About 800 pages of rows: past a threshold of 400, but under four times it.
		expect(await walSize(400, 2000)).toBeGreaterThan(700 * page);
		// The same past a threshold of 100: cut back to 400 pages.
		expect(await walSize(100, 2000)).toBeLessThanOrEqual(400 * page);
	});

	// A server whose app was never closed (stopped some other way) must still exit once its listener
	// has closed; while stop() waits for the worker, though, the process must wait too, or it could
	// exit before the database is closed and the WAL checkpointed into it.
	it('keeps the process alive only while it is stopping', async () => {
		const { db } = tempDatabase();
		// A worker that holds the process open shows up as a referenced MessagePort (its channel).
		const held = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
		const before = held();
		const checkpointer = checkpointInBackground(db.sqlite!, { intervalMs: 20 });
		await checkpointer.ready;
		expect(held(), 'running').toBe(before);
		const stopping = checkpointer.stop();
		expect(held(), 'stopping').toBe(before + 1);
		await stopping;
		expect(held(), 'stopped').toBe(before);
	});

	it('has nothing to do for an in-memory database', async () => {
		const db = await openDatabase(':memory:');
		const checkpointer = checkpointInBackground(db.sqlite!);
		await checkpointer.stop();
		expect(db.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
		await db.close();
	});
});
