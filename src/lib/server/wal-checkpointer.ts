// Moves SQLite's WAL checkpoints off the thread that answers requests. A checkpoint copies the WAL
// back into the database file and fsyncs it; done inline (SQLite's default, every ~4 MB of WAL) it
// stalls whichever request triggers it for tens of milliseconds. Here a worker thread with its own
// connection checkpoints every second and the request connection never does. If the worker fails,
// the connection goes back to checkpointing itself, so the WAL never grows without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';

/** SQLite's own default: checkpoint when the WAL reaches this many pages. */
const INLINE_CHECKPOINT_PAGES = 1000;

/** What one background checkpoint did, as SQLite reports it (all in pages). */
export interface CheckpointReport {
	busy: number;
	log: number;
	checkpointed: number;
}

export interface Checkpointer {
	/** Stops the worker; the connection checkpoints inline again. */
	stop(): Promise<void>;
}

// CommonJS source for the worker (eval: true keeps the build free of a second entry point).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
	const [report] = db.pragma('wal_checkpoint(PASSIVE)');
	if (report.log > 0) parentPort.postMessage(report);
}, workerData.intervalMs);
parentPort.on('message', () => {
	clearInterval(timer);
	db.close();
	parentPort.close();
});
`;

export function checkpointInBackground(
	db: Db,
	options: { intervalMs?: number; onReport?: (report: CheckpointReport) => void } = {}
): Checkpointer {
	if (db.memory) return { stop: async () => {} };
	const inline = () => db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			driver: createRequire(import.meta.url).resolve('better-sqlite3'),
			path: db.name,
			intervalMs: options.intervalMs ?? 1000
		}
	});
	db.pragma('wal_autocheckpoint = 0');
	worker.unref();
	worker.on('message', (report: CheckpointReport) => options.onReport?.(report));
	worker.on('error', (error) => {
		console.error('Background WAL checkpoints stopped; checkpointing inline instead.', error);
		if (db.open) inline();
	});
	const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
	return {
		async stop() {
			worker.postMessage('stop');
			await exited;
			if (db.open) inline();
		}
	};
}
