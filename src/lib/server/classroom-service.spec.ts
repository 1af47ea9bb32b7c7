import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { EXPECTED_EVIDENCE_MAX } from '../../../tests/expected-answers';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import { createAttemptStore } from './attempt-store';
import { createClassStore } from './class-store';
import { openDatabase } from './database';
import { createClassroomService, type Dashboard, singleQuiz } from './classroom-service';
import { createQuizService } from './quiz-service';
import { createFailureLimiter } from './rate-limit';
import { tempDatabase } from './test-db';

function setup(now = () => Date.now()) {
	const { db, path } = tempDatabase();
	const attempts = createAttemptStore(db, now);
	const quiz = createQuizService(attempts, defaultPack);
	const classes = createClassStore(db, attempts, now);
	const classroom = createClassroomService(
		singleQuiz(quiz),
		classes,
		createFailureLimiter({ maxFailures: 3 }),
		now
	);
	return { db, path, quiz, classes, classroom };
}

const settings = {
	title: 'Year 9 media literacy',
	pacing: 'self',
	feedback: 'each',
	timeLimitMinutes: ''
};

describe('classroom service (real SQLite file)', () => {
	const { quiz, classroom, db, path } = setup();

	function newClass(extra: Record<string, unknown> = {}) {
		const created = classroom.createClass({ ...settings, ...extra });
		if (!created.ok) throw new Error(JSON.stringify(created));
		return created;
	}

	function join(code: string, nickname: string, address = '10.0.0.1') {
		const joined = classroom.join({ code, nickname }, address);
		if (!joined.ok) throw new Error('message' in joined ? joined.message : 'invalid');
		return joined.seat;
	}

	it('creates a class with a join code and a teacher secret kept only as a hash', () => {
		const { classRow, teacherSecret } = newClass();
		expect(classRow.code).toMatch(/^[A-Z2-9]{6}$/);
		expect(teacherSecret.length * 6).toBeGreaterThanOrEqual(128);
		expect(classroom.teacher(teacherSecret)?.id).toBe(classRow.id);
		const stored = JSON.stringify(db.prepare('SELECT * FROM classes').all());
		expect(stored).not.toContain(teacherSecret);
	});

	it('refuses an article it does not have, and names the one a class reads', () => {
		const refused = classroom.createClass(settings, '10.0.0.9', 'no-such-article');
		expect(refused).toMatchObject({
			ok: false,
			errors: { pack: ['Choose an article from the list.'] }
		});
		const { classRow } = newClass();
		expect(classroom.dashboard(classRow).articleTitle).toBe(defaultPack.title);
	});

	it('explains bad settings field by field', () => {
		const created = classroom.createClass({
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

	it('seats students with unique nicknames, whatever the case or spacing of the code', () => {
		const { classRow } = newClass();
		const a = join(classRow.code.toLowerCase(), 'Sam');
		const b = join(` ${classRow.code.slice(0, 3)}-${classRow.code.slice(3)} `, 'sam');
		expect([a.nickname, b.nickname]).toEqual(['Sam', 'sam 2']);
		expect(a.seatKey).not.toBe(b.seatKey);
	});

	it('refuses a wrong code, then limits an address that keeps guessing', () => {
		newClass();
		for (let i = 0; i < 3; i++) {
			const miss = classroom.join({ code: 'ZZZZZZ', nickname: 'Guesser' }, '6.6.6.6');
			expect(!miss.ok && miss.status).toBe(404);
		}
		const blocked = classroom.join({ code: 'ZZZZZZ', nickname: 'Guesser' }, '6.6.6.6');
		expect(!blocked.ok && blocked.status).toBe(429);
	});

	it('lets a whole class behind one address join', () => {
		const { classRow } = newClass();
		for (let i = 0; i < 40; i++) join(classRow.code, `Pupil ${i}`, '192.0.2.1');
		expect(classroom.dashboard(classRow).present).toBe(40);
		expect(classroom.roster(classRow).matching).toBe(40);
	});

	it('scores answers and shows the class split on the dashboard', () => {
		const { classRow } = newClass();
		const a = join(classRow.code, 'Ana');
		const b = join(classRow.code, 'Ben');
		const q = quiz.questions[0]!;
		const wrong = q.format === 'choice' ? q.options.find((o) => o.id !== q.answer)!.id : 0;
		expect(classroom.answer(a.seatKey, { questionId: q.id, answer: q.answer })).toMatchObject({
			ok: true,
			verdict: { correct: true }
		});
		classroom.answer(b.seatKey, { questionId: q.id, answer: wrong });
		const dash = classroom.dashboard(classRow);
		expect(classroom.roster(classRow).rows.map((s) => [s.nickname, s.answered, s.score])).toEqual([
			['Ana', 1, 1],
			['Ben', 1, 0]
		]);
		expect(dash.questions[0]).toMatchObject({ answered: 2, correct: 1 });
		expect(dash.questions[0]!.spread.filter((s) => s.count > 0)).toHaveLength(2);
	});

	it('keeps the dashboard current answer by answer, exactly as a rebuild from the database', () => {
		const { classRow } = newClass({ evidenceMode: 'required' });
		const seats = ['Ana', 'Ben', 'Cy', 'Dee'].map((name) => join(classRow.code, name));
		// Watched from the start, so every later answer updates the dashboard held in memory.
		classroom.dashboard(classRow);
		const ids = [...quiz.sentences.keys()];
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						seat: fc.nat(seats.length - 1),
						question: fc.nat(quiz.questions.length - 1),
						option: fc.nat(6),
						cited: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 })
					}),
					{ maxLength: 40 }
				),
				(moves) => {
					for (const move of moves) {
						const q = quiz.questions[move.question]!;
						const answer =
							q.format === 'choice'
								? q.options[move.option % q.options.length]!.id
								: move.option * 6;
						classroom.answer(seats[move.seat]!.seatKey, {
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
					expect(tidy(classroom.dashboard(classRow))).toEqual(
						tidy(classroom.buildDashboard(classRow))
					);
				}
			),
			{ numRuns: 30 }
		);
		expect(classroom.roster(classRow).rows.some((s) => s.answered > 0)).toBe(true);
	});

	it('withholds right and wrong until the end in assessment mode', () => {
		const { classRow } = newClass({ feedback: 'end' });
		const seat = join(classRow.code, 'Cleo');
		const q = quiz.questions[0]!;
		expect(classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer })).toMatchObject({
			ok: true,
			verdict: null
		});
		expect(classroom.student(seat.seatKey)).toMatchObject({
			ok: true,
			view: { verdicts: [], answeredIds: [q.id] }
		});
		classroom.close(classRow);
		const after = classroom.student(seat.seatKey);
		expect(after.ok && after.view.verdicts).toHaveLength(1);
	});

	it('keeps a teacher-paced class to the questions the teacher has opened', () => {
		const { classRow } = newClass({ pacing: 'teacher' });
		const seat = join(classRow.code, 'Dev');
		const [first, second] = quiz.questions;
		const early = classroom.answer(seat.seatKey, {
			questionId: second!.id,
			answer: second!.answer
		});
		expect(!early.ok && early.status).toBe(409);
		expect(
			classroom.answer(seat.seatKey, { questionId: first!.id, answer: first!.answer }).ok
		).toBe(true);
		classroom.openNextQuestion(classRow);
		expect(
			classroom.answer(seat.seatKey, { questionId: second!.id, answer: second!.answer }).ok
		).toBe(true);
	});

	it('takes no answers once closed, and no joins', () => {
		const { classRow } = newClass();
		const seat = join(classRow.code, 'Eve');
		classroom.close(classRow);
		const q = quiz.questions[0]!;
		const late = classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(!late.ok && late.status).toBe(410);
		const joinLate = classroom.join({ code: classRow.code, nickname: 'Fay' }, '10.0.0.9');
		expect(!joinLate.ok && joinLate.status).toBe(410);
	});

	it('closes itself when the time limit runs out, counted from the first join', () => {
		let clock = Date.now();
		const timed = setup(() => clock);
		const created = timed.classroom.createClass({ ...settings, timeLimitMinutes: '5' });
		if (!created.ok) throw new Error('not created');
		// Set up the day before: the clock has not started.
		clock += 24 * 60 * 60_000;
		const seat = timed.classroom.join({ code: created.classRow.code, nickname: 'Gus' }, 'x');
		expect(seat.ok && seat.classRow.startedAt).toBe(clock);
		expect(seat.ok && timed.classroom.dashboard(seat.classRow).deadline).toBe(clock + 5 * 60_000);
		clock += 4 * 60_000;
		const later = timed.classroom.join({ code: created.classRow.code, nickname: 'Ida' }, 'x');
		expect(later.ok && later.classRow.startedAt).toBe(clock - 4 * 60_000);
		clock += 60_000;
		const q = timed.quiz.questions[0]!;
		const late = timed.classroom.answer(seat.ok ? seat.seat.seatKey : '', {
			questionId: q.id,
			answer: q.answer
		});
		expect(!late.ok && late.status).toBe(410);
	});

	it('removes a student for good: their seat no longer answers', () => {
		const { classRow } = newClass();
		const seat = join(classRow.code, 'Hal');
		expect(classroom.removeStudent(classRow, seat.id)).toBe(true);
		const q = quiz.questions[0]!;
		const after = classroom.answer(seat.seatKey, { questionId: q.id, answer: q.answer });
		expect(!after.ok && after.status).toBe(403);
		expect(classroom.roster(classRow).rows[0]?.removed).toBe(true);
		expect(classroom.dashboard(classRow).present).toBe(0);
	});

	it('exports one CSV row per student, safe from formula injection', () => {
		const { classRow } = newClass();
		const seat = join(classRow.code, '=HYPERLINK("x")');
		const q = quiz.questions[0]!;
		// Q1 asks who "the Briton" is: p9s1 (an apology to the Finn) with p10s1 ("wrote the Briton").
		expect(q.subject).toBe('the Briton');
		classroom.answer(seat.seatKey, {
			questionId: q.id,
			answer: q.answer,
			cited: ['p10s1', 'p9s1']
		});
		const rows = parse(classroom.csv(classRow).slice(1)) as string[][];
		expect(rows).toHaveLength(2);
		expect(rows[0]!.slice(1, 5)).toEqual(['Q1 answer', 'Q1 result', 'Q1 cited', 'Q1 evidence']);
		expect(rows[1]![0]).toBe(`'=HYPERLINK("x")`);
		expect(rows[1]!.slice(1, 5)).toEqual(['George Russell', 'right', 'p9s1 p10s1', 'counted']);
		expect(rows[1]!.slice(-5)).toEqual([
			'1',
			'1',
			'1',
			String(quiz.questions.length),
			String(EXPECTED_EVIDENCE_MAX)
		]);
	});

	it('deletes a class with its seats, attempts and answers', () => {
		const { classRow } = newClass();
		const seat = join(classRow.code, 'Ivy');
		classroom.answer(seat.seatKey, { questionId: quiz.questions[0]!.id, answer: 'russell' });
		expect(classroom.delete(classRow)).toBe(true);
		expect(classroom.student(seat.seatKey).ok).toBe(false);
		expect(
			db.prepare('SELECT count(*) AS n FROM attempts WHERE key = ?').get(seat.attemptKey)
		).toEqual({ n: 0 });
	});

	it('upgrades a database from before start times: classes with students count as started', () => {
		const { classRow: waiting } = newClass();
		const { classRow: running } = newClass();
		join(running.code, 'Kai');
		// Back to schema 3, as a database written by the previous version would be.
		db.exec(
			'DROP INDEX classes_view_secret; ALTER TABLE classes DROP COLUMN view_secret_hash; ALTER TABLE classes DROP COLUMN started_at; ALTER TABLE classes DROP COLUMN max_seats; ALTER TABLE classes DROP COLUMN evidence_mode; ALTER TABLE attempts DROP COLUMN evidence_mode; ALTER TABLE attempts DROP COLUMN evidence_score; ALTER TABLE answers DROP COLUMN cited; ALTER TABLE answers DROP COLUMN evidence_points; DROP TABLE pack_versions; DROP TABLE packs; ALTER TABLE attempts DROP COLUMN pack_version; ALTER TABLE classes DROP COLUMN pack_version'
		);
		db.pragma('user_version = 3');
		const upgraded = openDatabase(path);
		try {
			const startedAt = (id: string) =>
				(
					upgraded.prepare('SELECT started_at FROM classes WHERE id = ?').get(id) as {
						started_at: number | null;
					}
				).started_at;
			expect(upgraded.pragma('user_version', { simple: true })).toBe(9);
			expect(startedAt(waiting.id)).toBeNull();
			expect(startedAt(running.id)).toBe(running.createdAt);
		} finally {
			upgraded.close();
		}
	});

	it('opens the projector by its own secret, never by the teacher secret', () => {
		const { classRow, teacherSecret } = newClass();
		const viewSecret = classroom.viewSecret(classRow, teacherSecret);
		expect(viewSecret).toMatch(/^[\w-]{32}$/);
		expect(viewSecret).not.toBe(teacherSecret);
		expect(classroom.viewer(viewSecret)?.id).toBe(classRow.id);
		expect(classroom.viewer(teacherSecret)).toBeUndefined();
		expect(classroom.teacher(viewSecret)).toBeUndefined();
		// A class from before view secrets gets one the first time its dashboard opens.
		db.prepare('UPDATE classes SET view_secret_hash = NULL WHERE id = ?').run(classRow.id);
		expect(classroom.viewer(viewSecret)).toBeUndefined();
		expect(classroom.viewSecret(classRow, teacherSecret)).toBe(viewSecret);
		expect(classroom.viewer(viewSecret)?.id).toBe(classRow.id);
	});

	it('keeps everything when the server restarts (a fresh connection to the same file)', () => {
		const { classRow, teacherSecret } = newClass();
		const seat = join(classRow.code, 'Jo');
		classroom.answer(seat.seatKey, { questionId: quiz.questions[0]!.id, answer: 'russell' });
		const reopened = openDatabase(path);
		try {
			const attempts = createAttemptStore(reopened);
			const again = createClassroomService(
				singleQuiz(createQuizService(attempts, defaultPack)),
				createClassStore(reopened, attempts),
				createFailureLimiter()
			);
			const back = again.teacher(teacherSecret)!;
			expect(again.roster(back).rows).toMatchObject([{ nickname: 'Jo', answered: 1 }]);
			expect(again.student(seat.seatKey)).toMatchObject({
				ok: true,
				view: { answeredIds: ['q01'] }
			});
		} finally {
			reopened.close();
		}
	});
});

