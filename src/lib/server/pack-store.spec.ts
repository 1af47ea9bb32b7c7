import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { createPackStore, EDIT_SECRET, USER_PACK_ID, versionOf } from './pack-store';
import { freshDatabase } from '../../test-support/databases';

const DAY = 86_400_000;

describe('teachers’ packs in the database', () => {
	it('stores a pack unlisted, with an edit secret kept only as a hash, and its own version', async () => {
		const { db } = await freshDatabase();
		const packs = createPackStore(db);
		await packs.seedBuiltIn([defaultPack]);
		const { row, editSecret } = await packs.create(defaultPack);
		expect(row.id).toMatch(USER_PACK_ID);
		expect(editSecret).toMatch(EDIT_SECRET);
		expect(row.builtIn).toBe(false);
		expect((await packs.builtIn()).map((p) => p.id)).toEqual([defaultPack.id]);
		// The same content as the built-in pack, but a version of its own.
		expect(row.version).toBe(versionOf(defaultPack, row.id));
		expect(row.version).not.toBe(versionOf(defaultPack));
		expect((await packs.content(row.version!))?.pack).toEqual(defaultPack);
		expect(JSON.stringify(db.sqlite!.prepare('SELECT * FROM packs').all())).not.toContain(
			editSecret
		);
	});

	it('deletes a pack nobody played for the retention period, unless a result still uses it', async () => {
		let now = 1_000 * DAY;
		const { db } = await freshDatabase();
		const packs = createPackStore(db, () => now);
		const attempts = createAttemptStore(db, () => now);
		const idle = (await packs.create(defaultPack)).row;
		const played = (await packs.create(defaultPack)).row;
		const used = (await packs.create(defaultPack)).row;
		await attempts.create({ id: defaultPack.id, version: used.version }, 32);
		now += 10 * DAY;
		await packs.markPlayed(played.id);
		now += 300 * DAY;
		expect(await packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(0);
		now += 100 * DAY;
		// 410 days after creation: the idle one goes; the played one (400 days ago)… goes too;
		// the one an attempt still points at stays, whatever its age.
		expect(await packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(2);
		expect(await packs.get(idle.id)).toBeUndefined();
		expect(await packs.get(played.id)).toBeUndefined();
		expect(await packs.get(used.id)).toBeDefined();
		expect(await packs.content(used.version!)).toBeDefined();
	});

	it('marks a play at most once a day', async () => {
		let now = 5 * DAY;
		const { db } = await freshDatabase();
		const packs = createPackStore(db, () => now);
		const { row } = await packs.create(defaultPack);
		await packs.markPlayed(row.id);
		expect((await packs.get(row.id))?.playedAt).toBe(now);
		const first = now;
		now += DAY / 2;
		await packs.markPlayed(row.id);
		expect((await packs.get(row.id))?.playedAt).toBe(first);
		now += DAY;
		await packs.markPlayed(row.id);
		expect((await packs.get(row.id))?.playedAt).toBe(now);
	});
});
