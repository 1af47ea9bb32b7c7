// Classroom use cases (create, join, answer, pace, close, debrief, export); live state in live/.
import * as z from 'zod';
import { classCsv } from './class-export';
import {
	FIRST_PAGE,
	ROSTER_PAGE_SIZE,
	type RosterPage,
	type RosterView,
	type StudentRow
} from '../../classroom/roster';
import { deadlineOf, isClosed as isClosedAt } from '../../classroom/deadline';
import { classSettingsForm, JoinForm } from '../../classroom/forms';
import { isJoinCode, normaliseJoinCode } from '../../classroom/join-code';
import type { Sentence } from '../../content/sentences';
import { numberAnswerLabel } from '../../quiz/scoring';
import type { Verdict } from '../../quiz/verdict';
import type { Dashboard, QuestionStats, TeacherDashboard } from '../../contract/dashboard';
import type { PaceUpdate, StudentView } from '../../contract/classroom';
import type { ClassChange } from '../db/class-changes';
import type { ClassRow, ClassStore, SeatRow } from '../db/class-store';
import type { QuizService } from './quiz-service';
import type { FailureLimiter } from '../db/join-failures';
import { createRateLimiter, type CreationLimiter } from '../rate-limit';
import {
	formRefusal,
	refuse,
	tooMany,
	type FormRefusal,
	type Refusal
} from '../../contract/refusal';
import { createLiveDashboards } from '../live/live-dashboards';

/** Per-address caps on creating classes and taking seats, and the largest class. */
export interface Caps {
	classes: CreationLimiter;
	joins: CreationLimiter;
	maxSeatsPerClass: number;
}

export type {
	Dashboard,
	QuestionStats,
	RosterPage,
	RosterView,
	StudentRow,
	StudentView,
	TeacherDashboard
};

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

export interface ClassroomDependencies {
	/** Which quiz each class plays. */
	quizzes: QuizLookup;
	classes: ClassStore;
	/** Wrong join codes per address. */
	joinLimiter: FailureLimiter;
	/** The time now: a class's time limit closes it. */
	clock?: () => number;
	caps?: Caps;
	/** Students on one page of the teacher's roster. */
	rosterPageSize?: number;
}

