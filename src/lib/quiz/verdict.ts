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
	explanation: z.string()
});
export type Verdict = z.infer<typeof Verdict>;
