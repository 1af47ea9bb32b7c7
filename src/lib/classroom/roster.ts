// The teacher's roster, a page at a time: which page and which search a dashboard shows, read from
// its address (the page's and its event stream's), and what a page of it holds. Shared by the
// server and the browser. The rows' and pages' schemas are in contract/dashboard.ts; the zod reading
// of an address, for the server, is in roster-view.ts (zod here would reach every page's bundle).
/** Students on one page of the roster: one dashboard message stays small however big the class. */
export const ROSTER_PAGE_SIZE = 50;
/** The longest search kept: a nickname is at most 24 characters. */
export const ROSTER_QUERY_MAX = 40;

export type { RosterPage, StudentRow } from '../contract/dashboard';

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
