// Draws link-preview cards (satori lays out, resvg rasterises) in a worker thread with a bound on
// its memory and on each card's time, so a card that costs too much fails alone: the process lives.
// One worker draws card after card (starting one is slow: docs/benchmarks.md); one that dies is
// started again.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A card that could not be drawn (out of time or memory, too many waiting, or satori failed). */
export class CardUnavailable extends Error {
	override name = 'CardUnavailable';
}

/** What satori lays out: React-shaped plain objects (no React needed), copied to the worker. */
export type CardNode = {
	type: string;
	props: { style?: Record<string, unknown>; children?: string | CardNode | CardNode[] };
};

export interface CardDrawerOptions {
	/** Each card's time, from being handed to a ready worker until its PNG is back. */
	timeoutMs?: number;
	/** The worker's V8 heap (satori's layout lives there: 40,000 characters once took 2.26 GB). */
	maxHeapMb?: number;
	/** Cards waiting for the worker beyond the one it draws; more are refused at once. */
	maxWaiting?: number;
}

/** Loading satori, its layout engine and the fonts: generous, as it happens once per worker. */
const STARTUP_MS = 15_000;

// CommonJS source of the worker (eval: true, as wal-checkpointer.ts does): the bundle of the app
// needs no second entry point, and satori and resvg are loaded from node_modules by their resolved
// paths, in the worker only.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const fonts = workerData.fonts.map((f) => ({ ...f, data: readFileSync(f.path) }));
const draw = async ({ tree, width, height }) => {
	const svg = await satori(tree, { width, height, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
};
parentPort.on('message', async ({ id, ...card }) => {
	try {
		const png = await draw(card);
		parentPort.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort.postMessage({ id, error: String(error) });
	}
});
// The first card starts satori's layout engine (hundreds of ms): done here, not on a card's time.
draw({ tree: { type: 'div', props: { children: '' } }, width: 1, height: 1 }).then(() =>
	parentPort.postMessage('ready')
);
`;

const require = createRequire(import.meta.url);

/** The fonts a card is drawn with: shipped with the app (@fontsource), never fetched. */
const FONTS = ([400, 700] as const).map((weight) => ({
	name: 'Noto Sans',
	path: require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`),
	weight,
	style: 'normal' as const
}));

interface Job {
	id: number;
	tree: CardNode;
	width: number;
	height: number;
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}

type Reply = 'ready' | { id: number; png?: Uint8Array; error?: string };

export function createCardDrawer(options: CardDrawerOptions = {}) {
	const timeoutMs = options.timeoutMs ?? 5_000;
	const maxHeapMb = options.maxHeapMb ?? 256;
	const maxWaiting = options.maxWaiting ?? 32;
	const waiting: Job[] = [];
	let worker: Worker | undefined;
	let ready = false;
	/** A worker being stopped: until it has, no other starts (one drawing thread at most). */
	let stopping: Promise<unknown> | undefined;
	let current: Job | undefined;
	let timer: NodeJS.Timeout | undefined;
	let nextId = 0;
	const stats = { workersStarted: 0 };

	const failAll = (why: string) => {
		const failed = [...(current ? [current] : []), ...waiting.splice(0)];
		current = undefined;
		for (const job of failed) job.reject(new CardUnavailable(why));
	};

	/**
	 * Stops the worker and fails the cards given to it. terminate() stops JavaScript at once, but a
	 * long call into native code (ICU, resvg) only when it returns: cards asked for until then are
	 * refused, rather than a second thread started beside it.
	 */
	const discard = (why: string) => {
		const gone = worker!;
		worker = undefined;
		ready = false;
		clearTimeout(timer);
		gone.removeAllListeners();
		gone.on('error', () => {});
		failAll(why);
		const stopped = gone.terminate().then(() => {
			if (stopping === stopped) stopping = undefined;
		});
		stopping = stopped;
	};

	const start = () => {
		stats.workersStarted++;
		const started = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: {
				satori: require.resolve('satori'),
				resvg: require.resolve('@resvg/resvg-js'),
				fonts: FONTS
			},
			resourceLimits: {
				maxOldGenerationSizeMb: maxHeapMb,
				maxYoungGenerationSizeMb: 32,
				stackSizeMb: 4
			}
		});
		worker = started;
		timer = setTimeout(() => discard('The card drawer did not start in time.'), STARTUP_MS);
		started.on('message', (reply: Reply) => {
			if (reply === 'ready') {
				ready = true;
				clearTimeout(timer);
				return next();
			}
			if (!current || reply.id !== current.id) return;
			const job = current;
			current = undefined;
			clearTimeout(timer);
			if (reply.png)
				job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.length));
			else job.reject(new CardUnavailable(`The card could not be drawn: ${reply.error}`));
			next();
		});
		// ERR_WORKER_OUT_OF_MEMORY arrives here: the worker is gone, the process is not.
		started.on('error', (error) => discard(`The card drawer stopped: ${error.message}`));
		started.on('exit', () => discard('The card drawer stopped.'));
		// The worker never keeps the process alive on its own (after its listeners: they ref it).
		started.unref();
	};

	function next() {
		if (current || waiting.length === 0) return;
		if (!worker) return start();
		if (!ready) return;
		const job = (current = waiting.shift()!);
		timer = setTimeout(
			() => discard(`The card took longer than ${timeoutMs} ms to draw.`),
			timeoutMs
		);
		worker.postMessage({ id: job.id, tree: job.tree, width: job.width, height: job.height });
	}

	return {
		stats,
		/** The PNG of a laid-out card, or a CardUnavailable when it cannot be drawn now. */
		draw(tree: CardNode, width: number, height: number): Promise<Buffer> {
			if (stopping)
				return Promise.reject(new CardUnavailable('The last card to fail is still being stopped.'));
			if (waiting.length >= maxWaiting)
				return Promise.reject(new CardUnavailable('Too many cards are waiting to be drawn.'));
			return new Promise<Buffer>((resolve, reject) => {
				waiting.push({ id: ++nextId, tree, width, height, resolve, reject });
				next();
			});
		},
		/** Settles once no worker is being stopped (for tests). */
		settled: () => stopping ?? Promise.resolve(),
		/** Stops the worker, failing the cards not drawn yet; cards asked for afterwards start another. */
		async close(): Promise<void> {
			if (worker) discard('The card drawer was closed.');
			await stopping;
		}
	};
}

export type CardDrawer = ReturnType<typeof createCardDrawer>;
