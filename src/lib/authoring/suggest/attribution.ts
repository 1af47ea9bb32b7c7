// Stage 5, attribution: the sieve that gives each quote its speaker (a cue, then the quote before,
// then the person the paragraph before was about).
import { type Article, type Quote } from './article';
import { resolve } from './coreference';
import { cueAbove, cueAfter, cueBefore, isEmbedded } from './cues';

/** The sieve: each quote's speaker, cue and rule, and where the verbs that cued a quote are. */
export function attribute(article: Article): { cueVerbs: Set<string> } {
	const cueVerbs = new Set<string>();
	let previous: Quote | undefined;
	for (const [p, quotes] of article.quotes.entries()) {
		let inParagraph: Quote | undefined;
		for (const q of quotes) {
			q.embedded = isEmbedded(article, q);
			// 1–2. A cue next to the quote: a name, or a pronoun or epithet resolved to a person.
			const cue =
				cueAfter(article, q) ??
				(q.embedded ? undefined : (cueBefore(article, q) ?? cueAbove(article, q)));
			if (cue) {
				q.speaker = cue.speaker;
				q.cue = cue.cue;
				q.rule = 'cue';
				cueVerbs.add(`${p}:${cue.verbAt}`);
			}
			if (q.embedded) continue;
			if (!q.rule && inParagraph?.speaker) {
				// 3. No cue: the speaker of the quote before it in the paragraph…
				q.speaker = inParagraph.speaker;
				q.cue = inParagraph.cue;
				q.rule = 'continuation';
			} else if (!q.rule && !inParagraph && previous?.speaker && previous.paragraph === p - 1) {
				// …or, for a paragraph that opens with a quote, of the last quote before it.
				q.speaker = previous.speaker;
				q.rule = 'continuation';
			} else if (!q.rule && !inParagraph && q.open <= 1 && p > 0) {
				// 4. The person the paragraph before was about.
				const last = article.blocks[p - 1]!.sentences.at(-1)!;
				const entity = resolve(
					article,
					last.index,
					Number.MAX_SAFE_INTEGER,
					(e) => e.kind === 'person'
				);
				if (entity) {
					q.speaker = entity;
					q.rule = 'mention';
				}
			}
			inParagraph = q;
			previous = q;
		}
		// A cue later in the paragraph also reaches back to its uncued quotes before it.
		for (let k = quotes.length - 2; k >= 0; k--) {
			const q = quotes[k]!;
			const next = quotes[k + 1]!;
			if (!q.embedded && !q.rule && next.speaker && next.rule === 'cue') {
				q.speaker = next.speaker;
				q.cue = next.cue;
				q.rule = 'continuation';
			}
		}
	}
	return { cueVerbs };
}
