// The dashboard of a big class: kept current change by change (never rebuilt from every seat), the
// roster sent a page at a time, so one message stays small at 10,000 students, and students' own
// streams told only of what changes for them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_PAGE_SIZE, type RosterView } from '../classroom/roster';
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import { createClassroomService, singleQuiz, type Dashboard } from './classroom-service';
import { createQuizService } from './quiz-service';
import { createFailureLimiter, createRateLimiter } from './rate-limit';
import { tempDatabase } from './test-db';
import { withoutNames } from './without-names';

const MESSAGE_MAX_BYTES = 64 * 1024;

function setup(rosterPageSize = ROSTER_PAGE_SIZE) {
	const { db } = tempDatabase();
	const attempts = createAttemptStore(db);
	const quiz = createQuizService(attempts, defaultPack);
	const classes = createClassStore(db, attempts);
	const classroom = createClassroomService(
		singleQuiz(quiz),
		classes,
		createFailureLimiter({ maxFailures: 3 }),
		Date.now,
		{
			classes: createRateLimiter({ limit: 1_000_000 }),
			joins: createRateLimiter({ limit: 1_000_000 }),
			maxSeatsPerClass: 10_000
		},
		{ rosterPageSize }
	);
	return { db, quiz, classes, classroom };
}

const settings = { title: 'Assembly', pacing: 'self', feedback: 'each', evidenceMode: 'bonus' };

const bytes = (message: unknown) => Buffer.byteLength(JSON.stringify(message));

describe('a class of 10,000', () => {
	const { db, quiz, classes, classroom } = setup();
	const created = classroom.createClass({ ...settings, title: 'T'.repeat(80) });
	if (!created.ok) throw new Error(JSON.stringify(created));
	const classRow = created.classRow;

	it('sends the teacher and the projector messages of at most 64 KB', () => {
		// The longest nicknames, and every student's answer to the first questions.
		const insert = db.transaction(() => {
			for (let i = 0; i < 10_000; i++) {
				const joined = classroom.join(
					{ code: classRow.code, nickname: `Ünïcödé student ${String(i).padStart(7, '0')}` },
					'10.0.0.1'
				);
				if (!joined.ok) throw new Error(`join ${i}`);
				for (const q of quiz.questions.slice(0, 2)) {
					const answer = q.format === 'choice' ? q.options[i % q.options.length]!.id : i;
					classroom.answer(joined.seat.seatKey, { questionId: q.id, answer, cited: ['p1s1'] });
				}
			}
		});
		insert();
		const current = classes.get(classRow.id)!;
		const dashboard = classroom.dashboard(current);
		expect(dashboard.present).toBe(10_000);
		expect(dashboard.questions[0]!.answered).toBe(10_000);

		const first = classroom.teacherDashboard(current, { page: 1, q: '' });
		expect(first.roster).toMatchObject({ page: 1, pages: 200, matching: 10_000 });
		expect(first.roster.rows).toHaveLength(ROSTER_PAGE_SIZE);
		expect(bytes(first)).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		const last = classroom.teacherDashboard(current, { page: 200, q: 'student' });
		expect(last.roster.rows.at(-1)!.nickname).toBe('Ünïcödé student 0009999');
		expect(bytes(last)).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		expect(bytes(withoutNames(dashboard))).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
		// The same aggregates whether kept in memory or rebuilt from the database.
		expect(classroom.buildDashboard(current)).toEqual(dashboard);
	}, 120_000);

	it('finds any student by a part of their nickname, and pages past the end to the last page', () => {
		const current = classes.get(classRow.id)!;
		const found = classroom.roster(current, { page: 1, q: 'STUDENT 000123' });
		expect(found.matching).toBe(10);
		expect(found.rows.map((r) => r.nickname)).toContain('Ünïcödé student 0001234');
		expect(classroom.roster(current, { page: 9_999, q: '' }).page).toBe(200);
		expect(classroom.roster(current, { page: 1, q: 'nobody' })).toMatchObject({
			rows: [],
			page: 1,
			pages: 1,
			matching: 0
		});
	});

	it('exports every student', () => {
		const rows = classroom.csv(classes.get(classRow.id)!).trim().split('\n');
		expect(rows).toHaveLength(10_001);
	});
});

