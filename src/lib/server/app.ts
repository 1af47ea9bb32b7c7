// The server's single set of long-lived parts, built on first use from the environment.
import { packs as builtInPacks } from '../content/packs';
import { createAttemptStore, type AttemptStore } from './db/attempt-store';
import { openDatabase, type Db } from './db/database';
import { readEnv, type Env } from './config/env';
import { createClassStore } from './db/class-store';
import { createClassroomService, type ClassroomService } from './services/classroom-service';
import { createPackStore, type PackStore } from './db/pack-store';
import { createQuizCatalog, type QuizCatalog } from './services/quiz-catalog';
import type { QuizService } from './services/quiz-service';
import { createFailureLimiter } from './db/join-failures';
import { createRateLimiter, type CreationLimiter } from './rate-limit';
import { DAY_MS, purgeExpiredAttempts, schedulePurge } from './db/retention';
import { endAllStreams } from './http/sse';
import { createStreamLimits, type StreamLimits } from './http/stream-limits';
import { checkpointInBackground, type Checkpointer } from './db/wal-checkpointer';
import { listenForClassChanges } from './db/class-changes';
import { inOneInstance } from './db/one-instance';

export interface App {
	env: Env;
	db: Db;
	attempts: AttemptStore;
	packs: PackStore;
	/** Every pack version's quiz. */
	quizzes: QuizCatalog;
	/** The default pack's quiz (the first built-in one): what "/" plays. */
	quiz: QuizService;
	classroom: ClassroomService;
	streams: StreamLimits;
	/** Per-address caps on creating things, shared by node:http and SvelteKit. */
	limits: Record<
		'attempts' | 'classes' | 'joins' | 'packs' | 'drafts' | 'draftSaves',
		CreationLimiter
	>;
}

/** Opens the database and builds every part from an environment; startApp() keeps the one in use. */
export async function createApp(env: Env): Promise<App> {
	const db = await openDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
	const attempts = createAttemptStore(db);
	const packs = createPackStore(db);
	const quizzes = await createQuizCatalog(attempts, packs, [...builtInPacks.values()]);
	const quiz = quizzes.default;
	const maxAddresses = env.RATE_LIMIT_MAX_ADDRESSES;
	const limits = {
		attempts: createRateLimiter({ limit: env.ATTEMPTS_PER_10_MIN, maxAddresses }),
		classes: createRateLimiter({ limit: env.CLASSES_PER_10_MIN, maxAddresses }),
		joins: createRateLimiter({ limit: env.JOINS_PER_10_MIN, maxAddresses }),
		packs: createRateLimiter({ limit: env.PACKS_PER_10_MIN, maxAddresses }),
		drafts: createRateLimiter({ limit: env.DRAFTS_PER_10_MIN, maxAddresses }),
		draftSaves: createRateLimiter({ limit: env.DRAFT_SAVES_PER_10_MIN, maxAddresses })
	};
	const classroom = createClassroomService({
		quizzes: quizzes.lookup,
		classes: createClassStore(db, attempts),
		joinLimiter: createFailureLimiter(db, { maxFailures: env.JOIN_FAILURES_PER_10_MIN }),
		caps: {
			classes: limits.classes,
			joins: limits.joins,
			maxSeatsPerClass: env.MAX_SEATS_PER_CLASS
		}
	});
	const streams = createStreamLimits({ perAddress: env.STREAMS_PER_ADDRESS });
	return { env, db, attempts, packs, quizzes, quiz, classroom, streams, limits };
}

let app: App | undefined;
let starting: Promise<App> | undefined;
/** What startApp() started besides the app, stopped by closeApp(). */
let running:
	| {
			checkpointer: Checkpointer | null;
			stopPurge: () => void;
			listening: { close(): Promise<void> } | null;
	  }
	| undefined;

/** On PostgreSQL, hears what other instances change in the classes shown here. */
async function listenToOtherInstances(app: App) {
	if (app.db.engine !== 'postgres') return null;
	const { classroom } = app;
	const listening = listenForClassChanges(app.env.DATABASE_URL, app.db.instance, {
		heard: (change) =>
			void classroom
				.heard(change)
				.catch((error) => console.error(`A class change was not applied: ${String(error)}`)),
		resync: () => classroom.resync()
	});
	await listening.ready;
	return listening;
}

/**
 * Opens the database (migrating it) and builds the app from the environment, once: the server's
 * init hook awaits it before any request, and getApp() hands it out from then on.
 */
export function startApp(): Promise<App> {
	starting ??= (async () => {
		const env = readEnv();
		const created = await createApp(env);
		app = created;
		const purge = async () =>
			// Classes first: their seats' attempts go with them.
			(await created.classroom.purgeCreatedBefore(Date.now() - env.CLASS_RETENTION_DAYS * DAY_MS)) +
			(await purgeExpiredAttempts(created.attempts, env.ATTEMPT_RETENTION_DAYS)) +
			// Last: a pack goes only once no attempt or class uses it.
			(await created.packs.purgeUnplayedBefore(Date.now() - env.PACK_RETENTION_DAYS * DAY_MS));
		running = {
			checkpointer: created.db.sqlite ? checkpointInBackground(created.db.sqlite) : null,
			stopPurge: schedulePurge(
				async () => (await inOneInstance(created.db, 'source-check:retention', purge)) ?? 0
			),
			listening: await listenToOtherInstances(created)
		};
		return created;
	})();
	return starting;
}

/** The app startApp() built; every request comes after the init hook has started it. */
export function getApp(): App {
	if (!app) throw new Error('The app has not started yet: await startApp() first.');
	return app;
}

/**
 * Releases everything getApp() holds: live streams end, the purge timer and the checkpoint worker
 * stop, and the database is closed (which checkpoints the WAL into the file). Every answer was
 * committed when it was stored, so none is lost.
 */
export async function closeApp(): Promise<void> {
	endAllStreams();
	const opening = starting;
	starting = undefined;
	const closing = await opening?.catch(() => undefined);
	const started = running;
	app = undefined;
	running = undefined;
	if (!closing || !started) return;
	started.stopPurge();
	await started.listening?.close();
	await started.checkpointer?.stop();
	await closing.db.close();
}
