import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROSTER_QUERY_MAX, rosterSearch } from './roster';
import { rosterView } from './roster-view';

const view = (search: string) => rosterView(new URLSearchParams(search));

describe('roster view', () => {
	it('reads the page and the search from a query string', () => {
		expect(view('')).toEqual({ page: 1, q: '' });
		expect(view('page=3&q=%20sam%20')).toEqual({ page: 3, q: 'sam' });
	});

	it('falls back to the first page for anything that is not a page number', () => {
		for (const page of ['0', '-2', '1.5', 'two', '1e9', '']) {
			expect(view(`page=${page}`).page).toBe(1);
		}
	});

	it('keeps a search short', () => {
		expect(view(`q=${'a'.repeat(500)}`).q).toHaveLength(ROSTER_QUERY_MAX);
	});

	it('writes a view back as the query string it was read from', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1_000_000 }),
				fc.string({ maxLength: ROSTER_QUERY_MAX }),
				(page, q) => {
					const parsed = { page, q: q.trim() };
					expect(view(rosterSearch(parsed).slice(1))).toEqual(parsed);
				}
			)
		);
		expect(rosterSearch({ page: 1, q: '' })).toBe('');
	});
});
