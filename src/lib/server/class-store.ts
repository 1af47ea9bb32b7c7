// Classes and seats in SQLite: every change is one transaction, so a restart never loses a step.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { newJoinCode } from '../classroom/join-code';
import { NICKNAME_MAX, uniqueNickname } from '../classroom/nickname';
import type { EvidenceMode } from '../quiz/evidence';
import type { AttemptStore } from './attempt-store';
import type { Db } from './database';

export type Pacing = 'self' | 'teacher';
export type FeedbackMode = 'each' | 'end';

export interface ClassSettings {
	title: string;
	packId: string;
	pacing: Pacing;
	feedback: FeedbackMode;
	timeLimitMinutes: number | null;
	/** The teacher's cap on seats, below the server's; null for the server's. */
	maxSeats: number | null;
	/** How students are asked to point at the proof. */
	evidenceMode: EvidenceMode;
	/** The version of the pack the class plays (pack-store.ts). */
	packVersion: string | null;
}

export interface ClassRow extends ClassSettings {
	id: string;
	code: string;
	/** Teacher-paced: how many questions are open (the first is open from the start). */
	openQuestion: number;
	createdAt: number;
	/** When the first student joined: a time limit runs from here. */
	startedAt: number | null;
	closedAt: number | null;
}

export interface SeatRow {
	id: string;
	seatKey: string;
	classId: string;
	nickname: string;
	attemptKey: string;
	joinedAt: number;
	removedAt: number | null;
}

/** The teacher's secret is stored only as a hash: a copy of the database does not open dashboards. */
export const hashSecret = (secret: string) =>
	createHash('sha256').update(secret).digest('base64url');

export const TEACHER_SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * The projector's read-only secret, derived from the teacher's: the dashboard can always link to it,
 * and it cannot be turned back into the teacher secret. Same shape as the teacher secret.
 */
export const viewSecretOf = (teacherSecret: string) =>
	createHmac('sha256', teacherSecret).update('source-check:view').digest('base64url').slice(0, 32);

interface RawClass {
	id: string;
	code: string;
	title: string;
	pack_id: string;
	pacing: Pacing;
	feedback: FeedbackMode;
	time_limit_minutes: number | null;
	max_seats: number | null;
	evidence_mode: EvidenceMode;
	pack_version: string | null;
	open_question: number;
	created_at: number;
	started_at: number | null;
	closed_at: number | null;
}

interface RawSeat {
	id: string;
	seat_key: string;
	class_id: string;
	nickname: string;
	attempt_key: string;
	joined_at: number;
	removed_at: number | null;
}

const toClass = (r: RawClass): ClassRow => ({
	id: r.id,
	code: r.code,
	title: r.title,
	packId: r.pack_id,
	pacing: r.pacing,
	feedback: r.feedback,
	timeLimitMinutes: r.time_limit_minutes,
	maxSeats: r.max_seats,
	evidenceMode: r.evidence_mode,
	packVersion: r.pack_version,
	openQuestion: r.open_question,
	createdAt: r.created_at,
	startedAt: r.started_at,
	closedAt: r.closed_at
});

const toSeat = (r: RawSeat): SeatRow => ({
	id: r.id,
	seatKey: r.seat_key,
	classId: r.class_id,
	nickname: r.nickname,
	attemptKey: r.attempt_key,
	joinedAt: r.joined_at,
	removedAt: r.removed_at
});

const CLASS_COLUMNS =
	'id, code, title, pack_id, pacing, feedback, time_limit_minutes, max_seats, evidence_mode, pack_version, open_question, created_at, started_at, closed_at';

