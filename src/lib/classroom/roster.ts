// The teacher's roster, a page at a time: which page and which search a dashboard shows, read from
// its address (the page's and its event stream's), and what a page of it holds. Shared by the
// server and the browser, so both read one contract.
import * as z from 'zod';

/** Students on one page of the roster: one dashboard message stays small however big the class. */
export const ROSTER_PAGE_SIZE = 50;
/** The longest search kept: a nickname is at most 24 characters. */
export const ROSTER_QUERY_MAX = 40;

export interface StudentRow {
	seatId: string;
	nickname: string;
	answered: number;
	score: number;
	evidenceScore: number;
	removed: boolean;
}

export interface RosterPage {
	rows: StudentRow[];
	/** The page shown (from 1), and how many there are (at least 1). */
	page: number;
	pages: number;
	/** Students the search matches (every student when there is none), removed ones included. */
	matching: number;
	/** The search as applied: trimmed, '' for none. */
	query: string;
}

/** Which page of the roster, and the search; anything unreadable falls back to the first page. */
export const RosterView = z.object({
	page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
	q: z
		.string()
		.catch('')
		.transform((q) => q.trim().slice(0, ROSTER_QUERY_MAX))
});
export type RosterView = z.infer<typeof RosterView>;

export const FIRST_PAGE: RosterView = { page: 1, q: '' };

/** The view named by an address's query string (`?page=3&q=sam`). */
export function rosterView(params: URLSearchParams): RosterView {
	return RosterView.parse({ page: params.get('page') ?? undefined, q: params.get('q') ?? '' });
}

/** The query string of a view, without the defaults: '' for the first page of everyone. */
export function rosterSearch(view: RosterView): string {
	const params = new URLSearchParams();
	if (view.q) params.set('q', view.q);
	if (view.page > 1) params.set('page', String(view.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}
