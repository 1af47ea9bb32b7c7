// Look-alike nicknames in the database: each seat keeps its nickname's key (nicknameKey), unique in
// its class on both engines, and a database from before the key gets one for every seat.
import { Migrator, sql, type Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, ENGINES, freshDatabase } from '../../../test-support/databases';
import { migrate, type Db } from './database';
import { migrations } from './migrations';

/** A class c1 with one attempt per seat, as a store would write them. */
async function classWithSeats(db: Db, nicknames: string[], keys?: string[]) {
	await sql`INSERT INTO classes (id, code, teacher_secret_hash, title, pack_id, pacing, feedback, created_at)
		VALUES ('c1', 'ABC234', 'hash', 'Class', 'council', 'self', 'each', 1700000000000)`.execute(
		db.kysely
	);
	for (const [i, nickname] of nicknames.entries()) {
		await sql`INSERT INTO attempts (key, public_id, pack_id, total, created_at)
			VALUES (${`k${i}`}, ${`pub${i}`}, 'council', 2, 1700000000000)`.execute(db.kysely);
		const values = keys
			? sql`(${`s${i}`}, ${`key${i}`}, 'c1', ${nickname}, ${keys[i]!}, ${`k${i}`}, ${1700000000000 + i})`
			: sql`(${`s${i}`}, ${`key${i}`}, 'c1', ${nickname}, ${`k${i}`}, ${1700000000000 + i})`;
		const columns = keys
			? sql`(id, seat_key, class_id, nickname, nickname_key, attempt_key, joined_at)`
			: sql`(id, seat_key, class_id, nickname, attempt_key, joined_at)`;
		await sql`INSERT INTO seats ${columns} VALUES ${values}`.execute(db.kysely);
	}
}

describe.each(ENGINES)('look-alike nicknames in the database (%s)', (engine) => {
	it('refuses a second seat whose nickname looks like one in the class', async () => {
		const { db } = await freshDatabase(engine);
		await classWithSeats(db, ['Alice'], ['alice']);
		await sql`INSERT INTO attempts (key, public_id, pack_id, total, created_at)
			VALUES ('k9', 'pub9', 'council', 2, 1700000000000)`.execute(db.kysely);
		await expect(
			sql`INSERT INTO seats (id, seat_key, class_id, nickname, nickname_key, attempt_key, joined_at)
				VALUES ('s9', 'key9', 'c1', ${'\u0410lice'}, 'alice', 'k9', 1700000000009)`.execute(db.kysely)
		).rejects.toThrow(/unique|duplicate/i);
	});

	it('gives the seats of an older database their keys, numbering a look-alike like a repeat', async () => {
		const db = await emptyDatabase(engine);
		const all = migrations(engine);
		const before = Object.fromEntries(
			Object.entries(all).filter(([name]) => name < '0014')
		) as Record<string, Migration>;
		const old = await new Migrator({
			db: db.kysely,
			provider: { getMigrations: async () => before }
		}).migrateToLatest();
		if (old.error) throw old.error;
		// Cyrillic А and full-width Ａ: seated beside "Alice" before keys were compared.
		await classWithSeats(db, ['Alice', '\u0410lice', '\uff21lice', 'Bob', 'Alice 2']);
		await migrate(db);
		const seats = await db.kysely
			.selectFrom('seats')
			.select(['nickname', 'nickname_key'])
			.orderBy('joined_at')
			.execute();
		// The typed "Alice 2" keeps its name: the look-alikes take numbers no seat has.
		expect(seats).toEqual([
			{ nickname: 'Alice', nickname_key: 'alice' },
			{ nickname: '\u0410lice 3', nickname_key: 'alice 3' },
			{ nickname: '\uff21lice 4', nickname_key: 'alice 4' },
			{ nickname: 'Bob', nickname_key: 'bob' },
			{ nickname: 'Alice 2', nickname_key: 'alice 2' }
		]);
	});
});
