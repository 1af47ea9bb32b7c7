import { describe, expect, it } from 'vitest';
import type { SentenceRange } from '../text';
import { endsWithComma, firstIndex, overlapping } from './search';

const sentence = (index: number, start: number, end: number): SentenceRange => ({
	id: `p1s${index + 1}`,
	index,
	paragraph: 0,
	start,
	end,
	text: ''
});

describe('search: lookups by position', () => {
	it.each([
		[[], 5, 0],
		[[1, 3, 5, 7], 0, 0],
		[[1, 3, 5, 7], 5, 2],
		[[1, 3, 5, 7], 6, 3],
		[[1, 3, 5, 7], 9, 4]
	])('firstIndex(%j, x < %d) is %d', (list, at, expected) => {
		expect(firstIndex(list, (x) => x < at)).toBe(expected);
	});

	it('finds the sentences that overlap a span', () => {
		const list = [sentence(0, 0, 10), sentence(1, 11, 20), sentence(2, 21, 30)];
		expect(overlapping(list, 5, 15).map((s) => s.id)).toEqual(['p1s1', 'p1s2']);
		expect(overlapping(list, 10, 11)).toEqual([]);
		expect(overlapping(list, 25, 99).map((s) => s.id)).toEqual(['p1s3']);
	});

	it.each([
		['Whitfield, ', 0, 11, true],
		['Whitfield,', 0, 10, true],
		['Whitfield ', 0, 10, false],
		[', x', 1, 3, false]
	])('endsWithComma(%j, %d, %d) is %s', (text, from, to, expected) => {
		expect(endsWithComma(text, from, to)).toBe(expected);
	});
});
