// The server's single set of long-lived parts, built on first use from the environment.
import { defaultPack } from '../content/packs';
import { createAttemptStore, type AttemptStore } from './attempt-store';
import { openDatabase, type Db } from './database';
import { readEnv, type Env } from './env';
import { createClassStore } from './class-store';
import { createClassroomService, type ClassroomService } from './classroom-service';
import { createQuizService, type QuizService } from './quiz-service';
import { createFailureLimiter, createRateLimiter, type CreationLimiter } from './rate-limit';
import { DAY_MS, purgeExpiredAttempts, schedulePurge } from './retention';
import { checkpointInBackground } from './wal-checkpointer';

export interface App {
	env: Env;
	db: Db;
	attempts: AttemptStore;
	quiz: QuizService;
	classroom: ClassroomService;
	/** Per-address caps on creating things, shared by node:http and SvelteKit. */
	limits: Record<'attempts' | 'classes' | 'joins', CreationLimiter>;
}

/** Opens the database and builds every part from an environment; getApp() keeps the one in use. */
export function createApp(env: Env): App {
	const db = openDatabase(env.DATABASE_URL);
	const attempts = createAttemptStore(db);
	const quiz = createQuizService(attempts, defaultPack);
	const maxAddresses = env.RATE_LIMIT_MAX_ADDRESSES;
	const limits = {
		attempts: createRateLimiter({ limit: env.ATTEMPTS_PER_10_MIN, maxAddresses }),
		classes: createRateLimiter({ limit: env.CLASSES_PER_10_MIN, maxAddresses }),
		joins: createRateLimiter({ limit: env.JOINS_PER_10_MIN, maxAddresses })
	};
	const classroom = createClassroomService(
		quiz,
		createClassStore(db, attempts),
		createFailureLimiter({ maxFailures: env.JOIN_FAILURES_PER_10_MIN, maxAddresses }),
		Date.now,
		{ classes: limits.classes, joins: limits.joins, maxSeatsPerClass: env.MAX_SEATS_PER_CLASS }
	);
	return { env, db, attempts, quiz, classroom, limits };
}

let app: App | undefined;

export function getApp(): App {
	if (!app) {
		const env = readEnv();
		const created = createApp(env);
		app = created;
		checkpointInBackground(created.db);
		// Classes first: their seats' attempts go with them.
		schedulePurge(
			() =>
				created.classroom.purgeCreatedBefore(Date.now() - env.CLASS_RETENTION_DAYS * DAY_MS) +
				purgeExpiredAttempts(created.attempts, env.ATTEMPT_RETENTION_DAYS)
		);
	}
	return app;
}
