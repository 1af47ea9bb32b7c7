// Stores attempts and their answers (SQLite or PostgreSQL); the database keeps each attempt's totals
// as its answers are inserted (migration 0011), so the score stays exact in one statement.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { EvidenceMode } from '../../quiz/evidence';
import { compiledQuery } from './compiled-query';
import { isForeignKeyError, type Db } from './database';
import type { AnswersTable, AttemptsTable, Database } from './schema';
import { newAttemptKey, newPublicId } from './ids';

export interface AttemptRow {
	key: string;
	publicId: string;
	packId: string;
	/** The version of the pack it is played on (pack-store.ts). */
	packVersion: string | null;
	total: number;
	answered: number;
	score: number;
	evidenceScore: number;
	/** How this attempt is asked for evidence: solo play gets the bonus, a class its own choice. */
	evidenceMode: EvidenceMode;
	createdAt: number;
	finishedAt: number | null;
	/** Public id of the shared result this attempt was started from, if any. */
	challenge: string | null;
}

export interface StoredAnswer {
	questionId: string;
	given: string | number;
	/** Sentence ids, in article order. */
	cited: string[];
	correct: boolean;
	points: number;
	evidencePoints: number;
	answeredAt: number;
}

/** What is recorded for one answer, already scored. */
export interface AnswerRecord {
	given: string | number;
	cited: readonly string[];
	correct: boolean;
	points: number;
	evidencePoints: number;
}

export type RecordResult =
	| { status: 'recorded' | 'repeated'; answer: StoredAnswer }
	| { status: 'conflict'; answer: StoredAnswer }
	| { status: 'no-attempt' };

type RawAttempt = Selectable<AttemptsTable>;
type RawAnswer = Pick<
	Selectable<AnswersTable>,
	'question_id' | 'given' | 'cited' | 'correct' | 'points' | 'evidence_points' | 'answered_at'
>;

/** An attempt as the store gives it, from its row (also read joined to a seat: class-store.ts). */
export const toAttempt = (r: RawAttempt): AttemptRow => ({
	key: r.key,
	publicId: r.public_id,
	packId: r.pack_id,
	packVersion: r.pack_version,
	total: r.total,
	answered: r.answered,
	score: r.score,
	evidenceScore: r.evidence_score,
	evidenceMode: r.evidence_mode,
	createdAt: r.created_at,
	finishedAt: r.finished_at,
	challenge: r.challenge
});

const toAnswer = (r: RawAnswer): StoredAnswer => ({
	questionId: r.question_id,
	given: JSON.parse(r.given) as string | number,
	cited: JSON.parse(r.cited) as string[],
	correct: r.correct === 1,
	points: r.points,
	evidencePoints: r.evidence_points,
	answeredAt: r.answered_at
});

const sameCitation = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((id, i) => id === b[i]);

const ANSWER_COLUMNS = [
	'question_id',
	'given',
	'cited',
	'correct',
	'points',
	'evidence_points',
	'answered_at'
] as const;

