// Moves SQLite's WAL checkpoints off the thread that answers requests. A checkpoint copies the WAL
// back into the database file and fsyncs it; done inline (SQLite's default, every ~4 MB of WAL) it
// stalls whichever request triggers it for tens of milliseconds. Here a worker thread with its own
// connection checkpoints every second ("passive": it never blocks a write). A passive checkpoint
// does not start the WAL over while writes keep coming, so when the WAL passes `restartAfterPages`
// the worker runs passive rounds back to back (each copies what came in during the last) and, once
// little is left (or the WAL has grown to four times the limit), hands over: the request thread runs
// a RESTART checkpoint of its own, which copies the few pages left and starts the WAL over. The WAL
// file is then written over from its start, not cut back: cutting a file of hundreds of megabytes
// stalled the request thread at every restart (the figures: docs/benchmarks.md), so it is cut
// only past four times `restartAfterPages` (SQLite's journal_size_limit). If the worker fails, the
// connection goes back to checkpointing itself, so the WAL never grows without bound.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** SQLite's own default: checkpoint when the WAL reaches this many pages. */
const INLINE_CHECKPOINT_PAGES = 1000;
/** Checkpointing inline, the WAL file is cut back to this when it starts over. */
export const INLINE_WAL_LIMIT_BYTES = 64 * 1024 * 1024;

/** What one background checkpoint did, as SQLite reports it (pages); restarted: it copied the whole
 * WAL, so the next write starts it over. */
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
let handedOver = false;
const timer = setInterval(() => {
	if (handedOver) return;
	let report = checkpoint('PASSIVE');
	if (report.log > workerData.restartAfterPages) {
		// Each round copies what came in during the last one, so the rounds get short.
		for (let round = 0; round < 10 && report.log - report.checkpointed > 256; round++) {
			report = checkpoint('PASSIVE');
		}
		// The writer finishes it (see below) once little is left to copy, or in the end anyway;
		// until it has, this side keeps out of its way.
		if (report.log - report.checkpointed <= 256 || report.log > 4 * workerData.restartAfterPages) {
			handedOver = true;
			parentPort.postMessage({ ...report, restarted: false, finish: true });
			return;
		}
	}
	if (report.log > 0) parentPort.postMessage({ ...report, restarted: false });
}, workerData.intervalMs);
parentPort.on('message', (message) => {
	if (message === 'finished') {
		handedOver = false;
		return;
	}
	clearInterval(timer);
	db.close();
	parentPort.close();
});
`;

export function checkpointInBackground(
	db: SqliteDatabase.Database,
	options: {
		intervalMs?: number;
		/**
		 * 16,384 pages of 4 KB: 64 MB, the WAL file's usual size after a busy spell. Each restart
		 * costs the request thread a short stall (12 to 27 ms in bench:class, every 5 s or so with a
		 * class of 2,000 answering 1,067 times a second), so not too often.
		 */
		restartAfterPages?: number;
		onReport?: (report: CheckpointReport) => void;
	} = {}
): Checkpointer {
	if (db.memory) return { ready: Promise.resolve(), stop: async () => {} };
	const restartAfterPages = options.restartAfterPages ?? 16_384;
	const inline = () => {
		db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
		db.pragma(`journal_size_limit = ${INLINE_WAL_LIMIT_BYTES}`);
	};
	const pageSize = db.pragma('page_size', { simple: true }) as number;
	db.pragma(`journal_size_limit = ${4 * restartAfterPages * pageSize}`);
	const worker = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: {
			driver: createRequire(import.meta.url).resolve('better-sqlite3'),
			path: db.name,
			intervalMs: options.intervalMs ?? 1000,
			restartAfterPages
		}
	});
	db.pragma('wal_autocheckpoint = 0');
	const ready = new Promise<void>((resolve) => {
		worker.once('message', () => resolve());
		worker.once('exit', () => resolve());
	});
	worker.on('message', (message: (CheckpointReport & { finish?: boolean }) | 'ready') => {
		if (message === 'ready') return;
		if (!message.finish) return options.onReport?.(message);
		// The request connection is the only writer: its RESTART takes the write lock at once and
		// copies only the pages written since the worker's last round, so the stall is short and
		// nobody waits on a lock held by another thread.
		setImmediate(() => {
			if (!db.open) return;
			const [report] = db.pragma('wal_checkpoint(RESTART)') as CheckpointReport[];
			worker.postMessage('finished');
			options.onReport?.({ ...report!, restarted: report!.busy === 0 });
		});
	});
	worker.on('error', (error) => {
		console.error('Background WAL checkpoints stopped; checkpointing inline instead.', error);
		if (db.open) inline();
	});
	const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
	// The worker never holds the process open by itself: a server stopped without closeApp() still
	// exits. After the listeners above, as the first 'message' listener refs the worker's channel
	// again (nodejs/node#53036, "wontfix"): unref'd before them, the process would never exit.
	worker.unref();
	return {
		ready,
		async stop() {
			// Until the worker has closed its connection, so the caller's close that follows (the
			// last connection's, which checkpoints the WAL into the file) is not cut short.
			worker.ref();
			worker.postMessage('stop');
			await exited;
			if (db.open) inline();
		}
	};
}
