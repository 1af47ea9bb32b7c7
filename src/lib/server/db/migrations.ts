// The schema's history, written once for both engines with Kysely's schema builder; run in order by
// Kysely's Migrator (database.ts). Never edit one that has shipped: add another. Where the engines
// differ the migration says so (`pg`): a case-insensitive nickname index (until 0014's key), and
// the insertion order SQLite keeps in its rowid.
//
// Migrations 0001–0009 are the SQL strings the app ran before Kysely, counted in SQLite's
// user_version: a database they made is marked as far as its user_version says (database.ts), so
// it upgrades in place.
import { sql, type Kysely, type Migration } from 'kysely';
import { nicknameKey, uniqueNickname } from '../../classroom/nickname';

export type Engine = 'sqlite' | 'postgres';

// Milliseconds since 1970 outgrow PostgreSQL's 32-bit integer; to SQLite BIGINT is INTEGER.
const TIME = 'bigint';
const EVIDENCE_CHECK = sql`evidence_mode IN ('off', 'bonus', 'required')`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then
type AnyDb = Kysely<any>;

export function migrations(engine: Engine): Record<string, Migration> {
	const pg = engine === 'postgres';
	return {
		'0001_attempts': {
			async up(db: AnyDb) {
				await db.schema
					.createTable('attempts')
					.addColumn('key', 'text', (c) => c.primaryKey())
					.addColumn('public_id', 'text', (c) => c.notNull().unique())
					.addColumn('pack_id', 'text', (c) => c.notNull())
					.addColumn('total', 'integer', (c) => c.notNull())
					.addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
					.addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
					.addColumn('created_at', TIME, (c) => c.notNull())
					.addColumn('finished_at', TIME)
					.execute();
				await db.schema
					.createTable('answers')
					.addColumn('attempt_key', 'text', (c) =>
						c.notNull().references('attempts.key').onDelete('cascade')
					)
					.addColumn('question_id', 'text', (c) => c.notNull())
					.addColumn('given', 'text', (c) => c.notNull())
					.addColumn('correct', 'integer', (c) => c.notNull())
					.addColumn('points', 'integer', (c) => c.notNull())
					.addColumn('answered_at', TIME, (c) => c.notNull())
					.addPrimaryKeyConstraint('answers_pk', ['attempt_key', 'question_id'])
					.execute();
				await db.schema
					.createIndex('attempts_created_at')
					.on('attempts')
					.column('created_at')
					.execute();
			}
		},
		// The shared result a player was challenged by, for the side-by-side comparison.
		'0002_challenge': {
			async up(db: AnyDb) {
				await db.schema.alterTable('attempts').addColumn('challenge', 'text').execute();
			}
		},
		// Classroom mode: a class (exercise) and its students' seats; each seat plays one attempt.
		'0003_classes': {
			async up(db: AnyDb) {
				await db.schema
					.createTable('classes')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('code', 'text', (c) => c.notNull().unique())
					.addColumn('teacher_secret_hash', 'text', (c) => c.notNull().unique())
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('pack_id', 'text', (c) => c.notNull())
					.addColumn('pacing', 'text', (c) => c.notNull().check(sql`pacing IN ('self', 'teacher')`))
					.addColumn('feedback', 'text', (c) => c.notNull().check(sql`feedback IN ('each', 'end')`))
					.addColumn('time_limit_minutes', 'integer')
					.addColumn('open_question', 'integer', (c) => c.notNull().defaultTo(0))
					.addColumn('created_at', TIME, (c) => c.notNull())
					.addColumn('closed_at', TIME)
					.execute();
				await db.schema
					.createTable('seats')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('seat_key', 'text', (c) => c.notNull().unique())
					.addColumn('class_id', 'text', (c) =>
						c.notNull().references('classes.id').onDelete('cascade')
					)
					.addColumn('nickname', 'text', (c) => c.notNull())
					.addColumn('attempt_key', 'text', (c) =>
						c.notNull().unique().references('attempts.key').onDelete('cascade')
					)
					.addColumn('joined_at', TIME, (c) => c.notNull())
					.addColumn('removed_at', TIME)
					// SQLite lists seats in the order they were taken by rowid; PostgreSQL needs a column.
					.$call((t) =>
						pg ? t.addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity()) : t
					)
					.execute();
				// A nickname once per class, whatever its case: SQLite's NOCASE folds ASCII letters;
				// PostgreSQL indexes lower(nickname), in byte order ("C") so a prefix is a range of it.
				await sql`CREATE UNIQUE INDEX seats_class_nickname ON seats (class_id, ${
					pg ? sql`lower(nickname) COLLATE "C"` : sql`nickname COLLATE NOCASE`
				})`.execute(db);
				await db.schema
					.createIndex('classes_created_at')
					.on('classes')
					.column('created_at')
					.execute();
			}
		},
		// A time limit runs from the first student's join, not from when the teacher set the class up.
		'0004_class_started_at': {
			async up(db: AnyDb) {
				await db.schema.alterTable('classes').addColumn('started_at', TIME).execute();
				await sql`UPDATE classes SET started_at = created_at
					WHERE EXISTS (SELECT 1 FROM seats WHERE seats.class_id = classes.id)`.execute(db);
			}
		},
		// The read-only link for the projector and the debrief, stored as a hash like the teacher's.
		// It is derived from the teacher secret (class-store.ts), so an older class gets its hash the
		// first time its dashboard opens.
		'0005_class_view_secret': {
			async up(db: AnyDb) {
				await db.schema.alterTable('classes').addColumn('view_secret_hash', 'text').execute();
				await db.schema
					.createIndex('classes_view_secret')
					.unique()
					.on('classes')
					.column('view_secret_hash')
					.execute();
			}
		},
		// A teacher's own, lower cap on the class's size (null: the server's MAX_SEATS_PER_CLASS).
		'0006_class_max_seats': {
			async up(db: AnyDb) {
				await db.schema.alterTable('classes').addColumn('max_seats', 'integer').execute();
			}
		},
		// Point at the proof: the sentences cited with each answer and the evidence point they earned;
		// how an exercise asks for evidence, copied onto each seat's attempt so it is scored the same.
		'0007_evidence': {
			async up(db: AnyDb) {
				await db.schema
					.alterTable('answers')
					.addColumn('cited', 'text', (c) => c.notNull().defaultTo('[]'))
					.execute();
				await db.schema
					.alterTable('answers')
					.addColumn('evidence_points', 'integer', (c) => c.notNull().defaultTo(0))
					.execute();
				for (const table of ['attempts', 'classes']) {
					await db.schema
						.alterTable(table)
						.addColumn('evidence_mode', 'text', (c) =>
							c.notNull().defaultTo('bonus').check(EVIDENCE_CHECK)
						)
						.execute();
				}
				await db.schema
					.alterTable('attempts')
					.addColumn('evidence_score', 'integer', (c) => c.notNull().defaultTo(0))
					.execute();
			}
		},
		// Packs in the database: the built-in ones seeded at start, and those teachers write. A pack's
		// content is kept per version (a hash of it), and attempts and classes name the version they
		// were played on, so they are always scored and shown against the same text.
		'0008_packs': {
			async up(db: AnyDb) {
				await db.schema
					.createTable('packs')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('edit_secret_hash', 'text', (c) => c.unique())
					.addColumn('built_in', 'integer', (c) => c.notNull().defaultTo(0))
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('version', 'text')
					.addColumn('created_at', TIME, (c) => c.notNull())
					.addColumn('updated_at', TIME, (c) => c.notNull())
					.addColumn('played_at', TIME)
					.execute();
				await db.schema
					.createTable('pack_versions')
					.addColumn('version', 'text', (c) => c.primaryKey())
					.addColumn('pack_id', 'text', (c) =>
						c.notNull().references('packs.id').onDelete('cascade')
					)
					.addColumn('content', 'text', (c) => c.notNull())
					.addColumn('created_at', TIME, (c) => c.notNull())
					.execute();
				await db.schema
					.createIndex('pack_versions_pack')
					.on('pack_versions')
					.column('pack_id')
					.execute();
				await db.schema.alterTable('attempts').addColumn('pack_version', 'text').execute();
				await db.schema.alterTable('classes').addColumn('pack_version', 'text').execute();
			}
		},
		// The authoring page: a teacher's pack being written, saved as it goes under its edit secret
		// (the form's own JSON, checked by the draft schema when read), before and after publishing.
		'0009_pack_drafts': {
			async up(db: AnyDb) {
				await db.schema.alterTable('packs').addColumn('draft', 'text').execute();
				await db.schema.alterTable('packs').addColumn('draft_updated_at', TIME).execute();
			}
		},
		// Several instances on one database (issue 11). Wrong join codes are counted in the database,
		// so a guesser gets the same few tries however many instances share the work. On PostgreSQL,
		// every change a class's live views show is announced on commit (class-changes.ts): the
		// triggers name the row that changed, the instance that listens does the rest.
		'0010_instances': {
			async up(db: AnyDb) {
				await db.schema
					.createTable('join_failures')
					.addColumn('address', 'text', (c) => c.notNull())
					.addColumn('failed_at', TIME, (c) => c.notNull())
					.execute();
				await db.schema
					.createIndex('join_failures_address')
					.on('join_failures')
					.columns(['address', 'failed_at'])
					.execute();
				if (pg) await announceClassChanges(db);
			}
		},
		// An attempt's totals (answered, score, evidence score, finished) kept by the database as each
		// answer is inserted: recording an answer is one statement, not a transaction of an insert and
		// an update (on PostgreSQL, 4 round trips fewer per answer). Only an answer actually inserted
		// counts; ON CONFLICT DO NOTHING inserts none and fires nothing.
		'0011_answer_totals': {
			async up(db: AnyDb) {
				// Both engines read the row as it was in SET: `answered + 1` is the count with this one.
				const addToTotals = sql`UPDATE attempts SET
					answered = answered + 1,
					score = score + NEW.points,
					evidence_score = evidence_score + NEW.evidence_points,
					finished_at = CASE WHEN answered + 1 >= total THEN NEW.answered_at ELSE finished_at END
					WHERE key = NEW.attempt_key`;
				if (pg) {
					await sql`CREATE FUNCTION source_check_answer_totals() RETURNS trigger AS $$
					BEGIN
						${addToTotals};
						RETURN NULL;
					END $$ LANGUAGE plpgsql`.execute(db);
					await sql`CREATE TRIGGER answers_totals AFTER INSERT ON answers
						FOR EACH ROW EXECUTE FUNCTION source_check_answer_totals()`.execute(db);
				} else {
					await sql`CREATE TRIGGER answers_totals AFTER INSERT ON answers
						BEGIN ${addToTotals}; END`.execute(db);
				}
			}
		},
		// A class's seats counted as they are taken (class-store.ts, join): a join read count(*) of the
		// class's seats, which grows with the class (10,000 index entries for the last of 10,000
		// students, and on PostgreSQL a visit to each row). On PostgreSQL the count changing is no
		// change to announce.
		'0012_seat_count': {
			async up(db: AnyDb) {
				await db.schema
					.alterTable('classes')
					.addColumn('seat_count', 'integer', (c) => c.notNull().defaultTo(0))
					.execute();
				await sql`UPDATE classes SET seat_count =
					(SELECT count(*) FROM seats WHERE seats.class_id = classes.id)`.execute(db);
				if (pg) {
					// As in 0010, but silent when the count is all that changed.
					await sql`CREATE OR REPLACE FUNCTION source_check_class_announced() RETURNS trigger AS $$
					BEGIN
						IF TG_OP = 'DELETE' THEN
							PERFORM source_check_announce(jsonb_build_object('k', 'gone', 'c', OLD.id));
						ELSIF to_jsonb(NEW) - 'seat_count' IS DISTINCT FROM to_jsonb(OLD) - 'seat_count' THEN
							PERFORM source_check_announce(jsonb_build_object('k', 'class', 'c', NEW.id,
								'p', NEW.open_question IS DISTINCT FROM OLD.open_question
									OR NEW.closed_at IS DISTINCT FROM OLD.closed_at));
						END IF;
						RETURN NULL;
					END $$ LANGUAGE plpgsql`.execute(db);
				}
			}
		},
		// Previews (pack-store.ts): the author's rounds on a preview of their draft are marked, so
		// they do not keep the version (each preview stored one, never dropped: 663 in 40 s); and
		// a version's attempts and classes are found by an index, not by reading them all (with a
		// million attempts, each preview or publish took 3.5 s).
		'0013_previews': {
			async up(db: AnyDb) {
				await db.schema
					.alterTable('attempts')
					.addColumn('preview', 'integer', (c) => c.notNull().defaultTo(0))
					.execute();
				for (const table of ['attempts', 'classes']) {
					await db.schema
						.createIndex(`${table}_pack_version`)
						.on(table)
						.column('pack_version')
						.execute();
				}
			}
		},
		// Nicknames unique among those that look alike ("Аlice" with a Cyrillic А beside "Alice"): each
		// seat keeps its nickname's key (nicknameKey, computed here, as no SQL can), unique in its
		// class in place of the case-folded nickname. A seat that already looks like an earlier one of
		// its class is numbered as a join would number it, with a number no seat of the class has.
		// PostgreSQL compares keys in byte order ("C"), so a name's numbered keys are a range.
		'0014_seat_nickname_key': {
			async up(db: AnyDb) {
				// (A SQLite file from before Kysely has the old rule as a table constraint instead, which
				// stays: names with different keys never fold to the same one.)
				await sql`DROP INDEX IF EXISTS seats_class_nickname`.execute(db);
				await db.schema
					.alterTable('seats')
					.addColumn('nickname_key', 'text', (c) =>
						(pg ? c.modifyFront(sql`COLLATE "C"`) : c).notNull().defaultTo('')
					)
					.execute();
				const seats: { id: string; class_id: string; nickname: string }[] = await db
					.selectFrom('seats')
					.select(['id', 'class_id', 'nickname'])
					.orderBy('class_id')
					.orderBy('joined_at')
					.orderBy(pg ? sql`seq` : sql`rowid`)
					.execute();
				const byClass = new Map<string, typeof seats>();
				for (const seat of seats) {
					const list = byClass.get(seat.class_id) ?? [];
					list.push(seat);
					byClass.set(seat.class_id, list);
				}
				const keyed: { id: string; nickname: string; key: string }[] = [];
				for (const list of byClass.values()) {
					const keys = new Set(list.map((seat) => nicknameKey(seat.nickname)));
					const claimed = new Set<string>();
					for (const seat of list) {
						let nickname = seat.nickname;
						if (claimed.has(nicknameKey(nickname))) {
							nickname = uniqueNickname(nickname, (name) => {
								const key = nicknameKey(name);
								return claimed.has(key) || keys.has(key);
							});
						}
						const key = nicknameKey(nickname);
						claimed.add(key);
						keyed.push({ id: seat.id, nickname, key });
					}
				}
				for (let i = 0; i < keyed.length; i += 500) {
					const chunk = keyed.slice(i, i + 500);
					if (pg) {
						await sql`UPDATE seats SET nickname_key = v.key, nickname = v.nickname
							FROM (VALUES ${sql.join(chunk.map((s) => sql`(${s.id}, ${s.key}, ${s.nickname})`))})
							AS v(id, key, nickname) WHERE seats.id = v.id`.execute(db);
					} else {
						for (const s of chunk)
							await db
								.updateTable('seats')
								.set({ nickname_key: s.key, nickname: s.nickname })
								.where('id', '=', s.id)
								.execute();
					}
				}
				await sql`CREATE UNIQUE INDEX seats_class_nickname_key ON seats (class_id, nickname_key)`.execute(
					db
				);
			}
		}
	};
}

