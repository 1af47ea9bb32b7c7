// Moves SQLite's WAL checkpoints off the thread that answers requests. A checkpoint copies the WAL
// back into the database file and fsyncs it; done inline (SQLite's default, every ~4 MB of WAL) it
// stalls whichever request triggers it for tens of milliseconds. Here a worker thread with its own
// connection checkpoints every second ("passive": it never blocks a write) and the request
// connection never does. A passive checkpoint cannot finish while writes keep coming, and the WAL
// only starts over once one has, so under sustained load the worker, when the WAL passes
// `restartAfterPages`, catches up with a few passive rounds and then restarts the WAL, holding
// writes back only while it copies the last few pages. If the worker fails, the connection goes
// back to checkpointing itself, so the WAL never grows without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';

/** SQLite's own default: checkpoint when the WAL reaches this many pages. */
const INLINE_CHECKPOINT_PAGES = 1000;

/** What one background checkpoint did, as SQLite reports it (pages), and whether the WAL restarted. */
export interface CheckpointReport {
	busy: number;
	log: number;
	checkpointed: number;
	restarted: boolean;
}

export interface Checkpointer {
	/** Settles once the worker has opened the database (or failed to). */
	ready: Promise<void>;
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
parentPort.postMessage('ready');
const checkpoint = (mode) => db.pragma('wal_checkpoint(' + mode + ')')[0];
const timer = setInterval(() => {
	let report = checkpoint('PASSIVE');
	let restarted = false;
	if (report.log > workerData.restartAfterPages) {
		for (let round = 0; round < 5 && report.log - report.checkpointed > 256; round++) {
			report = checkpoint('PASSIVE');
		}
		report = checkpoint('RESTART');
		restarted = report.busy === 0;
	}
	if (report.log > 0 || restarted) parentPort.postMessage({ ...report, restarted });
}, workerData.intervalMs);
parentPort.on('message', () => {
	clearInterval(timer);
	db.close();
	parentPort.close();
});
`;

export function checkpointInBackground(
	db: Db,
	options: {
		intervalMs?: number;
		/** 16,384 pages of 4 KB: 64 MB, the size the WAL file is cut back to (journal_size_limit). */
		restartAfterPages?: number;
		onReport?: (report: CheckpointReport) => void;
	} = {}
): Checkpointer {
	if (db.memory) return { ready: Promise.resolve(), stop: async () => {} };
	const inline = () => db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			driver: createRequire(import.meta.url).resolve('better-sqlite3'),
			path: db.name,
			intervalMs: options.intervalMs ?? 1000,
			restartAfterPages: options.restartAfterPages ?? 16_384
		}
	});
	db.pragma('wal_autocheckpoint = 0');
	worker.unref();
	const ready = new Promise<void>((resolve) => {
		worker.once('message', () => resolve());
		worker.once('exit', () => resolve());
	});
	worker.on('message', (message: CheckpointReport | 'ready') => {
		if (message !== 'ready') options.onReport?.(message);
	});
	worker.on('error', (error) => {
		console.error('Background WAL checkpoints stopped; checkpointing inline instead.', error);
		if (db.open) inline();
	});
	const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
	return {
		ready,
		async stop() {
			worker.postMessage('stop');
			await exited;
			if (db.open) inline();
		}
	};
}
