// Stage 1, sentences and quotes: the article read into paragraphs with their sentences, each
// paragraph's quote spans, the paragraph with its quotes blanked out, and its tokens.
import { findQuotes, quoteStyle } from '../quotes';
import { blocks, tokens } from '../text';
import type { Article, Quote } from './article';
import { overlapping } from './search';
import { transcriptTurns } from './transcript';

/** What a quote's characters become in the masked paragraph: names inside quotes are not mentions. */
const MASK = '\uFFFC';

/**
 * A wire dateline opening a paragraph: a place in capitals, perhaps a date or state after a comma
 * and the agency in brackets, then a dash ("WASHINGTON (AP) —", "PORT ELLIS, March 3 (Reuters) -").
 */
const DATELINE =
	/^\s*\p{Lu}[\p{Lu}.'\u2019-]+(?:\s+\p{Lu}[\p{Lu}.'\u2019-]*){0,5}(?:,\s+[\p{L}.]+(?:\s+[\p{L}\d.]+){0,2})?\s*(?:\([^()\n]{1,40}\)\s*)?[\u2015\u2014\u2013-]{1,2}\s/u;

/**
 * A heading in capitals run into the paragraph's first sentence, as news digests print them
 * ("RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee refused …"): three
 * words in capitals or more, then a word in ordinary case.
 */
const HEADING = /^\s*(?:\p{Lu}[\p{Lu}\d.'\u2019:,-]*\s+){3,}(?=\p{Lu}\p{Ll})/u;

/** The paragraph with its dateline or heading blanked out: a place, an agency or a title, never a speaker. */
function blankDateline(text: string): string {
	const dateline = DATELINE.exec(text) ?? HEADING.exec(text);
	return dateline ? ' '.repeat(dateline[0].length) + text.slice(dateline[0].length) : text;
}

/** The article read and quoted, with empty indexes for the stages that come after. */
export function readArticle(text: string): Article {
	const paragraphs = blocks(text);
	const style = quoteStyle(text);
	const turns = transcriptTurns(paragraphs);
	const quotes: Quote[][] = paragraphs.map((block) =>
		// Written out rather than spread ({ ...span, … }): V8 made those objects slow to build, 40 ms
		// for the 6,000 quotes a 20,000-character paragraph can hold.
		findQuotes(block.text, style).map((span, order) => ({
			open: span.open,
			close: span.close,
			start: span.start,
			end: span.end,
			text: span.text,
			paragraph: block.index,
			order,
			sentences: overlapping(block.sentences, span.start, span.end),
			embedded: false,
			cue: null
		}))
	);
	// A transcript's turn ("BROOKS: It is safe.") is one quote of the words after its heading.
	for (const [p, turn] of turns) {
		const block = paragraphs[p]!;
		const end = block.text.trimEnd().length;
		quotes[p] = [
			{
				open: turn.start - 1,
				close: null,
				start: turn.start,
				end,
				text: block.text.slice(turn.start, end),
				paragraph: p,
				order: 0,
				sentences: overlapping(block.sentences, turn.start, end),
				embedded: false,
				cue: null,
				turn: turn.heading
			}
		];
	}
	// The paragraph with every quote blanked out: names inside quotes are not mentions.
	const masked = paragraphs.map((block, p) => {
		const parts: string[] = [];
		let at = 0;
		for (const q of quotes[p]!) {
			const to = q.close === null ? q.end : q.close + 1;
			parts.push(block.text.slice(at, q.open), MASK.repeat(to - q.open));
			at = to;
		}
		parts.push(block.text.slice(at));
		return blankDateline(parts.join(''));
	});
	return {
		blocks: paragraphs,
		masked,
		quotes,
		toks: masked.map((m) => tokens(m)),
		sentenceList: paragraphs.flatMap((b) => b.sentences),
		entities: [],
		mentions: new Map(),
		byParagraph: new Map(),
		unresolved: new Set(),
		byName: new Map(),
		byFull: new Map(),
		bodies: new Map(),
		lastMention: new Map(),
		commas: new Map(),
		adverbialChunks: new Map(),
		groupNouns: new Map(),
		apposed: new Map(),
		namesNoun: new Map()
	};
}
