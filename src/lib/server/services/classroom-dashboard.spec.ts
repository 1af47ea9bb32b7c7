// The dashboard of a big class: kept current change by change (never rebuilt from every seat), the
// roster sent a page at a time, so one message stays small at 10,000 students, and students' own
// streams told only of what changes for them.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROSTER_PAGE_SIZE, type RosterView } from '../../classroom/roster';
import { Dashboard, TeacherDashboard } from '../../contract/dashboard';
import { countLapses } from '../../quiz/lapse-counts';
import { classroomServices, liftedCaps } from '../../../test-support/classroom';
import { freshDatabase, tempDatabase } from '../../../test-support/databases';
import { lapseRoundAnswers } from '../../../test-support/lapse-round';
import type { Db } from '../db/database';
import { withoutNames } from '../http/without-names';

const MESSAGE_MAX_BYTES = 64 * 1024;

/** The services over a database: one for the describe block (tempDatabase), or one per test. */
const setup = (rosterPageSize = ROSTER_PAGE_SIZE, db: Db = tempDatabase().db) =>
	classroomServices(db, { caps: liftedCaps(), rosterPageSize });

/** The same, on a database of the test's own (for a setup made inside a test). */
const setupInTest = async (rosterPageSize = ROSTER_PAGE_SIZE) =>
	setup(rosterPageSize, (await freshDatabase()).db);

const settings = { title: 'Assembly', pacing: 'self', feedback: 'each', evidenceMode: 'bonus' };

const bytes = (message: unknown) => Buffer.byteLength(JSON.stringify(message));

describe('a class of 10,000', () => {
	const { quiz, classes, classroom } = setup();
	let classRow: Awaited<ReturnType<typeof classes.get>> & object;
	beforeAll(async () => {
		const created = await classroom.createClass({ ...settings, title: 'T'.repeat(80) });
		if (!created.ok) throw new Error(JSON.stringify(created));
		classRow = created.classRow;
	});

	it('sends the teacher and the projector messages of at most 64 KB', async () => {
		// The longest nicknames, and every student's answer to the first questions.
		const insert = async () => {
			for (let i = 0; i < 10_000; i++) {
				const joined = await classroom.join(
					{ code: classRow.code, nickname: `Ünïcödé student ${String(i).padStart(7, '0')}` },
					'10.0.0.1'
				);
				if (!joined.ok) throw new Error(`join ${i}`);
				for (const q of quiz.questions.slice(0, 2)) {
					const answer = q.format === 'choice' ? q.options[i % q.options.length]!.id : i;
					await classroom.answer(joined.seat.seatKey, {
						questionId: q.id,
						answer,
						cited: ['p1s1']
					});
				}
			}
		};
		await insert();
		const current = (await classes.get(classRow.id))!;
		const dashboard = await classroom.dashboard(current);
		expect(dashboard.present).toBe(10_000);
		expect(dashboard.questions[0]!.answered).toBe(10_000);

		const first = await classroom.teacherDashboard(current, { page: 1, q: '' });
		expect(first.roster).toMatchObject({ page: 1, pages: 200, matching: 10_000 });
		expect(first.roster.rows).toHaveLength(ROSTER_PAGE_SIZE);
		expect(bytes(first)).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		const last = await classroom.teacherDashboard(current, { page: 200, q: 'student' });
		expect(last.roster.rows.at(-1)!.nickname).toBe('Ünïcödé student 0009999');
		expect(bytes(last)).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		expect(bytes(withoutNames(dashboard))).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		// What the browser reads them against (the contract's schemas) takes them as they are.
		expect(TeacherDashboard.parse(JSON.parse(JSON.stringify(last)))).toEqual(last);
		expect(Dashboard.parse(JSON.parse(JSON.stringify(withoutNames(dashboard))))).toEqual(
			withoutNames(dashboard)
		);
		// The same aggregates whether kept in memory or rebuilt from the database.
		expect(await classroom.buildDashboard(current)).toEqual(dashboard);
	}, 120_000);

	it('finds any student by a part of their nickname, and pages past the end to the last page', async () => {
		const current = (await classes.get(classRow.id))!;
		const found = await classroom.roster(current, { page: 1, q: 'STUDENT 000123' });
		expect(found.matching).toBe(10);
		expect(found.rows.map((r) => r.nickname)).toContain('Ünïcödé student 0001234');
		expect((await classroom.roster(current, { page: 9_999, q: '' })).page).toBe(200);
		expect(await classroom.roster(current, { page: 1, q: 'nobody' })).toMatchObject({
			rows: [],
			page: 1,
			pages: 1,
			matching: 0
		});
	});

	it('exports every student', { timeout: 120_000 }, async () => {
		const rows = (await classroom.csv((await classes.get(classRow.id))!)).trim().split('\n');
		expect(rows).toHaveLength(10_001);
	});
});

