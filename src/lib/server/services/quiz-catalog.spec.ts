import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../content/packs';
import type { ArticlePack } from '../../content/schema';
import { createAttemptStore } from '../db/attempt-store';
import { openDatabase } from '../db/database';
import { createPackStore, versionOf } from '../db/pack-store';
import { createQuizCatalog } from './quiz-catalog';
import { ENGINES, freshDatabase } from '../../../test-support/databases';

/** The built-in pack as a later release might ship it: one explanation reworded. */
const reworded: ArticlePack = {
	...defaultPack,
	claims: defaultPack.claims.map((c, i) =>
		i === 0 ? { ...c, explanation: `${c.explanation} (Reworded.)` } : c
	)
};

describe.each(ENGINES)('on %s', (engine) => {
	describe('packs in the database, and a quiz per version', () => {
		it('seeds the built-in packs once, read-only, with a version that names the content', async () => {
			const { db, url: path } = await freshDatabase(engine);
			const catalog = await createQuizCatalog(createAttemptStore(db), createPackStore(db), [
				defaultPack
			]);
			const row = (await createPackStore(db).get(defaultPack.id))!;
			expect(row).toMatchObject({ builtIn: true, title: defaultPack.title });
			expect(row.version).toBe(versionOf(defaultPack));
			expect(catalog.default.version).toBe(row.version);
			expect(versionOf(reworded)).not.toBe(row.version);
			// A restart seeds the same version again: nothing new is stored.
			const again = await openDatabase(path);
			try {
				await createQuizCatalog(createAttemptStore(again), createPackStore(again), [defaultPack]);
				expect(
					await again.kysely.selectFrom('pack_versions').select('version').execute()
				).toHaveLength(1);
			} finally {
				await again.close();
			}
		});

		it('keeps scoring an attempt against the version it was started on', async () => {
			const { db, url: path } = await freshDatabase(engine);
			const attempts = createAttemptStore(db);
			const before = await createQuizCatalog(attempts, createPackStore(db), [defaultPack]);
			const old = await before.default.start();
			const q = before.default.questions[0]!;
			await before.default.answer(old.key, { questionId: q.id, answer: q.answer });

			// The next release ships a changed pack: new attempts play it, the old one keeps its own.
			const reopened = await openDatabase(path);
			try {
				const store = createAttemptStore(reopened);
				const after = await createQuizCatalog(store, createPackStore(reopened), [reworded]);
				expect(after.default.version).toBe(versionOf(reworded));
				const oldQuiz = (await after.forAttemptKey(old.key))!;
				expect(oldQuiz.version).toBe(versionOf(defaultPack));
				expect((await oldQuiz.state(old.key))?.summary.score).toBe(1);
				expect(oldQuiz.pack.claims[0]!.explanation).toBe(defaultPack.claims[0]!.explanation);
				// The current quiz does not claim the old attempt, so nothing mixes versions.
				expect(await after.default.state(old.key)).toBeUndefined();
				const fresh = await after.default.start();
				expect((await after.forAttemptKey(fresh.key))?.version).toBe(versionOf(reworded));
				expect((await after.forPublicId(old.publicId))?.version).toBe(versionOf(defaultPack));
			} finally {
				await reopened.close();
			}
		});

		it('gives attempts from before versions the version of their pack at the first start', async () => {
			const { db } = await freshDatabase(engine);
			const attempts = createAttemptStore(db);
			const legacy = await attempts.create({ id: defaultPack.id, version: null }, 32);
			const catalog = await createQuizCatalog(attempts, createPackStore(db), [defaultPack]);
			expect((await attempts.get(legacy.key))?.packVersion).toBe(versionOf(defaultPack));
			expect(await catalog.forAttemptKey(legacy.key)).toBe(catalog.default);
		});

		it('finds nothing for unknown, malformed or hostile ids', async () => {
			const { db } = await freshDatabase(engine);
			const catalog = await createQuizCatalog(createAttemptStore(db), createPackStore(db), [
				defaultPack
			]);
			for (const id of ['', 'x'.repeat(32), '../../etc/passwd', "' OR 1=1 --"]) {
				expect(await catalog.forAttemptKey(id)).toBeUndefined();
				expect(await catalog.forPublicId(id)).toBeUndefined();
				expect(await catalog.byPack(id)).toBeUndefined();
				expect(await catalog.byVersion(id)).toBeUndefined();
			}
		});

		it("plays a teacher's pack under its link's id, even when its file names a built-in pack", async () => {
			const { db } = await freshDatabase(engine);
			const attempts = createAttemptStore(db);
			const packs = createPackStore(db);
			const catalog = await createQuizCatalog(attempts, packs, [defaultPack]);
			// A copy of the built-in pack, its file id unchanged: it must not be mistaken for it.
			const { row } = await packs.create(defaultPack);
			const quiz = (await catalog.byPack(row.id))!;
			expect(quiz).not.toBe(catalog.default);
			expect(quiz.pack.id).toBe(row.id);
			const attempt = await quiz.start();
			expect(await attempts.get(attempt.key)).toMatchObject({
				packId: row.id,
				packVersion: row.version
			});
			expect(await catalog.forAttemptKey(attempt.key)).toBe(quiz);
			expect(await catalog.forPublicId(attempt.publicId)).toBe(quiz);
		});

		it('keeps built quizzes by the size of their packs, not their number', async () => {
			const { db } = await freshDatabase(engine);
			const packs = createPackStore(db);
			const one = JSON.stringify(defaultPack).length;
			const catalog = await createQuizCatalog(createAttemptStore(db), packs, [defaultPack], {
				bytesKept: Math.round(one * 1.5)
			});
			const a = (await packs.create(defaultPack)).row.version!;
			const b = (await packs.create(defaultPack)).row.version!;
			const first = await catalog.byVersion(a);
			expect(await catalog.byVersion(a)).toBe(first);
			await catalog.byVersion(b);
			// Room for one and a half packs: building the second let the first go.
			const again = await catalog.byVersion(a);
			expect(again).not.toBe(first);
			expect(again?.pack.title).toBe(defaultPack.title);
		});
	});
});
