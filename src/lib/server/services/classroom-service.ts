// Classroom mode on the server: creating classes, seating students, checking their answers against
// the class's rules, and the teacher's live view, debrief and export. Scoring stays in lib/quiz.
import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import * as z from 'zod';
import { classCsv } from './class-export';
import {
	FIRST_PAGE,
	ROSTER_PAGE_SIZE,
	type RosterPage,
	type RosterView,
	type StudentRow
} from '../../classroom/roster';
import { classSettingsForm, JoinForm } from '../../classroom/forms';
import { isJoinCode, normaliseJoinCode } from '../../classroom/join-code';
import type { Sentence } from '../../content/sentences';
import type { EvidenceMode } from '../../quiz/evidence';
import { numberAnswerLabel } from '../../quiz/scoring';
import type { Verdict } from '../../quiz/verdict';
import type { Dashboard, QuestionStats, TeacherDashboard } from '../../contract/dashboard';
import type { ClassChange } from '../db/class-changes';
import type { ClassRow, ClassStore, SeatRow } from '../db/class-store';
import type { QuizService } from './quiz-service';
import type { FailureLimiter } from '../db/join-failures';
import { createRateLimiter, tooManyMessage, type CreationLimiter } from '../http/rate-limit';

export type Failure = {
	ok: false;
	status: 400 | 403 | 404 | 409 | 410 | 429;
	message: string;
	/** With a 429: seconds until the address may try again. */
	retryAfterSeconds?: number;
};

/** Per-address caps on creating classes and taking seats, and the largest class. */
export interface Caps {
	classes: CreationLimiter;
	joins: CreationLimiter;
	maxSeatsPerClass: number;
}

const tooMany = (what: string, retryAfterSeconds: number): Failure => ({
	ok: false,
	status: 429,
	retryAfterSeconds,
	message: tooManyMessage(what, retryAfterSeconds)
});

export interface StudentView {
	classTitle: string;
	code: string;
	nickname: string;
	pacing: ClassRow['pacing'];
	feedback: ClassRow['feedback'];
	evidenceMode: EvidenceMode;
	/** Questions a teacher-paced class may answer so far. */
	openQuestion: number;
	closed: boolean;
	deadline: number | null;
	/** Verdicts so far; with feedback at the end, only once the class is closed. */
	verdicts: Verdict[];
	answeredIds: string[];
}

export type { Dashboard, QuestionStats, RosterPage, RosterView, StudentRow, TeacherDashboard };

const MINUTE = 60_000;

/**
 * A class's dashboard with what keeps it current one change at a time, each change costing the same
 * however big the class: an answer, a join, a removal, pacing. `dashboard` is replaced by a new
 * object on every change (streams share each one's encoded bytes), sharing what did not change.
 */
interface Live {
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

/** Searches of one roster remembered at once (a teacher types a few). */
const SEARCHES_KEPT = 8;

type Header = Pick<Dashboard, 'openQuestion' | 'closed' | 'deadline'>;

/** The dashboard with its header (pacing, closing, the clock) as a class row now has it. */
function withHeader(live: Live, header: Header): void {
	const d = live.dashboard;
	if (
		d.openQuestion !== header.openQuestion ||
		d.closed !== header.closed ||
		d.deadline !== header.deadline
	) {
		live.dashboard = { ...d, ...header };
	}
}

/** A student who just joined, at the end of the roster (once, however often it is heard). */
function withSeat(live: Live, seat: Pick<SeatRow, 'id' | 'nickname' | 'attemptKey'>): void {
	if (live.seats.has(seat.id)) return;
	live.seats.set(seat.id, { at: live.students.length, attemptKey: seat.attemptKey });
	live.answeredBy.push(new Uint8Array(live.dashboard.questions.length));
	live.students.push({
		seatId: seat.id,
		nickname: seat.nickname,
		answered: 0,
		score: 0,
		evidenceScore: 0,
		believedFalse: 0,
		doubtedTrue: 0,
		removed: false
	});
	live.dashboard = { ...live.dashboard, present: live.dashboard.present + 1 };
}

/**
 * Adds one answer to a question's split (`sign` 1), or takes one out (-1: its student was removed).
 * A typed number nobody gives any more leaves the split, as it would be rebuilt.
 */
function countAnswer(live: Live, verdict: Verdict, sign: 1 | -1): Dashboard['questions'] {
	const { dashboard } = live;
	const at = live.questionAt.get(verdict.questionId)!;
	const wrong = live.wrong.get(verdict.questionId)!;
	const evidence = live.evidence.get(verdict.questionId)!;
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
					return count > 0 || live.choice.has(verdict.questionId) ? [{ ...e, count }] : [];
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
		citedWrongly: mostCited(wrong, live.quiz.sentenceOrder)
	};
	return questions;
}

