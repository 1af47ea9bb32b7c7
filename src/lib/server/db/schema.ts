// The database's tables as Kysely sees them: one typed schema for SQLite and PostgreSQL alike.
// Times are milliseconds since 1970 (BIGINT on PostgreSQL, read back as numbers: database.ts);
// booleans are 0/1 integers on both engines, as SQLite has them.
import type { ColumnType, Generated } from 'kysely';
import type { EvidenceMode } from '../../quiz/evidence';
import type { FeedbackMode, Pacing } from '../../contract/classroom';

/** A column with a default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface AttemptsTable {
	key: string;
	public_id: string;
	pack_id: string;
	pack_version: string | null;
	total: number;
	answered: Generated<number>;
	score: Generated<number>;
	evidence_score: Generated<number>;
	evidence_mode: Defaulted<EvidenceMode>;
	created_at: number;
	finished_at: number | null;
	challenge: string | null;
	/** 1: the author's own round on a preview of their draft, which is no play (migration 0013). */
	preview: Defaulted<number>;
}

export interface AnswersTable {
	attempt_key: string;
	question_id: string;
	/** JSON: the option id or the number given. */
	given: string;
	/** JSON: the sentence ids cited. */
	cited: Defaulted<string>;
	correct: number;
	points: number;
	evidence_points: Defaulted<number>;
	answered_at: number;
}

export interface ClassesTable {
	id: string;
	code: string;
	teacher_secret_hash: string;
	view_secret_hash: string | null;
	title: string;
	pack_id: string;
	pack_version: string | null;
	pacing: Pacing;
	feedback: FeedbackMode;
	time_limit_minutes: number | null;
	max_seats: number | null;
	evidence_mode: Defaulted<EvidenceMode>;
	open_question: Generated<number>;
	created_at: number;
	started_at: number | null;
	closed_at: number | null;
	/** Seats ever taken (removed ones too), counted by each join (migration 0012). */
	seat_count: Generated<number>;
}

export interface SeatsTable {
	id: string;
	seat_key: string;
	class_id: string;
	nickname: string;
	/** nicknameKey(nickname): unique in the class, so that no two nicknames look alike. */
	nickname_key: string;
	attempt_key: string;
	joined_at: number;
	removed_at: number | null;
}

export interface PacksTable {
	id: string;
	edit_secret_hash: string | null;
	built_in: Defaulted<number>;
	title: string;
	version: string | null;
	created_at: number;
	updated_at: number;
	played_at: number | null;
	/** The authoring page's form as JSON (drafts.ts), saved as the teacher writes. */
	draft: string | null;
	draft_updated_at: number | null;
}

export interface PackVersionsTable {
	version: string;
	pack_id: string;
	/** JSON: the pack. */
	content: string;
	created_at: number;
}

export interface JoinFailuresTable {
	/** The client address that typed a code no class has. */
	address: string;
	failed_at: number;
}

export interface Database {
	attempts: AttemptsTable;
	answers: AnswersTable;
	classes: ClassesTable;
	seats: SeatsTable;
	packs: PacksTable;
	pack_versions: PackVersionsTable;
	join_failures: JoinFailuresTable;
}
