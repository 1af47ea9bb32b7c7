// The server's single set of long-lived parts, built on first use from the environment.
import { packs as builtInPacks } from '../content/packs';
import { createAttemptStore, type AttemptStore } from './attempt-store';
import { openDatabase, type Db } from './database';
import { readEnv, type Env } from './env';
import { createClassStore } from './class-store';
import { createClassroomService, type ClassroomService } from './classroom-service';
import { createPackStore, type PackStore } from './pack-store';
import { createQuizCatalog, type QuizCatalog } from './quiz-catalog';
import type { QuizService } from './quiz-service';
import { createFailureLimiter, createRateLimiter, type CreationLimiter } from './rate-limit';
import { DAY_MS, purgeExpiredAttempts, schedulePurge } from './retention';
import { endAllStreams } from './sse';
import { createStreamLimits, type StreamLimits } from './stream-limits';
import { checkpointInBackground, type Checkpointer } from './wal-checkpointer';

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

/** Opens the database and builds every part from an environment; getApp() keeps the one in use. */
export function createApp(env: Env): App {
	const db = openDatabase(env.DATABASE_URL);
	const attempts = createAttemptStore(db);
	const packs = createPackStore(db);
	const quizzes = createQuizCatalog(attempts, packs, [...builtInPacks.values()]);
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
	const classroom = createClassroomService(
		quizzes.lookup,
		createClassStore(db, attempts),
		createFailureLimiter({ maxFailures: env.JOIN_FAILURES_PER_10_MIN, maxAddresses }),
		Date.now,
		{ classes: limits.classes, joins: limits.joins, maxSeatsPerClass: env.MAX_SEATS_PER_CLASS }
	);
	const streams = createStreamLimits({ perAddress: env.STREAMS_PER_ADDRESS });
	return { env, db, attempts, packs, quizzes, quiz, classroom, streams, limits };
}

let app: App | undefined;
/** What getApp() started besides the app, stopped by closeApp(). */
let running: { checkpointer: Checkpointer; stopPurge: () => void } | undefined;

export function getApp(): App {
	if (!app) {
		const env = readEnv();
		const created = createApp(env);
		app = created;
		running = {
			checkpointer: checkpointInBackground(created.db),
			// Classes first: their seats' attempts go with them.
			stopPurge: schedulePurge(
				() =>
					created.classroom.purgeCreatedBefore(Date.now() - env.CLASS_RETENTION_DAYS * DAY_MS) +
					purgeExpiredAttempts(created.attempts, env.ATTEMPT_RETENTION_DAYS) +
					// Last: a pack goes only once no attempt or class uses it.
					created.packs.purgeUnplayedBefore(Date.now() - env.PACK_RETENTION_DAYS * DAY_MS)
			)
		};
	}
	return app;
}

/**
 * Releases everything getApp() holds: live streams end, the purge timer and the checkpoint worker
 * stop, and the database is closed (which checkpoints the WAL into the file). Every answer was
 * committed when it was stored, so none is lost.
 */
export async function closeApp(): Promise<void> {
	endAllStreams();
	const closing = app;
	const started = running;
	app = undefined;
	running = undefined;
	if (!closing || !started) return;
	started.stopPurge();
	await started.checkpointer.stop();
	closing.db.close();
}
