// The database layer itself: which engine a URL selects, migrations on both engines, and a SQLite
// file made by the code from before Kysely upgrading in place with nothing lost.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import { isPostgresUrl, migrate, openDatabase, type Db } from './database';
import { migrations } from './migrations';
import { ENGINES, freshDatabase, tempDatabase } from '../../../test-support/databases';
import { LEGACY_SQL, legacyDatabase } from '../../../test-support/legacy-schema';

const dir = mkdtempSync(join(tmpdir(), 'source-check-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const legacyPath = () => join(dir, `old-${++files}.db`);

/** Every table's columns, by name, as the engine reports them. */
async function columns(db: Db): Promise<Record<string, string[]>> {
	const tables = ['attempts', 'answers', 'classes', 'seats', 'packs', 'pack_versions'];
	const result: Record<string, string[]> = {};
	for (const table of tables) {
		const { rows } =
			db.engine === 'sqlite'
				? await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(
						db.kysely
					)
				: await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns
						WHERE table_schema = current_schema() AND table_name = ${table}`.execute(db.kysely);
		// PostgreSQL keeps in a column the insertion order SQLite has in its rowid.
		result[table] = rows
			.map((r) => r.name)
			.filter((name) => name !== 'seq')
			.sort();
	}
	return result;
}

describe('DATABASE_URL', () => {
	it('selects PostgreSQL for postgres:// and postgresql:// only', () => {
		expect(isPostgresUrl('postgres://u@localhost/db')).toBe(true);
		expect(isPostgresUrl('postgresql://u@localhost:5433/db')).toBe(true);
		expect(isPostgresUrl('./data/source-check.db')).toBe(false);
		expect(isPostgresUrl('/var/lib/postgres.db')).toBe(false);
	});
});

describe.each(ENGINES)('migrations on %s', (engine) => {
	const { db } = tempDatabase(engine);

	it('records every migration by name, and a second run does nothing', async () => {
		const applied = await db.kysely
			// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own table
			.selectFrom('kysely_migration' as any)
			.select('name')
			.orderBy('name')
			.execute();
		expect(applied.map((r) => r.name)).toEqual(Object.keys(migrations(engine)));
		expect((await migrate(db)).results).toEqual([]);
	});

	it('builds the same tables and columns as on the other engine', async () => {
		const other = await freshDatabase(engine === 'sqlite' ? 'postgres' : 'sqlite');
		expect(await columns(db)).toEqual(await columns(other.db));
	});
});

describe('PostgreSQL instances starting together', () => {
	it('migrate once: the others wait for the lock and find nothing to do', async () => {
		const { url } = await freshDatabase('postgres');
		const opened = await Promise.all([openDatabase(url), openDatabase(url), openDatabase(url)]);
		try {
			const { rows } = await sql<{
				n: number;
			}>`SELECT count(*)::int AS n FROM kysely_migration`.execute(opened[0]!.kysely);
			expect(rows[0]!.n).toBe(Object.keys(migrations('postgres')).length);
		} finally {
			await Promise.all(opened.map((db) => db.close()));
		}
	});
});

describe('a SQLite file made before Kysely', () => {
	it('upgrades in place: every row kept, no migration run twice, stores read it', async () => {
		const path = legacyPath();
		const old = legacyDatabase(path);
		old
			.prepare(
				`INSERT INTO attempts (key, public_id, pack_id, pack_version, total, answered, score, created_at, finished_at, evidence_score)
				 VALUES ('k'||'x', 'pub', 'council', 'v1', 2, 2, 1, 1700000000000, 1700000000999, 1)`
			)
			.run();
		old
			.prepare(
				`INSERT INTO answers (attempt_key, question_id, given, correct, points, answered_at, cited, evidence_points)
				 VALUES ('kx', 'q01', '"a"', 1, 1, 1700000000500, '["p1s1"]', 1)`
			)
			.run();
		old
			.prepare(
				`INSERT INTO classes (id, code, teacher_secret_hash, title, pack_id, pacing, feedback, created_at, started_at)
				 VALUES ('c1', 'ABC234', 'hash', 'Old class', 'council', 'self', 'each', 1700000000000, 1700000000100)`
			)
			.run();
		old
			.prepare(
				`INSERT INTO seats (id, seat_key, class_id, nickname, attempt_key, joined_at)
				 VALUES ('s1', 'seatkey', 'c1', 'Ana', 'kx', 1700000000100)`
			)
			.run();
		old.close();

		const db = await openDatabase(path);
		try {
			// Every legacy migration taken as applied, then the four since (0010–0013) run: thirteen in all.
			expect(db.sqlite!.pragma('user_version', { simple: true })).toBe(LEGACY_SQL.length + 4);
			const attempt = await createAttemptStore(db).get('kx');
			expect(attempt).toMatchObject({ publicId: 'pub', answered: 2, score: 1, evidenceScore: 1 });
			expect(await createAttemptStore(db).answers('kx')).toEqual([
				expect.objectContaining({ questionId: 'q01', given: 'a', cited: ['p1s1'], correct: true })
			]);
			const classes = createClassStore(db, createAttemptStore(db));
			expect((await classes.get('c1'))?.title).toBe('Old class');
			expect((await classes.seats('c1')).map((s) => s.nickname)).toEqual(['Ana']);
			// The old unique index on nicknames still holds: the same name, any case, is renamed.
			const seat = await classes.join((await classes.get('c1'))!, 'ANA', 2, 10);
			expect(seat?.nickname).toBe('ANA 2');
			// The seats it had are counted (migration 0012): with room for two, the class is full.
			expect(await classes.join((await classes.get('c1'))!, 'Zed', 2, 2)).toBeUndefined();
			// Same tables and columns as a database the new code makes.
			const fresh = await freshDatabase('sqlite');
			expect(await columns(db)).toEqual(await columns(fresh.db));
		} finally {
			await db.close();
		}
		// Opened again, it is tracked by name now: nothing runs.
		const again = await openDatabase(path);
		try {
			expect((await migrate(again)).results).toEqual([]);
		} finally {
			await again.close();
		}
	});

	it('runs only the migrations it had not reached', async () => {
		const path = legacyPath();
		const old = legacyDatabase(path, 5);
		old
			.prepare(
				`INSERT INTO classes (id, code, teacher_secret_hash, title, pack_id, pacing, feedback, created_at)
				 VALUES ('c1', 'ABC234', 'hash', 'Five', 'council', 'teacher', 'end', 1700000000000)`
			)
			.run();
		old.close();
		const db = await openDatabase(path);
		try {
			const row = await db.kysely
				.selectFrom('classes')
				.select(['title', 'max_seats', 'evidence_mode', 'pack_version'])
				.executeTakeFirstOrThrow();
			expect(row).toEqual({
				title: 'Five',
				max_seats: null,
				evidence_mode: 'bonus',
				pack_version: null
			});
		} finally {
			await db.close();
		}
	});

	it('is left as it was when a migration fails', async () => {
		const path = legacyPath();
		const old = legacyDatabase(path, 7);
		// Something in the way of migration 8.
		old.exec('CREATE TABLE packs (id TEXT)');
		old.close();
		await expect(openDatabase(path)).rejects.toThrow();
		const reopened = new Database(path, { readonly: true });
		try {
			expect(reopened.pragma('user_version', { simple: true })).toBe(7);
			const tables = reopened
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
				.all()
				.map((r) => (r as { name: string }).name);
			expect(tables).not.toContain('kysely_migration');
			expect(tables).not.toContain('pack_versions');
		} finally {
			reopened.close();
		}
	});
});