describe('classroom service memory (real SQLite file)', () => {
	it('keeps a bounded number of dashboards however many classes are viewed', () => {
		const { classroom } = setup();
		for (let i = 0; i < 5_000; i++) {
			// A teacher and a student of their own for each class: the per-address caps stay out of it.
			const address = `10.${i >> 8}.${i & 255}`;
			const created = classroom.createClass(settings, `${address}.1`);
			if (!created.ok) throw new Error('invalid');
			const joined = classroom.join(
				{ code: created.classRow.code, nickname: 'Ana' },
				`${address}.2`
			);
			if (!joined.ok) throw new Error('join');
			classroom.dashboard(classroom.teacher(created.teacherSecret)!);
		}
		expect(classroom.retainedClasses()).toBeLessThanOrEqual(1_000);
	}, 60_000);

	it('forgets a class that is deleted or purged', () => {
		let time = 1_000_000;
		const { classroom } = setup(() => time);
		const viewed = () => {
			const created = classroom.createClass(settings);
			if (!created.ok) throw new Error('invalid');
			classroom.join({ code: created.classRow.code, nickname: 'Ana' }, '10.0.0.3');
			classroom.dashboard(created.classRow);
			return created.classRow;
		};
		classroom.delete(viewed());
		expect(classroom.retainedClasses()).toBe(0);
		viewed();
		time += 1_000;
		expect(classroom.purgeCreatedBefore(time)).toBe(1);
		expect(classroom.retainedClasses()).toBe(0);
	});
});
