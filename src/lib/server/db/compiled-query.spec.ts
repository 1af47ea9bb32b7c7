import { describe, expect, it } from 'vitest';
import { ENGINES, tempDatabase } from '../../../test-support/databases';
import { compiledQuery } from './compiled-query';
import { createDatabase, sql } from './database';

describe.each(ENGINES)('a query compiled once (%s)', (engine) => {
	const { db, url } = tempDatabase(engine);
	const { kysely } = db;

	const addAttempt = compiledQuery(kysely, (v: { key: string; at: number }) =>
		kysely.insertInto('attempts').values({
			key: v.key,
			public_id: sql<string>`${v.key} || '-public'`,
			pack_id: 'a pack',
			pack_version: null,
			total: 3,
			created_at: v.at,
			challenge: null
		})
	);
	const attemptsFrom = compiledQuery(kysely, (v: { since: number; total: number }) =>
		kysely
			.selectFrom('attempts')
			.select(['key', 'public_id'])
			.where('created_at', '>=', v.since)
			.where('total', '=', v.total)
			.where('pack_id', '=', 'a pack')
			.orderBy('key')
	);

	it('runs with the values of each call in their places, keeping the constants of the query', async () => {
		await addAttempt({ key: 'b', at: 20 });
		await addAttempt({ key: 'a', at: 10 });
		expect((await attemptsFrom({ since: 15, total: 3 })).rows).toEqual([
			{ key: 'b', public_id: 'b-public' }
		]);
		expect((await attemptsFrom({ since: 0, total: 3 })).rows.map((r) => r.key)).toEqual(['a', 'b']);
		expect((await attemptsFrom({ since: 0, total: 4 })).rows).toEqual([]);
	});

	it('runs in a transaction given, and goes with it when it rolls back', async () => {
		await expect(
			kysely.transaction().execute(async (trx) => {
				await addAttempt({ key: 'c', at: 30 }, trx);
				expect((await attemptsFrom({ since: 30, total: 3 }, trx)).rows).toHaveLength(1);
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		expect((await attemptsFrom({ since: 30, total: 3 })).rows).toEqual([]);
	});

	it.runIf(engine === 'postgres')(
		'is parsed and planned once per connection: a prepared statement there',
		async () => {
			const prepared = await kysely.transaction().execute(async (trx) => {
				await attemptsFrom({ since: 0, total: 3 }, trx);
				return (
					await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(
						trx
					)
				).rows.map((r) => r.statement);
			});
			expect(prepared.filter((text) => text.includes('"created_at" >= $1'))).toHaveLength(1);
		}
	);

	it.runIf(engine === 'postgres')(
		'still runs once a migration changed the columns it returns (prepared again)',
		async () => {
			// One connection, so the statement prepared before is the one run after.
			const alone = createDatabase(url, { poolSize: 1 });
			try {
				const everything = compiledQuery(alone.kysely, (v: { key: string }) =>
					alone.kysely.selectFrom('attempts').selectAll().where('key', '=', v.key)
				);
				await addAttempt({ key: 'd', at: 40 });
				expect((await everything({ key: 'd' })).rows).toHaveLength(1);
				await sql`ALTER TABLE attempts ADD COLUMN later text`.execute(kysely);
				expect((await everything({ key: 'd' })).rows).toMatchObject([{ key: 'd', later: null }]);
			} finally {
				await alone.close();
			}
		}
	);
});
