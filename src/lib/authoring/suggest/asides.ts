// The writer's own bracketed asides: "(the council's budget was cut last year)".
import { overlapping } from './search';
import { type Article } from './article';
import type { FoundStatement } from './types';

/** A bracketed aside of the writer's, where it stands. */
interface Aside {
	statement: FoundStatement;
	at: number;
	p: number;
}

/**
 * Each bracketed aside of two words or more that is not an amount: "(about £3m)" is no statement.
 */
export function asides(article: Article): Aside[] {
	const found: Aside[] = [];
	for (const block of article.blocks) {
		const p = block.index;
		const masked = article.masked[p]!;
		for (const match of masked.matchAll(/\(([^()\uFFFC]{2,300})\)/gu)) {
			const inner = match[1]!.trim();
			const words = inner.split(/\s+/u);
			if (words.length < 2 || !/\p{L}/u.test(inner)) continue;
			if (/^(?:about|around|roughly|approximately|some)?\s*[\d.,£$€]/iu.test(inner)) continue;
			// Where the trimmed words start: after the bracket and any space.
			const at = match.index + 1 + (match[1]!.length - match[1]!.trimStart().length);
			found.push({
				statement: {
					content: inner,
					source: 'writer',
					cue: null,
					form: 'writer',
					sentences: overlapping(block.sentences, at, at + inner.length).map((s) => s.id)
				},
				at,
				p
			});
		}
	}
	return found;
}