export function createAttemptStore(db: Db, now: () => number = Date.now) {
	const { kysely } = db;
	// Every answer reads its attempt, then records itself (the database adds it to the attempt's
	// totals: migration 0011): both compiled once (compiled-query.ts).
	const byKey = compiledQuery(kysely, (v: { key: string }) =>
		kysely.selectFrom('attempts').selectAll().where('key', '=', v.key)
	);
	const insertAnswer = compiledQuery(kysely, (v: Selectable<AnswersTable>) =>
		kysely
			.insertInto('answers')
			.values({
				attempt_key: v.attempt_key,
				question_id: v.question_id,
				given: v.given,
				cited: v.cited,
				correct: v.correct,
				points: v.points,
				evidence_points: v.evidence_points,
				answered_at: v.answered_at
			})
			.onConflict((oc) => oc.columns(['attempt_key', 'question_id']).doNothing())
	);
	// Every join starts one (a class of 10,000 joins in a minute or two).
	const insertAttempt = compiledQuery(kysely, (v: Insertable<AttemptsTable>) =>
		kysely
			.insertInto('attempts')
			.values({
				key: v.key,
				public_id: v.public_id,
				pack_id: v.pack_id,
				pack_version: v.pack_version,
				total: v.total,
				created_at: v.created_at,
				challenge: v.challenge,
				evidence_mode: v.evidence_mode,
				preview: v.preview
			})
			.returningAll()
	);

	return {
		/**
		 * Starts an attempt; `within` is the transaction it belongs to, if any (a class seat's).
		 * `preview`: the author's own round on a preview of their draft, which is no play.
		 */
		async create(
			pack: { id: string; version: string | null; preview?: boolean },
			total: number,
			challenge: string | null = null,
			evidenceMode: EvidenceMode = 'bonus',
			within: Kysely<Database> = kysely
		): Promise<AttemptRow> {
			const { rows } = await insertAttempt(
				{
					key: newAttemptKey(),
					public_id: newPublicId(),
					pack_id: pack.id,
					pack_version: pack.version,
					total,
					created_at: now(),
					challenge,
					evidence_mode: evidenceMode,
					preview: pack.preview ? 1 : 0
				},
				within
			);
			return toAttempt(rows[0]!);
		},
		async get(key: string): Promise<AttemptRow | undefined> {
			const [row] = (await byKey({ key })).rows;
			return row && toAttempt(row);
		},
		async getByPublicId(publicId: string): Promise<AttemptRow | undefined> {
			const row = await kysely
				.selectFrom('attempts')
				.selectAll()
				.where('public_id', '=', publicId)
				.executeTakeFirst();
			return row && toAttempt(row);
		},
		async hasPublicId(publicId: string): Promise<boolean> {
			const row = await kysely
				.selectFrom('attempts')
				.select('key')
				.where('public_id', '=', publicId)
				.executeTakeFirst();
			return row !== undefined;
		},
		async answers(key: string): Promise<StoredAnswer[]> {
			const rows = await kysely
				.selectFrom('answers')
				.select(ANSWER_COLUMNS)
				.where('attempt_key', '=', key)
				.orderBy('question_id')
				.execute();
			return rows.map(toAnswer);
		},

		/** Records a scored answer once; a retry of it is harmless, a different one is refused. */
		async record(key: string, questionId: string, answer: AnswerRecord): Promise<RecordResult> {
			const { given, cited, correct, points, evidencePoints } = answer;
			const at = now();
			let inserted;
			try {
				// One statement: the insert, and the trigger that adds it to the attempt's totals.
				inserted = await insertAnswer({
					attempt_key: key,
					question_id: questionId,
					given: JSON.stringify(given),
					cited: JSON.stringify(cited),
					correct: correct ? 1 : 0,
					points,
					evidence_points: evidencePoints,
					answered_at: at
				});
			} catch (error) {
				// The foreign key refuses an answer for an attempt that does not exist.
				if (isForeignKeyError(error)) return { status: 'no-attempt' };
				throw error;
			}
			if (Number(inserted.numAffectedRows ?? 0) > 0) {
				return {
					status: 'recorded',
					answer: { questionId, ...answer, cited: [...cited], answeredAt: at }
				};
			}
			// Answers are final: a retry of the same answer and citation is harmless, a different
			// one is refused. (The attempt may have gone since: then there is no answer either.)
			const row = await kysely
				.selectFrom('answers')
				.select(ANSWER_COLUMNS)
				.where('attempt_key', '=', key)
				.where('question_id', '=', questionId)
				.executeTakeFirst();
			if (!row) return { status: 'no-attempt' };
			const stored = toAnswer(row);
			const same = stored.given === given && sameCitation(stored.cited, cited);
			return { status: same ? 'repeated' : 'conflict', answer: stored };
		},

		/** Deletes attempts (and, by cascade, their answers) created before the given time. */
		async purgeCreatedBefore(time: number): Promise<number> {
			const result = await kysely
				.deleteFrom('attempts')
				.where('created_at', '<', time)
				.executeTakeFirst();
			return Number(result.numDeletedRows);
		},
		/** Deletes attempts never answered, created before the given time (not class seats'). */
		async purgeUnansweredBefore(time: number): Promise<number> {
			// A class seat's attempt stays until its class goes: deleting it would take the seat (and
			// the student's place on the teacher's list) with it, e.g. in a teacher-paced class still
			// waiting.
			const result = await kysely
				.deleteFrom('attempts')
				.where('answered', '=', 0)
				.where('created_at', '<', time)
				.where(({ not, exists, selectFrom }) =>
					not(
						exists(
							selectFrom('seats').select('id').whereRef('seats.attempt_key', '=', 'attempts.key')
						)
					)
				)
				.executeTakeFirst();
			return Number(result.numDeletedRows);
		}
	};
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
