import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import type { Db } from './database';
import { createPackStore, EDIT_SECRET, USER_PACK_ID, versionOf } from './pack-store';
import { sql } from 'kysely';
import { ENGINES, freshDatabase } from '../../../test-support/databases';

const DAY = 86_400_000;

/** The versions stored for a pack, and the attempts started on any of them. */
async function stored(db: Db, packId: string) {
	const versions = await db.kysely
		.selectFrom('pack_versions')
		.select('version')
		.where('pack_id', '=', packId)
		.execute();
	const attempts = await db.kysely
		.selectFrom('attempts')
		.select('key')
		.where('pack_id', '=', packId)
		.execute();
	return { versions: versions.map((v) => v.version).sort(), attempts: attempts.length };
}

/** The name of the index a lookup of `table` by pack_version uses, if any. */
async function indexFor(db: Db, table: 'attempts' | 'classes'): Promise<string | undefined> {
	if (db.sqlite) {
		const plan = db.sqlite
			.prepare(`EXPLAIN QUERY PLAN SELECT 1 FROM ${table} WHERE pack_version = ?`)
			.all('v') as { detail: string }[];
		return plan.map((p) => /USING (?:COVERING )?INDEX (\w+)/.exec(p.detail)?.[1]).find(Boolean);
	}
	const { rows } = await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes
		WHERE tablename = ${table} AND indexdef LIKE '%(pack_version)%'`.execute(db.kysely);
	return rows[0]?.indexname;
}

describe.each(ENGINES)('on %s', (engine) => {
	describe('teachers’ packs in the database', () => {
		it('stores a pack unlisted, with an edit secret kept only as a hash, and its own version', async () => {
			const { db } = await freshDatabase(engine);
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
			// Checked once and kept: a version's content never changes.
			expect((await packs.content(row.version!))?.pack).toBe(
				(await packs.content(row.version!))?.pack
			);
			expect(
				JSON.stringify(await db.kysely.selectFrom('packs').selectAll().execute())
			).not.toContain(editSecret);
		});

		it('serves no version stored under looser rules than today’s, and does not throw', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const { row } = await packs.create(defaultPack);
			const oversized = { ...defaultPack, title: 'T'.repeat(5_000) };
			await db.kysely
				.insertInto('pack_versions')
				.values({
					version: 'old-rules',
					pack_id: row.id,
					content: JSON.stringify(oversized),
					created_at: 1
				})
				.execute();
			await expect(packs.content('old-rules')).resolves.toBeUndefined();
		});

		it('deletes a pack nobody played for the retention period, unless a result still uses it', async () => {
			let now = 1_000 * DAY;
			const { db } = await freshDatabase(engine);
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
			const { db } = await freshDatabase(engine);
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

	describe('drafts and published versions of a teacher’s pack', () => {
		const edited = { ...defaultPack, title: 'Edited title' };

		it('keeps a draft under its edit secret, unplayable until published', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const { row, editSecret } = await packs.createDraft('My article', '{"a":1}');
			expect(row.version).toBeNull();
			expect(await packs.byEditSecret(editSecret)).toEqual({ row, draft: '{"a":1}' });
			await packs.saveDraft(row.id, 'My article, again', '{"a":2}');
			expect((await packs.byEditSecret(editSecret))?.draft).toBe('{"a":2}');
			expect((await packs.byEditSecret(editSecret))?.row.title).toBe('My article, again');
			// Another secret of the right shape opens nothing, and the secret is not stored.
			expect(await packs.byEditSecret('A'.repeat(32))).toBeUndefined();
			expect(await packs.byEditSecret('short')).toBeUndefined();
			expect(
				JSON.stringify(await db.kysely.selectFrom('packs').selectAll().execute())
			).not.toContain(editSecret);
		});

		it('publishes a new version while attempts keep the one they were played on', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const attempts = createAttemptStore(db);
			const { row } = await packs.createDraft('x', '{}');
			const first = await packs.publish(row.id, defaultPack);
			expect(first.version).toBe(versionOf(defaultPack, row.id));
			await attempts.create({ id: defaultPack.id, version: first.version }, 32);
			const second = await packs.publish(row.id, edited);
			expect(second.version).toBe(versionOf(edited, row.id));
			expect(second.title).toBe('Edited title');
			expect((await packs.content(first.version!))?.pack).toEqual(defaultPack);
			expect((await packs.content(second.version!))?.pack).toEqual(edited);
		});

		it('keeps previews bounded: an unplayed preview goes when the next one is stored', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const attempts = createAttemptStore(db);
			const { row } = await packs.createDraft('x', '{}');
			const published = (await packs.publish(row.id, defaultPack)).version!;
			const played = await packs.storeVersion(row.id, edited);
			await attempts.create({ id: edited.id, version: played }, 32);
			const idle = await packs.storeVersion(row.id, { ...edited, topic: 'one' });
			const latest = await packs.storeVersion(row.id, { ...edited, topic: 'two' });
			expect(await packs.content(idle)).toBeUndefined();
			for (const kept of [published, played, latest])
				expect(await packs.content(kept)).toBeDefined();
			// A preview is not what the play link plays.
			expect((await packs.get(row.id))?.version).toBe(published);
		});

		it('keeps one preview per draft: the author’s own rounds on it are no play', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const attempts = createAttemptStore(db);
			const { row } = await packs.createDraft('x', '{}');
			const published = (await packs.publish(row.id, defaultPack)).version!;
			let latest = '';
			// Save, preview, play the preview: as the preview page does, 20 times over.
			for (let i = 0; i < 20; i++) {
				latest = await packs.storeVersion(row.id, { ...edited, topic: `take ${i}` });
				await attempts.create({ id: row.id, version: latest, preview: true }, 32);
			}
			expect(await stored(db, row.id)).toEqual({
				versions: [published, latest].sort(),
				attempts: 1
			});
			expect((await packs.get(row.id))?.version).toBe(published);
		});

		it('never drops a version a real player or a class played, nor their results', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const attempts = createAttemptStore(db);
			const classes = createClassStore(db, attempts);
			const { row } = await packs.createDraft('x', '{}');
			const first = (await packs.publish(row.id, defaultPack)).version!;
			const played = await attempts.create({ id: row.id, version: first }, 32);
			await attempts.record(played.key, 'q1', {
				given: 'a',
				cited: [],
				correct: true,
				points: 1,
				evidencePoints: 0
			});
			const second = (await packs.publish(row.id, edited)).version!;
			await classes.create({
				title: 'Class',
				packId: row.id,
				packVersion: second,
				pacing: 'self',
				feedback: 'each',
				timeLimitMinutes: null,
				maxSeats: null,
				evidenceMode: 'bonus'
			});
			await attempts.create({ id: row.id, version: second, preview: true }, 32);
			const third = (await packs.publish(row.id, { ...edited, topic: 'third' })).version!;
			for (let i = 0; i < 3; i++)
				await packs.storeVersion(row.id, { ...edited, topic: `preview ${i}` });
			for (const kept of [first, second, third]) expect(await packs.content(kept)).toBeDefined();
			expect((await attempts.get(played.key))?.score).toBe(1);
			expect(await attempts.answers(played.key)).toHaveLength(1);
		});

		it('publishes a previewed version; once replaced, it goes with the author’s rounds on it', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const attempts = createAttemptStore(db);
			const { row } = await packs.createDraft('x', '{}');
			const previewed = await packs.storeVersion(row.id, edited);
			const round = await attempts.create({ id: row.id, version: previewed, preview: true }, 32);
			expect((await packs.publish(row.id, edited)).version).toBe(previewed);
			await packs.storeVersion(row.id, { ...edited, topic: 'next' });
			expect(await packs.content(previewed)).toBeDefined();
			const next = (await packs.publish(row.id, { ...edited, topic: 'next' })).version!;
			expect(await stored(db, row.id)).toEqual({ versions: [next], attempts: 0 });
			expect(await attempts.get(round.key)).toBeUndefined();
		});

		it('purges a draft only its author played, with the author’s rounds', async () => {
			let now = 1_000 * DAY;
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db, () => now);
			const attempts = createAttemptStore(db, () => now);
			const { row } = await packs.createDraft('x', '{}');
			const previewed = await packs.storeVersion(row.id, edited);
			await attempts.create({ id: row.id, version: previewed, preview: true }, 32);
			now += 400 * DAY;
			expect(await packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(1);
			expect(await stored(db, row.id)).toEqual({ versions: [], attempts: 0 });
		});

		it('finds the attempts and classes of a version by an index', async () => {
			const { db } = await freshDatabase(engine);
			expect(await indexFor(db, 'attempts')).toBe('attempts_pack_version');
			expect(await indexFor(db, 'classes')).toBe('classes_pack_version');
		});

		it('counts an edit as use: a draft worked on stays past the retention of its creation', async () => {
			let now = 1_000 * DAY;
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db, () => now);
			const { row } = await packs.createDraft('x', '{}');
			now += 300 * DAY;
			await packs.saveDraft(row.id, 'x', '{"b":1}');
			now += 100 * DAY;
			expect(await packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(0);
			now += 300 * DAY;
			expect(await packs.purgeUnplayedBefore(now - 365 * DAY)).toBe(1);
		});
	});
});
