// Reads a roster view (which page, which search) from an address, with zod: the server's side of
// roster.ts, kept apart so the browser's bundle does not carry zod.
import * as z from 'zod';
import { ROSTER_QUERY_MAX, type RosterView as View } from './roster';

/** Anything unreadable falls back to the first page, and to no search. */
export const RosterView = z.object({
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
	q: z
		.string()
		.catch('')
		.transform((q) => q.trim().slice(0, ROSTER_QUERY_MAX))
}) satisfies z.ZodType<View, unknown>;

/** The view named by an address's query string (`?page=3&q=sam`). */
export function rosterView(params: URLSearchParams): View {
	return RosterView.parse({ page: params.get('page') ?? undefined, q: params.get('q') ?? '' });
}
