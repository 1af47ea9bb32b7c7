import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { createPackStore, EDIT_SECRET, USER_PACK_ID, versionOf } from './pack-store';
import { tempDatabase } from './test-db';

const DAY = 86_400_000;

describe('teachers’ packs in the database', () => {
	it('stores a pack unlisted, with an edit secret kept only as a hash, and its own version', () => {
		const { db } = tempDatabase();
		const packs = createPackStore(db);
		packs.seedBuiltIn([defaultPack]);
		const { row, editSecret } = packs.create(defaultPack);
		expect(row.id).toMatch(USER_PACK_ID);
		expect(editSecret).toMatch(EDIT_SECRET);
		expect(row.builtIn).toBe(false);
		expect(packs.builtIn().map((p) => p.id)).toEqual([defaultPack.id]);
		// The same content as the built-in pack, but a version of its own.
		expect(row.version).toBe(versionOf(defaultPack, row.id));
		expect(row.version).not.toBe(versionOf(defaultPack));
		expect(packs.content(row.version!)?.pack).toEqual(defaultPack);
		expect(JSON.stringify(db.prepare('SELECT * FROM packs').all())).not.toContain(editSecret);
	});

	it('deletes a pack nobody played for the retention period, unless a result still uses it', () => {
		let now = 1_000 * DAY;
		const { db } = tempDatabase();
		const packs = createPackStore(db, () => now);
		const attempts = createAttemptStore(db, () => now);
		const idle = packs.create(defaultPack).row;
		const played = packs.create(defaultPack).row;
		const used = packs.create(defaultPack).row;
		attempts.create({ id: defaultPack.id, version: used.version }, 32);
		now += 10 * DAY;
		packs.markPlayed(played.id);
		now += 300 * DAY;
		expect(packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(0);
		now += 100 * DAY;
		// 410 days after creation: the idle one goes; the played one (400 days ago)… goes too;
		// the one an attempt still points at stays, whatever its age.
		expect(packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(2);
		expect(packs.get(idle.id)).toBeUndefined();
		expect(packs.get(played.id)).toBeUndefined();
		expect(packs.get(used.id)).toBeDefined();
		expect(packs.content(used.version!)).toBeDefined();
	});

	it('marks a play at most once a day', () => {
		let now = 5 * DAY;
		const { db } = tempDatabase();
		const packs = createPackStore(db, () => now);
		const { row } = packs.create(defaultPack);
		packs.markPlayed(row.id);
		expect(packs.get(row.id)?.playedAt).toBe(now);
		const first = now;
		now += DAY / 2;
		packs.markPlayed(row.id);
		expect(packs.get(row.id)?.playedAt).toBe(first);
		now += DAY;
		packs.markPlayed(row.id);
		expect(packs.get(row.id)?.playedAt).toBe(now);
	});
});
