// The CPU an answer costs, without HTTP: the quiz's answer (checks, the attempt read, the
// recording transaction) and a class seat's (its seat read first). Run by hand, not in the suite:
//   npx vitest bench --run src/lib/server/services/answer-path.bench.ts
// Each is timed one answer at a time and with BENCH_IN_FLIGHT (50) answers in flight at once, as
// when many players answer together; BENCH_PROFILE=FILE.cpuprofile writes a CPU profile of the
// runs (open it in Chrome's DevTools), BENCH_ANSWERS sets the answers per run. SQLite by default;
// BENCH_ENGINE=postgres on the suite's throwaway cluster: there the CPU is this process's alone, and
// the wall time per answer (which counts PostgreSQL's side and every round trip) is printed too.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { bench } from 'vitest';
import * as z from 'zod';
import { classroomServices, liftedCaps } from '../../../test-support/classroom';
import { ENGINES, scratchDatabase } from '../../../test-support/databases';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 20_000);
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 50);
const PROFILE = process.env.BENCH_PROFILE;
const ENGINE = z.enum(ENGINES).parse(process.env.BENCH_ENGINE ?? 'sqlite');

async function setup() {
	const database = await scratchDatabase(ENGINE);
	const { quiz, classroom } = classroomServices(database.db, { caps: liftedCaps(1_000_000) });
	const created = await classroom.createClass({
		title: 'Bench',
		pacing: 'self',
		feedback: 'each',
		evidenceMode: 'bonus'
	});
	if (!created.ok) throw new Error(JSON.stringify(created));
	const sentenceIds = [...quiz.sentences.keys()];
	// The answers of one player after another, every question in turn, some of them citing.
	const bodies = quiz.questions.map((q, n) => ({
		questionId: q.id,
		answer: q.format === 'choice' ? q.options[n % q.options.length]!.id : n,
		cited: n % 2 ? sentenceIds.slice(n, n + 2) : []
	}));
	const players = Math.ceil(ANSWERS / bodies.length);
	return { database, quiz, classroom, code: created.classRow.code, bodies, players };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Runs `answer` for every answer of `players` players, `inFlight` at once; µs per answer. */
async function cpuPerAnswer(
	{ bodies }: Setup,
	keys: string[],
	inFlight: number,
	answer: (key: string, body: unknown) => Promise<{ ok: boolean }>
): Promise<{ cpu: number; wall: number }> {
	const work = keys.flatMap((key) => bodies.map((body) => [key, body] as const));
	let next = 0;
	const worker = async () => {
		while (next < work.length) {
			const [key, body] = work[next++]!;
			if (!(await answer(key, body)).ok) throw new Error('answer refused');
		}
	};
	const before = process.cpuUsage();
	const started = performance.now();
	await Promise.all(Array.from({ length: inFlight }, worker));
	const wall = ((performance.now() - started) * 1000) / work.length;
	const used = process.cpuUsage(before);
	return { cpu: (used.user + used.system) / work.length, wall };
}

/** A CPU profile of `run`, written to BENCH_PROFILE with `name` in it. */
async function profiled<T>(name: string, run: () => Promise<T>): Promise<T> {
	if (!PROFILE) return run();
	const session = new Session();
	session.connect();
	await session.post('Profiler.enable');
	await session.post('Profiler.start');
	try {
		return await run();
	} finally {
		const { profile } = await session.post('Profiler.stop');
		const file = PROFILE.replace(/(\.cpuprofile)?$/, `-${name}.cpuprofile`);
		writeFileSync(file, JSON.stringify(profile));
		console.log(`CPU profile in ${file}`);
		session.disconnect();
	}
}

// One bench that runs every measurement and prints its figures: its time in the table is not one.
// (Vitest runs no hooks in a bench, so the database is removed at its end.)
bench(
	'answer path',
	async () => {
		const made = await setup();
		try {
			const { quiz, classroom, code, players } = made;
			const starts = async () => {
				const keys: string[] = [];
				for (let i = 0; i < players; i++) keys.push((await quiz.start()).key);
				return keys;
			};
			let joins = 0;
			const seats = async () => {
				const keys: string[] = [];
				for (let i = 0; i < players; i++) {
					const joined = await classroom.join({ code, nickname: `Student ${joins++}` }, '10.0.0.1');
					if (!joined.ok) throw new Error(`join ${joins}`);
					keys.push(joined.seat.seatKey);
				}
				return keys;
			};
			const paths = {
				quiz: { keys: starts, answer: quiz.answer.bind(quiz) },
				classroom: { keys: seats, answer: classroom.answer.bind(classroom) }
			};
			for (const [name, path] of Object.entries(paths)) {
				for (const inFlight of [1, IN_FLIGHT]) {
					// A first pass unmeasured: the JIT and the statement cache warm.
					await cpuPerAnswer(made, await path.keys(), inFlight, path.answer);
					const keys = await path.keys();
					const { cpu, wall } = await profiled(`${name}-${inFlight}`, () =>
						cpuPerAnswer(made, keys, inFlight, path.answer)
					);
					console.log(
						`${ENGINE} ${name}.answer, ${inFlight} in flight: ${cpu.toFixed(0)} µs CPU, ` +
							`${wall.toFixed(0)} µs wall per answer`
					);
				}
			}
		} finally {
			await made.database.remove();
		}
	},
	{ iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
);
