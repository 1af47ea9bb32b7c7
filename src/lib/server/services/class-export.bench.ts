// How long the teacher's CSV export of a class of 10,000 takes. Run by hand, not in the suite (a
// timing is not a test): `npx vitest bench --run src/lib/server/services/class-export.bench.ts`.
// BENCH_ENGINES=sqlite,postgres picks the engines (SQLite alone by default), BENCH_STUDENTS the
// class's size, BENCH_ITERATIONS the runs timed.
import { bench, describe } from 'vitest';
import type { ClassRow } from '../db/class-store';
import type { Db, Engine } from '../db/database';
import { classroomServices, liftedCaps } from '../../../test-support/classroom';
import { scratchDatabase } from '../../../test-support/databases';

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 10_000);
const engines = (process.env.BENCH_ENGINES ?? 'sqlite').split(',') as Engine[];

/**
 * A class as a lesson leaves it: every student has answered most questions (each skips a different
 * one or two), picking different options and citing a sentence or two. The answers are written in
 * bulk, scored as the quiz scores them: going through `answer` 150,000 times would take minutes.
 */
async function fill(db: Db) {
	const { quiz, classes, classroom } = classroomServices(db, { caps: liftedCaps(STUDENTS) });
	const created = await classroom.createClass({
		title: 'Assembly',
		pacing: 'self',
		feedback: 'each',
		evidenceMode: 'bonus'
	});
	if (!created.ok) throw new Error(JSON.stringify(created));
	const sentenceIds = [...quiz.sentences.keys()];
	const at = Date.now();
	for (let i = 0; i < STUDENTS; i += 500) {
		const seats = [];
		for (let j = i; j < Math.min(i + 500, STUDENTS); j++) {
			const joined = await classroom.join(
				{ code: created.classRow.code, nickname: `Student ${j}` },
				'10.0.0.1'
			);
			if (!joined.ok) throw new Error(`join ${j}`);
			seats.push({ seat: joined.seat, j });
		}
		const rows = seats.flatMap(({ seat, j }) =>
			quiz.questions.flatMap((q, n) => {
				if ((j + n) % 7 === 0 || (j * 3 + n) % 11 === 0) return [];
				const given = q.format === 'choice' ? q.options[(j + n) % q.options.length]!.id : j % 5;
				const cited = sentenceIds.slice((j + n) % sentenceIds.length).slice(0, 1 + (j % 2));
				const verdict = quiz.verdictFor(q.id, given, cited, 'bonus')!;
				return [
					{
						attempt_key: seat.attemptKey,
						question_id: q.id,
						given: JSON.stringify(given),
						cited: JSON.stringify(verdict.cited),
						correct: verdict.correct ? 1 : 0,
						points: verdict.points,
						evidence_points: verdict.evidencePoints,
						answered_at: at
					}
				];
			})
		);
		// Below both engines' limits on a statement's parameters.
		for (let r = 0; r < rows.length; r += 1_000) {
			await db.kysely
				.insertInto('answers')
				.values(rows.slice(r, r + 1_000))
				.execute();
		}
	}
	return { classroom, classRow: (await classes.get(created.classRow.id)) as ClassRow };
}

describe.each(engines)(`CSV export of a class of ${STUDENTS} (%s)`, (engine) => {
	// Vitest runs no hooks in a bench: the class is made by the first (warm-up) run.
	let made: ReturnType<typeof make> | undefined;
	const make = async () => {
		const database = await scratchDatabase(engine);
		return { ...(await fill(database.db)), remove: database.remove };
	};

	// The wall time (the table) counts what else the machine runs; this process's CPU time does not.
	const cpu = { micros: 0, runs: 0 };
	bench(
		'classroom.csv',
		async () => {
			const { classroom, classRow } = await (made ??= make());
			const before = process.cpuUsage();
			await classroom.csv(classRow);
			const used = process.cpuUsage(before);
			cpu.micros += used.user + used.system;
			cpu.runs++;
		},
		{
			warmupIterations: 1,
			warmupTime: 0,
			iterations: Number(process.env.BENCH_ITERATIONS ?? 5),
			time: 0,
			setup: (_task, mode) => {
				if (mode === 'run') Object.assign(cpu, { micros: 0, runs: 0 });
			},
			teardown: async (_task, mode) => {
				if (mode !== 'run') return;
				console.log(`${engine}: ${(cpu.micros / cpu.runs / 1000).toFixed(0)} ms CPU per export`);
				await (await made)?.remove();
			}
		}
	);
});
