// Test helpers: the quiz and classroom services over a database, wired as the app wires them (for
// the built-in article alone: app.ts looks up every stored one), and a class made and joined with
// them. For specs and benches of the services; the HTTP specs start the app itself.
import { defaultPack } from '../lib/content/packs';
import { createAttemptStore } from '../lib/server/db/attempt-store';
import { createClassStore } from '../lib/server/db/class-store';
import type { Db } from '../lib/server/db/database';
import { createFailureLimiter } from '../lib/server/db/join-failures';
import { createRateLimiter } from '../lib/server/rate-limit';
import {
	createClassroomService,
	singleQuiz,
	type Caps,
	type ClassroomService
} from '../lib/server/services/classroom-service';
import { createQuizService } from '../lib/server/services/quiz-service';

/** Caps no test reaches (a bench's class of thousands from one address): `seats` per class. */
export const liftedCaps = (seats = 10_000): Caps => ({
	classes: createRateLimiter({ limit: 1_000_000 }),
	joins: createRateLimiter({ limit: 1_000_000 }),
	maxSeatsPerClass: seats
});

export interface ServiceOptions {
	/** The clock of the stores and the service. */
	now?: () => number;
	/** Wrong join codes an address may send before it waits. */
	maxFailures?: number;
	/** The service's caps; the app's defaults when not given. */
	caps?: Caps;
	rosterPageSize?: number;
}

/** The stores and services over `db`. */
export function classroomServices(
	db: Db,
	{ now = Date.now, maxFailures = 3, caps, rosterPageSize }: ServiceOptions = {}
) {
	const attempts = createAttemptStore(db, now);
	const quiz = createQuizService(attempts, defaultPack);
	const classes = createClassStore(db, attempts, now);
	const classroom = createClassroomService({
		quizzes: singleQuiz(quiz),
		classes,
		joinLimiter: createFailureLimiter(db, { maxFailures }),
		clock: now,
		caps,
		rosterPageSize
	});
	return { db, attempts, quiz, classes, classroom };
}

/** The settings of a self-paced class with answers shown as they come; `extra` changes them. */
export const classSettings = (extra: Record<string, unknown> = {}) => ({
	title: 'Year 9 media literacy',
	pacing: 'self',
	feedback: 'each',
	evidenceMode: 'bonus',
	timeLimitMinutes: '',
	...extra
});

/** A class made by `classroom` (a failure throws: the test is about what comes after). */
export async function newClass(classroom: ClassroomService, extra: Record<string, unknown> = {}) {
	const created = await classroom.createClass(classSettings(extra));
	if (!created.ok) throw new Error(`No class made: ${JSON.stringify(created)}`);
	return created;
}

/** A student seated in the class with `code` (a failure throws). */
export async function joined(
	classroom: ClassroomService,
	code: string,
	nickname: string,
	address = '10.0.0.1'
) {
	const result = await classroom.join({ code, nickname }, address);
	if (!result.ok) {
		throw new Error(`${nickname} not seated: ${'message' in result ? result.message : 'invalid'}`);
	}
	return result.seat;
}
