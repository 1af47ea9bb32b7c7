// The teacher's roster, a page at a time: which page and which search a dashboard shows, read from
// its address (the page's and its event stream's), and what a page of it holds. Shared by the
// server and the browser, so both read one contract (its zod reading, for the server, is in
// roster-view.ts: zod in this module would reach every page's bundle).
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

/** Which page of the roster, and the search (read from an address by roster-view.ts). */
export interface RosterView {
	page: number;
	q: string;
}

export const FIRST_PAGE: RosterView = { page: 1, q: '' };

/** The query string of a view, without the defaults: '' for the first page of everyone. */
export function rosterSearch(view: RosterView): string {
	const params = new URLSearchParams();
	if (view.q) params.set('q', view.q);
	if (view.page > 1) params.set('page', String(view.page));
	const text = params.toString();
	return text ? `?${text}` : '';
}
