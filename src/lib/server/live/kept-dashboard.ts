// A dashboard kept in memory and its one-change updates, each as cheap however big the class.
import type { Dashboard, StudentRow } from '../../contract/dashboard';
import type { Verdict } from '../../quiz/verdict';
import type { SeatRow } from '../db/class-store';
import type { QuizService } from '../services/quiz-service';

/**
 * A class's dashboard with what keeps it current. `dashboard` is replaced by a new object on every
 * change (streams share each one's encoded bytes), sharing what did not change.
 */
export interface KeptDashboard {
	dashboard: Dashboard;
	/** The quiz the class plays: what another instance's answer is scored with. */
	quiz: QuizService;
	/** Every student in the order they joined; a row is replaced, never changed. */
	students: StudentRow[];
	/**
	 * Per student (as in `students`), the questions (by number) their answers on the dashboard
	 * answer: a change heard twice (once in what was read, once announced) counts once.
	 */
	answeredBy: Uint8Array[];
	/** Where each seat is in `students`, and its attempt (for a removal: its answers leave the split). */
	seats: Map<string, { at: number; attemptKey: string }>;
	/** Where each question is in `dashboard.questions`. */
	questionAt: Map<string, number>;
	/** The questions with options: every option stays in the split, chosen or not. */
	choice: Set<string>;
	/** Per question: how often each sentence outside its evidence was cited. */
	wrong: Map<string, Map<string, number>>;
	/** Per question: every sentence of its evidence sets. */
	evidence: Map<string, Set<string>>;
	/** The latest searches of the roster: the students they match, and how many they have looked at. */
	searches: Map<string, { seen: number; matches: number[] }>;
}

/** What of the dashboard the class's row says, and the clock: pacing, closing, the deadline. */
export type Header = Pick<Dashboard, 'openQuestion' | 'closed' | 'deadline'>;

/** Brings a kept dashboard up to date with one change; false when it cannot (build it again). */
export type Update = (kept: KeptDashboard) => boolean;

/**
 * One change to a class, made here or heard from another instance. `update` brings its kept
 * dashboard up to date, or says it cannot (false, or none: it is built again when next seen).
 * `pace`: students' streams hear of it (pacing, closing, removals; not every answer or join).
 * `grows`: it adds a student (the cache weighs a dashboard by its students). `rowKept`: the class's
 * row is as it was (an answer), so the copy kept of it stays.
 */
export interface Change {
	pace: boolean;
	update?: Update;
	grows?: boolean;
	rowKept?: boolean;
}

/** The dashboard with its header as a class row now has it. */
export function withHeader(kept: KeptDashboard, header: Header): void {
	const d = kept.dashboard;
	if (
		d.openQuestion !== header.openQuestion ||
		d.closed !== header.closed ||
		d.deadline !== header.deadline
	) {
		kept.dashboard = { ...d, ...header };
	}
}

/** A student who just joined, at the end of the roster (once, however often it is heard). */
export function withSeat(
	kept: KeptDashboard,
	seat: Pick<SeatRow, 'id' | 'nickname' | 'attemptKey'>
): void {
	if (kept.seats.has(seat.id)) return;
	kept.seats.set(seat.id, { at: kept.students.length, attemptKey: seat.attemptKey });
	kept.answeredBy.push(new Uint8Array(kept.dashboard.questions.length));
	kept.students.push({
		seatId: seat.id,
		nickname: seat.nickname,
		answered: 0,
		score: 0,
		evidenceScore: 0,
		believedFalse: 0,
		doubtedTrue: 0,
		removed: false
	});
	kept.dashboard = { ...kept.dashboard, present: kept.dashboard.present + 1 };
}

/**
 * Adds one answer to a question's split (`sign` 1), or takes one out (-1: its student was removed).
 * A typed number nobody gives any more leaves the split, as it would be rebuilt.
 */
