// The server's single set of long-lived parts, built on first use from the environment.
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { openDatabase, type Db } from './database';
import { readEnv, type Env } from './env';
import { createQuizService, type QuizService } from './quiz-service';
import { purgeExpiredAttempts, schedulePurge } from './retention';

export interface App {
	env: Env;
	db: Db;
	quiz: QuizService;
}

let app: App | undefined;

export function getApp(): App {
	if (!app) {
		const env = readEnv();
		const db = openDatabase(env.DATABASE_URL);
		const attempts = createAttemptStore(db);
		app = { env, db, quiz: createQuizService(attempts, defaultPack) };
		schedulePurge(() => purgeExpiredAttempts(attempts, env.ATTEMPT_RETENTION_DAYS));
	}
	return app;
}
