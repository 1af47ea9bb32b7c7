import { describe, expect, it } from 'vitest';
import { createAttemptStore } from './attempt-store';
import { openDatabase } from './database';
import { ATTEMPT_KEY_PATTERN, PUBLIC_ID_PATTERN } from './ids';
import { tempDatabase } from './test-db';

describe('the attempt store (real SQLite file)', () => {
	const { db, path } = tempDatabase();
	let clock = 1_000;
	const store = createAttemptStore(db, () => clock++);

	it('creates the file, its folder and the schema, in WAL mode', () => {
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.pragma('user_version', { simple: true })).toBe(9);
		expect(path).toContain('nested');
	});

	it('gives each attempt a long private key and a separate public id', () => {
		const a = store.create({ id: 'pack', version: null }, 3);
		const b = store.create({ id: 'pack', version: null }, 3);
		expect(a.key).toMatch(ATTEMPT_KEY_PATTERN);
		expect(a.publicId).toMatch(PUBLIC_ID_PATTERN);
		expect(a.key).not.toBe(b.key);
		expect(a.publicId).not.toBe(a.key);
		expect(store.getByPublicId(a.publicId)?.key).toBe(a.key);
	});

	it('records answers, keeps the score exact and marks the attempt finished', () => {
		const { key } = store.create({ id: 'pack', version: null }, 2);
		expect(
			store.record(key, 'q01', {
				given: 'russell',
				cited: [],
				correct: true,
				points: 1,
				evidencePoints: 0
			}).status
		).toBe('recorded');
		expect(store.get(key)).toMatchObject({ answered: 1, score: 1, finishedAt: null });
		expect(
			store.record(key, 'q02', {
				given: 24,
				cited: [],
				correct: false,
				points: 0,
				evidencePoints: 0
			}).status
		).toBe('recorded');
		const done = store.get(key)!;
		expect(done).toMatchObject({ answered: 2, score: 1 });
		expect(done.finishedAt).not.toBeNull();
		expect(store.answers(key).map((a) => a.given)).toEqual(['russell', 24]);
	});

	it('treats a repeated answer as harmless and a changed one as a conflict', () => {
		const { key } = store.create({ id: 'pack', version: null }, 3);
		store.record(key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		expect(
			store.record(key, 'q01', {
				given: 'russell',
				cited: [],
				correct: true,
				points: 1,
				evidencePoints: 0
			}).status
		).toBe('repeated');
		const changed = store.record(key, 'q01', {
			given: 'bottas',
			cited: [],
			correct: false,
			points: 0,
			evidencePoints: 0
		});
		expect(changed.status).toBe('conflict');
		expect(store.get(key)).toMatchObject({ answered: 1, score: 1 });
	});

	it('refuses answers for an attempt that does not exist', () => {
		expect(
			store.record('missing', 'q01', {
				given: 'russell',
				cited: [],
				correct: true,
				points: 1,
				evidencePoints: 0
			}).status
		).toBe('no-attempt');
		expect(store.answers('missing')).toEqual([]);
	});

	it('keeps everything across a reopen of the file', () => {
		const { key } = store.create({ id: 'pack', version: null }, 3);
		store.record(key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		const again = openDatabase(path);
		try {
			expect(createAttemptStore(again).get(key)).toMatchObject({ answered: 1, score: 1 });
		} finally {
			again.close();
		}
	});
});
