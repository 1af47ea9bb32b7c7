// Cleaning text that people type and others see (nicknames, class titles): nothing that could hide
// text, reorder it on another screen, render blank or smear over the lines around it.
import * as z from 'zod';

/** Line breaks and other spaces become one space; control, formatting (bidi, zero-width) and
 * separator characters go. */
export function cleanText(raw: string): string {
	return (
		raw
			// Formatting first: U+FEFF counts as a space in JavaScript but shows as nothing.
			.replace(/\p{Cf}/gu, '')
			.replace(/[\s\p{Zl}\p{Zp}]+/gu, ' ')
			.replace(/\p{Cc}/gu, '')
			.replace(/ {2,}/g, ' ')
			.trim()
	);
}

/**
 * The same cleaning for a text of several paragraphs (an article): its line breaks and spacing are
 * kept, as sentence ids are counted from them; only what is hidden or not text goes.
 */
export function cleanParagraphs(raw: string): string {
	return (
		raw
			.replace(/\p{Cf}/gu, '')
			// Every control character but tab, line feed and carriage return.
			.replace(/[^\P{Cc}\t\n\r]/gu, '')
			.trim()
	);
}

/** Letters that render as nothing: the Hangul fillers and the blank braille pattern. */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** True when nothing would show: only spaces, blank-looking letters and combining marks. */
export function isBlank(text: string): boolean {
	return text.replace(BLANK_LETTERS, '').replace(/[\s\p{M}]/gu, '') === '';
}

/** More than this many combining marks on one letter is "Zalgo" text that smears over others. */
export const MAX_MARKS_PER_LETTER = 2;

export function hasStackedMarks(text: string): boolean {
	return new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1},}`, 'u').test(text);
}

/** Length in characters (code points), as a person counts them, not UTF-16 units. */
export const charLength = (s: string) => [...s].length;

/** A zod string, cleaned, refused when blank, too long or with stacked marks, each with a message. */
export function visibleText(
	messages: { blank: string; tooLong: string; stacked: string },
	max: number
) {
	return z
		.string({ error: messages.blank })
		.transform(cleanText)
		.refine((s) => !isBlank(s), { error: messages.blank })
		.refine((s) => charLength(s) <= max, { error: messages.tooLong })
		.refine((s) => !hasStackedMarks(s), { error: messages.stacked });
}