/**
 * The dashboard with one more answer in it (an answer it has already is not counted again); false
 * when the seat is not on it (rebuild instead).
 */
function withAnswer(live: Live, seatId: string, verdict: Verdict): boolean {
	const seat = live.seats.get(seatId);
	const at = live.questionAt.get(verdict.questionId);
	if (!seat || at === undefined) return false;
	const answered = live.answeredBy[seat.at]!;
	if (answered[at]) return true;
	answered[at] = 1;
	const student = live.students[seat.at]!;
	const count = student.answered + 1;
	live.students[seat.at] = {
		...student,
		answered: count,
		score: student.score + verdict.points,
		evidenceScore: student.evidenceScore + verdict.evidencePoints,
		believedFalse: student.believedFalse + (verdict.lapse === 'believed-false' ? 1 : 0),
		doubtedTrue: student.doubtedTrue + (verdict.lapse === 'doubted-true' ? 1 : 0)
	};
	// A removed student's answers count for them but not in the class's split (as when built).
	if (student.removed) return true;
	const { dashboard } = live;
	live.dashboard = {
		...dashboard,
		finished: dashboard.finished + (count === dashboard.total ? 1 : 0),
		questions: countAnswer(live, verdict, 1)
	};
	return true;
}

/** The dashboard without a student who was removed: their answers leave the class's split. */
function withoutSeat(live: Live, seatId: string, verdicts: readonly Verdict[]): boolean {
	const seat = live.seats.get(seatId);
	if (!seat) return false;
	const student = live.students[seat.at]!;
	if (student.removed) return true;
	live.students[seat.at] = { ...student, removed: true };
	for (const verdict of verdicts) {
		if (live.questionAt.has(verdict.questionId)) {
			live.dashboard = { ...live.dashboard, questions: countAnswer(live, verdict, -1) };
		}
	}
	const { dashboard } = live;
	live.dashboard = {
		...dashboard,
		present: dashboard.present - 1,
		finished: dashboard.finished - (student.answered >= dashboard.total ? 1 : 0)
	};
	return true;
}

/**
 * One page of the roster, in join order; with a search, of the students whose nickname contains it
 * in any case. A page past the end shows the last one. A search is scanned once and then only over
 * the students who joined since.
 */
function rosterOf(live: Live, view: RosterView, size: number): RosterPage {
	const needle = view.q.toLowerCase();
	let matching = live.students.length;
	let rowAt = (i: number) => live.students[i]!;
	if (needle) {
		let search = live.searches.get(needle);
		if (!search) {
			search = { seen: 0, matches: [] };
			if (live.searches.size >= SEARCHES_KEPT) {
				live.searches.delete(live.searches.keys().next().value!);
			}
			live.searches.set(needle, search);
		}
		for (; search.seen < live.students.length; search.seen++) {
			if (live.students[search.seen]!.nickname.toLowerCase().includes(needle)) {
				search.matches.push(search.seen);
			}
		}
		const { matches } = search;
		matching = matches.length;
		rowAt = (i) => live.students[matches[i]!]!;
	}
	const pages = Math.max(1, Math.ceil(matching / size));
	const page = Math.min(view.page, pages);
	const rows: StudentRow[] = [];
	for (let i = (page - 1) * size; i < Math.min(page * size, matching); i++) rows.push(rowAt(i));
	return { rows, page, pages, matching, query: view.q };
}

