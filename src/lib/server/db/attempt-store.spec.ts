import { describe, expect, it } from 'vitest';
import { createAttemptStore } from './attempt-store';
import { openDatabase } from './database';
import { ATTEMPT_KEY_PATTERN, PUBLIC_ID_PATTERN } from './ids';
import { ENGINES, tempDatabase } from '../../../test-support/databases';

describe.each(ENGINES)('the attempt store (%s)', (engine) => {
	const { db, url, path } = tempDatabase(engine);
	let clock = 1_000;
	const store = createAttemptStore(db, () => clock++);

	it.runIf(engine === 'sqlite')('creates the file, its folder and the schema, in WAL mode', () => {
		expect(db.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.sqlite!.pragma('user_version', { simple: true })).toBe(13);
		expect(path).toContain('nested');
	});

	it('keeps times in milliseconds exactly (past 32 bits)', async () => {
		clock = 1_767_225_600_123;
		const attempt = await store.create({ id: 'pack', version: 'v1' }, 1);
		expect(attempt.createdAt).toBe(1_767_225_600_123);
		expect(typeof attempt.createdAt).toBe('number');
		clock = 1_000;
	});

	it('gives each attempt a long private key and a separate public id', async () => {
		const a = await store.create({ id: 'pack', version: null }, 3);
		const b = await store.create({ id: 'pack', version: null }, 3);
		expect(a.key).toMatch(ATTEMPT_KEY_PATTERN);
		expect(a.publicId).toMatch(PUBLIC_ID_PATTERN);
		expect(a.key).not.toBe(b.key);
		expect(a.publicId).not.toBe(a.key);
		expect((await store.getByPublicId(a.publicId))?.key).toBe(a.key);
	});

	it('records answers, keeps the score exact and marks the attempt finished', async () => {
		const { key } = await store.create({ id: 'pack', version: null }, 2);
		expect(
			(
				await store.record(key, 'q01', {
					given: 'russell',
					cited: [],
					correct: true,
					points: 1,
					evidencePoints: 0
				})
			).status
		).toBe('recorded');
		expect(await store.get(key)).toMatchObject({ answered: 1, score: 1, finishedAt: null });
		expect(
			(
				await store.record(key, 'q02', {
					given: 24,
					cited: [],
					correct: false,
					points: 0,
					evidencePoints: 0
				})
			).status
		).toBe('recorded');
		const done = (await store.get(key))!;
		expect(done).toMatchObject({ answered: 2, score: 1 });
		expect(done.finishedAt).not.toBeNull();
		expect((await store.answers(key)).map((a) => a.given)).toEqual(['russell', 24]);
	});

	it('keeps the totals exact with every answer of an attempt, and retries of them, at once', async () => {
		const questions = 30;
		const { key } = await store.create({ id: 'pack', version: null }, questions);
		const answerOf = (n: number) => ({
			given: n,
			cited: n % 3 ? [] : [`p1s${n}`],
			correct: n % 2 === 0,
			points: n % 2 === 0 ? 1 : 0,
			evidencePoints: n % 3 ? 0 : 1
		});
		// Each question sent twice, all at once (on PostgreSQL, over the pool's four connections).
		const ids = Array.from({ length: questions }, (_, n) => n);
		const results = await Promise.all(
			[...ids, ...ids].map((n) => store.record(key, `q${n}`, answerOf(n)))
		);
		const statuses = results.map((r) => r.status);
		expect(statuses.filter((s) => s === 'recorded')).toHaveLength(questions);
		expect(statuses.filter((s) => s === 'repeated')).toHaveLength(questions);
		const done = (await store.get(key))!;
		expect(done).toMatchObject({
			answered: questions,
			score: ids.filter((n) => n % 2 === 0).length,
			evidenceScore: ids.filter((n) => n % 3 === 0).length
		});
		expect(done.finishedAt).not.toBeNull();
	});

	it('treats a repeated answer as harmless and a changed one as a conflict', async () => {
		const { key } = await store.create({ id: 'pack', version: null }, 3);
		await store.record(key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		expect(
			(
				await store.record(key, 'q01', {
					given: 'russell',
					cited: [],
					correct: true,
					points: 1,
					evidencePoints: 0
				})
			).status
		).toBe('repeated');
		const changed = await store.record(key, 'q01', {
			given: 'bottas',
			cited: [],
			correct: false,
			points: 0,
			evidencePoints: 0
		});
		expect(changed.status).toBe('conflict');
		expect(await store.get(key)).toMatchObject({ answered: 1, score: 1 });
	});

	it('refuses answers for an attempt that does not exist', async () => {
		expect(
			(
				await store.record('missing', 'q01', {
					given: 'russell',
					cited: [],
					correct: true,
					points: 1,
					evidencePoints: 0
				})
			).status
		).toBe('no-attempt');
		expect(await store.answers('missing')).toEqual([]);
	});

	it('keeps everything across a reopen (a fresh connection)', async () => {
		const { key } = await store.create({ id: 'pack', version: null }, 3);
		await store.record(key, 'q01', {
			given: 'russell',
			cited: [],
			correct: true,
			points: 1,
			evidencePoints: 0
		});
		const again = await openDatabase(url);
		try {
			expect(await createAttemptStore(again).get(key)).toMatchObject({ answered: 1, score: 1 });
		} finally {
			await again.close();
		}
	});
});
