// Finds the quoted stretches of a paragraph: “curly”, "straight" or ‘single’ quotes, including a quote
// left open at the end of a paragraph (it carries on in the next one) and a stray opening mark in
// the middle of a quote (it starts a new quote rather than swallowing the paragraph).

export interface QuoteSpan {
	/** Index of the opening mark in the paragraph. */
	open: number;
	/** Index of the closing mark, or null when the quote runs to the end of the paragraph or is cut off by a stray opening mark. */
	close: number | null;
	/** The quoted words: [start, end) in the paragraph, without the marks or a trailing comma. */
	start: number;
	end: number;
	text: string;
}

export type QuoteStyle = 'double' | 'single';

/** Double quotes when the article has any; otherwise single quotes when it opens any. */
export function quoteStyle(article: string): QuoteStyle {
	if (/["\u201c\u201d\u201e\u00ab\u00bb]/u.test(article)) return 'double';
	return /(?:^|[\s([\u2014\u2013])[\u2018'](?=[\p{L}\p{N}])/mu.test(article) ? 'single' : 'double';
}

type Mark = 'open' | 'close' | 'either';

const SPACE = /\s/u;
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013-]/u;

function classify(paragraph: string, i: number, style: QuoteStyle): Mark | undefined {
	const c = paragraph[i]!;
	const prev = i > 0 ? paragraph[i - 1]! : '';
	const next = i + 1 < paragraph.length ? paragraph[i + 1]! : '';
	const canOpen = (prev === '' || OPENS_AFTER.test(prev)) && next !== '' && !SPACE.test(next);
	const canClose = prev !== '' && !SPACE.test(prev) && (next === '' || CLOSES_BEFORE.test(next));
	if (style === 'double') {
		if (c === '\u201c' || c === '\u201e' || c === '\u00ab') return 'open';
		if (c === '\u201d' || c === '\u00bb') return 'close';
		if (c !== '"') return undefined;
		if (canOpen && !canClose) return 'open';
		if (canClose && !canOpen) return 'close';
		return 'either';
	}
	if (c !== '\u2018' && c !== '\u2019' && c !== "'") return undefined;
	if (c === '\u2018') return canOpen || prev === '' ? 'open' : undefined;
	if (!canClose) return c === "'" && canOpen ? 'open' : undefined;
	// "the residents’ group": a plural possessive, not the end of a quote.
	if (/[sS]/u.test(prev) && /^\s+\p{Ll}/u.test(paragraph.slice(i + 1, i + 3))) return undefined;
	return 'close';
}

function span(paragraph: string, open: number, close: number | null, stop: number): QuoteSpan {
	let start = open + 1;
	let end = stop;
	while (start < end && SPACE.test(paragraph[start]!)) start++;
	while (end > start && /[\s,]/u.test(paragraph[end - 1]!)) end--;
	return { open, close, start, end, text: paragraph.slice(start, end) };
}

export function findQuotes(paragraph: string, style: QuoteStyle): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let openAt: number | null = null;
	// Single quotes opened inside the double quote open now, so that a ’ closes them, not it.
	let singles = 0;
	for (let i = 0; i < paragraph.length; i++) {
		if (style === 'double' && openAt !== null && paragraph[i] === '\u2018') singles++;
		if (
			style === 'double' &&
			openAt !== null &&
			paragraph[i] === '\u2019' &&
			/[.!?]/u.test(paragraph[i - 1] ?? '')
		) {
			// “Let’s go. We can stop it.’ Schumer was there": a double quote closed by a single mark
			// by mistake, a sentence ending before it and another starting after it, ends there.
			if (singles > 0) singles--;
			else if (/^\s+\p{Lu}/u.test(paragraph.slice(i + 1, i + 3))) {
				spans.push(span(paragraph, openAt, i, i));
				openAt = null;
				continue;
			}
		}
		const mark = classify(paragraph, i, style);
		if (!mark) continue;
		if (openAt === null) singles = 0;
		if (openAt === null) {
			if (mark !== 'close') openAt = i;
			// A closing mark with no quote open is a stray: ignored.
		} else if (mark === 'open') {
			// A stray opening mark inside a quote: the quote before it ends there, a new one starts.
			spans.push(span(paragraph, openAt, null, i));
			openAt = i;
		} else {
			spans.push(span(paragraph, openAt, i, i));
			openAt = null;
		}
	}
	if (openAt !== null) spans.push(span(paragraph, openAt, null, paragraph.length));
	if (style === 'double') spans.push(...curlySingles(paragraph, spans));
	return spans.filter((s) => /[\p{L}\p{N}]/u.test(s.text)).sort((a, b) => a.open - b.open);
}

/** The most words a curly single quote outside double quotes is read for: a phrase, not a speech. */
const SINGLE_WORDS = 12;

/**
 * In an article of double quotes, a few words in curly single quotes outside them: "the government
 * was ‘deeply disappointed’". Only an opening ‘ (never an apostrophe) and a ’ that can close, in
 * one clause.
 */
function curlySingles(paragraph: string, doubles: QuoteSpan[]): QuoteSpan[] {
	const out: QuoteSpan[] = [];
	if (!paragraph.includes('\u2018')) return out;
	// Where the double quotes are, marked once: a paragraph of thousands of quotes stays linear.
	const marked = new Uint8Array(paragraph.length + 1);
	for (const d of doubles) marked.fill(1, d.open, (d.close ?? paragraph.length) + 1);
	const inside = (i: number) => marked[i] === 1;
	for (let i = paragraph.indexOf('\u2018'); i >= 0; i = paragraph.indexOf('\u2018', i + 1)) {
		if (inside(i) || classify(paragraph, i, 'single') !== 'open') continue;
		for (let j = i + 1; j < paragraph.length && j - i < 120; j++) {
			const c = paragraph[j]!;
			if (c === '\u2018' || /["\u201c\u201d;]/u.test(c) || inside(j)) break;
			if (c !== '\u2019' || classify(paragraph, j, 'single') !== 'close') continue;
			const found = span(paragraph, i, j, j);
			if (found.text.split(/\s+/u).length <= SINGLE_WORDS) out.push(found);
			i = j;
			break;
		}
	}
	return out;
}
