// What the browser keeps between reloads: which question was on screen and any answer still in flight.
import * as z from 'zod/mini';

export const SAVED_PROGRESS_KEY = 'source-check:progress';

export const SavedProgress = z.object({
	attemptKey: z.string().check(z.maxLength(64)),
	index: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
	pending: z.nullable(z.union([z.string().check(z.maxLength(64)), z.number()]))
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
