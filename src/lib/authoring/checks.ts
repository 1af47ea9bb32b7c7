// The words of statements the engine was unsure of, marked where they are in the article (for the
// page that adds a statement from the article), and confirming a statement, which settles the doubt.
import type { Paragraph } from '../content/sentences';
import type { DraftStatement } from './draft';

/** A sentence split around the words it holds; `marked` is empty when the words are not in it. */
export interface Marked {
	before: string;
	marked: string;
	after: string;
}

const WORDS_SHOWN = 12;

/** The first dozen words, so that a long quote does not fill the list. */
export function shortWords(text: string, max = WORDS_SHOWN): string {
	const words = text.trim().split(/\s+/u);
	return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')}…`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Finds words in a sentence as a reader would (any case, any spacing), to mark them there. Words
 * the teacher rewrote may not be in the sentence any more: then nothing is marked.
 */
export function markWords(sentence: string, words: string): Marked {
	const parts = words.trim().split(/\s+/u).filter(Boolean).map(escape);
	const found = parts.length > 0 ? new RegExp(parts.join('\\s+'), 'iu').exec(sentence) : null;
	if (!found) return { before: sentence, marked: '', after: '' };
	return {
		before: sentence.slice(0, found.index),
		marked: found[0],
		after: sentence.slice(found.index + found[0].length)
	};
}

/** A piece of a sentence, and whether it is words to check. */
export interface Segment {
	text: string;
	marked: boolean;
}

/**
 * Where the words of the statements to check are, sentence by sentence, as [start, end) offsets in
 * each sentence's text: words that run over two sentences are marked in both.
 */
export function checkRanges(
	statements: DraftStatement[],
	paragraphs: Paragraph[]
): Map<string, [number, number][]> {
	const texts = new Map(paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
	const ranges = new Map<string, [number, number][]>();
	for (const statement of statements) {
		if (statement.confidence !== 'check') continue;
		// The statement's sentences in the article's order, joined.
		const own = [...texts.keys()].filter((id) => statement.sentences.includes(id));
		const found = markWords(own.map((id) => texts.get(id)!).join(' '), statement.content);
		if (!found.marked) continue;
		const from = found.before.length;
		const to = from + found.marked.length;
		let at = 0;
		for (const id of own) {
			const length = texts.get(id)!.length;
			const start = Math.max(from - at, 0);
			const end = Math.min(to - at, length);
			if (start < end) ranges.set(id, [...(ranges.get(id) ?? []), [start, end]]);
			at += length + 1;
		}
	}
	return ranges;
}

/** A sentence cut into the words to mark and the rest (overlapping ranges marked once). */
export function segments(text: string, ranges: [number, number][] = []): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (end <= at) continue;
		if (start > at) out.push({ text: text.slice(at, start), marked: false });
		out.push({ text: text.slice(Math.max(start, at), end), marked: true });
		at = end;
	}
	if (at < text.length) out.push({ text: text.slice(at), marked: false });
	return out;
}

/** Confirming a statement, or choosing its speaker, settles the engine's doubt about it. */
export function confirmStatement(statement: DraftStatement): void {
	statement.confidence = 'sure';
	statement.reason = null;
}