export function createClassStore(db: Db, attempts: AttemptStore, now: () => number = Date.now) {
	const insertClass = db.prepare(
		`INSERT INTO classes (id, code, teacher_secret_hash, title, pack_id, pack_version, pacing, feedback, time_limit_minutes, max_seats, evidence_mode, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const codeTaken = db.prepare<[string], { n: number }>(
		'SELECT count(*) AS n FROM classes WHERE code = ?'
	);
	const byId = db.prepare<[string], RawClass>(`SELECT ${CLASS_COLUMNS} FROM classes WHERE id = ?`);
	const byCode = db.prepare<[string], RawClass>(
		`SELECT ${CLASS_COLUMNS} FROM classes WHERE code = ?`
	);
	const bySecret = db.prepare<[string], RawClass>(
		`SELECT ${CLASS_COLUMNS} FROM classes WHERE teacher_secret_hash = ?`
	);
	const byViewSecret = db.prepare<[string], RawClass>(
		`SELECT ${CLASS_COLUMNS} FROM classes WHERE view_secret_hash = ?`
	);
	const setViewSecret = db.prepare(
		'UPDATE classes SET view_secret_hash = ? WHERE id = ? AND view_secret_hash IS NULL'
	);
	const seatsOf = db.prepare<[string], RawSeat>(
		'SELECT * FROM seats WHERE class_id = ? ORDER BY joined_at, rowid'
	);
	// One statement per join, whatever the class's size: how many seats it has, whether the name
	// is taken, and the highest number already added to it ("Sam 7"), read off the
	// (class_id, nickname COLLATE NOCASE) index as a range from "Sam " to "Sam!".
	const seatingFacts = db.prepare<
		{ classId: string; name: string; from: number },
		{ seats: number; taken: number; top: number | null }
	>(
		`SELECT (SELECT count(*) FROM seats WHERE class_id = :classId) AS seats,
		 EXISTS (SELECT 1 FROM seats WHERE class_id = :classId AND nickname = :name COLLATE NOCASE) AS taken,
		 (SELECT max(CAST(substr(nickname, :from) AS INTEGER)) FROM seats
		  WHERE class_id = :classId
		  AND nickname COLLATE NOCASE > :name || ' ' AND nickname COLLATE NOCASE < :name || '!'
		  AND substr(nickname, :from) GLOB '[1-9]*' AND substr(nickname, :from) NOT GLOB '*[^0-9]*'
		 ) AS top`
	);
	const nicknameTaken = db.prepare<[string, string], { n: number }>(
		'SELECT count(*) AS n FROM seats WHERE class_id = ? AND nickname = ? COLLATE NOCASE'
	);
	const seatByKey = db.prepare<[string], RawSeat>('SELECT * FROM seats WHERE seat_key = ?');
	const insertSeat = db.prepare(
		'INSERT INTO seats (id, seat_key, class_id, nickname, attempt_key, joined_at) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const removeSeat = db.prepare(
		'UPDATE seats SET removed_at = ? WHERE class_id = ? AND id = ? AND removed_at IS NULL'
	);
	const startClass = db.prepare(
		'UPDATE classes SET started_at = ? WHERE id = ? AND started_at IS NULL'
	);
	const closeClass = db.prepare(
		'UPDATE classes SET closed_at = ? WHERE id = ? AND closed_at IS NULL'
	);
	const openNext = db.prepare(
		'UPDATE classes SET open_question = min(open_question + 1, ?) WHERE id = ? AND closed_at IS NULL'
	);
	const deleteAttemptsOf = db.prepare(
		'DELETE FROM attempts WHERE key IN (SELECT attempt_key FROM seats WHERE class_id = ?)'
	);
	const deleteClass = db.prepare('DELETE FROM classes WHERE id = ?');
	const answersOf = db.prepare<
		[string],
		{ seat_id: string; question_id: string; given: string; cited: string }
	>(
		`SELECT s.id AS seat_id, a.question_id, a.given, a.cited FROM seats s
		 JOIN answers a ON a.attempt_key = s.attempt_key WHERE s.class_id = ?`
	);
	const expiredClasses = db.prepare<[number], { id: string }>(
		'SELECT id FROM classes WHERE created_at < ?'
	);

	const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

	const remove = db.transaction((classId: string) => {
		deleteAttemptsOf.run(classId);
		return deleteClass.run(classId).changes > 0;
	});

	return {
		/** Creates a class; the teacher secret is returned once and stored only as a hash. */
		create: db.transaction((settings: ClassSettings): { row: ClassRow; teacherSecret: string } => {
			let code = newJoinCode();
			while (codeTaken.get(code)!.n > 0) code = newJoinCode();
			const id = randomId(12);
			const teacherSecret = randomId(24);
			insertClass.run(
				id,
				code,
				hashSecret(teacherSecret),
				settings.title,
				settings.packId,
				settings.packVersion,
				settings.pacing,
				settings.feedback,
				settings.timeLimitMinutes,
				settings.maxSeats,
				settings.evidenceMode,
				now()
			);
			setViewSecret.run(hashSecret(viewSecretOf(teacherSecret)), id);
			return { row: toClass(byId.get(id)!), teacherSecret };
		}),

		byCode(code: string): ClassRow | undefined {
			const row = byCode.get(code);
			return row && toClass(row);
		},

		bySecret(secret: string): ClassRow | undefined {
			if (!TEACHER_SECRET_PATTERN.test(secret)) return undefined;
			const row = bySecret.get(hashSecret(secret));
			return row && toClass(row);
		},

		/** The class a projector link opens. */
		byViewSecret(viewSecret: string): ClassRow | undefined {
			if (!TEACHER_SECRET_PATTERN.test(viewSecret)) return undefined;
			const row = byViewSecret.get(hashSecret(viewSecret));
			return row && toClass(row);
		},

		/** The projector secret of a class its teacher has opened (stored now for older classes). */
		viewSecret(classRow: ClassRow, teacherSecret: string): string {
			const viewSecret = viewSecretOf(teacherSecret);
			setViewSecret.run(hashSecret(viewSecret), classRow.id);
			return viewSecret;
		},

		get(id: string): ClassRow | undefined {
			const row = byId.get(id);
			return row && toClass(row);
		},

		/**
		 * Seats a student: a nickname made unique in the class, and a fresh attempt; undefined when
		 * the class already has `maxSeats`.
		 */
		join: db.transaction(
			(
				classRow: ClassRow,
				wanted: string,
				total: number,
				maxSeats: number
			): SeatRow | undefined => {
				const facts = seatingFacts.get({
					classId: classRow.id,
					name: wanted,
					from: [...wanted].length + 2
				})!;
				if (facts.seats >= maxSeats) return undefined;
				const next = `${wanted} ${Math.max(2, (facts.top ?? 0) + 1)}`;
				// A long name must be shortened to fit its number: then probe as before (rare).
				const nickname = !facts.taken
					? wanted
					: [...next].length <= NICKNAME_MAX
						? next
						: uniqueNickname(wanted, (name) => nicknameTaken.get(classRow.id, name)!.n > 0);
				const attempt = attempts.create(
					{ id: classRow.packId, version: classRow.packVersion },
					total,
					null,
					classRow.evidenceMode
				);
				const seat = { id: randomId(9), seatKey: randomId(24), nickname };
				const at = now();
				insertSeat.run(seat.id, seat.seatKey, classRow.id, seat.nickname, attempt.key, at);
				startClass.run(at, classRow.id);
				return toSeat(seatByKey.get(seat.seatKey)!);
			}
		),

		seat(seatKey: string): SeatRow | undefined {
			const row = seatByKey.get(seatKey);
			return row && toSeat(row);
		},

		seats(classId: string): SeatRow[] {
			return seatsOf.all(classId).map(toSeat);
		},

		/** Every answer in the class in one query: the dashboard's raw material. */
		answers(
			classId: string
		): { seatId: string; questionId: string; given: string | number; cited: string[] }[] {
			return answersOf.all(classId).map((r) => ({
				seatId: r.seat_id,
				questionId: r.question_id,
				given: JSON.parse(r.given) as string | number,
				cited: JSON.parse(r.cited) as string[]
			}));
		},

		removeSeat(classId: string, seatId: string): boolean {
			return removeSeat.run(now(), classId, seatId).changes > 0;
		},

		close(classId: string): boolean {
			return closeClass.run(now(), classId).changes > 0;
		},

		/** Teacher pacing: opens one more question, up to the last. */
		openNextQuestion(classId: string, total: number): boolean {
			return openNext.run(total, classId).changes > 0;
		},

		/** Deletes the class, its seats and their attempts and answers. */
		delete(classId: string): boolean {
			return remove(classId);
		},

		/** Deletes the classes created before a time; returns their ids. */
		purgeCreatedBefore: db.transaction((time: number): string[] => {
			const ids = expiredClasses.all(time).map((r) => r.id);
			ids.forEach((id) => remove(id));
			return ids;
		})
	};
}

export type ClassStore = ReturnType<typeof createClassStore>;
