// Work that one instance at a time must do (the daily retention purge): on PostgreSQL it runs under
// an advisory lock, and an instance that finds it taken skips its turn (another is doing it). SQLite
// is one process: the work just runs.
import { sql } from 'kysely';
import type { Db } from './database';

/** Runs `work` unless another instance is running it now (then: undefined). */
export async function inOneInstance<T>(
	db: Db,
	name: string,
	work: () => Promise<T>
): Promise<T | undefined> {
	if (db.engine !== 'postgres') return work();
	// A session lock, held on one connection of the pool while the work uses the others.
	return db.kysely.connection().execute(async (connection) => {
		const { rows } = await sql<{
			locked: boolean;
		}>`SELECT pg_try_advisory_lock(hashtext(${name})) AS locked`.execute(connection);
		if (!rows[0]?.locked) return undefined;
		try {
			return await work();
		} finally {
			await sql`SELECT pg_advisory_unlock(hashtext(${name}))`.execute(connection);
		}
	});
}
