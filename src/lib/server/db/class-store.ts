// Classes and seats (SQLite or PostgreSQL): every change is one transaction, so a restart never
// loses a step.
import type { QueryCreator, Selectable } from 'kysely';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { newJoinCode } from '../../classroom/join-code';
import { NICKNAME_MAX, nicknameKey, uniqueNickname } from '../../classroom/nickname';
import type { EvidenceMode } from '../../quiz/evidence';
import type { FeedbackMode, Pacing } from '../../contract/classroom';
import { toAttempt, type AttemptRow, type AttemptStore } from './attempt-store';
import { compiledQuery } from './compiled-query';
import { newAttemptKey, newPublicId } from './ids';
import { isUniqueError, sql, type Db } from './database';
import type { ClassesTable, Database, SeatsTable } from './schema';

export type { FeedbackMode, Pacing };

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

/** One answer in a class, as given: scored by the quiz it was given in (quiz-service.ts). */
export interface ClassAnswer {
	seatId: string;
	questionId: string;
	given: string | number;
	cited: string[];
}

/** The teacher's secret is stored only as a hash: a copy of the database does not open dashboards. */
export const hashSecret = (secret: string) =>
	createHash('sha256').update(secret).digest('base64url');

export const TEACHER_SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** A student's seat key (their cookie): checked before any lookup, as PostgreSQL errs on a NUL. */
export const SEAT_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/**
 * The projector's read-only secret, derived from the teacher's: the dashboard can always link to it,
 * and it cannot be turned back into the teacher secret. Same shape as the teacher secret.
 */
export const viewSecretOf = (teacherSecret: string) =>
	createHmac('sha256', teacherSecret).update('source-check:view').digest('base64url').slice(0, 32);

type RawClass = Pick<Selectable<ClassesTable>, (typeof CLASS_COLUMNS)[number]>;
// The key stays in the database: it is how a join finds a name taken, not something to show.
type RawSeat = Omit<Selectable<SeatsTable>, 'nickname_key'>;

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

const CLASS_COLUMNS = [
	'id',
	'code',
	'title',
	'pack_id',
	'pacing',
	'feedback',
	'time_limit_minutes',
	'max_seats',
	'evidence_mode',
	'pack_version',
	'open_question',
	'created_at',
	'started_at',
	'closed_at'
] as const;
const SEAT_COLUMNS = [
	'id',
	'seat_key',
	'class_id',
	'nickname',
	'attempt_key',
	'joined_at',
	'removed_at'
] as const;

/**
 * Tries at a join whose nickname another join took at the same moment (PostgreSQL). Each try lost
 * means another join of that name was seated (the index refuses a name once its taker committed),
 * so the tries a join needs grow with how many type the same name in the same instant: 20 joins of
 * two names at once through a pool of 4 needed up to 7 here. The bound keeps a join finite.
 */
const JOIN_TRIES = 20;

/** Thrown to undo a join that found the class full at its count. */
class ClassFull extends Error {}

