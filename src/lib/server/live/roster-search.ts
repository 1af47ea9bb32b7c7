// One page of a kept roster; a search is scanned once, not again on each key a teacher types.
import type { RosterPage, RosterView, StudentRow } from '../../classroom/roster';
import type { KeptDashboard } from './kept-dashboard';

/** Searches of one roster remembered at once (a teacher types a few). */
const SEARCHES_KEPT = 8;

/**
 * One page of the roster, in join order; with a search, of the students whose nickname contains it
 * in any case. A page past the end shows the last one.
 */
export function rosterOf(kept: KeptDashboard, view: RosterView, size: number): RosterPage {
	const needle = view.q.toLowerCase();
	let matching = kept.students.length;
	let rowAt = (i: number) => kept.students[i]!;
	if (needle) {
		let search = kept.searches.get(needle);
		if (!search) {
			search = { seen: 0, matches: [] };
			if (kept.searches.size >= SEARCHES_KEPT) {
				kept.searches.delete(kept.searches.keys().next().value!);
			}
			kept.searches.set(needle, search);
		}
		for (; search.seen < kept.students.length; search.seen++) {
			if (kept.students[search.seen]!.nickname.toLowerCase().includes(needle)) {
				search.matches.push(search.seen);
			}
		}
		const { matches } = search;
		matching = matches.length;
		rowAt = (i) => kept.students[matches[i]!]!;
	}
	const pages = Math.max(1, Math.ceil(matching / size));
	const page = Math.min(view.page, pages);
	const rows: StudentRow[] = [];
	for (let i = (page - 1) * size; i < Math.min(page * size, matching); i++) rows.push(rowAt(i));
	return { rows, page, pages, matching, query: view.q };
}