function countAnswer(kept: KeptDashboard, verdict: Verdict, sign: 1 | -1): Dashboard['questions'] {
	const { dashboard } = kept;
	const at = kept.questionAt.get(verdict.questionId)!;
	const wrong = kept.wrong.get(verdict.questionId)!;
	const evidence = kept.evidence.get(verdict.questionId)!;
	for (const id of verdict.cited) {
		if (evidence.has(id)) continue;
		const count = (wrong.get(id) ?? 0) + sign;
		if (count > 0) wrong.set(id, count);
		else wrong.delete(id);
	}
	const stats = dashboard.questions[at]!;
	const chosen = stats.spread.findIndex((e) => e.label === verdict.givenLabel);
	const spread =
		chosen === -1
			? [...stats.spread, { label: verdict.givenLabel, count: 1, right: verdict.correct }]
			: stats.spread.flatMap((e, i) => {
					if (i !== chosen) return [e];
					const count = e.count + sign;
					return count > 0 || kept.choice.has(verdict.questionId) ? [{ ...e, count }] : [];
				});
	const questions = dashboard.questions.slice();
	questions[at] = {
		...stats,
		answered: stats.answered + sign,
		correct: stats.correct + (verdict.correct ? sign : 0),
		believedFalse: stats.believedFalse + (verdict.lapse === 'believed-false' ? sign : 0),
		doubtedTrue: stats.doubtedTrue + (verdict.lapse === 'doubted-true' ? sign : 0),
		evidenceFound: stats.evidenceFound + sign * verdict.evidencePoints,
		spread,
		citedWrongly: mostCited(wrong, kept.quiz.sentenceOrder)
	};
	return questions;
}

/**
 * The dashboard with one more answer in it (an answer it has already is not counted again); false
 * when the seat is not on it (rebuild instead).
 */
export function withAnswer(kept: KeptDashboard, seatId: string, verdict: Verdict): boolean {
	const seat = kept.seats.get(seatId);
	const at = kept.questionAt.get(verdict.questionId);
	if (!seat || at === undefined) return false;
	const answered = kept.answeredBy[seat.at]!;
	if (answered[at]) return true;
	answered[at] = 1;
	const student = kept.students[seat.at]!;
	const count = student.answered + 1;
	kept.students[seat.at] = {
		...student,
		answered: count,
		score: student.score + verdict.points,
		evidenceScore: student.evidenceScore + verdict.evidencePoints,
		believedFalse: student.believedFalse + (verdict.lapse === 'believed-false' ? 1 : 0),
		doubtedTrue: student.doubtedTrue + (verdict.lapse === 'doubted-true' ? 1 : 0)
	};
	// A removed student's answers count for them but not in the class's split (as when built).
	if (student.removed) return true;
	const { dashboard } = kept;
	kept.dashboard = {
		...dashboard,
		finished: dashboard.finished + (count === dashboard.total ? 1 : 0),
		questions: countAnswer(kept, verdict, 1)
	};
	return true;
}

/**
 * The dashboard without a student who was removed: their answers leave the class's split.
 * `verdicts` are their answers as read from the database, which may differ from those the dashboard
 * counted while another instance's answers are on their way: one not counted yet is not taken out
 * (it is kept out of the split when heard), and one counted but not read means the dashboard is
 * built again (false).
 */
export function withoutSeat(
	kept: KeptDashboard,
	seatId: string,
	verdicts: readonly Verdict[]
): boolean {
	const seat = kept.seats.get(seatId);
	if (!seat) return false;
	const student = kept.students[seat.at]!;
	if (student.removed) return true;
	const answered = kept.answeredBy[seat.at]!;
	const counted = verdicts.filter((verdict) => {
		const at = kept.questionAt.get(verdict.questionId);
		return at !== undefined && answered[at] === 1;
	});
	if (counted.length !== answered.reduce((n, flag) => n + flag, 0)) return false;
	kept.students[seat.at] = { ...student, removed: true };
	for (const verdict of counted) {
		kept.dashboard = { ...kept.dashboard, questions: countAnswer(kept, verdict, -1) };
	}
	const { dashboard } = kept;
	kept.dashboard = {
		...dashboard,
		present: dashboard.present - 1,
		finished: dashboard.finished - (student.answered >= dashboard.total ? 1 : 0)
	};
	return true;
}

/**
 * The most counted sentence; of a tie, the first in the article: the same whatever order the
 * answers came in (kept one by one, or read back from the database).
 */
export function mostCited(
	counts: ReadonlyMap<string, number>,
	order: ReadonlyMap<string, number>
): { id: string; count: number } | null {
	let top: { id: string; count: number } | null = null;
	const at = (id: string) => order.get(id) ?? Infinity;
	for (const [id, count] of counts) {
		if (!top || count > top.count || (count === top.count && at(id) < at(top.id))) {
			top = { id, count };
		}
	}
	return top;
}
