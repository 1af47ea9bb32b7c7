// Test helpers: a real database in a fresh place, removed afterwards, on either engine. SQLite is a
// file in a temporary folder; PostgreSQL a database of its own in the throwaway cluster that
// Vitest's global setup started (postgres-setup.ts), so test files running side by side never meet.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject, onTestFinished } from 'vitest';
import { closeApp, startApp } from '../lib/server/app';
import { createDatabase, migrate, type Db, type Engine } from '../lib/server/db/database';

/** Both engines, for `describe.each(ENGINES)`. */
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

interface Place {
	/** What DATABASE_URL would say. */
	url: string;
	/** The SQLite file ('' on PostgreSQL). */
	path: string;
	/** Creates it (PostgreSQL: the database itself). */
	create(): Promise<void>;
	remove(): Promise<void>;
}

const adminQuery = async (text: string) => {
	const client = new pg.Client(inject('postgresUrl'));
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
};

function newPlace(engine: Engine): Place {
	if (engine === 'postgres') {
		const name = `test_${randomBytes(6).toString('hex')}`;
		return {
			url: inject('postgresUrl').replace(/\/[^/]*$/, `/${name}`),
			path: '',
			create: () => adminQuery(`CREATE DATABASE ${name}`),
			remove: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'source-check-test-'));
	const path = join(dir, 'nested', 'test.db');
	return {
		url: path,
		path,
		create: async () => {},
		remove: async () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * A database for the test file (or describe block) it is called in: usable in its tests, migrated
 * before the first, removed after the last. `path` is the SQLite file, for tests that set
 * DATABASE_URL to it.
 */
export function tempDatabase(engine: Engine = 'sqlite'): { db: Db; path: string; url: string } {
	const place = newPlace(engine);
	const db = createDatabase(place.url, { poolSize: 4 });
	beforeAll(async () => {
		await place.create();
		await migrate(db);
	});
	afterAll(async () => {
		await db.close();
		await place.remove();
	});
	return { db, path: place.path, url: place.url };
}

/**
 * A migrated database that the caller removes: for benches, where Vitest runs no hooks. Otherwise
 * use tempDatabase or freshDatabase, which remove theirs themselves.
 */
export async function scratchDatabase(
	engine: Engine = 'sqlite'
): Promise<{ db: Db; url: string; remove(): Promise<void> }> {
	const place = newPlace(engine);
	await place.create();
	const db = createDatabase(place.url, { poolSize: 4 });
	const remove = async () => {
		await db.close();
		await place.remove();
	};
	try {
		await migrate(db);
	} catch (error) {
		await remove();
		throw error;
	}
	return { db, url: place.url, remove };
}

/** An empty database for one test, not migrated (for tests of a migration), removed when it ends. */
export async function emptyDatabase(engine: Engine = 'sqlite'): Promise<Db> {
	const place = newPlace(engine);
	await place.create();
	const db = createDatabase(place.url, { poolSize: 4 });
	onTestFinished(async () => {
		await db.close();
		await place.remove();
	});
	return db;
}

/** A migrated database for one test, removed when it ends. */
export async function freshDatabase(engine: Engine = 'sqlite'): Promise<{ db: Db; url: string }> {
	const { db, url, remove } = await scratchDatabase(engine);
	onTestFinished(remove);
	return { db, url };
}

/** A place for a database that a test opens itself (DATABASE_URL), removed after the file. */
export function tempDatabaseUrl(engine: Engine = 'sqlite'): { url: string; path: string } {
	const place = newPlace(engine);
	beforeAll(() => place.create());
	afterAll(() => place.remove());
	return { url: place.url, path: place.path };
}

/**
 * For specs that go through getApp(): DATABASE_URL points at a database of the file's own, and the
 * app is started before its tests and closed after them.
 */
export function useTestApp(engine: Engine = 'sqlite'): { url: string; path: string } {
	const place = tempDatabaseUrl(engine);
	process.env.DATABASE_URL = place.url;
	beforeAll(async () => {
		await startApp();
	});
	afterAll(closeApp);
	return place;
}
