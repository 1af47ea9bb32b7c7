// Opens the SQLite database, creating its folder and applying migrations in order.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** Each entry moves the schema one version on; never edit one that has shipped, add another. */
const MIGRATIONS: string[] = [
	`CREATE TABLE attempts (
		key TEXT PRIMARY KEY,
		public_id TEXT NOT NULL UNIQUE,
		pack_id TEXT NOT NULL,
		total INTEGER NOT NULL,
		answered INTEGER NOT NULL DEFAULT 0,
		score INTEGER NOT NULL DEFAULT 0,
		created_at INTEGER NOT NULL,
		finished_at INTEGER
	);
	CREATE TABLE answers (
		attempt_key TEXT NOT NULL REFERENCES attempts(key) ON DELETE CASCADE,
		question_id TEXT NOT NULL,
		given TEXT NOT NULL,
		correct INTEGER NOT NULL,
		points INTEGER NOT NULL,
		answered_at INTEGER NOT NULL,
		PRIMARY KEY (attempt_key, question_id)
	);
	CREATE INDEX attempts_created_at ON attempts(created_at);`,
	// The shared result a player was challenged by, for the side-by-side comparison.
	`ALTER TABLE attempts ADD COLUMN challenge TEXT;`,
	// Classroom mode: a class (exercise) and its students' seats; each seat plays one attempt.
	`CREATE TABLE classes (
		id TEXT PRIMARY KEY,
		code TEXT NOT NULL UNIQUE,
		teacher_secret_hash TEXT NOT NULL UNIQUE,
		title TEXT NOT NULL,
		pack_id TEXT NOT NULL,
		pacing TEXT NOT NULL CHECK (pacing IN ('self', 'teacher')),
		feedback TEXT NOT NULL CHECK (feedback IN ('each', 'end')),
		time_limit_minutes INTEGER,
		open_question INTEGER NOT NULL DEFAULT 0,
		created_at INTEGER NOT NULL,
		closed_at INTEGER
	);
	CREATE TABLE seats (
		id TEXT PRIMARY KEY,
		seat_key TEXT NOT NULL UNIQUE,
		class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
		nickname TEXT NOT NULL,
		attempt_key TEXT NOT NULL UNIQUE REFERENCES attempts(key) ON DELETE CASCADE,
		joined_at INTEGER NOT NULL,
		removed_at INTEGER,
		UNIQUE (class_id, nickname COLLATE NOCASE)
	);
	CREATE INDEX classes_created_at ON classes(created_at);`,
	// A time limit runs from the first student's join, not from when the teacher set the class up.
	`ALTER TABLE classes ADD COLUMN started_at INTEGER;
	UPDATE classes SET started_at = created_at
		WHERE EXISTS (SELECT 1 FROM seats WHERE seats.class_id = classes.id);`,
	// The read-only link for the projector and the debrief, stored as a hash like the teacher's.
	// It is derived from the teacher secret (class-store.ts), so an older class gets its hash the
	// first time its dashboard opens.
	`ALTER TABLE classes ADD COLUMN view_secret_hash TEXT;
	CREATE UNIQUE INDEX classes_view_secret ON classes(view_secret_hash);`,
	// A teacher's own, lower cap on the class's size (null: the server's MAX_SEATS_PER_CLASS).
	`ALTER TABLE classes ADD COLUMN max_seats INTEGER;`,
	// Point at the proof: the sentences cited with each answer and the evidence point they earned;
	// how an exercise asks for evidence, copied onto each seat's attempt so it is scored the same.
	`ALTER TABLE answers ADD COLUMN cited TEXT NOT NULL DEFAULT '[]';
	ALTER TABLE answers ADD COLUMN evidence_points INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE attempts ADD COLUMN evidence_mode TEXT NOT NULL DEFAULT 'bonus'
		CHECK (evidence_mode IN ('off', 'bonus', 'required'));
	ALTER TABLE attempts ADD COLUMN evidence_score INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE classes ADD COLUMN evidence_mode TEXT NOT NULL DEFAULT 'bonus'
		CHECK (evidence_mode IN ('off', 'bonus', 'required'));`,
	// Packs in the database: the built-in ones seeded at start, and those teachers write. A pack's
	// content is kept per version (a hash of it), and attempts and classes name the version they
	// were played on, so they are always scored and shown against the same text.
	`CREATE TABLE packs (
		id TEXT PRIMARY KEY,
		edit_secret_hash TEXT UNIQUE,
		built_in INTEGER NOT NULL DEFAULT 0,
		title TEXT NOT NULL,
		version TEXT,
		created_at INTEGER NOT NULL,
		updated_at INTEGER NOT NULL,
		played_at INTEGER
	);
	CREATE TABLE pack_versions (
		version TEXT PRIMARY KEY,
		pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
		content TEXT NOT NULL,
		created_at INTEGER NOT NULL
	);
	CREATE INDEX pack_versions_pack ON pack_versions(pack_id);
	ALTER TABLE attempts ADD COLUMN pack_version TEXT;
	ALTER TABLE classes ADD COLUMN pack_version TEXT;`,
	// The authoring page: a teacher's pack being written, saved as it goes under its edit secret
	// (the form's own JSON, checked by the draft schema when read), before and after publishing.
	`ALTER TABLE packs ADD COLUMN draft TEXT;
	ALTER TABLE packs ADD COLUMN draft_updated_at INTEGER;`
];

export function migrate(db: Db): void {
	const current = db.pragma('user_version', { simple: true }) as number;
	db.transaction(() => {
		MIGRATIONS.slice(current).forEach((sql) => db.exec(sql));
		db.pragma(`user_version = ${MIGRATIONS.length}`);
	})();
}

export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = NORMAL');
	db.pragma('foreign_keys = ON');
	db.pragma('busy_timeout = 5000');
	db.pragma('journal_size_limit = 67108864');
	migrate(db);
	return db;
}
