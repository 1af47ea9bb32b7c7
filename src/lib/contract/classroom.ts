// A class's settings and what a student's screen receives (its view, its live pace): one contract.
import * as z from 'zod/mini';

const count = z.number().check(z.int(), z.nonnegative());

/** How a class moves through the questions: each student alone, or as the teacher opens them. */
export const Pacing = z.enum(['self', 'teacher']);
export type Pacing = z.infer<typeof Pacing>;

/** When students see right or wrong: after each answer, or once the class is closed. */
export const FeedbackMode = z.enum(['each', 'end']);
export type FeedbackMode = z.infer<typeof FeedbackMode>;

/**
 * One message of a student's live stream (/class/CODE/events): how many questions are open and
 * whether the class is over, or that the teacher removed this seat.
 */
export const PaceUpdate = z.union([
	z.object({ openQuestions: count, closed: z.boolean() }),
	z.object({ removed: z.literal(true) })
]);
export type PaceUpdate = z.infer<typeof PaceUpdate>;

/** A stream message as text: its pace update, or undefined when it is not one. */
export function parsePaceUpdate(data: string): PaceUpdate | undefined {
	try {
		const parsed = PaceUpdate.safeParse(JSON.parse(data));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}
