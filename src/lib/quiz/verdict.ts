// The verdict the server sends for each answer; a zod/mini schema so the browser can check it cheaply.
import * as z from 'zod/mini';

export const GivenAnswerShape = z.union([z.string(), z.number()]);

export const Verdict = z.object({
	questionId: z.string(),
	correct: z.boolean(),
	points: z.number(),
	given: GivenAnswerShape,
	givenLabel: z.string(),
	answerLabel: z.string(),
	/** Every sentence in any evidence set; empty for "not in the article". */
	evidence: z.array(z.string()),
	related: z.array(z.string()),
	explanation: z.string(),
	/** The sentence ids the player cited, in article order. */
	cited: z.array(z.string()),
	/** How the citation was judged (evidence.ts); null when there was nothing to cite or none asked. */
	citation: z.nullable(
		z.enum(['counted', 'wrong-answer', 'none', 'incomplete', 'too-many'] as const)
	),
	/** The evidence point: 1 when the citation counted. */
	evidencePoints: z.number(),
	/** A wrong answer that believed something false or doubted something true (lapses.ts), or null. */
	lapse: z.nullable(z.enum(['believed-false', 'doubted-true']))
});
export type Verdict = z.infer<typeof Verdict>;
