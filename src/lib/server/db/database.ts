// Opens the database, SQLite (the default: a file path, `file:` or `sqlite:`) or PostgreSQL
// (`postgres://…` or `postgresql://…`), behind one typed Kysely query layer, and brings its
// schema up to date with the migrations in migrations.ts.
//
// Kysely (kysely.dev) is the one query builder over both: its SqliteDialect drives better-sqlite3
// and its PostgresDialect a `pg` pool, and its Migrator runs TypeScript migrations on either, so no
// query is written twice beyond what the engines force. Drizzle was the alternative; its table
// definitions are per engine.
import SqliteDatabase from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresDialect,
	sql,
	SqliteDialect,
	type Migration,
	type MigrationResultSet,
	type SqliteDatabase as SqliteDialectDatabase
} from 'kysely';
import { LRUCache } from 'lru-cache';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { LEGACY_MIGRATIONS, migrations, type Engine } from './migrations';
import { preparing } from './prepared-statements';
import type { Database } from './schema';
import { INLINE_WAL_LIMIT_BYTES } from './wal-checkpointer';

export type { Engine } from './migrations';

export interface Db {
	/** Every query goes through here. */
	kysely: Kysely<Database>;
	engine: Engine;
	/** The SQLite connection under `kysely` (WAL checkpoints, pragmas); null on PostgreSQL. */
	sqlite: SqliteDatabase.Database | null;
	/**
	 * This process's name for itself: PostgreSQL's application_name on each of its connections, so
	 * the changes it announces (class-changes.ts) are told apart from other instances'.
	 */
	instance: string;
	/** Ends every connection; on SQLite this checkpoints the WAL into the file. */
	close(): Promise<void>;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//i.test(url);

// PostgreSQL's BIGINT (times, counts) comes back from `pg` as a string by default, since it can
// exceed 2^53; every one stored here is a time in milliseconds or a count, well within it.
const INT8_OID = 20;
const pgTypes = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === INT8_OID && format !== 'binary'
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/**
 * The database at `url`, not yet connected or migrated (no query has run): migrate() it before
 * use, or use openDatabase(). `poolSize` is PostgreSQL's most connections per instance.
 */
export function createDatabase(url: string, { poolSize = 10 } = {}): Db {
	const instance = `source-check-${randomBytes(6).toString('hex')}`;
	if (isPostgresUrl(url)) {
		const pool = new pg.Pool({
			connectionString: url,
			max: poolSize,
			types: pgTypes,
			application_name: instance,
			// While the server is away (a restart), a request waits this long for a connection, not for
			// ever: then it gets a 503 (isDatabaseUnavailable) and the client tries again.
			connectionTimeoutMillis: 5_000
		});
		pool.on('connect', (client) => {
			// A connection the server ends (a restart: "terminating connection due to administrator
			// command") emits 'error' on itself. The pool listens only while it is idle, so one in use
			// (mid-query, or in a transaction between queries) had no listener, and an unhandled
			// 'error' ends the process. With this one its query fails instead, the request gets a 503
			// (isDatabaseUnavailable), and the pool drops the connection when it is released.
			client.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
			// The compiled queries run as prepared statements on every connection.
			preparing(client);
		});
		// The pool passes on an idle connection's error too (and would throw without a listener):
		// already logged by the connection's own listener above.
		pool.on('error', () => {});
		const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		return { kysely, engine: 'postgres', sqlite: null, instance, close: () => kysely.destroy() };
	}
	if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
	const sqlite = new SqliteDatabase(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma(`journal_size_limit = ${INLINE_WAL_LIMIT_BYTES}`);
	const kysely = new Kysely<Database>({
		dialect: new SqliteDialect({ database: withStatementCache(sqlite) })
	});
	return { kysely, engine: 'sqlite', sqlite, instance, close: () => kysely.destroy() };
}

/** Statements kept prepared per SQL text: the stores run a few dozen shapes of query. */
const STATEMENTS_KEPT = 500;

/**
 * The SQLite connection as Kysely's dialect sees it, preparing each SQL text once: the dialect
 * prepares every query it runs, which on the answer path cost more than running it. Kysely runs one
 * query at a time on its one connection, so a statement is never in use twice at once.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectDatabase {
	const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: STATEMENTS_KEPT });
	return {
		close: () => sqlite.close(),
		prepare(text: string) {
			let statement = statements.get(text);
			if (!statement) {
				statement = sqlite.prepare(text);
				statements.set(text, statement);
			}
			return statement;
		}
	};
}

/**
 * Runs the migrations not yet applied. A SQLite file made before Kysely has no migration table but
 * a user_version: the migrations it counts are taken as applied (they are the same, rewritten).
 * On SQLite the whole run is one transaction, as it was; on PostgreSQL Kysely runs it in one and
 * holds an advisory lock, so instances starting together migrate once.
 */
export async function migrate(db: Db): Promise<MigrationResultSet> {
	const all = migrations(db.engine);
	let legacy = 0;
	const { sqlite } = db;
	if (sqlite) {
		const tracked = sqlite
			.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
			.get();
		if (!tracked)
			legacy = Math.min(
				sqlite.pragma('user_version', { simple: true }) as number,
				LEGACY_MIGRATIONS
			);
	}
	const provider = {
		getMigrations: async (): Promise<Record<string, Migration>> =>
			Object.fromEntries(
				Object.entries(all).map(([name, migration], i) => [
					name,
					i < legacy ? { up: async () => {} } : migration
				])
			)
	};
	const migrator = new Migrator({ db: db.kysely, provider });
	// Kysely leaves SQLite's DDL outside a transaction; its one connection is this one, so this
	// transaction holds every statement of the run.
	sqlite?.exec('BEGIN IMMEDIATE');
	let result: MigrationResultSet;
	try {
		result = await migrator.migrateToLatest();
		if (result.error) throw result.error;
		// Still counted for tools (and older builds) that read it.
		sqlite?.pragma(`user_version = ${Object.keys(all).length}`);
	} catch (error) {
		if (sqlite?.inTransaction) sqlite.exec('ROLLBACK');
		throw error;
	}
	sqlite?.exec('COMMIT');
	return result;
}

/** Opens the database at `url` and brings its schema up to date. */
export async function openDatabase(url: string, options: { poolSize?: number } = {}): Promise<Db> {
	const db = createDatabase(url, options);
	try {
		await migrate(db);
	} catch (error) {
		await db.close();
		throw error;
	}
	return db;
}

/** Whether an error is a foreign key refusing a row whose parent does not exist (either engine). */
export function isForeignKeyError(error: unknown): boolean {
	if (!(error instanceof Error) || !('code' in error)) return false;
	return error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || error.code === '23503';
}

/** Whether an error is a unique index refusing a duplicate (either engine). */
export function isUniqueError(error: unknown): boolean {
	if (!(error instanceof Error) || !('code' in error)) return false;
	return (
		error.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
		error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
		error.code === '23505'
	);
}

export { sql };

// What a database that is away (restarting, unreachable, out of connections) looks like: the
// request it failed can be tried again in a moment, so it is answered 503, not 500.
const UNAVAILABLE_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'EPIPE',
	'ENOTFOUND',
	'EAI_AGAIN',
	// PostgreSQL's: shutting down, crashed, starting up, too many connections, connection lost.
	'57P01',
	'57P02',
	'57P03',
	'53300',
	'08000',
	'08001',
	'08003',
	'08004',
	'08006',
	// SQLite still locked by another writer after busy_timeout.
	'SQLITE_BUSY'
]);
// The last: a query on a connection the server has ended, such as the ROLLBACK Kysely sends after
// a transaction's query failed that way (its error then replaces the first).
const UNAVAILABLE_MESSAGES =
	/^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)/;

/** Whether an error says the database is away for now rather than that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = 'code' in error ? String(error.code) : '';
	return UNAVAILABLE_CODES.has(code) || UNAVAILABLE_MESSAGES.test(error.message);
}
