// Small text helpers for the suggestion engine: paragraphs with sentence offsets, word tokens, slugs.
import { paragraphTexts, splitArticle } from '../content/sentences';

export interface SentenceRange {
	id: string;
	/** Position in the whole article, for "how many sentences back". */
	index: number;
	paragraph: number;
	start: number;
	end: number;
	text: string;
}

export interface Block {
	index: number;
	/** The paragraph as splitArticle sees it: line breaks inside it become single spaces. */
	text: string;
	sentences: SentenceRange[];
}

/** The article's paragraphs, each with where its sentences start and end in it. */
export function blocks(article: string): Block[] {
	let index = 0;
	const paragraphs = splitArticle(article);
	const texts = paragraphTexts(article);
	return paragraphs.map((paragraph, p) => {
		const text = texts[p] ?? paragraph.sentences.map((s) => s.text).join(' ');
		let from = 0;
		const sentences = paragraph.sentences.map((sentence) => {
			const found = text.indexOf(sentence.text, from);
			const start = found < 0 ? from : found;
			const end = start + sentence.text.length;
			from = end;
			return {
				id: sentence.id,
				index: index++,
				paragraph: p,
				start,
				end,
				text: sentence.text
			};
		});
		return { index: p, text, sentences };
	});
}

export interface Token {
	text: string;
	/** Without a possessive "'s" and without a full stop, with a straight apostrophe. */
	bare: string;
	lower: string;
	start: number;
	end: number;
	capital: boolean;
	possessive: boolean;
	/** Only spaces between this token and the one before it. */
	joined: boolean;
	/** A plural's apostrophe right after it, then spaces ("Bakers’ Union"): the apostrophe. */
	pluralPossessive?: string;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2010\u00ad-][\p{L}\p{N}]+)*\.?/gu;
/** Abbreviated titles keep their full stop: "Rep. Maya Brooks" is one run of capitals, not two. */
const KEEP_DOT =
	/^(?:[A-Z]|Dr|Prof|Mr|Mrs|Ms|Mx|St|Capt|Gen|Sgt|Lt|Col|Maj|Rev|Sen|Sens|Rep|Reps|Gov|Supt|Insp|Det|Cllr|Fr|Hon|Atty|Adm|Cmdr|Amb|Jr|Sr)\.$/u;

export function tokens(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	const slice = text.slice(from, to);
	let previousEnd = 0;
	for (const match of slice.matchAll(WORD)) {
		let word = match[0];
		let start = match.index;
		if (word.endsWith('.') && !KEEP_DOT.test(word)) word = word.slice(0, -1);
		const gap = slice.slice(previousEnd, start);
		// "Bakers’ Union": the apostrophe of a plural in the gap after it.
		const last = out[out.length - 1];
		if (last && /^['\u2019]\s+$/u.test(gap) && /s$/iu.test(last.text))
			last.pluralPossessive = gap[0];
		const possessive = /['\u2019]s$/u.test(word);
		// One apostrophe: "O’Neill" and "O'Neill" are one name.
		const bare = (possessive ? word.slice(0, -2) : word)
			.replace(/\.$/u, '')
			.replace(/\u2019/gu, "'");
		start += from;
		out.push({
			text: word,
			bare,
			lower: bare.toLowerCase(),
			start,
			end: start + word.length,
			capital: /^\p{Lu}/u.test(word),
			possessive,
			// "G.K. Butterfield": initials written without a space are joined too.
			joined:
				out.length > 0 &&
				// A soft hyphen or a zero-width space is no break: "Doug \u00adAndres".
				(/^[\s\u00ad\u200b-\u200d\ufeff]+$/u.test(gap) ||
					(gap === '' && /^\p{Lu}\.$/u.test(out[out.length - 1]!.text)))
		});
		previousEnd = match.index + word.length;
	}
	return out;
}

/** "Priya Natarajan" → "natarajan"-style ids that fit the pack schema's slug rule. */
export function slug(text: string): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['\u2019]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return /^[a-z]/.test(s) ? s : `source${s ? `-${s}` : ''}`;
}

/** The same words, whatever the quotes, dashes and spacing (as the pack schema compares them). */
export function wordsOf(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019']/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter((w) => w.length > 0);
}
