// When a class stops taking answers (closed, or its time limit out): one rule for service and live.
const MINUTE = 60_000;

/** What of a class's row its clock reads. */
export interface ClassClock {
	closedAt: number | null;
	startedAt: number | null;
	timeLimitMinutes: number | null;
}

/**
 * When the time limit runs out; null with none, or before the first student joins: the clock starts
 * with the first student in, so a class can be set up ahead of the lesson.
 */
export const deadlineOf = (c: Omit<ClassClock, 'closedAt'>) =>
	c.timeLimitMinutes && c.startedAt !== null ? c.startedAt + c.timeLimitMinutes * MINUTE : null;

/** Whether the class is over at `now` (read only when the teacher has not closed it). */
export const isClosed = (c: ClassClock, now: () => number) =>
	c.closedAt !== null || (deadlineOf(c) ?? Infinity) <= now();
