// Two instances on one PostgreSQL database, as two processes would be: each with its own pool, its
// own classroom service and its own listener. What a student does through one reaches the teacher's
// dashboard kept by the other, and the teacher's pacing reaches the students' streams, through
// LISTEN/NOTIFY alone.
import { once } from 'node:events';
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { classroomServices, joined, newClass } from '../../../test-support/classroom';
import { freshDatabase } from '../../../test-support/databases';
import { listenForClassChanges } from '../db/class-changes';
import type { SeatRow } from '../db/class-store';
import { createDatabase, type Db } from '../db/database';

/** One instance: its own connections to the database at `url`, listening to the others. */
async function instance(url: string, db: Db = createDatabase(url)) {
	const { quiz, classes, classroom } = classroomServices(db);
	const heard: string[] = [];
	const listening = listenForClassChanges(
		url,
		db.instance,
		{
			heard: (change) => {
				heard.push(change.kind);
				void classroom.heard(change);
			},
			resync: () => {
				heard.push('resync');
				classroom.resync();
			}
		},
		() => {}
	);
	await listening.ready;
	onTestFinished(async () => {
		await listening.close();
		await db.close();
	});
	return { db, quiz, classes, classroom, heard };
}

/** Two instances on a database of the test's own. */
async function twoInstances() {
	const { url } = await freshDatabase('postgres');
	return { a: await instance(url), b: await instance(url) };
}

