// Lookups by position in sorted lists (binary searches) and small scans that keep the engine linear.
import type { SentenceRange } from '../text';

/**
 * The first index of a sorted list at which `before` stops holding (a binary search). Every lookup
 * by position goes through it: scanning a long paragraph's tokens, sentences, quotes or mentions
 * again for each word made one call on 20,000 characters take seconds.
 */
export function firstIndex<T>(list: readonly T[], before: (item: T) => boolean): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(list[mid]!)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The sentences (in order, disjoint) that overlap [start, end). */
export function overlapping(list: SentenceRange[], start: number, end: number): SentenceRange[] {
	const out: SentenceRange[] = [];
	for (let i = firstIndex(list, (s) => s.end <= start); i < list.length; i++) {
		if (list[i]!.start >= end) break;
		out.push(list[i]!);
	}
	return out;
}

export const SPACE = /\s/u;

/** Whether text[from, to) ends in a comma and white space: /,\s*$/, read backwards from `to`. */
export function endsWithComma(text: string, from: number, to: number): boolean {
	let i = to;
	while (i > from && SPACE.test(text[i - 1]!)) i--;
	return i > from && text[i - 1] === ',';
}
