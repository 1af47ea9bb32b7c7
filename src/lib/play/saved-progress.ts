// What the browser keeps between reloads: which question was on screen, the answer and citation
// being put together, and any answer still in flight.
import * as z from 'zod/mini';
import { MAX_CITED } from '../quiz/evidence';
import type { QuizInput } from './quiz-machine';

export const SAVED_PROGRESS_KEY = 'source-check:progress';

const Answer = z.union([z.string().check(z.maxLength(64)), z.number()]);

export const SavedProgress = z.object({
	attemptKey: z.string().check(z.maxLength(64)),
	index: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
	pending: z.nullable(Answer),
	// Older saves have neither: nothing chosen, nothing cited.
	draft: z._default(z.nullable(Answer), null),
	cited: z._default(z.array(z.string().check(z.maxLength(16))).check(z.maxLength(MAX_CITED)), [])
});
export type SavedProgress = z.infer<typeof SavedProgress>;

/** Reads saved progress for this attempt; anything unreadable or for another attempt is ignored. */
export function readSavedProgress(
	raw: string | null,
	attemptKey: string
): SavedProgress | undefined {
	if (!raw) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return undefined;
	}
	const parsed = SavedProgress.safeParse(data);
	return parsed.success && parsed.data.attemptKey === attemptKey ? parsed.data : undefined;
}

/** What a saved place changes in the game's input: nothing when the server's place is the same. */
export function resumeFrom(
	saved: SavedProgress | undefined,
	index: number
): Pick<QuizInput, 'index' | 'pending' | 'draft' | 'cited'> | undefined {
	if (!saved) return undefined;
	const unchanged =
		saved.index === index &&
		saved.pending === null &&
		saved.draft === null &&
		saved.cited.length === 0;
	return unchanged
		? undefined
		: { index: saved.index, pending: saved.pending, draft: saved.draft, cited: saved.cited };
}