export function createClassroomService({
	quizzes,
	classes,
	joinLimiter,
	clock = Date.now,
	caps = {
		classes: createRateLimiter({ limit: 60 }),
		joins: createRateLimiter({ limit: 600 }),
		maxSeatsPerClass: 10_000
	},
	rosterPageSize = ROSTER_PAGE_SIZE
}: ClassroomDependencies) {
	const SettingsForm = classSettingsForm(caps.maxSeatsPerClass);
	const quizOf = async (classRow: ClassRow): Promise<QuizService> => {
		const quiz = await quizzes.forClass(classRow);
		if (!quiz) throw new PackGoneError(`The article of class ${classRow.id} is not stored.`);
		return quiz;
	};
	const isClosed = (c: ClassRow) => isClosedAt(c, clock);
	const live = createLiveDashboards({ store: classes, quizOf, clock, rosterPageSize });

	/** The seat (as read: alone, or with its attempt) and its class, if the seat may act. */
	const seated = async <S extends SeatRow>(
		seat: S | undefined
	): Promise<{ seat: S; classRow: ClassRow } | Refusal> => {
		const classRow = seat && (await live.classRow(seat.classId));
		if (!seat || !classRow) {
			return refuse(404, 'You are not in this class. Join with the code again.');
		}
		if (seat.removedAt !== null) {
			return refuse(403, 'Your teacher removed you from this class.');
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

	return {
		/** Where screens listen for a class's changes: its id (dashboards), paceTopic(id) (students). */
		changes: live.changes,
		paceTopic: live.paceTopic,

		/**
		 * A change another instance wrote (PostgreSQL's announcements, class-changes.ts): the
		 * dashboards kept here and the screens that show them follow it as they follow one made here.
		 */
		heard(change: ClassChange): Promise<void> {
			return live.heard(change);
		},

		/** What another instance announced may have been missed: every kept view is read again. */
		resync(): void {
			live.resync();
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
		): Promise<{ ok: true; classRow: ClassRow; teacherSecret: string } | FormRefusal | Refusal> {
			const parsed = SettingsForm.safeParse(form);
			if (!parsed.success) return formRefusal(z.flattenError(parsed.error).fieldErrors);
			const quiz = await quizzes.forNewClass(packId);
			if (!quiz) return formRefusal({ pack: ['Choose an article from the list.'] });
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
		): Promise<{ ok: true; classRow: ClassRow } | Refusal> {
			const code = typeof rawCode === 'string' ? normaliseJoinCode(rawCode) : '';
			const classRow = isJoinCode(code) ? await classes.byCode(code) : undefined;
			if (!classRow && !(await joinLimiter.allowed(address))) {
				return refuse(
					429,
					'Too many wrong codes from this network. Wait a few minutes, then try again.'
				);
			}
			if (!classRow) {
				await joinLimiter.fail(address);
				return refuse(
					404,
					`There is no class with the code "${code.slice(0, 12)}". Check it with your teacher.`
				);
			}
			if (isClosed(classRow)) {
				return refuse(410, 'This exercise is closed: it no longer takes answers.');
			}
			return { ok: true, classRow };
		},

		async join(
			form: unknown,
			address: string
		): Promise<{ ok: true; seat: SeatRow; classRow: ClassRow } | FormRefusal | Refusal> {
			const parsed = JoinForm.safeParse(form);
			if (!parsed.success) return formRefusal(z.flattenError(parsed.error).fieldErrors);
			const allowed = caps.joins.take(address);
			if (!allowed.ok) return tooMany('joins', allowed.retryAfterSeconds);
			const found = await this.findOpenClass(parsed.data.code, address);
			if (!found.ok) return found;
			const mostSeats = Math.min(caps.maxSeatsPerClass, found.classRow.maxSeats ?? Infinity);
			const total = (await quizOf(found.classRow)).questions.length;
			const seat = await classes.join(found.classRow, parsed.data.nickname, total, mostSeats);
			if (!seat) {
				return refuse(
					409,
					`This class is full: it has room for ${mostSeats} students. Ask your teacher.`
				);
			}
			// The first join starts the clock: then the row is read again (and kept no more).
			const started = found.classRow.startedAt !== null;
			const classRow = started
				? found.classRow
				: ((await classes.get(found.classRow.id)) ?? found.classRow);
			live.joined(seat, classRow, { startedClock: !started });
			return { ok: true, seat, classRow };
		},

		async student(
			seatKey: string | undefined
		): Promise<{ ok: true; view: StudentView; seat: SeatRow; classRow: ClassRow } | Refusal> {
			const found = await activeSeat(seatKey);
			if ('ok' in found) return found;
			return { ok: true, view: await studentView(found.seat, found.classRow), ...found };
		},

		/** A student's seat and class, without the rest of the view (the live stream needs no more). */
		async seat(
			seatKey: string | undefined
		): Promise<{ ok: true; seat: SeatRow; classRow: ClassRow } | Refusal> {
			const found = await activeSeat(seatKey);
			return 'ok' in found ? found : { ok: true, ...found };
		},

		/** The little a student's screen follows live: how far the class may go, and whether it is over. */
		async pace(seatKey: string | undefined): Promise<PaceUpdate> {
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
		): Promise<{ ok: true; verdict: Verdict | null; questionId: string } | Refusal> {
			const found = await seated(seatKey ? await classes.seatWithAttempt(seatKey) : undefined);
			if ('ok' in found) return found;
			const { seat, classRow } = found;
			if (isClosed(classRow)) {
				return refuse(410, 'This exercise is closed: it no longer takes answers.');
			}
			const quiz = await quizOf(classRow);
			const questionId = (body as { questionId?: unknown } | null)?.questionId;
			const index =
				typeof questionId === 'string' ? quiz.questions.findIndex((q) => q.id === questionId) : -1;
			if (classRow.pacing === 'teacher' && index > classRow.openQuestion) {
				return refuse(409, 'Your teacher has not opened this question yet.');
			}
			const result = await quiz.answer(seat.attemptKey, body, seat.attempt);
			if (!result.ok) return refuse(result.status, result.message);
			// Added to the dashboard kept in memory, not rebuilt from every answer (live-dashboards.ts).
			if (result.recorded) live.answered(classRow.id, seat.id, result.verdict);
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
		dashboard(classRow: ClassRow): Promise<Dashboard> {
			return live.dashboard(classRow);
		},

		/** One page of the roster (names: the teacher's alone). */
		roster(classRow: ClassRow, view: RosterView = FIRST_PAGE): Promise<RosterPage> {
			return live.roster(classRow, view);
		},

		/** What the teacher's dashboard shows: the aggregates and one page of the roster. */
		teacherDashboard(classRow: ClassRow, view: RosterView = FIRST_PAGE): Promise<TeacherDashboard> {
			return live.teacherDashboard(classRow, view);
		},

		/** The aggregates from the database alone, nothing cached. */
		buildDashboard(classRow: ClassRow): Promise<Dashboard> {
			return live.buildDashboard(classRow);
		},

		/** A page of the roster from the database alone, nothing cached. */
		buildRoster(classRow: ClassRow, view: RosterView = FIRST_PAGE): Promise<RosterPage> {
			return live.buildRoster(classRow, view);
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
			if (done) await live.removed(classRow, seatId);
			return done;
		},

		async openNextQuestion(classRow: ClassRow): Promise<boolean> {
			const last = (await quizOf(classRow)).questions.length - 1;
			const done = await classes.openNextQuestion(classRow.id, last);
			if (done) await live.classChanged(classRow.id);
			return done;
		},

		async close(classRow: ClassRow): Promise<boolean> {
			const done = await classes.close(classRow.id);
			if (done) await live.classChanged(classRow.id);
			return done;
		},

		async delete(classRow: ClassRow): Promise<boolean> {
			const done = await classes.delete(classRow.id);
			live.gone(classRow.id);
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
			ids.forEach((id) => live.gone(id));
			return ids.length;
		},

		/** How many classes the service keeps a dashboard in memory for. */
		retainedClasses(): number {
			return live.retained();
		}
	};
}

export type ClassroomService = ReturnType<typeof createClassroomService>;
