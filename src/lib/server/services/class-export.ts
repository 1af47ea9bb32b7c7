// The teacher's CSV of a class: one row per student still in it, with each question's answer, right
// or wrong, the sentences cited and whether the citation counted, then their totals (the last two:
// how many answers believed something false, how many doubted something true). Built from the
// class's seats and answers read once (class-store.ts) and scored here as the quiz scores them, so
// a class of 10,000 costs two queries, not one per student.
import { toCsv } from '../../classroom/csv';
import type { EvidenceMode } from '../../quiz/evidence';
import { countLapses } from '../../quiz/lapse-counts';
import { summarize } from '../../quiz/summary';
import type { Verdict } from '../../quiz/verdict';
import type { ClassAnswer, SeatRow } from '../db/class-store';
import type { QuizService } from './quiz-service';

const citationCell = (v: Verdict) =>
	v.citation === null ? '' : v.citation === 'counted' ? 'counted' : 'not counted';

/**
 * The CSV of a class's students in the order given, removed ones left out. `mode` is the class's
 * way of asking for evidence, which each seat's attempt was started with.
 */
export function classCsv(
	quiz: Pick<QuizService, 'questions' | 'verdictFor'>,
	mode: EvidenceMode,
	seats: readonly SeatRow[],
	answers: readonly ClassAnswer[]
): string {
	const { questions } = quiz;
	const questionAt = new Map(questions.map((q, i) => [q.id, i]));
	const present = seats.filter((s) => s.removedAt === null);
	// Each student's verdicts by question, in the quiz's order (a gap where they did not answer).
	const verdicts = new Map(
		present.map((s) => [s.id, new Array<Verdict | undefined>(questions.length)])
	);
	for (const { seatId, questionId, given, cited } of answers) {
		const own = verdicts.get(seatId);
		const verdict = own && quiz.verdictFor(questionId, given, cited, mode);
		if (verdict) own[questionAt.get(questionId)!] = verdict;
	}
	const header = ['Nickname'];
	for (let n = 1; n <= questions.length; n++) {
		header.push(`Q${n} answer`, `Q${n} result`, `Q${n} cited`, `Q${n} evidence`);
	}
	header.push(
		'Answered',
		'Score',
		'Evidence score',
		'Out of',
		'Evidence out of',
		'Believed false',
		'Doubted true'
	);
	const rows = present.map((seat) => {
		const own = verdicts.get(seat.id)!;
		const row: (string | number)[] = [seat.nickname];
		for (const v of own) {
			if (v)
				row.push(v.givenLabel, v.correct ? 'right' : 'wrong', v.cited.join(' '), citationCell(v));
			else row.push('', '', '', '');
		}
		// The totals as the student's own results have them.
		const answered = own.filter((v) => v !== undefined);
		const summary = summarize(questions, answered, mode);
		const lapses = countLapses(answered);
		row.push(
			summary.answered,
			summary.score,
			summary.evidence?.score ?? 0,
			questions.length,
			summary.evidence?.max ?? 0,
			lapses.believedFalse,
			lapses.doubtedTrue
		);
		return row;
	});
	return toCsv(header, rows);
}