export function createClassStore(db: Db, attempts: AttemptStore, now: () => number = Date.now) {
	const { kysely } = db;
	const pg = db.engine === 'postgres';
	// A student's every request reads their seat, and often their class: compiled once
	// (compiled-query.ts).
	const classBy = (column: 'id' | 'code' | 'teacher_secret_hash' | 'view_secret_hash') =>
		compiledQuery(kysely, (v: { value: string }) =>
			kysely.selectFrom('classes').select(CLASS_COLUMNS).where(column, '=', v.value)
		);
	const classQueries = {
		id: classBy('id'),
		code: classBy('code'),
		teacher_secret_hash: classBy('teacher_secret_hash'),
		view_secret_hash: classBy('view_secret_hash')
	};
	const classWhere = async (column: keyof typeof classQueries, value: string) => {
		const [row] = (await classQueries[column]({ value })).rows;
		return row && toClass(row);
	};
	const seatByKey = compiledQuery(kysely, (v: { seatKey: string }) =>
		kysely.selectFrom('seats').select(SEAT_COLUMNS).where('seat_key', '=', v.seatKey)
	);
	// An answer needs the seat and its attempt: one query for both.
	const seatAndAttemptByKey = compiledQuery(kysely, (v: { seatKey: string }) =>
		kysely
			.selectFrom('seats')
			.innerJoin('attempts', 'attempts.key', 'seats.attempt_key')
			.select(SEAT_COLUMNS.map((c) => `seats.${c}` as const))
			.selectAll('attempts')
			.where('seats.seat_key', '=', v.seatKey)
	);
	// A join's statements: the seat, then the count (and the clock's start, at the first).
	const insertSeat = compiledQuery(kysely, (v: Omit<Selectable<SeatsTable>, 'removed_at'>) =>
		kysely
			.insertInto('seats')
			.values({
				id: v.id,
				seat_key: v.seat_key,
				class_id: v.class_id,
				nickname: v.nickname,
				nickname_key: v.nickname_key,
				attempt_key: v.attempt_key,
				joined_at: v.joined_at
			})
			.returning(SEAT_COLUMNS)
	);
	/** Counts one more seat (starting the clock at the first) unless the class is full. */
	const seatCounted = (db: QueryCreator<Database>, v: { id: string; most: number; at: number }) =>
		db
			.updateTable('classes')
			.set((eb) => ({
				seat_count: eb('seat_count', '+', 1),
				started_at: eb.fn.coalesce('started_at', eb.val(v.at))
			}))
			.where('id', '=', v.id)
			.where('seat_count', '<', v.most);
	const countSeat = compiledQuery(kysely, (v: { id: string; most: number; at: number }) =>
		seatCounted(kysely, v)
	);
	// PostgreSQL: the count, the attempt and the seat in one statement, committed on its own. The
	// class's row is then locked for that statement only, not for a round trip to the app and back
	// for the COMMIT: with 10,000 joining in a minute, joins queued on that row for 200 ms (p99).
	// (SQLite has no data-modifying WITH; its one writer runs the same steps in a transaction.)
	const seatAtOnce = compiledQuery(
		kysely,
		(v: {
			class_id: string;
			most: number;
			at: number;
			attempt_key: string;
			public_id: string;
			pack_id: string;
			pack_version: string | null;
			total: number;
			evidence_mode: EvidenceMode;
			seat_id: string;
			seat_key: string;
			nickname: string;
			nickname_key: string;
		}) =>
			kysely
				.with('counted', (db) =>
					seatCounted(db, { id: v.class_id, most: v.most, at: v.at }).returning('id')
				)
				.with('attempt', (db) =>
					db
						.insertInto('attempts')
						.columns([
							'key',
							'public_id',
							'pack_id',
							'pack_version',
							'total',
							'created_at',
							'evidence_mode'
						])
						.expression((eb) =>
							eb
								.selectFrom('counted')
								.select([
									sql<string>`${v.attempt_key}::text`.as('key'),
									sql<string>`${v.public_id}::text`.as('public_id'),
									sql<string>`${v.pack_id}::text`.as('pack_id'),
									sql<string | null>`${v.pack_version}::text`.as('pack_version'),
									sql<number>`${v.total}::integer`.as('total'),
									sql<number>`${v.at}::bigint`.as('created_at'),
									sql<EvidenceMode>`${v.evidence_mode}::text`.as('evidence_mode')
								])
						)
						.returning('key')
				)
				.insertInto('seats')
				.columns([
					'id',
					'seat_key',
					'class_id',
					'nickname',
					'nickname_key',
					'attempt_key',
					'joined_at'
				])
				.expression((eb) =>
					eb
						.selectFrom('attempt')
						.select([
							sql<string>`${v.seat_id}::text`.as('id'),
							sql<string>`${v.seat_key}::text`.as('seat_key'),
							sql<string>`${v.class_id}::text`.as('class_id'),
							sql<string>`${v.nickname}::text`.as('nickname'),
							sql<string>`${v.nickname_key}::text`.as('nickname_key'),
							'attempt.key as attempt_key',
							sql<number>`${v.at}::bigint`.as('joined_at')
						])
				)
				.returning(SEAT_COLUMNS)
	);
	const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows > 0n;
	// Seats in the order they were taken: SQLite's rowid, PostgreSQL's identity column.
	const takenOrder = pg ? sql`seq` : sql`rowid`;

	const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

	// One statement per join, whatever the class's size: how many seats it has (counted as they are
	// taken: migration 0012), whether a name that looks like it is taken, and the highest number
	// already added to it ("Sam 7"), read off the index of nickname keys (migration 0014) as a range
	// from "sarn " to "sarn!". A key writes 0 and 1 as "o" and "l" (nicknameKey): read back as digits.
	const seatingFacts = async (
		executor: typeof kysely,
		classId: string,
		name: string
	): Promise<{ seats: number; taken: boolean; top: number | null }> => {
		const key = nicknameKey(name);
		const from = [...key].length + 2;
		const tail = pg
			? sql`translate(substr(nickname_key, ${from}), 'ol', '01')`
			: sql`replace(replace(substr(nickname_key, ${from}), 'o', '0'), 'l', '1')`;
		const numbered = pg
			? sql`${tail} ~ '^[1-9][0-9]*$'`
			: sql`${tail} GLOB '[1-9]*' AND ${tail} NOT GLOB '*[^0-9]*'`;
		const { rows } = await sql<{
			seats: number;
			taken: number | boolean;
			top: number | string | null;
		}>`
			SELECT (SELECT seat_count FROM classes WHERE id = ${classId}) AS seats,
			EXISTS (SELECT 1 FROM seats WHERE class_id = ${classId} AND nickname_key = ${key}) AS taken,
			(SELECT max(${pg ? sql`${tail}::numeric` : sql`CAST(${tail} AS INTEGER)`}) FROM seats
			 WHERE class_id = ${classId}
			 AND nickname_key > ${`${key} `} AND nickname_key < ${`${key}!`}
			 AND ${numbered}) AS top`.execute(executor);
		const facts = rows[0]!;
		return {
			seats: Number(facts.seats),
			taken: Boolean(facts.taken),
			top: facts.top === null ? null : Number(facts.top)
		};
	};

	const remove = (classId: string) =>
		kysely.transaction().execute(async (trx) => {
			await trx
				.deleteFrom('attempts')
				.where(
					'key',
					'in',
					trx.selectFrom('seats').select('attempt_key').where('class_id', '=', classId)
				)
				.execute();
			const deleted = await trx.deleteFrom('classes').where('id', '=', classId).executeTakeFirst();
			return deleted.numDeletedRows > 0n;
		});

	// A class from before view secrets gets its hash the first time its dashboard opens.
	const setViewSecret = (viewSecretHash: string, classId: string) =>
		kysely
			.updateTable('classes')
			.set({ view_secret_hash: viewSecretHash })
			.where('id', '=', classId)
			.where('view_secret_hash', 'is', null)
			.execute();

	/** One try at seating a student (join, below), in the transaction `trx`. */
	const seat = async (
		trx: typeof kysely,
		classRow: ClassRow,
		wanted: string,
		total: number,
		maxSeats: number
	): Promise<SeatRow | undefined> => {
		const facts = await seatingFacts(trx, classRow.id, wanted);
		if (facts.seats >= maxSeats) return undefined;
		const next = `${wanted} ${Math.max(2, (facts.top ?? 0) + 1)}`;
		// A long name must be shortened to fit its number: then probe the class's names (rare).
		const nickname = !facts.taken
			? wanted
			: [...next].length <= NICKNAME_MAX
				? next
				: uniqueNickname(
						wanted,
						new Set(
							(
								await trx
									.selectFrom('seats')
									.select('nickname')
									.where('class_id', '=', classRow.id)
									.execute()
							).map((s) => s.nickname)
						)
					);
		const nicknameKeyed = nicknameKey(nickname);
		const at = now();
		const seatId = randomId(9);
		const seatKey = randomId(24);
		if (pg) {
			const { rows } = await seatAtOnce({
				class_id: classRow.id,
				most: maxSeats,
				at,
				attempt_key: newAttemptKey(),
				public_id: newPublicId(),
				pack_id: classRow.packId,
				pack_version: classRow.packVersion,
				total,
				evidence_mode: classRow.evidenceMode,
				seat_id: seatId,
				seat_key: seatKey,
				nickname,
				nickname_key: nicknameKeyed
			});
			if (!rows[0]) throw new ClassFull();
			return toSeat(rows[0]);
		}
		const attempt = await attempts.create(
			{ id: classRow.packId, version: classRow.packVersion },
			total,
			null,
			classRow.evidenceMode,
			trx
		);
		const { rows } = await insertSeat(
			{
				id: seatId,
				seat_key: seatKey,
				class_id: classRow.id,
				nickname,
				nickname_key: nicknameKeyed,
				attempt_key: attempt.key,
				joined_at: at
			},
			trx
		);
		// Counted last, so the class's row is held for the shortest time; full by now: undone.
		const counted = await countSeat({ id: classRow.id, most: maxSeats, at }, trx);
		if (!counted.numAffectedRows) throw new ClassFull();
		return toSeat(rows[0]!);
	};

	return {
		/** Creates a class; the teacher secret is returned once and stored only as a hash. */
		create: (settings: ClassSettings): Promise<{ row: ClassRow; teacherSecret: string }> =>
			kysely.transaction().execute(async (trx) => {
				const codeTaken = async (code: string) =>
					(await trx
						.selectFrom('classes')
						.select('id')
						.where('code', '=', code)
						.executeTakeFirst()) !== undefined;
				let code = newJoinCode();
				while (await codeTaken(code)) code = newJoinCode();
				const id = randomId(12);
				const teacherSecret = randomId(24);
				const row = await trx
					.insertInto('classes')
					.values({
						id,
						code,
						teacher_secret_hash: hashSecret(teacherSecret),
						view_secret_hash: hashSecret(viewSecretOf(teacherSecret)),
						title: settings.title,
						pack_id: settings.packId,
						pack_version: settings.packVersion,
						pacing: settings.pacing,
						feedback: settings.feedback,
						time_limit_minutes: settings.timeLimitMinutes,
						max_seats: settings.maxSeats,
						evidence_mode: settings.evidenceMode,
						created_at: now()
					})
					.returning(CLASS_COLUMNS)
					.executeTakeFirstOrThrow();
				return { row: toClass(row), teacherSecret };
			}),

		byCode: (code: string): Promise<ClassRow | undefined> => classWhere('code', code),

		async bySecret(secret: string): Promise<ClassRow | undefined> {
			if (!TEACHER_SECRET_PATTERN.test(secret)) return undefined;
			return classWhere('teacher_secret_hash', hashSecret(secret));
		},

		/** The class a projector link opens. */
		async byViewSecret(viewSecret: string): Promise<ClassRow | undefined> {
			if (!TEACHER_SECRET_PATTERN.test(viewSecret)) return undefined;
			return classWhere('view_secret_hash', hashSecret(viewSecret));
		},

		/** The projector secret of a class its teacher has opened (stored now for older classes). */
		async viewSecret(classRow: ClassRow, teacherSecret: string): Promise<string> {
			const viewSecret = viewSecretOf(teacherSecret);
			await setViewSecret(hashSecret(viewSecret), classRow.id);
			return viewSecret;
		},

		get: (id: string): Promise<ClassRow | undefined> => classWhere('id', id),

		/**
		 * Seats a student: a nickname made unique in the class, and a fresh attempt; undefined when
		 * the class already has `maxSeats`.
		 */
		async join(
			classRow: ClassRow,
			wanted: string,
			total: number,
			maxSeats: number
		): Promise<SeatRow | undefined> {
			// On PostgreSQL joins to one class run side by side: the class's row is locked only by the
			// last statement, the count, until the commit right after it (joins that locked it first
			// took turns for the whole join, and 10,000 joining in a minute queued for seconds). Two
			// taking the same name at once: the nickname index refuses the second, which starts again
			// and gets the name's next number. SQLite's writer has the database to itself.
			for (let tries = 1; ; tries++) {
				try {
					// PostgreSQL's last statement holds the whole join's writes (seatAtOnce).
					return await (pg
						? seat(kysely, classRow, wanted, total, maxSeats)
						: kysely.transaction().execute((trx) => seat(trx, classRow, wanted, total, maxSeats)));
				} catch (error) {
					if (error instanceof ClassFull) return undefined;
					if (!isUniqueError(error) || tries >= JOIN_TRIES) throw error;
				}
			}
		},

		async seat(seatKey: string): Promise<SeatRow | undefined> {
			if (!SEAT_KEY_PATTERN.test(seatKey)) return undefined;
			const [row] = (await seatByKey({ seatKey })).rows;
			return row && toSeat(row);
		},

		/** A seat with its attempt's row, read together (the answer path). */
		async seatWithAttempt(
			seatKey: string
		): Promise<(SeatRow & { attempt: AttemptRow }) | undefined> {
			if (!SEAT_KEY_PATTERN.test(seatKey)) return undefined;
			const [row] = (await seatAndAttemptByKey({ seatKey })).rows;
			return row && { ...toSeat(row), attempt: toAttempt(row) };
		},

		async seats(classId: string): Promise<SeatRow[]> {
			const rows = await kysely
				.selectFrom('seats')
				.select(SEAT_COLUMNS)
				.where('class_id', '=', classId)
				.orderBy('joined_at')
				.orderBy(takenOrder)
				.execute();
			return rows.map(toSeat);
		},

		/** Every answer in the class in one query: the dashboard's raw material. */
		async answers(classId: string): Promise<ClassAnswer[]> {
			const rows = await kysely
				.selectFrom('seats as s')
				.innerJoin('answers as a', 'a.attempt_key', 's.attempt_key')
				.select(['s.id as seat_id', 'a.question_id', 'a.given', 'a.cited'])
				.where('s.class_id', '=', classId)
				.execute();
			return rows.map((r) => ({
				seatId: r.seat_id,
				questionId: r.question_id,
				given: JSON.parse(r.given) as string | number,
				cited: JSON.parse(r.cited) as string[]
			}));
		},

		async removeSeat(classId: string, seatId: string): Promise<boolean> {
			return changed(
				await kysely
					.updateTable('seats')
					.set({ removed_at: now() })
					.where('class_id', '=', classId)
					.where('id', '=', seatId)
					.where('removed_at', 'is', null)
					.executeTakeFirst()
			);
		},

		async close(classId: string): Promise<boolean> {
			return changed(
				await kysely
					.updateTable('classes')
					.set({ closed_at: now() })
					.where('id', '=', classId)
					.where('closed_at', 'is', null)
					.executeTakeFirst()
			);
		},

		/** Teacher pacing: opens one more question, up to the last. */
		async openNextQuestion(classId: string, total: number): Promise<boolean> {
			return changed(
				await kysely
					.updateTable('classes')
					.set((eb) => ({
						open_question: eb
							.case()
							.when('open_question', '<', total)
							.then(eb('open_question', '+', 1))
							.else(total)
							.end()
					}))
					.where('id', '=', classId)
					.where('closed_at', 'is', null)
					.executeTakeFirst()
			);
		},

		/** Deletes the class, its seats and their attempts and answers. */
		delete: (classId: string): Promise<boolean> => remove(classId),

		/** Deletes the classes created before a time; returns their ids. */
		async purgeCreatedBefore(time: number): Promise<string[]> {
			const expired = await kysely
				.selectFrom('classes')
				.select('id')
				.where('created_at', '<', time)
				.execute();
			const ids: string[] = [];
			for (const { id } of expired) if (await remove(id)) ids.push(id);
			return ids;
		}
	};
}

export type ClassStore = ReturnType<typeof createClassStore>;
