import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import type { ArticlePack } from '../content/schema';
import { createAttemptStore } from './attempt-store';
import { openDatabase } from './database';
import { createPackStore, versionOf } from './pack-store';
import { createQuizCatalog } from './quiz-catalog';
import { tempDatabase } from './test-db';

/** The built-in pack as a later release might ship it: one explanation reworded. */
const reworded: ArticlePack = {
	...defaultPack,
	claims: defaultPack.claims.map((c, i) =>
		i === 0 ? { ...c, explanation: `${c.explanation} (Reworded.)` } : c
	)
};

describe('packs in the database, and a quiz per version', () => {
	it('seeds the built-in packs once, read-only, with a version that names the content', () => {
		const { db, path } = tempDatabase();
		const catalog = createQuizCatalog(createAttemptStore(db), createPackStore(db), [defaultPack]);
		const row = createPackStore(db).get(defaultPack.id)!;
		expect(row).toMatchObject({ builtIn: true, title: defaultPack.title });
		expect(row.version).toBe(versionOf(defaultPack));
		expect(catalog.default.version).toBe(row.version);
		expect(versionOf(reworded)).not.toBe(row.version);
		// A restart seeds the same version again: nothing new is stored.
		const again = openDatabase(path);
		try {
			createQuizCatalog(createAttemptStore(again), createPackStore(again), [defaultPack]);
			expect(again.prepare('SELECT count(*) AS n FROM pack_versions').get()).toEqual({ n: 1 });
		} finally {
			again.close();
		}
	});

	it('keeps scoring an attempt against the version it was started on', () => {
		const { db, path } = tempDatabase();
		const attempts = createAttemptStore(db);
		const before = createQuizCatalog(attempts, createPackStore(db), [defaultPack]);
		const old = before.default.start();
		const q = before.default.questions[0]!;
		before.default.answer(old.key, { questionId: q.id, answer: q.answer });

		// The next release ships a changed pack: new attempts play it, the old one keeps its own.
		const reopened = openDatabase(path);
		try {
			const store = createAttemptStore(reopened);
			const after = createQuizCatalog(store, createPackStore(reopened), [reworded]);
			expect(after.default.version).toBe(versionOf(reworded));
			const oldQuiz = after.forAttemptKey(old.key)!;
			expect(oldQuiz.version).toBe(versionOf(defaultPack));
			expect(oldQuiz.state(old.key)?.summary.score).toBe(1);
			expect(oldQuiz.pack.claims[0]!.explanation).toBe(defaultPack.claims[0]!.explanation);
			// The current quiz does not claim the old attempt, so nothing mixes versions.
			expect(after.default.state(old.key)).toBeUndefined();
			const fresh = after.default.start();
			expect(after.forAttemptKey(fresh.key)?.version).toBe(versionOf(reworded));
			expect(after.forPublicId(old.publicId)?.version).toBe(versionOf(defaultPack));
		} finally {
			reopened.close();
		}
	});

	it('gives attempts from before versions the version of their pack at the first start', () => {
		const { db } = tempDatabase();
		const attempts = createAttemptStore(db);
		const legacy = attempts.create({ id: defaultPack.id, version: null }, 32);
		const catalog = createQuizCatalog(attempts, createPackStore(db), [defaultPack]);
		expect(attempts.get(legacy.key)?.packVersion).toBe(versionOf(defaultPack));
		expect(catalog.forAttemptKey(legacy.key)).toBe(catalog.default);
	});

	it('finds nothing for unknown, malformed or hostile ids', () => {
		const { db } = tempDatabase();
		const catalog = createQuizCatalog(createAttemptStore(db), createPackStore(db), [defaultPack]);
		for (const id of ['', 'x'.repeat(32), '../../etc/passwd', "' OR 1=1 --"]) {
			expect(catalog.forAttemptKey(id)).toBeUndefined();
			expect(catalog.forPublicId(id)).toBeUndefined();
			expect(catalog.byPack(id)).toBeUndefined();
			expect(catalog.byVersion(id)).toBeUndefined();
		}
	});

	it("plays a teacher's pack under its link's id, even when its file names a built-in pack", () => {
		const { db } = tempDatabase();
		const attempts = createAttemptStore(db);
		const packs = createPackStore(db);
		const catalog = createQuizCatalog(attempts, packs, [defaultPack]);
		// A copy of the built-in pack, its file id unchanged: it must not be mistaken for it.
		const { row } = packs.create(defaultPack);
		const quiz = catalog.byPack(row.id)!;
		expect(quiz).not.toBe(catalog.default);
		expect(quiz.pack.id).toBe(row.id);
		const attempt = quiz.start();
		expect(attempts.get(attempt.key)).toMatchObject({ packId: row.id, packVersion: row.version });
		expect(catalog.forAttemptKey(attempt.key)).toBe(quiz);
		expect(catalog.forPublicId(attempt.publicId)).toBe(quiz);
	});
});
