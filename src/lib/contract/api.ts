// What the quiz API replies, for the server and the browser (zod/mini: the play page carries it).
import * as z from 'zod/mini';
import { Verdict } from '../quiz/verdict';

/** POST /api/attempts: the new attempt's private key and its public id. */
export const Created = z.object({
	attemptKey: z.string(),
	publicId: z.string(),
	total: z.number()
});
export type Created = z.infer<typeof Created>;

/** Any refusal: a sentence a person can act on. */
export const Problem = z.object({ error: z.string() });
export type Problem = z.infer<typeof Problem>;

/** 409 to an answer already on record: the verdict it got then. */
export const Conflict = z.object({ error: z.string(), verdict: Verdict });

/** A class answer taken while results wait for the end. */
export const Withheld = z.object({ questionId: z.string(), withheld: z.literal(true) });
export type Withheld = z.infer<typeof Withheld>;