describe('the dashboard kept change by change', () => {
	it('agrees with a rebuild from the database after any joins, answers, removals and pacing', () => {
		const { quiz, classes, classroom } = setup(3);
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
		fc.assert(
			fc.property(
				fc.constantFrom('self', 'teacher'),
				fc.array(move, { maxLength: 60 }),
				fc.array(
					view.map((v) => ({ ...v, q: v.q.trim() })),
					{ minLength: 1, maxLength: 4 }
				),
				(pacing, moves, views) => {
					const created = classroom.createClass({ ...settings, pacing, evidenceMode: 'required' });
					if (!created.ok) throw new Error('not created');
					const id = created.classRow.id;
					// Watched from the start: every change below updates the dashboard held in memory.
					classroom.dashboard(created.classRow);
					const seats: { id: string; seatKey: string }[] = [];
					for (const m of moves) {
						const classRow = classes.get(id)!;
						if ('join' in m) {
							const joined = classroom.join({ code: classRow.code, nickname: m.join }, 'x');
							if (joined.ok) seats.push(joined.seat);
						} else if ('answer' in m && seats.length > 0) {
							const q = quiz.questions[m.question]!;
							const answer =
								q.format === 'choice' ? q.options[m.option % q.options.length]!.id : m.option * 6;
							classroom.answer(seats[m.answer % seats.length]!.seatKey, {
								questionId: q.id,
								answer,
								cited: m.cited
							});
						} else if ('remove' in m && seats.length > 0) {
							classroom.removeStudent(classRow, seats[m.remove % seats.length]!.id);
						} else if ('next' in m) {
							classroom.openNextQuestion(classRow);
						} else if ('look' in m) {
							classroom.roster(classRow, { ...m.look, q: m.look.q.trim() });
						}
					}
					const classRow = classes.get(id)!;
					expect(tidy(classroom.dashboard(classRow))).toEqual(
						tidy(classroom.buildDashboard(classRow))
					);
					for (const v of views) {
						expect(classroom.roster(classRow, v)).toEqual(classroom.buildRoster(classRow, v));
						expect(classroom.roster(classRow, v)).toEqual(expectedRoster(id, v));
					}
				}
			),
			{ numRuns: 40 }
		);

		/** The roster page from the database alone: join order, matched on the nickname in any case. */
		function expectedRoster(classId: string, v: RosterView) {
			const q = v.q.toLowerCase();
			const rows = classes
				.seats(classId)
				.filter((s) => s.nickname.toLowerCase().includes(q))
				.map((s) => {
					const summary = quiz.state(s.attemptKey)!.summary;
					return {
						seatId: s.id,
						nickname: s.nickname,
						answered: summary.answered,
						score: summary.score,
						evidenceScore: summary.evidence?.score ?? 0,
						removed: s.removedAt !== null
					};
				});
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
	});
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
	it('tells students of pacing, closing and removals, never of answers or joins', () => {
		const { quiz, classes, classroom } = setup();
		const created = classroom.createClass({ ...settings, pacing: 'teacher' });
		if (!created.ok) throw new Error('not created');
		const { id, code } = created.classRow;
		const heard = { dashboard: 0, students: 0 };
		classroom.changes.on(id, () => heard.dashboard++);
		classroom.changes.on(classroom.paceTopic(id), () => heard.students++);
		const ana = classroom.join({ code, nickname: 'Ana' }, 'x');
		const ben = classroom.join({ code, nickname: 'Ben' }, 'x');
		if (!ana.ok || !ben.ok) throw new Error('not joined');
		const q = quiz.questions[0]!;
		classroom.answer(ana.seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(heard).toEqual({ dashboard: 3, students: 0 });
		classroom.openNextQuestion(classes.get(id)!);
		classroom.removeStudent(classes.get(id)!, ben.seat.id);
		classroom.close(classes.get(id)!);
		expect(heard).toEqual({ dashboard: 6, students: 3 });
	});

	it('counts who has finished, and leaves a removed student out of the counts', () => {
		const { quiz, classes, classroom } = setup();
		const created = classroom.createClass(settings);
		if (!created.ok) throw new Error('not created');
		const { id, code } = created.classRow;
		classroom.dashboard(created.classRow);
		const ana = classroom.join({ code, nickname: 'Ana' }, 'x');
		classroom.join({ code, nickname: 'Ben' }, 'x');
		if (!ana.ok) throw new Error('not joined');
		for (const q of quiz.questions) {
			classroom.answer(ana.seat.seatKey, { questionId: q.id, answer: q.answer });
		}
		expect(classroom.dashboard(classes.get(id)!)).toMatchObject({ present: 2, finished: 1 });
		classroom.removeStudent(classes.get(id)!, ana.seat.id);
		const after = classroom.dashboard(classes.get(id)!);
		expect(after).toMatchObject({ present: 1, finished: 0 });
		expect(after.questions.every((q) => q.answered === 0)).toBe(true);
		expect(classroom.roster(classes.get(id)!, { page: 1, q: 'ana' }).rows).toMatchObject([
			{ nickname: 'Ana', removed: true, answered: quiz.questions.length }
		]);
	});
});

describe('a change of pace told to every student', () => {
	it('reads the class once for all its students, not once each', () => {
		const { quiz, classes, classroom } = setup();
		const created = classroom.createClass({ ...settings, pacing: 'teacher' });
		if (!created.ok) throw new Error('not created');
		const seats = Array.from({ length: 50 }, (_, i) => {
			const joined = classroom.join({ code: created.classRow.code, nickname: `S${i}` }, 'x');
			if (!joined.ok) throw new Error('not joined');
			return joined.seat;
		});
		const get = classes.get;
		let reads = 0;
		classes.get = (id) => (reads++, get(id));
		try {
			classroom.openNextQuestion(get(created.classRow.id)!);
			reads = 0;
			const paces = seats.map((s) => classroom.pace(s.seatKey));
			expect(paces.every((p) => 'openQuestions' in p && p.openQuestions === 2)).toBe(true);
			expect(reads).toBeLessThanOrEqual(1);
			// Still right after the next change, and for a student removed by it.
			classroom.removeStudent(get(created.classRow.id)!, seats[0]!.id);
			classroom.close(get(created.classRow.id)!);
			expect(classroom.pace(seats[0]!.seatKey)).toEqual({ removed: true });
			expect(classroom.pace(seats[1]!.seatKey)).toEqual({
				openQuestions: 2,
				closed: true
			});
			expect(quiz.questions.length).toBeGreaterThan(2);
		} finally {
			classes.get = get;
		}
	});
});
