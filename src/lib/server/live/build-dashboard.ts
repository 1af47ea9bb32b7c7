// A class's dashboard built from every answer in it: the one O(class) step, when none is kept.
import type { Dashboard } from '../../contract/dashboard';
import type { ClassAnswer, ClassRow, SeatRow } from '../db/class-store';
import type { QuizService } from '../services/quiz-service';
import { mostCited, type Header, type KeptDashboard } from './kept-dashboard';

export interface DashboardSource {
	classRow: ClassRow;
	/** The quiz the class plays. */
	quiz: QuizService;
	/** Every seat of the class in the order they joined, removed ones too. */
	seats: readonly SeatRow[];
	answers: readonly ClassAnswer[];
	/** The header as the class's row and the clock say now. */
	header: Header;
}

export function buildKeptDashboard({
	classRow,
	quiz,
	seats,
	answers,
	header
}: DashboardSource): KeptDashboard {
	const total = quiz.questions.length;
	const mode = classRow.evidenceMode;
	const removed = new Set(seats.filter((s) => s.removedAt !== null).map((s) => s.id));
	const perSeat = new Map(
		seats.map((s) => [
			s.id,
			{ answered: 0, score: 0, evidence: 0, believedFalse: 0, doubtedTrue: 0 }
		])
	);
	const perQuestion = new Map(
		quiz.questions.map((q) => {
			const spread = new Map<string, { label: string; count: number; right: boolean }>();
			if (q.format === 'choice') {
				for (const o of q.options) {
					spread.set(o.label, { label: o.label, count: 0, right: o.id === q.answer });
				}
			}
			const evidence = new Set(q.evidence.flat());
			return [
				q.id,
				{
					answered: 0,
					correct: 0,
					believedFalse: 0,
					doubtedTrue: 0,
					found: 0,
					spread,
					evidence,
					wrong: new Map<string, number>()
				}
			];
		})
	);
	// One pass over every answer in the class; removed students do not count in the split.
	for (const { seatId, questionId, given, cited } of answers) {
		const verdict = quiz.verdictFor(questionId, given, cited, mode);
		const seat = perSeat.get(seatId);
		const stats = perQuestion.get(questionId);
		if (!verdict || !seat || !stats) continue;
		seat.answered++;
		seat.score += verdict.points;
		seat.evidence += verdict.evidencePoints;
		if (verdict.lapse === 'believed-false') seat.believedFalse++;
		if (verdict.lapse === 'doubted-true') seat.doubtedTrue++;
		if (removed.has(seatId)) continue;
		stats.answered++;
		if (verdict.correct) stats.correct++;
		if (verdict.lapse === 'believed-false') stats.believedFalse++;
		if (verdict.lapse === 'doubted-true') stats.doubtedTrue++;
		stats.found += verdict.evidencePoints;
		for (const id of verdict.cited) {
			if (!stats.evidence.has(id)) stats.wrong.set(id, (stats.wrong.get(id) ?? 0) + 1);
		}
		const entry = stats.spread.get(verdict.givenLabel) ?? {
			label: verdict.givenLabel,
			count: 0,
			right: verdict.correct
		};
		entry.count++;
		stats.spread.set(verdict.givenLabel, entry);
	}
	const dashboard: Dashboard = {
		title: classRow.title,
		articleTitle: quiz.pack.title,
		code: classRow.code,
		pacing: classRow.pacing,
		feedback: classRow.feedback,
		evidenceMode: mode,
		openQuestion: header.openQuestion,
		closed: header.closed,
		timeLimitMinutes: classRow.timeLimitMinutes,
		deadline: header.deadline,
		total,
		present: seats.length - removed.size,
		finished: seats.filter((s) => !removed.has(s.id) && perSeat.get(s.id)!.answered >= total)
			.length,
		questions: quiz.questions.map((question, i) => {
			const stats = perQuestion.get(question.id)!;
			return {
				id: question.id,
				number: i + 1,
				prompt: question.prompt,
				subject: question.subject,
				answered: stats.answered,
				correct: stats.correct,
				believedFalse: stats.believedFalse,
				doubtedTrue: stats.doubtedTrue,
				spread: [...stats.spread.values()],
				hasEvidence: mode !== 'off' && question.evidence.length > 0,
				evidenceFound: stats.found,
				citedWrongly: mostCited(stats.wrong, quiz.sentenceOrder)
			};
		})
	};
	const questionAt = new Map(quiz.questions.map((q, i) => [q.id, i]));
	const answeredBy = seats.map(() => new Uint8Array(total));
	const seatAt = new Map(seats.map((s, at) => [s.id, at]));
	for (const { seatId, questionId } of answers) {
		const at = seatAt.get(seatId);
		const question = questionAt.get(questionId);
		if (at !== undefined && question !== undefined) answeredBy[at]![question] = 1;
	}
	return {
		dashboard,
		quiz,
		answeredBy,
		students: seats.map((seat) => {
			const own = perSeat.get(seat.id)!;
			return {
				seatId: seat.id,
				nickname: seat.nickname,
				answered: own.answered,
				score: own.score,
				evidenceScore: own.evidence,
				believedFalse: own.believedFalse,
				doubtedTrue: own.doubtedTrue,
				removed: seat.removedAt !== null
			};
		}),
		seats: new Map(seats.map((s, at) => [s.id, { at, attemptKey: s.attemptKey }])),
		questionAt,
		choice: new Set(quiz.questions.filter((q) => q.format === 'choice').map((q) => q.id)),
		wrong: new Map([...perQuestion].map(([id, stats]) => [id, stats.wrong])),
		evidence: new Map([...perQuestion].map(([id, stats]) => [id, stats.evidence])),
		searches: new Map()
	};
}
