// A class's live state on this instance, every change through one `changed` so no copy drifts.
import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import { deadlineOf, isClosed } from '../../classroom/deadline';
import type { RosterPage, RosterView } from '../../classroom/roster';
import type { Dashboard, TeacherDashboard } from '../../contract/dashboard';
import type { Verdict } from '../../quiz/verdict';
import type { ClassChange } from '../db/class-changes';
import type { ClassRow, ClassStore, SeatRow } from '../db/class-store';
import type { QuizService } from '../services/quiz-service';
import { applyHeard } from './announcements';
import { buildKeptDashboard } from './build-dashboard';
import { keptClassRows } from './class-rows';
import {
	withAnswer,
	withHeader,
	withoutSeat,
	withSeat,
	type Change,
	type Header,
	type KeptDashboard,
	type Update
} from './kept-dashboard';
import { rosterOf } from './roster-search';

/** The most dashboards kept in memory, and the most student rows in them all. */
export const DASHBOARDS_KEPT = 500;
export const DASHBOARD_ROWS_KEPT = 100_000;

export interface LiveDependencies {
	/** Where classes, their seats and their answers are read. */
	store: Pick<ClassStore, 'get' | 'seats' | 'answers'>;
	/** The quiz a class plays (it throws when the class's article is no longer stored). */
	quizOf(classRow: ClassRow): Promise<QuizService>;
	/** The time now: a class's time limit closes it. */
	clock: () => number;
	/** Students on one page of the roster. */
	rosterPageSize: number;
}

/**
 * The dashboards kept in memory, the class rows kept for students' requests, and the topics screens
 * listen on. Every change to a class, made here or heard from another instance, goes through
 * `changed`, so the kept copies never drift from the database.
 */