/** How many of the migrations above the app ran before Kysely (SQLite's user_version then). */
export const LEGACY_MIGRATIONS = 9;

/** The channel that class-changes.ts listens on. */
export const CLASS_CHANGES_CHANNEL = 'source_check_classes';

/**
 * PostgreSQL triggers that NOTIFY every change a class's live views show: an answer of a seated
 * student, a join, a removal, a class row changing (pacing, closing, the clock) or going. Sent on
 * commit, in commit order, never for a write rolled back; `i` is the writing connection's
 * application_name (the instance: its own announcements it has applied already). A payload past
 * NOTIFY's 8,000 bytes is sent as a "resync" of its class instead of failing the write.
 */
async function announceClassChanges(db: AnyDb) {
	await sql`CREATE FUNCTION source_check_announce(payload jsonb) RETURNS void AS $$
	DECLARE
		message text := (payload || jsonb_build_object('i', current_setting('application_name')))::text;
	BEGIN
		IF octet_length(message) > 7900 THEN
			message := jsonb_build_object('k', 'resync', 'c', payload->>'c',
				'i', current_setting('application_name'))::text;
		END IF;
		PERFORM pg_notify(${sql.lit(CLASS_CHANGES_CHANNEL)}, message);
	END $$ LANGUAGE plpgsql`.execute(db);
	await sql`CREATE FUNCTION source_check_answer_announced() RETURNS trigger AS $$
	DECLARE
		seat record;
	BEGIN
		SELECT id, class_id INTO seat FROM seats WHERE attempt_key = NEW.attempt_key;
		IF FOUND THEN
			PERFORM source_check_announce(jsonb_build_object('k', 'answer', 'c', seat.class_id,
				's', seat.id, 'q', NEW.question_id, 'g', NEW.given, 'e', NEW.cited));
		END IF;
		RETURN NULL;
	END $$ LANGUAGE plpgsql`.execute(db);
	await sql`CREATE TRIGGER answers_announced AFTER INSERT ON answers
		FOR EACH ROW EXECUTE FUNCTION source_check_answer_announced()`.execute(db);
	await sql`CREATE FUNCTION source_check_seat_announced() RETURNS trigger AS $$
	BEGIN
		IF TG_OP = 'INSERT' THEN
			PERFORM source_check_announce(jsonb_build_object('k', 'join', 'c', NEW.class_id,
				's', NEW.id, 'n', NEW.nickname, 'a', NEW.attempt_key));
		ELSIF OLD.removed_at IS NULL AND NEW.removed_at IS NOT NULL THEN
			PERFORM source_check_announce(jsonb_build_object('k', 'remove', 'c', NEW.class_id,
				's', NEW.id));
		END IF;
		RETURN NULL;
	END $$ LANGUAGE plpgsql`.execute(db);
	await sql`CREATE TRIGGER seats_announced AFTER INSERT OR UPDATE ON seats
		FOR EACH ROW EXECUTE FUNCTION source_check_seat_announced()`.execute(db);
	await sql`CREATE FUNCTION source_check_class_announced() RETURNS trigger AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			PERFORM source_check_announce(jsonb_build_object('k', 'gone', 'c', OLD.id));
		ELSE
			PERFORM source_check_announce(jsonb_build_object('k', 'class', 'c', NEW.id,
				'p', NEW.open_question IS DISTINCT FROM OLD.open_question
					OR NEW.closed_at IS DISTINCT FROM OLD.closed_at));
		END IF;
		RETURN NULL;
	END $$ LANGUAGE plpgsql`.execute(db);
	await sql`CREATE TRIGGER classes_announced AFTER UPDATE OR DELETE ON classes
		FOR EACH ROW EXECUTE FUNCTION source_check_class_announced()`.execute(db);
}
