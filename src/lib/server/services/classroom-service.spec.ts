import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { EXPECTED_EVIDENCE_MAX } from '../../../../tests/expected-answers';
import { describe, expect, it } from 'vitest';
import { Announcement } from '../db/class-changes';
import type { SeatRow } from '../db/class-store';
import { openDatabase, type Db } from '../db/database';
import { migrations } from '../db/migrations';
import { createClassroomService, type Dashboard, singleQuiz } from './classroom-service';
import { createFailureLimiter } from '../db/join-failures';
import { classroomServices } from '../../../test-support/classroom';
import { defaultPack } from '../../content/packs';
import { ENGINES, freshDatabase, tempDatabase } from '../../../test-support/databases';

const build = (db: Db, now = () => Date.now()) => classroomServices(db, { now });

/** For one test: a database of its own. */
const setup = async (engine: Db['engine'], now = () => Date.now()) =>
	build((await freshDatabase(engine)).db, now);

const settings = {
	title: 'Year 9 media literacy',
	pacing: 'self',
	feedback: 'each',
	timeLimitMinutes: ''
};

describe.each(ENGINES)('classroom service (%s)', (engine) => {
	const { db, url } = tempDatabase(engine);
	const { quiz, classroom } = build(db);

	async function newClass(extra: Record<string, unknown> = {}) {
		const created = await classroom.createClass({ ...settings, ...extra });
		if (!created.ok) throw new Error(JSON.stringify(created));
		return created;
	}

	async function join(code: string, nickname: string, address = '10.0.0.1') {
		const joined = await classroom.join({ code, nickname }, address);
		if (!joined.ok) throw new Error('message' in joined ? joined.message : 'invalid');
		return joined.seat;
	}

	it('creates a class with a join code and a teacher secret kept only as a hash', async () => {
		const { classRow, teacherSecret } = await newClass();
		expect(classRow.code).toMatch(/^[A-Z2-9]{6}$/);
		expect(teacherSecret.length * 6).toBeGreaterThanOrEqual(128);
		expect((await classroom.teacher(teacherSecret))?.id).toBe(classRow.id);
		const stored = JSON.stringify(await db.kysely.selectFrom('classes').selectAll().execute());
		expect(stored).not.toContain(teacherSecret);
	});

	it('refuses an article it does not have, and names the one a class reads', async () => {
		const refused = await classroom.createClass(settings, '10.0.0.9', 'no-such-article');
		expect(refused).toMatchObject({
			ok: false,
			errors: { pack: ['Choose an article from the list.'] }
		});
		const { classRow } = await newClass();
		expect((await classroom.dashboard(classRow)).articleTitle).toBe(defaultPack.title);
	});

	it('explains bad settings field by field', async () => {
		const created = await classroom.createClass({
			title: ' ',
			pacing: 'fast',
			feedback: 'each',
			timeLimitMinutes: '900'
		});
		expect(created.ok).toBe(false);
		if (!created.ok && 'errors' in created) {
			expect(created.errors.title?.[0]).toContain('title');
			expect(created.errors.pacing?.[0]).toBeTruthy();
			expect(created.errors.timeLimitMinutes?.[0]).toContain('1 to 180');
		}
	});

	it('seats students with unique nicknames, whatever the case or spacing of the code', async () => {
		const { classRow } = await newClass();
		const a = await join(classRow.code.toLowerCase(), 'Sam');
		const b = await join(` ${classRow.code.slice(0, 3)}-${classRow.code.slice(3)} `, 'sam');
		expect([a.nickname, b.nickname]).toEqual(['Sam', 'sam 2']);
		expect(a.seatKey).not.toBe(b.seatKey);
	});

	it('numbers a nickname that only looks like one taken: Cyrillic or full-width letters, 0 for O', async () => {
		const { classRow } = await newClass();
		const names: string[] = [];
		// "Аlice" with a Cyrillic А, "Ａlice" with a full-width Ａ, "B0b" with a zero.
		for (const wanted of [
			'Alice',
			'\u0410lice',
			'\uff21lice',
			'ALICE',
			'Bob',
			'B0b',
			'Alicia',
			'Alex'
		])
			names.push((await join(classRow.code, wanted)).nickname);
		expect(names).toEqual([
			'Alice',
			'\u0410lice 2',
			'\uff21lice 3',
			'ALICE 4',
			'Bob',
			'B0b 2',
			'Alicia',
			'Alex'
		]);
		// A look-alike of a numbered name takes the next number, as a repeat does.
		expect((await join(classRow.code, '\u0410lice 2')).nickname).toBe('\u0410lice 2 2');
		expect((await join(classRow.code, '\u0410lice')).nickname).toBe('\u0410lice 5');
	});

	it('refuses a wrong code, then limits an address that keeps guessing', async () => {
		await newClass();
		for (let i = 0; i < 3; i++) {
			const miss = await classroom.join({ code: 'ZZZZZZ', nickname: 'Guesser' }, '6.6.6.6');
			expect(!miss.ok && miss.status).toBe(404);
		}
		const blocked = await classroom.join({ code: 'ZZZZZZ', nickname: 'Guesser' }, '6.6.6.6');
		expect(!blocked.ok && blocked.status).toBe(429);
	});

	it('lets a whole class behind one address join', async () => {
		const { classRow } = await newClass();
		for (let i = 0; i < 40; i++) await join(classRow.code, `Pupil ${i}`, '192.0.2.1');
		expect((await classroom.dashboard(classRow)).present).toBe(40);
		expect((await classroom.roster(classRow)).matching).toBe(40);
	});

	it('scores answers and shows the class split on the dashboard', async () => {
		const { classRow } = await newClass();
		const a = await join(classRow.code, 'Ana');
		const b = await join(classRow.code, 'Ben');
		const q = quiz.questions[0]!;
		const wrong = q.format === 'choice' ? q.options.find((o) => o.id !== q.answer)!.id : 0;
		expect(await classroom.answer(a.seatKey, { questionId: q.id, answer: q.answer })).toMatchObject(
			{
				ok: true,
				verdict: { correct: true }
			}
		);
		await classroom.answer(b.seatKey, { questionId: q.id, answer: wrong });
		const dash = await classroom.dashboard(classRow);
		expect(
			(await classroom.roster(classRow)).rows.map((s) => [s.nickname, s.answered, s.score])
		).toEqual([
			['Ana', 1, 1],
			['Ben', 1, 0]
		]);
		expect(dash.questions[0]).toMatchObject({ answered: 2, correct: 1 });
		expect(dash.questions[0]!.spread.filter((s) => s.count > 0)).toHaveLength(2);
	});

	// What another instance announces is read by its schema (class-changes.ts), but its strings
	// are whatever was stored: an answer of a seat or a question this instance does not know, or
	// given and cited that are not JSON, must leave the dashboard as it was, and nothing may throw.
	it('hears any change of a seat it does not know, however malformed, and changes nothing', async () => {
		const { classRow } = await newClass();
		const seat = await join(classRow.code, 'Ana');
		const q = quiz.questions[0]!;
		await classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer });
		const before = structuredClone(await classroom.dashboard(classRow));
		const strangers = fc.oneof(fc.string(), fc.constant(''), fc.constant('\u0000'));
		const text = fc.oneof(fc.string(), fc.json(), fc.constant('"russell"'), fc.constant('[]'));
		const change = fc.oneof(
			fc.record({
				k: fc.constant('answer' as const),
				c: fc.constant(classRow.id),
				s: strangers,
				q: fc.oneof(fc.constant(q.id), fc.string()),
				g: text,
				e: text
			}),
			// The seat it knows, with answers it cannot read or questions it does not have.
			fc.record({
				k: fc.constant('answer' as const),
				c: fc.constant(classRow.id),
				s: fc.constant(seat.id),
				q: fc.string().filter((id) => !quiz.questions.some((x) => x.id === id)),
				g: text,
				e: text
			}),
			fc.record({ k: fc.constant('remove' as const), c: fc.constant(classRow.id), s: strangers }),
			fc.record({ k: fc.constant('gone' as const), c: strangers }),
			fc.record({ k: fc.constant('class' as const), c: strangers, p: fc.boolean() })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(change, { maxLength: 20 }), async (changes) => {
				for (const wire of changes) {
					await classroom.heard(Announcement.parse({ i: 'another instance', ...wire }).change);
				}
				expect(await classroom.dashboard(classRow)).toEqual(before);
			}),
			{ numRuns: 150 }
		);
	});

	// Another instance's answers reach this one a few milliseconds after they are written: a removal
	// made here in between reads the student's answers from the database, some of which the kept
	// dashboard has not heard of yet (seen in CI: a question one answer short for good).
	it('stays exact when a student is removed before their answers on another instance are heard', async () => {
		const other = build(db);
		const { classRow } = await newClass();
		const ana = await join(classRow.code, 'Ana');
		const ben = await join(classRow.code, 'Ben');
		await classroom.dashboard(classRow);
		const [q0, q1] = quiz.questions;
		const answers = [q0!, q1!].map((q) => ({ questionId: q.id, answer: q.answer, cited: [] }));
		for (const seat of [ana, ben]) {
			for (const answer of answers) {
				expect((await other.classroom.answer(seat.seatKey, answer)).ok).toBe(true);
			}
		}
		const heard = (seatId: string, { questionId, answer, cited }: (typeof answers)[number]) =>
			classroom.heard({
				kind: 'answer',
				classId: classRow.id,
				seatId,
				questionId,
				given: answer,
				cited
			});
		// Ben's two and Ana's first are heard before Ana is removed; Ana's second after.
		await heard(ben.id, answers[0]!);
		await heard(ben.id, answers[1]!);
		await heard(ana.id, answers[0]!);
		expect(await classroom.removeStudent(classRow, ana.id)).toBe(true);
		await heard(ana.id, answers[1]!);
		const shown = await classroom.dashboard(classRow);
		expect(shown.questions.slice(0, 2).map((q) => q.answered)).toEqual([1, 1]);
		expect(shown).toEqual(await classroom.buildDashboard(classRow));
	});

	it('stays exact when a removed student has an answer heard that the database did not yet show', async () => {
		const { classRow } = await newClass();
		const ana = await join(classRow.code, 'Ana');
		const ben = await join(classRow.code, 'Ben');
		await classroom.dashboard(classRow);
		const q0 = quiz.questions[0]!;
		await classroom.answer(ben.seatKey, { questionId: q0.id, answer: q0.answer, cited: [] });
		// Heard, but not in what the removal reads of Ana's answers (as when it was read just
		// before the other instance's answer was committed).
		await classroom.heard({
			kind: 'answer',
			classId: classRow.id,
			seatId: ana.id,
			questionId: q0.id,
			given: q0.answer,
			cited: []
		});
		expect(await classroom.removeStudent(classRow, ana.id)).toBe(true);
		const shown = await classroom.dashboard(classRow);
		expect(shown.questions[0]!.answered).toBe(1);
		expect(shown).toEqual(await classroom.buildDashboard(classRow));
	});

	it('keeps the dashboard current answer by answer, exactly as a rebuild from the database', async () => {
		const { classRow } = await newClass({ evidenceMode: 'required' });
		const seats: SeatRow[] = [];
		for (const name of ['Ana', 'Ben', 'Cy', 'Dee']) seats.push(await join(classRow.code, name));
		// Watched from the start, so every later answer updates the dashboard held in memory.
		await classroom.dashboard(classRow);
		const ids = [...quiz.sentences.keys()];
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.record({
						seat: fc.nat(seats.length - 1),
						question: fc.nat(quiz.questions.length - 1),
						option: fc.nat(6),
						cited: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 })
					}),
					{ maxLength: 40 }
				),
				async (moves) => {
					for (const move of moves) {
						const q = quiz.questions[move.question]!;
						const answer =
							q.format === 'choice'
								? q.options[move.option % q.options.length]!.id
								: move.option * 6;
						await classroom.answer(seats[move.seat]!.seatKey, {
							questionId: q.id,
							answer,
							cited: move.cited
						});
					}
					const tidy = (d: Dashboard) => ({
						...d,
						questions: d.questions.map((question) => ({
							...question,
							spread: [...question.spread].sort((a, b) => a.label.localeCompare(b.label)),
							// Ties may name either sentence: the count is what must agree.
							citedWrongly: question.citedWrongly?.count ?? 0
						}))
					});
					expect(tidy(await classroom.dashboard(classRow))).toEqual(
						tidy(await classroom.buildDashboard(classRow))
					);
				}
			),
			{ numRuns: 30 }
		);
		expect((await classroom.roster(classRow)).rows.some((s) => s.answered > 0)).toBe(true);
	}, 60_000);

	it('withholds right and wrong until the end in assessment mode', async () => {
		const { classRow } = await newClass({ feedback: 'end' });
		const seat = await join(classRow.code, 'Cleo');
		const q = quiz.questions[0]!;
		expect(
			await classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer })
		).toMatchObject({
			ok: true,
			verdict: null
		});
		expect(await classroom.student(seat.seatKey)).toMatchObject({
			ok: true,
			view: { verdicts: [], answeredIds: [q.id] }
		});
		await classroom.close(classRow);
		const after = await classroom.student(seat.seatKey);
		expect(after.ok && after.view.verdicts).toHaveLength(1);
	});

	it('keeps a teacher-paced class to the questions the teacher has opened', async () => {
		const { classRow } = await newClass({ pacing: 'teacher' });
		const seat = await join(classRow.code, 'Dev');
		const [first, second] = quiz.questions;
		const early = await classroom.answer(seat.seatKey, {
			questionId: second!.id,
			answer: second!.answer
		});
		expect(!early.ok && early.status).toBe(409);
		expect(
			(await classroom.answer(seat.seatKey, { questionId: first!.id, answer: first!.answer })).ok
		).toBe(true);
		await classroom.openNextQuestion(classRow);
		expect(
			(await classroom.answer(seat.seatKey, { questionId: second!.id, answer: second!.answer })).ok
		).toBe(true);
	});

	it('reads a class once for all its answers, and again after the teacher opens a question', async () => {
		// The class store with its reads of a class row counted.
		const real = build(db);
		let reads = 0;
		const counted = {
			...real.classes,
			get: (id: string) => (reads++, real.classes.get(id))
		};
		const watched = createClassroomService({
			quizzes: singleQuiz(real.quiz),
			classes: counted,
			joinLimiter: createFailureLimiter(db, { maxFailures: 3 })
		});
		const created = await watched.createClass({ ...settings, pacing: 'teacher' });
		if (!created.ok) throw new Error('not created');
		const { classRow } = created;
		const students = await Promise.all(
			['Ana', 'Ben', 'Cy'].map(async (nickname) => {
				const joined = await watched.join({ code: classRow.code, nickname }, '10.0.0.1');
				if (!joined.ok) throw new Error('not joined');
				return joined.seat;
			})
		);
		const [first, second] = real.quiz.questions;
		// One after another: each answer's change has been made before the next is read.
		const answerAll = async (q: typeof first) => {
			const results = [];
			for (const s of students) {
				results.push(await watched.answer(s.seatKey, { questionId: q!.id, answer: q!.answer }));
			}
			return results;
		};
		reads = 0;
		expect((await answerAll(first)).every((r) => r.ok)).toBe(true);
		expect(reads).toBe(1);
		// Opening the next question changes the row: the next answers read it again, once.
		await watched.openNextQuestion((await real.classes.get(classRow.id))!);
		reads = 0;
		expect((await answerAll(second)).every((r) => r.ok)).toBe(true);
		expect(reads).toBe(1);
	});

	it('takes no answers once closed, and no joins', async () => {
		const { classRow } = await newClass();
		const seat = await join(classRow.code, 'Eve');
		await classroom.close(classRow);
		const q = quiz.questions[0]!;
		const late = await classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(!late.ok && late.status).toBe(410);
		const joinLate = await classroom.join({ code: classRow.code, nickname: 'Fay' }, '10.0.0.9');
		expect(!joinLate.ok && joinLate.status).toBe(410);
	});

	it('closes itself when the time limit runs out, counted from the first join', async () => {
		let clock = Date.now();
		const timed = await setup(engine, () => clock);
		const created = await timed.classroom.createClass({ ...settings, timeLimitMinutes: '5' });
		if (!created.ok) throw new Error('not created');
		// Set up the day before: the clock has not started.
		clock += 24 * 60 * 60_000;
		const seat = await timed.classroom.join({ code: created.classRow.code, nickname: 'Gus' }, 'x');
		expect(seat.ok && seat.classRow.startedAt).toBe(clock);
		expect(seat.ok && (await timed.classroom.dashboard(seat.classRow)).deadline).toBe(
			clock + 5 * 60_000
		);
		clock += 4 * 60_000;
		const later = await timed.classroom.join({ code: created.classRow.code, nickname: 'Ida' }, 'x');
		expect(later.ok && later.classRow.startedAt).toBe(clock - 4 * 60_000);
		clock += 60_000;
		const q = timed.quiz.questions[0]!;
		const late = await timed.classroom.answer(seat.ok ? seat.seat.seatKey : '', {
			questionId: q.id,
			answer: q.answer
		});
		expect(!late.ok && late.status).toBe(410);
	});

	it('removes a student for good: their seat no longer answers', async () => {
		const { classRow } = await newClass();
		const seat = await join(classRow.code, 'Hal');
		expect(await classroom.removeStudent(classRow, seat.id)).toBe(true);
		const q = quiz.questions[0]!;
		const after = await classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(!after.ok && after.status).toBe(403);
		expect((await classroom.roster(classRow)).rows[0]?.removed).toBe(true);
		expect((await classroom.dashboard(classRow)).present).toBe(0);
	});

	it('exports one CSV row per student, safe from formula injection', async () => {
		const { classRow } = await newClass();
		const seat = await join(classRow.code, '=HYPERLINK("x")');
		const q = quiz.questions[0]!;
		// Q1 asks who "the Briton" is: p9s1 (an apology to the Finn) with p10s1 ("wrote the Briton").
		expect(q.subject).toBe('the Briton');
		await classroom.answer(seat.seatKey, {
			questionId: q.id,
			answer: q.answer,
			cited: ['p10s1', 'p9s1']
		});
		const rows = parse((await classroom.csv(classRow)).slice(1)) as string[][];
		expect(rows).toHaveLength(2);
		expect(rows[0]!.slice(1, 5)).toEqual(['Q1 answer', 'Q1 result', 'Q1 cited', 'Q1 evidence']);
		expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
		expect(rows[1]!.slice(1, 5)).toEqual(['George Russell', 'right', 'p9s1 p10s1', 'counted']);
		// One right answer: it neither believed something false nor doubted something true.
		expect(rows[1]!.slice(-7)).toEqual([
			'1',
			'1',
			'1',
			String(quiz.questions.length),
			String(EXPECTED_EVIDENCE_MAX),
			'0',
			'0'
		]);
	});

	it('deletes a class with its seats, attempts and answers', async () => {
		const { classRow } = await newClass();
		const seat = await join(classRow.code, 'Ivy');
		await classroom.answer(seat.seatKey, { questionId: quiz.questions[0]!.id, answer: 'russell' });
		expect(await classroom.delete(classRow)).toBe(true);
		expect((await classroom.student(seat.seatKey)).ok).toBe(false);
		expect(
			await db.kysely
				.selectFrom('attempts')
				.select('key')
				.where('key', '=', seat.attemptKey)
				.execute()
		).toEqual([]);
	});

	// A SQLite file from before Kysely, at user_version 3 (PostgreSQL never had those versions).
	it.runIf(engine === 'sqlite')(
		'upgrades a database from before start times: classes with students count as started',
		async () => {
			const { classRow: waiting } = await newClass();
			const { classRow: running } = await newClass();
			await join(running.code, 'Kai');
			// Back to schema 3, as a database written by the previous version would be.
			db.sqlite!.exec(
				'DROP INDEX seats_class_nickname_key; ALTER TABLE seats DROP COLUMN nickname_key; CREATE UNIQUE INDEX seats_class_nickname ON seats (class_id, nickname COLLATE NOCASE); DROP INDEX attempts_pack_version; DROP INDEX classes_pack_version; ALTER TABLE attempts DROP COLUMN preview; DROP TRIGGER answers_totals; ALTER TABLE classes DROP COLUMN seat_count; DROP INDEX classes_view_secret; ALTER TABLE classes DROP COLUMN view_secret_hash; ALTER TABLE classes DROP COLUMN started_at; ALTER TABLE classes DROP COLUMN max_seats; ALTER TABLE classes DROP COLUMN evidence_mode; ALTER TABLE attempts DROP COLUMN evidence_mode; ALTER TABLE attempts DROP COLUMN evidence_score; ALTER TABLE answers DROP COLUMN cited; ALTER TABLE answers DROP COLUMN evidence_points; DROP TABLE pack_versions; DROP TABLE packs; ALTER TABLE attempts DROP COLUMN pack_version; ALTER TABLE classes DROP COLUMN pack_version; DROP TABLE join_failures; DROP TABLE kysely_migration; DROP TABLE kysely_migration_lock'
			);
			db.sqlite!.pragma('user_version = 3');
			const upgraded = await openDatabase(url);
			try {
				const startedAt = (id: string) =>
					(
						upgraded.sqlite!.prepare('SELECT started_at FROM classes WHERE id = ?').get(id) as {
							started_at: number | null;
						}
					).started_at;
				expect(upgraded.sqlite!.pragma('user_version', { simple: true })).toBe(
					Object.keys(migrations('sqlite')).length
				);
				expect(startedAt(waiting.id)).toBeNull();
				expect(startedAt(running.id)).toBe(running.createdAt);
			} finally {
				await upgraded.close();
			}
		}
	);

	it('opens the projector by its own secret, never by the teacher secret', async () => {
		const { classRow, teacherSecret } = await newClass();
		const viewSecret = await classroom.viewSecret(classRow, teacherSecret);
		expect(viewSecret).toMatch(/^[\w-]{32}$/);
		expect(viewSecret).not.toBe(teacherSecret);
		expect((await classroom.viewer(viewSecret))?.id).toBe(classRow.id);
		expect(await classroom.viewer(teacherSecret)).toBeUndefined();
		expect(await classroom.teacher(viewSecret)).toBeUndefined();
		// A class from before view secrets gets one the first time its dashboard opens.
		await db.kysely
			.updateTable('classes')
			.set({ view_secret_hash: null })
			.where('id', '=', classRow.id)
			.execute();
		expect(await classroom.viewer(viewSecret)).toBeUndefined();
		expect(await classroom.viewSecret(classRow, teacherSecret)).toBe(viewSecret);
		expect((await classroom.viewer(viewSecret))?.id).toBe(classRow.id);
	});

	it('keeps everything when the server restarts (a fresh connection to the same file)', async () => {
		const { classRow, teacherSecret } = await newClass();
		const seat = await join(classRow.code, 'Jo');
		await classroom.answer(seat.seatKey, { questionId: quiz.questions[0]!.id, answer: 'russell' });
		const reopened = await openDatabase(url);
		try {
			const { classroom: again } = classroomServices(reopened);
			const back = (await again.teacher(teacherSecret))!;
			expect((await again.roster(back)).rows).toMatchObject([{ nickname: 'Jo', answered: 1 }]);
			expect(await again.student(seat.seatKey)).toMatchObject({
				ok: true,
				view: { answeredIds: ['q01'] }
			});
		} finally {
			await reopened.close();
		}
	});
});

