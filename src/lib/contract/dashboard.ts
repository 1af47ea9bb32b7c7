// What a class's live views carry (teacher's dashboard, projector, debrief), for server and browser.
import * as z from 'zod/mini';
import { EVIDENCE_MODES } from '../quiz/evidence';
import { FeedbackMode, Pacing } from './classroom';

const count = z.number().check(z.int(), z.nonnegative());

export const StudentRow = z.object({
	seatId: z.string(),
	nickname: z.string(),
	answered: count,
	score: z.number(),
	evidenceScore: z.number(),
	/** Their wrong answers that believed something false, and that doubted something true (lapses.ts). */
	believedFalse: count,
	doubtedTrue: count,
	removed: z.boolean()
});
export type StudentRow = z.infer<typeof StudentRow>;

export const RosterPage = z.object({
	rows: z.array(StudentRow),
	/** The page shown (from 1), and how many there are (at least 1). */
	page: count,
	pages: count,
	/** Students the search matches (every student when there is none), removed ones included. */
	matching: count,
	/** The search as applied: trimmed, '' for none. */
	query: z.string()
});
export type RosterPage = z.infer<typeof RosterPage>;

export const QuestionStats = z.object({
	id: z.string(),
	number: count,
	prompt: z.string(),
	subject: z.optional(z.string()),
	answered: count,
	correct: count,
	/** Students whose answer believed something false, and whose answer doubted something true. */
	believedFalse: count,
	doubtedTrue: count,
	/** Every option (or typed number) with how many chose it; the right one is marked. */
	spread: z.array(z.object({ label: z.string(), count, right: z.boolean() })),
	/** Whether the answer rests on sentences a student could cite (and the class asks for them). */
	hasEvidence: z.boolean(),
	/** Students whose citation counted. */
	evidenceFound: z.number(),
	/** The sentence cited most often that is in no evidence set, and by how many. */
	citedWrongly: z.nullable(z.object({ id: z.string(), count }))
});
export type QuestionStats = z.infer<typeof QuestionStats>;

/** A class's aggregates: what the teacher's dashboard, the projector and the debrief all read. */
export const Dashboard = z.object({
	title: z.string(),
	/** The article the class reads. */
	articleTitle: z.string(),
	code: z.string(),
	pacing: Pacing,
	feedback: FeedbackMode,
	evidenceMode: z.enum(EVIDENCE_MODES),
	openQuestion: count,
	closed: z.boolean(),
	timeLimitMinutes: z.nullable(count),
	/** Null until the first student joins: the time limit starts then. */
	deadline: z.nullable(z.number()),
	total: count,
	/** Students in the class (removed ones not counted), and those of them who answered everything. */
	present: count,
	finished: count,
	questions: z.array(QuestionStats)
});
export type Dashboard = z.infer<typeof Dashboard>;

/** The teacher's dashboard: the aggregates and one page of the roster (names only here). */
export const TeacherDashboard = z.extend(Dashboard, { roster: RosterPage });
export type TeacherDashboard = z.infer<typeof TeacherDashboard>;
