// Stores attempts and their answers in SQLite; one transaction per answer keeps the score exact.
import type Database from 'better-sqlite3';
import type { EvidenceMode } from '../quiz/evidence';
import type { Db } from './database';
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

interface RawAttempt {
	key: string;
	public_id: string;
	pack_id: string;
	pack_version: string | null;
	total: number;
	answered: number;
	score: number;
	evidence_score: number;
	evidence_mode: EvidenceMode;
	created_at: number;
	finished_at: number | null;
	challenge: string | null;
}

interface RawAnswer {
	question_id: string;
	given: string;
	cited: string;
	correct: number;
	points: number;
	evidence_points: number;
	answered_at: number;
}

const toAttempt = (r: RawAttempt): AttemptRow => ({
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

export function createAttemptStore(db: Db, now: () => number = Date.now) {
	const insertAttempt = db.prepare(
		'INSERT INTO attempts (key, public_id, pack_id, pack_version, total, created_at, challenge, evidence_mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const selectByKey = db.prepare<[string], RawAttempt>('SELECT * FROM attempts WHERE key = ?');
	const publicIdExists = db.prepare<[string], { n: number }>(
		'SELECT count(*) AS n FROM attempts WHERE public_id = ?'
	);
	const selectByPublicId = db.prepare<[string], RawAttempt>(
		'SELECT * FROM attempts WHERE public_id = ?'
	);
	const selectAnswers = db.prepare<[string], RawAnswer>(
		'SELECT question_id, given, cited, correct, points, evidence_points, answered_at FROM answers WHERE attempt_key = ? ORDER BY question_id'
	);
	const selectAnswer = db.prepare<[string, string], RawAnswer>(
		'SELECT question_id, given, cited, correct, points, evidence_points, answered_at FROM answers WHERE attempt_key = ? AND question_id = ?'
	);
	const insertAnswer = db.prepare(
		'INSERT OR IGNORE INTO answers (attempt_key, question_id, given, cited, correct, points, evidence_points, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const addToScore = db.prepare(
		`UPDATE attempts SET answered = answered + 1, score = score + ?, evidence_score = evidence_score + ?,
		 finished_at = CASE WHEN answered + 1 >= total THEN ? ELSE finished_at END WHERE key = ?`
	);

	const purge = db.prepare('DELETE FROM attempts WHERE created_at < ?');
	// A class seat's attempt stays until its class goes: deleting it would take the seat (and the
	// student's place on the teacher's list) with it, e.g. in a teacher-paced class still waiting.
	const purgeUnanswered = db.prepare(
		`DELETE FROM attempts WHERE answered = 0 AND created_at < ?
		 AND NOT EXISTS (SELECT 1 FROM seats WHERE seats.attempt_key = attempts.key)`
	);

	const record = db.transaction(
		(key: string, questionId: string, answer: AnswerRecord): RecordResult => {
			const { given, cited, correct, points, evidencePoints } = answer;
			const at = now();
			let inserted: Database.RunResult;
			try {
				inserted = insertAnswer.run(
					key,
					questionId,
					JSON.stringify(given),
					JSON.stringify(cited),
					correct ? 1 : 0,
					points,
					evidencePoints,
					at
				);
			} catch (error) {
				// The foreign key refuses an answer for an attempt that does not exist.
				if (
					error instanceof Error &&
					'code' in error &&
					error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
				) {
					return { status: 'no-attempt' };
				}
				throw error;
			}
			if (inserted.changes === 0) {
				// Answers are final: a retry of the same answer and citation is harmless, a different
				// one is refused.
				const stored = toAnswer(selectAnswer.get(key, questionId)!);
				const same = stored.given === given && sameCitation(stored.cited, cited);
				return { status: same ? 'repeated' : 'conflict', answer: stored };
			}
			addToScore.run(points, evidencePoints, at, key);
			return {
				status: 'recorded',
				answer: { questionId, ...answer, cited: [...cited], answeredAt: at }
			};
		}
	);

	return {
		create(
			pack: { id: string; version: string | null },
			total: number,
			challenge: string | null = null,
			evidenceMode: EvidenceMode = 'bonus'
		): AttemptRow {
			const key = newAttemptKey();
			insertAttempt.run(
				key,
				newPublicId(),
				pack.id,
				pack.version,
				total,
				now(),
				challenge,
				evidenceMode
			);
			return toAttempt(selectByKey.get(key)!);
		},
		get(key: string): AttemptRow | undefined {
			const row = selectByKey.get(key);
			return row && toAttempt(row);
		},
		getByPublicId(publicId: string): AttemptRow | undefined {
			const row = selectByPublicId.get(publicId);
			return row && toAttempt(row);
		},
		hasPublicId(publicId: string): boolean {
			return publicIdExists.get(publicId)!.n > 0;
		},
		answers(key: string): StoredAnswer[] {
			return selectAnswers.all(key).map(toAnswer);
		},
		record,
		/** Deletes attempts (and, by cascade, their answers) created before the given time. */
		purgeCreatedBefore(time: number): number {
			return purge.run(time).changes;
		},
		/** Deletes attempts never answered, created before the given time (not class seats'). */
		purgeUnansweredBefore(time: number): number {
			return purgeUnanswered.run(time).changes;
		}
	};
}

export type AttemptStore = ReturnType<typeof createAttemptStore>;