/** Waits for a condition another instance brings about (a NOTIFY takes a few milliseconds). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
	const until = Date.now() + 5_000;
	for (;;) {
		const value = await read();
		if (check(value) || Date.now() > until) return value;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('two instances on one PostgreSQL database', () => {
	it('keeps the dashboard on one exact as students join and answer on the other', async () => {
		const { a, b } = await twoInstances();
		const created = await newClass(b.classroom, { pacing: 'teacher' });
		const { classRow } = created;
		// B keeps the class's dashboard from before anyone joins.
		expect((await b.classroom.dashboard(classRow)).present).toBe(0);

		const questions = a.quiz.questions;
		const seats: SeatRow[] = [];
		for (const nickname of ['Ada', 'Bo', 'Cy']) {
			seats.push(await joined(a.classroom, classRow.code, nickname));
		}
		const first = questions[0]!;
		if (first.format !== 'choice') throw new Error('The first question has options.');
		const answers = [0, 1, 1].map((i) => first.options[i]!.id);
		for (const [i, seat] of seats.entries()) {
			const answered = await a.classroom.answer(seat.seatKey, {
				questionId: first.id,
				answer: answers[i],
				cited: ['p1s1']
			});
			expect(answered.ok).toBe(true);
		}

		const fresh = () => b.classes.get(classRow.id).then((row) => b.classroom.dashboard(row!));
		const shown = await eventually(fresh, (d) => d.questions[0]!.answered === 3);
		expect(shown.present).toBe(3);
		expect(shown.questions[0]!.answered).toBe(3);
		// Exactly what a dashboard read from the database alone says.
		const row = (await b.classes.get(classRow.id))!;
		expect(shown).toEqual(await b.classroom.buildDashboard(row));
		expect((await b.classroom.roster(row)).rows.map((r) => r.nickname)).toEqual([
			'Ada',
			'Bo',
			'Cy'
		]);
		expect(b.heard.filter((k) => k === 'answer')).toHaveLength(3);
		// Three joins; one change of the class (the first join started its clock, announced in
		// whichever order its statement wrote them): counting the seats is not announced.
		expect(b.heard.filter((k) => k === 'join' || k === 'class').sort()).toEqual([
			'class',
			'join',
			'join',
			'join'
		]);
		// A heard none of its own changes.
		expect(a.heard.filter((k) => k === 'answer' || k === 'join')).toEqual([]);
	});

	it('stays exact when its dashboard is read while the other is writing answers', async () => {
		const { a, b } = await twoInstances();
		const created = await newClass(a.classroom);
		const { classRow } = created;
		const seats: SeatRow[] = [];
		for (let i = 0; i < 20; i++) seats.push(await joined(a.classroom, classRow.code, `S${i}`));
		const questions = a.quiz.questions.slice(0, 4);
		const sentences = [...a.quiz.sentences.keys()];
		const writing = (async () => {
			for (const question of questions) {
				await Promise.all(
					seats.map((seat, i) =>
						a.classroom
							.answer(seat.seatKey, {
								questionId: question.id,
								answer: question.format === 'choice' ? question.options[i % 3]!.id : i,
								cited: [sentences[i % 4]!]
							})
							// The removed student's answers after the removal are refused; no other.
							.then((r) => expect(r.ok || seat === seats[3]).toBe(true))
					)
				);
			}
		})();
		// B reads (and so builds, and rebuilds after the removal below) while the answers land.
		const reading = (async () => {
			for (let i = 0; i < 30; i++) {
				const row = (await b.classes.get(classRow.id))!;
				await b.classroom.dashboard(row);
				if (i === 10) await b.classroom.removeStudent(row, seats[3]!.id);
			}
		})();
		await Promise.all([writing, reading]);
		const row = (await b.classes.get(classRow.id))!;
		const expected = await b.classroom.buildDashboard(row);
		expect(expected.questions[3]!.answered).toBe(19);
		const shown = await eventually(
			() => b.classroom.dashboard(row),
			(d) => JSON.stringify(d) === JSON.stringify(expected)
		);
		expect(shown).toEqual(expected);
	}, 20_000);

	it("brings the teacher's pacing and removals to the students' streams on the other", async () => {
		const { a, b } = await twoInstances();
		const created = await newClass(b.classroom, { pacing: 'teacher' });
		const seat = await joined(a.classroom, created.classRow.code, 'Di');
		expect(await a.classroom.pace(seat.seatKey)).toEqual({
			openQuestions: 1,
			closed: false
		});

		// A student's stream on A listens on the class's pace topic.
		const paced = once(a.classroom.changes, a.classroom.paceTopic(created.classRow.id));
		const teacherRow = (await b.classroom.teacher(created.teacherSecret))!;
		expect(await b.classroom.openNextQuestion(teacherRow)).toBe(true);
		await paced;
		expect(await a.classroom.pace(seat.seatKey)).toEqual({
			openQuestions: 2,
			closed: false
		});

		const removed = once(a.classroom.changes, a.classroom.paceTopic(created.classRow.id));
		expect(await b.classroom.removeStudent(teacherRow, seat.id)).toBe(true);
		await removed;
		expect(await a.classroom.pace(seat.seatKey)).toEqual({ removed: true });

		const closed = once(a.classroom.changes, a.classroom.paceTopic(created.classRow.id));
		expect(await b.classroom.close(teacherRow)).toBe(true);
		await closed;
		expect((await a.classroom.findOpenClass(created.classRow.code, '2')).ok).toBe(false);
	});

	it('takes a removal on one out of the dashboard kept by the other', async () => {
		const { a, b } = await twoInstances();
		const created = await newClass(a.classroom);
		const { classRow } = created;
		const first = a.quiz.questions[0]!;
		for (const nickname of ['Ed', 'Flo']) {
			const seat = await joined(a.classroom, classRow.code, nickname);
			await a.classroom.answer(seat.seatKey, { questionId: first.id, answer: 'russell' });
		}
		const read = () => b.classes.get(classRow.id).then((row) => b.classroom.dashboard(row!));
		await eventually(read, (d) => d.questions[0]!.answered === 2);
		const ed = (await a.classroom.roster(classRow)).rows[0]!;
		expect(await a.classroom.removeStudent(classRow, ed.seatId)).toBe(true);
		const after = await eventually(read, (d) => d.present === 1);
		expect(after.questions[0]!.answered).toBe(1);
		expect(after).toEqual(await b.classroom.buildDashboard((await b.classes.get(classRow.id))!));
	});

	it('reads every kept view again after its listening connection is cut', async () => {
		const { url } = await freshDatabase('postgres');
		const b = await instance(url);
		const created = await newClass(b.classroom, { pacing: 'teacher' });
		expect((await b.classroom.dashboard(created.classRow)).present).toBe(0);
		const resynced = once(b.classroom.changes, created.classRow.id);
		// As a PostgreSQL restart would: the server ends the listening connection.
		const admin = new pg.Client(url);
		await admin.connect();
		try {
			await admin.query(
				'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
				[`${b.db.instance}:listen`]
			);
		} finally {
			await admin.end();
		}
		await resynced;
		expect(b.heard).toContain('resync');
	});
});