export function createLiveDashboards({ store, quizOf, clock, rosterPageSize }: LiveDependencies) {
	/**
	 * Dashboards listen here under the class's id, for any change; students' screens under
	 * paceTopic(id), for the few changes that concern them (pacing, closing, removals): an answer
	 * or a join is not announced to every student in the class.
	 */
	const changes = new EventEmitter();
	changes.setMaxListeners(0);
	const paceTopic = (classId: string) => `${classId}:pace`;

	const headerOf = (c: ClassRow): Header => ({
		openQuestion: c.openQuestion + 1,
		closed: isClosed(c, clock),
		deadline: deadlineOf(c)
	});
	// Screens of the same class share one dashboard until the next change. Only the classes viewed
	// lately keep theirs: memory stays bounded however many classes there are, and a deleted or
	// purged class leaves nothing behind.
	const dashboards = new LRUCache<string, KeptDashboard>({
		max: DASHBOARDS_KEPT,
		maxSize: DASHBOARD_ROWS_KEPT,
		sizeCalculation: (kept) => 1 + kept.students.length
	});
	const rows = keptClassRows((classId) => store.get(classId));
	/** Builds of dashboards under way (screens asking at once share one), and the changes since. */
	const building = new Map<string, { kept: Promise<KeptDashboard>; since: Update[] }>();

	/**
	 * After a change to the class, written here or heard from another instance (kept-dashboard.ts's
	 * Change). An update counts its change once however often it is applied, so a change made
	 * while a dashboard is being read is applied to it too, whether or not the read saw it: a busy
	 * class's dashboard can be read while its students answer.
	 */
	const changed = (classId: string, { pace, update, grows = false, rowKept = false }: Change) => {
		if (!rowKept) rows.changed(classId);
		const kept = dashboards.get(classId);
		if (kept) {
			if (!update?.(kept)) dashboards.delete(classId);
			else if (grows) dashboards.set(classId, { ...kept });
		}
		building.get(classId)?.since.push(update ?? (() => false));
		changes.emit(classId);
		if (pace) changes.emit(paceTopic(classId));
	};

	/** Builds a class's dashboard from every answer in it, nothing cached. */
	async function build(classRow: ClassRow): Promise<KeptDashboard> {
		const quiz = await quizOf(classRow);
		const seats = await store.seats(classRow.id);
		const answers = await store.answers(classRow.id);
		return buildKeptDashboard({ classRow, quiz, seats, answers, header: headerOf(classRow) });
	}

	/** The class's dashboard in memory, built from the database when it is not (the only O(class) step). */
	const keptOf = async (classRow: ClassRow): Promise<KeptDashboard> => {
		const cached = dashboards.get(classRow.id);
		if (cached) {
			// Every change updates the cached one; the deadline passing is the one that does not.
			withHeader(cached, headerOf(classRow));
			return cached;
		}
		const under = building.get(classRow.id);
		if (under) return under.kept;
		const since: Update[] = [];
		const kept = build(classRow).then((built) => {
			if (building.get(classRow.id)?.kept === kept) building.delete(classRow.id);
			if (since.every((update) => update(built))) dashboards.set(classRow.id, built);
			return built;
		});
		building.set(classRow.id, { kept, since });
		kept.catch(() => {
			if (building.get(classRow.id)?.kept === kept) building.delete(classRow.id);
		});
		return kept;
	};

	return {
		changes,
		paceTopic,

		/** A class's row for students' requests: kept until the class changes. */
		classRow: (classId: string) => rows.get(classId),

		/** The class's aggregates, kept once per change however many screens show them. */
		async dashboard(classRow: ClassRow): Promise<Dashboard> {
			return (await keptOf(classRow)).dashboard;
		},

		/** One page of the roster (names: the teacher's alone). */
		async roster(classRow: ClassRow, view: RosterView): Promise<RosterPage> {
			return rosterOf(await keptOf(classRow), view, rosterPageSize);
		},

		/** What the teacher's dashboard shows: the aggregates and one page of the roster. */
		async teacherDashboard(classRow: ClassRow, view: RosterView): Promise<TeacherDashboard> {
			const kept = await keptOf(classRow);
			return { ...kept.dashboard, roster: rosterOf(kept, view, rosterPageSize) };
		},

		/** The aggregates from the database alone, nothing cached. */
		async buildDashboard(classRow: ClassRow): Promise<Dashboard> {
			return (await build(classRow)).dashboard;
		},

		/** A page of the roster from the database alone, nothing cached. */
		async buildRoster(classRow: ClassRow, view: RosterView): Promise<RosterPage> {
			return rosterOf(await build(classRow), view, rosterPageSize);
		},

		/**
		 * A student took a seat. `classRow` is the class as it is after the join: the first student
		 * in starts the clock (`startedClock`), which changes the class's row.
		 */
		joined(seat: SeatRow, classRow: ClassRow, { startedClock }: { startedClock: boolean }): void {
			changed(classRow.id, {
				pace: false,
				grows: true,
				rowKept: !startedClock,
				update: (kept) => {
					withSeat(kept, seat);
					withHeader(kept, headerOf(classRow));
					return true;
				}
			});
		},

		/**
		 * A student's answer was recorded. A class of a thousand has tens of thousands of answers:
		 * rebuilding its dashboard from them all (≈150 ms) after every answer would stall the
		 * server, so the one answer is added to the dashboard in memory.
		 */
		answered(classId: string, seatId: string, verdict: Verdict): void {
			changed(classId, {
				pace: false,
				rowKept: true,
				update: (kept) => withAnswer(kept, seatId, verdict)
			});
		},

		/** A student was removed: their answers leave the split (read before it is updated). */
		async removed(classRow: ClassRow, seatId: string): Promise<void> {
			const attemptKey = dashboards.get(classRow.id)?.seats.get(seatId)?.attemptKey;
			const state = attemptKey && (await (await quizOf(classRow)).state(attemptKey));
			changed(classRow.id, {
				pace: true,
				update: (kept) => !!state && withoutSeat(kept, seatId, state.verdicts)
			});
		},

		/** The class's row changed (the next question opened, the class closed): its header is read again. */
		async classChanged(classId: string): Promise<void> {
			const fresh = await store.get(classId);
			changed(classId, {
				pace: true,
				update: (kept) => {
					if (fresh) withHeader(kept, headerOf(fresh));
					return fresh !== undefined;
				}
			});
		},

		/** The class was deleted: its screens hear that it is gone. */
		gone(classId: string): void {
			changed(classId, { pace: true });
		},

		/**
		 * A change another instance wrote (PostgreSQL's announcements, class-changes.ts): the
		 * dashboards kept here and the screens that show them follow it as they follow one made here.
		 */
		heard(change: ClassChange): Promise<void> {
			return applyHeard(change, { changed, kept: (classId) => dashboards.get(classId) });
		},

		/** What another instance announced may have been missed: every kept view is read again. */
		resync(): void {
			const classIds = new Set([
				...dashboards.keys(),
				...rows.ids(),
				...building.keys(),
				// Every class a screen here follows, kept or not ('error' is the emitter's own).
				...changes
					.eventNames()
					.filter((topic) => typeof topic === 'string' && topic !== 'error')
					.map((topic) => String(topic).replace(/:pace$/, ''))
			]);
			for (const classId of classIds) changed(classId, { pace: true });
		},

		/** How many classes have a dashboard kept in memory. */
		retained(): number {
			return dashboards.size;
		}
	};
}

export type LiveDashboards = ReturnType<typeof createLiveDashboards>;