/** The most dashboards kept in memory, and the most student rows in them all. */
export const DASHBOARDS_KEPT = 500;
export const DASHBOARD_ROWS_KEPT = 100_000;
/** The most class rows kept for students' requests (each until its class changes). */
const CLASS_ROWS_KEPT = 5_000;

/** Which quiz a class plays: the pack version it was created on. */
export interface QuizLookup {
	forClass(classRow: Pick<ClassRow, 'packId' | 'packVersion'>): Promise<QuizService | undefined>;
	/** The quiz a new class on this pack plays (its current version); the default pack if none. */
	forNewClass(packId?: string): Promise<QuizService | undefined>;
}

/** One quiz for every class (the tests' setting, and a server with a single pack). */
export const singleQuiz = (quiz: QuizService): QuizLookup => ({
	forClass: async (c) =>
		c.packId === quiz.pack.id && c.packVersion === quiz.version ? quiz : undefined,
	forNewClass: async (packId) =>
		packId === undefined || packId === quiz.pack.id ? quiz : undefined
});

/** The article of a class that is no longer stored: the class can only be deleted. */
class PackGoneError extends Error {
	override name = 'PackGoneError';
}

export function createClassroomService(
	quizzes: QuizLookup,
	classes: ClassStore,
	joinLimiter: FailureLimiter,
	now: () => number = Date.now,
	caps: Caps = {
		classes: createRateLimiter({ limit: 60 }),
		joins: createRateLimiter({ limit: 600 }),
		maxSeatsPerClass: 10_000
	},
	{ rosterPageSize = ROSTER_PAGE_SIZE }: { rosterPageSize?: number } = {}
) {
	const SettingsForm = classSettingsForm(caps.maxSeatsPerClass);
	const quizOf = async (classRow: ClassRow): Promise<QuizService> => {
		const quiz = await quizzes.forClass(classRow);
		if (!quiz) throw new PackGoneError(`The article of class ${classRow.id} is not stored.`);
		return quiz;
	};
	/**
	 * Dashboards listen here under the class's id, for any change; students' screens under
	 * paceTopic(id), for the few changes that concern them (pacing, closing, removals): an answer
	 * or a join is not announced to every student in the class.
	 */
	const changes = new EventEmitter();
	changes.setMaxListeners(0);
	const paceTopic = (classId: string) => `${classId}:pace`;

	// The clock starts with the first student in, so a class can be set up ahead of the lesson.
	const deadlineOf = (c: ClassRow) =>
		c.timeLimitMinutes && c.startedAt !== null ? c.startedAt + c.timeLimitMinutes * MINUTE : null;
	const isClosed = (c: ClassRow) => c.closedAt !== null || (deadlineOf(c) ?? Infinity) <= now();
	// Screens of the same class share one dashboard until the next change. Only the classes viewed
	// lately keep theirs: memory stays bounded however many classes there are, and a deleted or
	// purged class leaves nothing behind.
	const dashboards = new LRUCache<string, Live>({
		max: DASHBOARDS_KEPT,
		maxSize: DASHBOARD_ROWS_KEPT,
		sizeCalculation: (live) => 1 + live.students.length
	});
	const headerOf = (c: ClassRow): Header => ({
		openQuestion: c.openQuestion + 1,
		closed: isClosed(c),
		deadline: deadlineOf(c)
	});
	// The classes that students' requests read (every answer, and every student's stream when the
	// pace changes: 10,000 at once in a big class), kept until the class's next change.
	const classRows = new LRUCache<string, ClassRow>({ max: CLASS_ROWS_KEPT });
	// A class row is read while other requests write: a class's generation counts its changes, so a
	// copy read before a change is never kept after it.
	const generations = new LRUCache<string, number>({ max: 10 * DASHBOARDS_KEPT });
	const generation = (classId: string) => generations.get(classId) ?? 0;
	// A read in flight is shared: 10,000 streams asking at once wait on one read, not 10,000.
	const reads = new Map<string, { generation: number; row: Promise<ClassRow | undefined> }>();
	const classById = async (classId: string): Promise<ClassRow | undefined> => {
		const kept = classRows.get(classId);
		if (kept) return kept;
		const reading = generation(classId);
		const inFlight = reads.get(classId);
		if (inFlight && inFlight.generation === reading) return inFlight.row;
		const row = classes.get(classId).finally(() => {
			if (reads.get(classId)?.row === row) reads.delete(classId);
		});
		reads.set(classId, { generation: reading, row });
		const found = await row;
		if (found && generation(classId) === reading) classRows.set(classId, found);
		return found;
	};
	/** Brings a dashboard up to date with one change; false when it cannot (build it again). */
	type Update = (live: Live) => boolean;
	/** Builds of dashboards under way (screens asking at once share one), and the changes since. */
	const building = new Map<string, { live: Promise<Live>; since: Update[] }>();
	/**
	 * After a change to the class, written here or heard from another instance: `update` brings its
	 * dashboard up to date in memory, or says it cannot (false, or none: it is built again when
	 * next seen). An update counts its change once however often it is applied, so a change made
	 * while a dashboard is being read is applied to it too, whether or not the read saw it: a busy
	 * class's dashboard can be read while its students answer. `grows`: the update adds a student
	 * (the cache weighs a dashboard by its students). Students' streams hear only of `pace`.
	 * `rowKept`: the class's row is as it was (an answer), so the copy kept of it stays.
	 */
	const changed = (
		classId: string,
		{
			pace,
			update,
			grows = false,
			rowKept = false
		}: { pace: boolean; update?: Update; grows?: boolean; rowKept?: boolean }
	) => {
		if (!rowKept) {
			generations.set(classId, generation(classId) + 1);
			classRows.delete(classId);
		}
		const live = dashboards.get(classId);
		if (live) {
			if (!update?.(live)) dashboards.delete(classId);
			else if (grows) dashboards.set(classId, { ...live });
		}
		building.get(classId)?.since.push(update ?? (() => false));
		changes.emit(classId);
		if (pace) changes.emit(paceTopic(classId));
	};
	/** The header from the class's row as stored after a change. */
	const refreshHeader = (fresh: ClassRow | undefined) => (live: Live) => {
		if (fresh) withHeader(live, headerOf(fresh));
		return fresh !== undefined;
	};
	/** The class's dashboard in memory, built from the database when it is not (the only O(class) step). */
	const liveOf = async (classRow: ClassRow): Promise<Live> => {
		const cached = dashboards.get(classRow.id);
		if (cached) {
			// Every change updates the cached one; the deadline passing is the one that does not.
			withHeader(cached, headerOf(classRow));
			return cached;
		}
		const under = building.get(classRow.id);
		if (under) return under.live;
		const since: Update[] = [];
		const live = buildLive(classRow).then((built) => {
			if (building.get(classRow.id)?.live === live) building.delete(classRow.id);
			if (since.every((update) => update(built))) dashboards.set(classRow.id, built);
			return built;
		});
		building.set(classRow.id, { live, since });
		live.catch(() => {
			if (building.get(classRow.id)?.live === live) building.delete(classRow.id);
		});
		return live;
	};

	/** The seat (as read: alone, or with its attempt) and its class, if the seat may act. */
	const seated = async <S extends SeatRow>(
		seat: S | undefined
	): Promise<{ seat: S; classRow: ClassRow } | Failure> => {
		const classRow = seat && (await classById(seat.classId));
		if (!seat || !classRow) {
			return {
				ok: false,
				status: 404,
				message: 'You are not in this class. Join with the code again.'
			};
		}
		if (seat.removedAt !== null) {
			return { ok: false, status: 403, message: 'Your teacher removed you from this class.' };
		}
		return { seat, classRow };
	};
	const activeSeat = async (seatKey: string | undefined) =>
		seated(seatKey ? await classes.seat(seatKey) : undefined);

	async function studentView(seat: SeatRow, classRow: ClassRow): Promise<StudentView> {
		const quiz = await quizOf(classRow);
		const total = quiz.questions.length;
		const state = await quiz.state(seat.attemptKey);
		const closed = isClosed(classRow);
		const verdicts = state?.verdicts ?? [];
		return {
			classTitle: classRow.title,
			code: classRow.code,
			nickname: seat.nickname,
			pacing: classRow.pacing,
			feedback: classRow.feedback,
			evidenceMode: classRow.evidenceMode,
			openQuestion: classRow.pacing === 'teacher' ? classRow.openQuestion + 1 : total,
			closed,
			deadline: deadlineOf(classRow),
			verdicts: classRow.feedback === 'each' || closed ? verdicts : [],
			answeredIds: verdicts.map((v) => v.questionId)
		};
	}

	/** Builds a class's dashboard from every answer in it, with the tallies that keep it current. */
	async function buildLive(classRow: ClassRow): Promise<Live> {
		const quiz = await quizOf(classRow);
		const total = quiz.questions.length;
		const mode = classRow.evidenceMode;
		const seats = await classes.seats(classRow.id);
		const answers = await classes.answers(classRow.id);
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
			openQuestion: classRow.openQuestion + 1,
			closed: isClosed(classRow),
			timeLimitMinutes: classRow.timeLimitMinutes,
			deadline: deadlineOf(classRow),
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

	/** Another instance's answer, scored here as it was there (the rules are the quiz's own). */
	const heardAnswer =
		(change: Extract<ClassChange, { k: 'answer' }>): Update =>
		(live) => {
			const given = parseJson(change.g);
			const cited = parseJson(change.e);
			if (!(typeof given === 'string' || typeof given === 'number') || !isStrings(cited)) {
				return false;
			}
			const verdict = live.quiz.verdictFor(change.q, given, cited, live.dashboard.evidenceMode);
			return !!verdict && withAnswer(live, change.s, verdict);
		};

	return {
		changes,
		paceTopic,

		/**
		 * A change another instance wrote (PostgreSQL's announcements, class-changes.ts): the
		 * dashboards kept here and the screens that show them follow it as they follow one made here.
		 */
		async heard(change: ClassChange): Promise<void> {
			const classId = change.c;
			switch (change.k) {
				case 'answer':
					return changed(classId, { pace: false, rowKept: true, update: heardAnswer(change) });
				case 'join':
					// The clock's start, if it was the first, is announced as a change of the class.
					return changed(classId, {
						pace: false,
						grows: true,
						rowKept: true,
						update: (live) => {
							withSeat(live, { id: change.s, nickname: change.n, attemptKey: change.a });
							return true;
						}
					});
				case 'remove': {
					// As a removal made here: the student's answers leave the split.
					const live = dashboards.get(classId);
					const attemptKey = live?.seats.get(change.s)?.attemptKey;
					const state = live && attemptKey ? await live.quiz.state(attemptKey) : undefined;
					return changed(classId, {
						pace: true,
						update: (kept) => !!state && withoutSeat(kept, change.s, state.verdicts)
					});
				}
				case 'class':
					// The header is read from the class row each time a dashboard is shown: the row
					// kept here is dropped, and the next read has the change.
					return changed(classId, { pace: change.p, update: () => true });
				case 'gone':
				case 'resync':
					return changed(classId, { pace: true });
			}
		},

		/** What another instance announced may have been missed: every kept view is read again. */
		resync(): void {
			const classIds = new Set([
				...dashboards.keys(),
				...classRows.keys(),
				...building.keys(),
				// Every class a screen here follows, kept or not ('error' is the emitter's own).
				...changes
					.eventNames()
					.filter((topic) => typeof topic === 'string' && topic !== 'error')
					.map((topic) => String(topic).replace(/:pace$/, ''))
			]);
			for (const classId of classIds) changed(classId, { pace: true });
		},

		/** What is wrong with a teacher's settings, field by field; null when nothing is. */
		settingsErrors(form: unknown): Record<string, string[] | undefined> | null {
			const parsed = SettingsForm.safeParse(form);
			return parsed.success ? null : z.flattenError(parsed.error).fieldErrors;
		},

		/** Creates a class on a pack (its current version); the default pack when none is named. */
		async createClass(
			form: unknown,
			address = '',
			packId?: string
		): Promise<
			| { ok: true; classRow: ClassRow; teacherSecret: string }
			| { ok: false; errors: Record<string, string[] | undefined> }
			| Failure
		> {
			const parsed = SettingsForm.safeParse(form);
			if (!parsed.success) return { ok: false, errors: z.flattenError(parsed.error).fieldErrors };
			const quiz = await quizzes.forNewClass(packId);
			if (!quiz) return { ok: false, errors: { pack: ['Choose an article from the list.'] } };
			const allowed = caps.classes.take(address);
			if (!allowed.ok) return tooMany('new exercises', allowed.retryAfterSeconds);
			const { row, teacherSecret } = await classes.create({
				...parsed.data,
				packId: quiz.pack.id,
				packVersion: quiz.version
			});
			return { ok: true, classRow: row, teacherSecret };
		},

		/**
		 * Finds an open class by what a student typed; counts a miss against their address. The code
		 * is looked up first: a right code always gets in, even from an address locked out by
		 * someone's guessing; only wrong codes are refused (429) while it is locked out. The guesser
		 * still learns a hit when they make one, but every try counts against the joins cap.
		 */
		async findOpenClass(
			rawCode: unknown,
			address: string
		): Promise<{ ok: true; classRow: ClassRow } | Failure> {
			const code = typeof rawCode === 'string' ? normaliseJoinCode(rawCode) : '';
			const classRow = isJoinCode(code) ? await classes.byCode(code) : undefined;
			if (!classRow && !(await joinLimiter.allowed(address))) {
				return {
					ok: false,
					status: 429,
					message: 'Too many wrong codes from this network. Wait a few minutes, then try again.'
				};
			}
			if (!classRow) {
				await joinLimiter.fail(address);
				return {
					ok: false,
					status: 404,
					message: `There is no class with the code "${code.slice(0, 12)}". Check it with your teacher.`
				};
			}
			if (isClosed(classRow)) {
				return {
					ok: false,
					status: 410,
					message: 'This exercise is closed: it no longer takes answers.'
				};
			}
			return { ok: true, classRow };
		},

		async join(
			form: unknown,
			address: string
		): Promise<
			| { ok: true; seat: SeatRow; classRow: ClassRow }
			| Failure
			| { ok: false; status: 400; errors: Record<string, string[] | undefined> }
		> {
			const parsed = JoinForm.safeParse(form);
			if (!parsed.success)
				return { ok: false, status: 400, errors: z.flattenError(parsed.error).fieldErrors };
			const allowed = caps.joins.take(address);
			if (!allowed.ok) return tooMany('joins', allowed.retryAfterSeconds);
			const found = await this.findOpenClass(parsed.data.code, address);
			if (!found.ok) return found;
			const mostSeats = Math.min(caps.maxSeatsPerClass, found.classRow.maxSeats ?? Infinity);
			const total = (await quizOf(found.classRow)).questions.length;
			const seat = await classes.join(found.classRow, parsed.data.nickname, total, mostSeats);
			if (!seat) {
				return {
					ok: false,
					status: 409,
					message: `This class is full: it has room for ${mostSeats} students. Ask your teacher.`
				};
			}
			// The first join starts the clock: then the row is read again (and kept no more).
			const started = found.classRow.startedAt !== null;
			const classRow = started
				? found.classRow
				: ((await classes.get(found.classRow.id)) ?? found.classRow);
			changed(classRow.id, {
				pace: false,
				grows: true,
				rowKept: started,
				update: (live) => {
					withSeat(live, seat);
					withHeader(live, headerOf(classRow));
					return true;
				}
			});
			return { ok: true, seat, classRow };
		},

		async student(
			seatKey: string | undefined
		): Promise<{ ok: true; view: StudentView; seat: SeatRow; classRow: ClassRow } | Failure> {
			const found = await activeSeat(seatKey);
			if ('ok' in found) return found;
			return { ok: true, view: await studentView(found.seat, found.classRow), ...found };
		},

		/** A student's seat and class, without the rest of the view (the live stream needs no more). */
		async seat(
			seatKey: string | undefined
		): Promise<{ ok: true; seat: SeatRow; classRow: ClassRow } | Failure> {
			const found = await activeSeat(seatKey);
			return 'ok' in found ? found : { ok: true, ...found };
		},

		/** The little a student's screen follows live: how far the class may go, and whether it is over. */
		async pace(
			seatKey: string | undefined
		): Promise<{ openQuestions: number; closed: boolean } | { removed: true }> {
			const found = await activeSeat(seatKey);
			if ('ok' in found) return { removed: true };
			const { classRow } = found;
			return {
				openQuestions:
					classRow.pacing === 'teacher'
						? classRow.openQuestion + 1
						: (await quizOf(classRow)).questions.length,
				closed: isClosed(classRow)
			};
		},

		/** Checks a student's answer against the class's rules, then scores it like any other. */
		async answer(
			seatKey: string | undefined,
			body: unknown
		): Promise<{ ok: true; verdict: Verdict | null; questionId: string } | Failure> {
			const found = await seated(seatKey ? await classes.seatWithAttempt(seatKey) : undefined);
			if ('ok' in found) return found;
			const { seat, classRow } = found;
			if (isClosed(classRow)) {
				return {
					ok: false,
					status: 410,
					message: 'This exercise is closed: it no longer takes answers.'
				};
			}
			const quiz = await quizOf(classRow);
			const questionId = (body as { questionId?: unknown } | null)?.questionId;
			const index =
				typeof questionId === 'string' ? quiz.questions.findIndex((q) => q.id === questionId) : -1;
			if (classRow.pacing === 'teacher' && index > classRow.openQuestion) {
				return {
					ok: false,
					status: 409,
					message: 'Your teacher has not opened this question yet.'
				};
			}
			const result = await quiz.answer(seat.attemptKey, body, seat.attempt);
			if (!result.ok) return { ok: false, status: result.status, message: result.message };
			if (result.recorded) {
				// A class of a thousand has tens of thousands of answers: rebuilding its dashboard
				// from them all (≈150 ms) after every answer would stall the server, so the one
				// answer is added to the dashboard in memory (as joins, removals and pacing are).
				const { verdict } = result;
				changed(classRow.id, {
					pace: false,
					rowKept: true,
					update: (live) => withAnswer(live, seat.id, verdict)
				});
			}
			// Assessment mode: the answer is in, but right or wrong waits for the end.
			return {
				ok: true,
				verdict: classRow.feedback === 'each' ? result.verdict : null,
				questionId: result.verdict.questionId
			};
		},

		teacher(secret: string): Promise<ClassRow | undefined> {
			return classes.bySecret(secret);
		},

		/** The class a projector link (/show/<viewSecret>) opens: read-only, no names. */
		viewer(viewSecret: string): Promise<ClassRow | undefined> {
			return classes.byViewSecret(viewSecret);
		},

		/** The projector link's secret for a class its teacher has opened. */
		viewSecret(classRow: ClassRow, teacherSecret: string): Promise<string> {
			return classes.viewSecret(classRow, teacherSecret);
		},

		/** The class's aggregates, kept once per change however many screens show them. */
		async dashboard(classRow: ClassRow): Promise<Dashboard> {
			return (await liveOf(classRow)).dashboard;
		},

		/** One page of the roster (names: the teacher's alone). */
		async roster(classRow: ClassRow, view: RosterView = FIRST_PAGE): Promise<RosterPage> {
			return rosterOf(await liveOf(classRow), view, rosterPageSize);
		},

		/** What the teacher's dashboard shows: the aggregates and one page of the roster. */
		async teacherDashboard(
			classRow: ClassRow,
			view: RosterView = FIRST_PAGE
		): Promise<TeacherDashboard> {
			const live = await liveOf(classRow);
			return { ...live.dashboard, roster: rosterOf(live, view, rosterPageSize) };
		},

		/** The aggregates from the database alone, nothing cached. */
		async buildDashboard(classRow: ClassRow): Promise<Dashboard> {
			return (await buildLive(classRow)).dashboard;
		},

		/** A page of the roster from the database alone, nothing cached. */
		async buildRoster(classRow: ClassRow, view: RosterView = FIRST_PAGE): Promise<RosterPage> {
			return rosterOf(await buildLive(classRow), view, rosterPageSize);
		},

		/** What the debrief shows for one question: the split, the evidence and a discussion prompt. */
		async debrief(classRow: ClassRow, number: number) {
			const quiz = await quizOf(classRow);
			const total = quiz.questions.length;
			const question = quiz.questions[number - 1];
			if (!question) return undefined;
			const stats = (await this.dashboard(classRow)).questions[number - 1]!;
			const evidence: Sentence[] = question.evidence
				.flat()
				.flatMap((id) => quiz.sentences.get(id) ?? []);
			const related: Sentence[] = question.related.flatMap((id) => quiz.sentences.get(id) ?? []);
			const citedWrongly = stats.citedWrongly && {
				sentence: quiz.sentences.get(stats.citedWrongly.id)!,
				count: stats.citedWrongly.count
			};
			const answerLabel =
				question.format === 'choice'
					? question.options.find((o) => o.id === question.answer)!.label
					: numberAnswerLabel(question);
			return {
				stats,
				answerLabel,
				explanation: question.explanation,
				evidence,
				related,
				citedWrongly,
				discuss: question.discuss ?? null,
				total
			};
		},

		async removeStudent(classRow: ClassRow, seatId: unknown): Promise<boolean> {
			if (typeof seatId !== 'string') return false;
			const done = await classes.removeSeat(classRow.id, seatId);
			if (done) {
				// The student's answers leave the split: read before the dashboard is updated.
				const attemptKey = dashboards.get(classRow.id)?.seats.get(seatId)?.attemptKey;
				const state = attemptKey && (await (await quizOf(classRow)).state(attemptKey));
				changed(classRow.id, {
					pace: true,
					update: (live) => !!state && withoutSeat(live, seatId, state.verdicts)
				});
			}
			return done;
		},

		async openNextQuestion(classRow: ClassRow): Promise<boolean> {
			const last = (await quizOf(classRow)).questions.length - 1;
			const done = await classes.openNextQuestion(classRow.id, last);
			if (done) {
				const update = refreshHeader(await classes.get(classRow.id));
				changed(classRow.id, { pace: true, update });
			}
			return done;
		},

		async close(classRow: ClassRow): Promise<boolean> {
			const done = await classes.close(classRow.id);
			if (done) {
				const update = refreshHeader(await classes.get(classRow.id));
				changed(classRow.id, { pace: true, update });
			}
			return done;
		},

		async delete(classRow: ClassRow): Promise<boolean> {
			const done = await classes.delete(classRow.id);
			changed(classRow.id, { pace: true });
			return done;
		},

		/**
		 * One row per student: each question's answer, right or wrong, the sentences cited and
		 * whether the citation counted; then totals (class-export.ts).
		 */
		async csv(classRow: ClassRow): Promise<string> {
			const quiz = await quizOf(classRow);
			const seats = await classes.seats(classRow.id);
			const answers = await classes.answers(classRow.id);
			return classCsv(quiz, classRow.evidenceMode, seats, answers);
		},

		/** Deletes the classes created before a time; their open screens hear that they are gone. */
		async purgeCreatedBefore(time: number): Promise<number> {
			const ids = await classes.purgeCreatedBefore(time);
			ids.forEach((id) => changed(id, { pace: true }));
			return ids.length;
		},

		/** How many classes the service keeps a dashboard in memory for. */
		retainedClasses(): number {
			return dashboards.size;
		}
	};
}

export type ClassroomService = ReturnType<typeof createClassroomService>;

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * The most counted sentence; of a tie, the first in the article: the same whatever order the
 * answers came in (kept one by one, or read back from the database).
 */
function mostCited(
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
