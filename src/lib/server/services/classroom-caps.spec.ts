// Caps on what one address can create, and on a class's size (real databases, either engine).
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../rate-limit';
import { classroomServices } from '../../../test-support/classroom';
import type { Engine } from '../db/database';
import { ENGINES, freshDatabase } from '../../../test-support/databases';

async function setup(
	engine: Engine,
	{ classes = 100, joins = 100_000, maxSeatsPerClass = 10_000, failures = 3 } = {}
) {
	const { db } = await freshDatabase(engine);
	const { classroom } = classroomServices(db, {
		maxFailures: failures,
		caps: {
			classes: createRateLimiter({ limit: classes }),
			joins: createRateLimiter({ limit: joins }),
			maxSeatsPerClass
		}
	});
	const newClass = async (extra: Record<string, unknown> = {}, address = '10.0.0.1') =>
		await classroom.createClass(
			{ title: 'Caps', pacing: 'self', feedback: 'each', timeLimitMinutes: '', ...extra },
			address
		);
	const codeOf = async (extra: Record<string, unknown> = {}) => {
		const created = await newClass(extra);
		if (!created.ok) throw new Error(JSON.stringify(created));
		return created.classRow.code;
	};
	return { db, classroom, newClass, codeOf };
}

describe.each(ENGINES)('on %s', (engine) => {
	describe('per-address caps on creating classes and seats', () => {
		it('refuses the class after the limit from one address, with a message to show', async () => {
			const { newClass } = await setup(engine, { classes: 2 });
			expect((await newClass()).ok).toBe(true);
			expect((await newClass()).ok).toBe(true);
			const refused = await newClass();
			expect(refused).toMatchObject({
				ok: false,
				status: 429,
				retryAfterSeconds: expect.any(Number)
			});
			expect(!refused.ok && 'message' in refused && refused.message).toMatch(/too many/i);
			expect((await newClass({}, '10.9.9.9')).ok).toBe(true);
		});

		it('refuses joins after the limit from one address', async () => {
			const { classroom, codeOf } = await setup(engine, { joins: 3 });
			const code = await codeOf();
			for (let i = 0; i < 3; i++)
				expect((await classroom.join({ code, nickname: 'P' }, 'a')).ok).toBe(true);
			expect(await classroom.join({ code, nickname: 'P' }, 'a')).toMatchObject({
				ok: false,
				status: 429
			});
			expect((await classroom.join({ code, nickname: 'P' }, 'b')).ok).toBe(true);
		});
	});

	describe('a locked-out school', () => {
		it('still seats a correct code after too many wrong ones, and refuses the guesses', async () => {
			const { classroom, codeOf } = await setup(engine, { failures: 3 });
			const code = await codeOf();
			for (let i = 0; i < 3; i++) {
				expect(await classroom.join({ code: 'ZZZZZZ', nickname: 'G' }, 'school')).toMatchObject({
					status: 404
				});
			}
			expect(await classroom.join({ code: 'ZZZZZZ', nickname: 'G' }, 'school')).toMatchObject({
				status: 429
			});
			for (let i = 0; i < 40; i++) {
				expect((await classroom.join({ code, nickname: 'Pupil' }, 'school')).ok).toBe(true);
			}
		});
	});

	describe('seats per class', () => {
		it('stops at the server-wide cap with a clear message', async () => {
			const { classroom, codeOf } = await setup(engine, { maxSeatsPerClass: 3 });
			const code = await codeOf();
			for (let i = 0; i < 3; i++)
				expect((await classroom.join({ code, nickname: 'P' }, 'a')).ok).toBe(true);
			const full = await classroom.join({ code, nickname: 'P' }, 'a');
			expect(full).toMatchObject({ ok: false, status: 409 });
			expect(!full.ok && 'message' in full && full.message).toMatch(/full/i);
		});

		// On PostgreSQL the joins run side by side (the pool's four connections): the count holds,
		// and two taking one name at once end with two names.
		it('seats exactly the cap and gives every name once when everyone joins at once', async () => {
			const { classroom, codeOf, db } = await setup(engine, { maxSeatsPerClass: 12 });
			const code = await codeOf();
			const results = await Promise.all(
				Array.from({ length: 20 }, (_, i) =>
					classroom.join({ code, nickname: i % 2 ? 'Sam' : 'Kai' }, 'a')
				)
			);
			const seated = results.flatMap((r) => (r.ok ? [r.seat.nickname] : []));
			expect(seated).toHaveLength(12);
			expect(new Set(seated).size).toBe(12);
			expect(results.filter((r) => !r.ok && r.status === 409)).toHaveLength(8);
			// A join refused as full, or started again, leaves no attempt behind.
			const attempts = await db.kysely
				.selectFrom('attempts')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow();
			expect(Number(attempts.n)).toBe(12);
			for (const name of ['Sam', 'Kai']) {
				const numbers = seated
					.filter((n) => n.startsWith(name))
					.map((n) => (n === name ? 1 : Number(n.slice(name.length + 1))))
					.sort((x, y) => x - y);
				// Each name numbered from 2 up, with no gap.
				expect(numbers).toEqual(numbers.map((_, i) => i + 1));
			}
		});

		it('stops at the teacher’s own, lower cap', async () => {
			const { classroom, codeOf } = await setup(engine, { maxSeatsPerClass: 100 });
			const code = await codeOf({ maxSeats: '2' });
			expect((await classroom.join({ code, nickname: 'P' }, 'a')).ok).toBe(true);
			expect((await classroom.join({ code, nickname: 'P' }, 'a')).ok).toBe(true);
			expect(await classroom.join({ code, nickname: 'P' }, 'a')).toMatchObject({ status: 409 });
		});

		it('validates the teacher’s cap', async () => {
			const { newClass } = await setup(engine, { maxSeatsPerClass: 100 });
			for (const bad of ['0', '2.5', 'lots', '101']) {
				const created = await newClass({ maxSeats: bad });
				expect(created.ok).toBe(false);
				expect(!created.ok && 'errors' in created && created.errors.maxSeats?.[0]).toMatch(/100/);
			}
			expect(await newClass({ maxSeats: '' })).toMatchObject({
				ok: true,
				classRow: { maxSeats: null }
			});
			expect(await newClass({ maxSeats: '30' })).toMatchObject({
				ok: true,
				classRow: { maxSeats: 30 }
			});
		});
	});

	describe('the same nickname, many times', () => {
		it('2,000 "Sam"s get Sam, Sam 2 … Sam 2000, each join with the same number of statements', async () => {
			const { db, classroom, codeOf } = await setup(engine);
			const code = await codeOf();
			// Count every statement run, whatever part of the store runs it.
			const proto = (
				db.sqlite ? Object.getPrototypeOf(db.sqlite.prepare('SELECT 1')) : {}
			) as Record<string, unknown>;
			let statements = 0;
			const originals = (['run', 'get', 'all', 'iterate'] as const).map((m) => {
				const original = proto[m] as (...args: unknown[]) => unknown;
				proto[m] = function (this: unknown, ...args: unknown[]) {
					statements++;
					return original.apply(this, args);
				};
				return [m, original] as const;
			});
			const perJoin: number[] = [];
			const names: string[] = [];
			try {
				for (let i = 0; i < 2000; i++) {
					const before = statements;
					const joined = await classroom.join({ code, nickname: i % 2 ? 'sam' : 'Sam' }, 'school');
					if (!joined.ok) throw new Error('not seated');
					names.push(joined.seat.nickname.toLowerCase());
					perJoin.push(statements - before);
				}
			} finally {
				for (const [m, original] of originals) proto[m] = original;
			}
			expect(names.slice(0, 3)).toEqual(['sam', 'sam 2', 'sam 3']);
			expect(names[1999]).toBe('sam 2000');
			expect(new Set(names).size).toBe(2000);
			expect(Math.max(...perJoin.slice(1))).toBe(Math.min(...perJoin.slice(1)));
		}, 120_000);
	});
});