describe('the dashboard kept change by change', () => {
	it(
		'agrees with a rebuild from the database after any joins, answers, removals and pacing',
		{ timeout: 120_000 },
		async () => {
			const { quiz, classes, classroom } = await setupInTest(3);
			const ids = [...quiz.sentences.keys()];
			const names = ['Ana', 'ana', 'Ben', 'Benno', 'Cy', 'Dee Dee'];
			const view = fc.record({
				page: fc.integer({ min: 1, max: 12 }),
				q: fc.constantFrom('', 'a', 'ANA', 'ben', ' dee ', 'zz', '2')
			});
			const move = fc.oneof(
				fc.record({ join: fc.constantFrom(...names) }),
				fc.record({
					answer: fc.nat(40),
					question: fc.nat(quiz.questions.length - 1),
					option: fc.nat(6),
					cited: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 })
				}),
				fc.record({ remove: fc.nat(40) }),
				fc.record({ next: fc.constant(true) }),
				// The teacher looks at a page between changes (a search is remembered from then on).
				fc.record({ look: view })
			);
			await fc.assert(
				fc.asyncProperty(
					fc.constantFrom('self', 'teacher'),
					fc.array(move, { maxLength: 60 }),
					fc.array(
						view.map((v) => ({ ...v, q: v.q.trim() })),
						{ minLength: 1, maxLength: 4 }
					),
					async (pacing, moves, views) => {
						const created = await classroom.createClass({
							...settings,
							pacing,
							evidenceMode: 'required'
						});
						if (!created.ok) throw new Error('not created');
						const id = created.classRow.id;
						// Watched from the start: every change below updates the dashboard held in memory.
						await classroom.dashboard(created.classRow);
						const seats: { id: string; seatKey: string }[] = [];
						for (const m of moves) {
							const classRow = (await classes.get(id))!;
							if ('join' in m) {
								const joined = await classroom.join({ code: classRow.code, nickname: m.join }, 'x');
								if (joined.ok) seats.push(joined.seat);
							} else if ('answer' in m && seats.length > 0) {
								const q = quiz.questions[m.question]!;
								const answer =
									q.format === 'choice' ? q.options[m.option % q.options.length]!.id : m.option * 6;
								await classroom.answer(seats[m.answer % seats.length]!.seatKey, {
									questionId: q.id,
									answer,
									cited: m.cited
								});
							} else if ('remove' in m && seats.length > 0) {
								await classroom.removeStudent(classRow, seats[m.remove % seats.length]!.id);
							} else if ('next' in m) {
								await classroom.openNextQuestion(classRow);
							} else if ('look' in m) {
								await classroom.roster(classRow, { ...m.look, q: m.look.q.trim() });
							}
						}
						const classRow = (await classes.get(id))!;
						expect(tidy(await classroom.dashboard(classRow))).toEqual(
							tidy(await classroom.buildDashboard(classRow))
						);
						for (const v of views) {
							expect(await classroom.roster(classRow, v)).toEqual(
								await classroom.buildRoster(classRow, v)
							);
							expect(await classroom.roster(classRow, v)).toEqual(await expectedRoster(id, v));
						}
					}
				),
				{ numRuns: 40 }
			);

			/** The roster page from the database alone: join order, matched on the nickname in any case. */
			async function expectedRoster(classId: string, v: RosterView) {
				const q = v.q.toLowerCase();
				const seats = (await classes.seats(classId)).filter((s) =>
					s.nickname.toLowerCase().includes(q)
				);
				const rows = [];
				for (const s of seats) {
					rows.push(
						await (async () => {
							const { summary, verdicts } = (await quiz.state(s.attemptKey))!;
							const lapses = countLapses(verdicts);
							return {
								seatId: s.id,
								nickname: s.nickname,
								answered: summary.answered,
								score: summary.score,
								evidenceScore: summary.evidence?.score ?? 0,
								believedFalse: lapses.believedFalse,
								doubtedTrue: lapses.doubtedTrue,
								removed: s.removedAt !== null
							};
						})()
					);
				}
				const pages = Math.max(1, Math.ceil(rows.length / 3));
				const page = Math.min(v.page, pages);
				return {
					rows: rows.slice((page - 1) * 3, page * 3),
					page,
					pages,
					matching: rows.length,
					query: v.q
				};
			}
		}
	);
});