describe('classroom service memory (real SQLite file)', () => {
	it('keeps a bounded number of dashboards however many classes are viewed', async () => {
		const { classroom } = await setup('sqlite');
		for (let i = 0; i < 5_000; i++) {
			// A teacher and a student of their own for each class: the per-address caps stay out of it.
			const address = `10.${i >> 8}.${i & 255}`;
			const created = await classroom.createClass(settings, `${address}.1`);
			if (!created.ok) throw new Error('invalid');
			const joined = await classroom.join(
				{ code: created.classRow.code, nickname: 'Ana' },
				`${address}.2`
			);
			if (!joined.ok) throw new Error('join');
			await classroom.dashboard((await classroom.teacher(created.teacherSecret))!);
		}
		expect(classroom.retainedClasses()).toBeLessThanOrEqual(1_000);
	}, 60_000);

	it('forgets a class that is deleted or purged', async () => {
		let time = 1_000_000;
		const { classroom } = await setup('sqlite', () => time);
		const viewed = async () => {
			const created = await classroom.createClass(settings);
			if (!created.ok) throw new Error('invalid');
			await classroom.join({ code: created.classRow.code, nickname: 'Ana' }, '10.0.0.3');
			await classroom.dashboard(created.classRow);
			return created.classRow;
		};
		await classroom.delete(await viewed());
		expect(classroom.retainedClasses()).toBe(0);
		await viewed();
		time += 1_000;
		expect(await classroom.purgeCreatedBefore(time)).toBe(1);
		expect(classroom.retainedClasses()).toBe(0);
	});
});
