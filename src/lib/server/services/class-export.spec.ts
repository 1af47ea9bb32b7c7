// The teacher's CSV says of each student what their own results say: the export reads the class in
// a few queries, the student's results page reads their attempt alone, and the two must agree.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_MODES } from '../../quiz/evidence';
import { countLapses } from '../../quiz/lapse-counts';
import type { SeatRow } from '../db/class-store';
import type { AttemptState } from './quiz-service';
import { classroomServices } from '../../../test-support/classroom';
import { ENGINES, tempDatabase } from '../../../test-support/databases';
import { lapseRoundAnswers } from '../../../test-support/lapse-round';

/** A student's row as their own results give it: each question's answer, then the totals. */
const ownRow = (seat: SeatRow, state: AttemptState, questionIds: readonly string[]) => {
	const byId = new Map(state.verdicts.map((v) => [v.questionId, v]));
	return [
		seat.nickname,
		...questionIds.flatMap((id) => {
			const v = byId.get(id);
			if (!v) return ['', '', '', ''];
			const citation =
				v.citation === null ? '' : v.citation === 'counted' ? 'counted' : 'not counted';
			return [v.givenLabel, v.correct ? 'right' : 'wrong', v.cited.join(' '), citation];
		}),
		String(state.summary.answered),
		String(state.summary.score),
		String(state.summary.evidence?.score ?? 0),
		String(questionIds.length),
		String(state.summary.evidence?.max ?? 0),
		String(countLapses(state.verdicts).believedFalse),
		String(countLapses(state.verdicts).doubtedTrue)
	];
};

describe.each(ENGINES)('the class export (%s)', (engine) => {
	const { quiz, classroom } = classroomServices(tempDatabase(engine).db);
	const sentenceIds = [...quiz.sentences.keys()];

	it.each(EVIDENCE_MODES)(
		'gives each student in it what their own results say (evidence %s)',
		async (evidenceMode) => {
			const created = await classroom.createClass({
				title: 'Year 9',
				pacing: 'self',
				feedback: 'end',
				evidenceMode
			});
			if (!created.ok) throw new Error(JSON.stringify(created));
			const { classRow } = created;
			const seats: SeatRow[] = [];
			for (const nickname of ['Ana', 'Ben', 'Cy', 'Dee', 'Eve']) {
				const joined = await classroom.join({ code: classRow.code, nickname }, '10.0.0.1');
				if (!joined.ok) throw new Error(nickname);
				seats.push(joined.seat);
			}
			// Ana answers everything right with the evidence; Ben every other question, some wrong,
			// citing too much or the wrong sentences; Cy nothing; Dee a few and is then removed; Eve
			// the last questions only.
			const answer = async (seat: SeatRow, n: number, right: boolean, cited: string[]) => {
				const q = quiz.questions[n]!;
				const given =
					q.format === 'choice'
						? right
							? q.answer
							: q.options.find((o) => o.id !== q.answer)!.id
						: right
							? q.answer
							: q.accepted.max + 1;
				const result = await classroom.answer(seat.seatKey, {
					questionId: q.id,
					answer: given,
					cited
				});
				expect(result.ok).toBe(true);
			};
			const [ana, ben, , dee, eve] = seats as [SeatRow, SeatRow, SeatRow, SeatRow, SeatRow];
			for (const [n, q] of quiz.questions.entries()) {
				await answer(ana, n, true, q.evidence[0] ?? []);
				if (n % 2 === 0) await answer(ben, n, n % 4 === 0, sentenceIds.slice(n, n + 1 + (n % 5)));
				if (n < 3) await answer(dee, n, true, q.evidence.at(-1) ?? []);
				if (n >= quiz.questions.length - 3) await answer(eve, n, n % 2 === 1, []);
			}
			expect(await classroom.removeStudent(classRow, dee.id)).toBe(true);

			const [header, ...rows] = parse((await classroom.csv(classRow)).slice(1)) as string[][];
			expect(header).toHaveLength(1 + 4 * quiz.questions.length + 7);
			const questionIds = quiz.questions.map((q) => q.id);
			const expected = [];
			for (const seat of seats.filter((s) => s !== dee)) {
				expected.push(ownRow(seat, (await quiz.state(seat.attemptKey))!, questionIds));
			}
			expect(rows).toEqual(expected);
			// The rows are not all alike: the comparison covers right, wrong, unanswered and citations.
			expect(rows.flat()).toEqual(
				expect.arrayContaining(['right', 'wrong', '', 'Ana', 'Ben', 'Cy', 'Eve'])
			);
			if (evidenceMode !== 'off') {
				expect(rows.flat()).toEqual(expect.arrayContaining(['counted', 'not counted']));
			}
		}
	);

	it('ends each row with what believed something false and what doubted something true', async () => {
		const created = await classroom.createClass({
			title: 'Year 10',
			pacing: 'self',
			feedback: 'each',
			evidenceMode: 'off'
		});
		if (!created.ok) throw new Error(JSON.stringify(created));
		const seatOf = async (nickname: string) => {
			const joined = await classroom.join({ code: created.classRow.code, nickname }, '10.0.0.2');
			if (!joined.ok) throw new Error(nickname);
			return joined.seat;
		};
		const [fay, gus] = [await seatOf('Fay'), await seatOf('Gus')];
		// Fay answers the hand-keyed round (4 believed false, 3 doubted true); Gus only its first
		// three rows (a made-up line believed, a real line doubted, a real line given to another).
		for (const [i, { question, given }] of lapseRoundAnswers(quiz.questions).entries()) {
			for (const seat of i < 3 ? [fay, gus] : [fay]) {
				const result = await classroom.answer(seat.seatKey, {
					questionId: question.id,
					answer: given
				});
				expect(result.ok).toBe(true);
			}
		}
		const [header, ...rows] = parse((await classroom.csv(created.classRow)).slice(1)) as string[][];
		expect(header!.slice(-7)).toEqual([
			'Answered',
			'Score',
			'Evidence score',
			'Out of',
			'Evidence out of',
			'Believed false',
			'Doubted true'
		]);
		expect(rows.map((row) => [row[0], ...row.slice(-7)])).toEqual([
			['Fay', '12', '1', '0', String(quiz.questions.length), '0', '4', '3'],
			['Gus', '3', '0', '0', String(quiz.questions.length), '0', '2', '1']
		]);
	});
});