/** Spread order and which of two equally cited sentences is named may differ: the counts may not. */
const tidy = (d: Dashboard) => ({
	...d,
	questions: d.questions.map((question) => ({
		...question,
		spread: [...question.spread].sort((a, b) => a.label.localeCompare(b.label)),
		citedWrongly: question.citedWrongly?.count ?? 0
	}))
});

describe('what a change is announced to', () => {
	it('tells students of pacing, closing and removals, never of answers or joins', async () => {
		const { quiz, classes, classroom } = await setupInTest();
		const created = await classroom.createClass({ ...settings, pacing: 'teacher' });
		if (!created.ok) throw new Error('not created');
		const { id, code } = created.classRow;
		const heard = { dashboard: 0, students: 0 };
		classroom.changes.on(id, () => heard.dashboard++);
		classroom.changes.on(classroom.paceTopic(id), () => heard.students++);
		const ana = await classroom.join({ code, nickname: 'Ana' }, 'x');
		const ben = await classroom.join({ code, nickname: 'Ben' }, 'x');
		if (!ana.ok || !ben.ok) throw new Error('not joined');
		const q = quiz.questions[0]!;
		await classroom.answer(ana.seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(heard).toEqual({ dashboard: 3, students: 0 });
		await classroom.openNextQuestion((await classes.get(id))!);
		await classroom.removeStudent((await classes.get(id))!, ben.seat.id);
		await classroom.close((await classes.get(id))!);
		expect(heard).toEqual({ dashboard: 6, students: 3 });
	});

	it('counts who has finished, and leaves a removed student out of the counts', async () => {
		const { quiz, classes, classroom } = await setupInTest();
		const created = await classroom.createClass(settings);
		if (!created.ok) throw new Error('not created');
		const { id, code } = created.classRow;
		await classroom.dashboard(created.classRow);
		const ana = await classroom.join({ code, nickname: 'Ana' }, 'x');
		await classroom.join({ code, nickname: 'Ben' }, 'x');
		if (!ana.ok) throw new Error('not joined');
		for (const q of quiz.questions) {
			await classroom.answer(ana.seat.seatKey, { questionId: q.id, answer: q.answer });
		}
		expect(await classroom.dashboard((await classes.get(id))!)).toMatchObject({
			present: 2,
			finished: 1
		});
		await classroom.removeStudent((await classes.get(id))!, ana.seat.id);
		const after = await classroom.dashboard((await classes.get(id))!);
		expect(after).toMatchObject({ present: 1, finished: 0 });
		expect(after.questions.every((q) => q.answered === 0)).toBe(true);
		expect(
			(await classroom.roster((await classes.get(id))!, { page: 1, q: 'ana' })).rows
		).toMatchObject([{ nickname: 'Ana', removed: true, answered: quiz.questions.length }]);
	});
});

describe('believed something false, doubted something true', () => {
	it('counts them per question and per student as answers come in, and without a removed student', async () => {
		const { quiz, classes, classroom } = await setupInTest();
		const created = await classroom.createClass(settings);
		if (!created.ok) throw new Error('not created');
		const { id, code } = created.classRow;
		await classroom.dashboard(created.classRow);
		const seatOf = async (nickname: string) => {
			const joined = await classroom.join({ code, nickname }, 'x');
			if (!joined.ok) throw new Error('not joined');
			return joined.seat;
		};
		const [ana, ben, cy] = [await seatOf('Ana'), await seatOf('Ben'), await seatOf('Cy')];
		const round = lapseRoundAnswers(quiz.questions);
		const [madeUp, realDoubted, realGivenAway, , supportedDoubted] = round;
		const answer = (seat: { seatKey: string }, questionId: string, given: string | number) =>
			classroom.answer(seat.seatKey, { questionId, answer: given });
		// Ana: the whole hand-keyed round (4 believed false, 3 doubted true). Ben: its first three
		// rows (2 and 1). Cy: sees through the made-up line, doubts the same real line.
		for (const { question, given } of round) await answer(ana, question.id, given);
		for (const { question, given } of round.slice(0, 3)) await answer(ben, question.id, given);
		await answer(cy, madeUp!.question.id, madeUp!.question.answer);
		await answer(cy, realDoubted!.question.id, realDoubted!.given);

		const byQuestion = async () => {
			const dash = await classroom.dashboard((await classes.get(id))!);
			const of = (q: { question: { id: string } }) => {
				const stats = dash.questions.find((s) => s.id === q.question.id)!;
				return [stats.believedFalse, stats.doubtedTrue];
			};
			return [madeUp, realDoubted, realGivenAway, supportedDoubted].map((q) => of(q!));
		};
		const byStudent = async () =>
			(await classroom.roster((await classes.get(id))!)).rows.map((r) => [
				r.nickname,
				r.believedFalse,
				r.doubtedTrue
			]);
		expect(await byQuestion()).toEqual([
			[2, 0],
			[0, 3],
			[2, 0],
			[0, 1]
		]);
		expect(await byStudent()).toEqual([
			['Ana', 4, 3],
			['Ben', 2, 1],
			['Cy', 0, 1]
		]);

		// Ben removed: his answers leave the questions' counts, and his row keeps his own.
		await classroom.removeStudent((await classes.get(id))!, ben.id);
		expect(await byQuestion()).toEqual([
			[1, 0],
			[0, 2],
			[1, 0],
			[0, 1]
		]);
		expect(await byStudent()).toEqual([
			['Ana', 4, 3],
			['Ben', 2, 1],
			['Cy', 0, 1]
		]);
		const classRow = (await classes.get(id))!;
		expect(tidy(await classroom.dashboard(classRow))).toEqual(
			tidy(await classroom.buildDashboard(classRow))
		);
	});
});

describe('a change of pace told to every student', () => {
	it('reads the class once for all its students, not once each', async () => {
		const { quiz, classes, classroom } = await setupInTest();
		const created = await classroom.createClass({ ...settings, pacing: 'teacher' });
		if (!created.ok) throw new Error('not created');
		const seats = [];
		for (let i = 0; i < 50; i++) {
			const joined = await classroom.join({ code: created.classRow.code, nickname: `S${i}` }, 'x');
			if (!joined.ok) throw new Error('not joined');
			seats.push(joined.seat);
		}
		const get = classes.get;
		let reads = 0;
		classes.get = (id) => (reads++, get(id));
		try {
			await classroom.openNextQuestion((await get(created.classRow.id))!);
			reads = 0;
			const paces = await Promise.all(seats.map((s) => classroom.pace(s.seatKey)));
			expect(paces.every((p) => 'openQuestions' in p && p.openQuestions === 2)).toBe(true);
			expect(reads).toBeLessThanOrEqual(1);
			// Still right after the next change, and for a student removed by it.
			await classroom.removeStudent((await get(created.classRow.id))!, seats[0]!.id);
			await classroom.close((await get(created.classRow.id))!);
			expect(await classroom.pace(seats[0]!.seatKey)).toEqual({ removed: true });
			expect(await classroom.pace(seats[1]!.seatKey)).toEqual({
				openQuestions: 2,
				closed: true
			});
			expect(quiz.questions.length).toBeGreaterThan(2);
		} finally {
			classes.get = get;
		}
	});
});
