// Quiz generation: from an article read by the suggestion engine, the items a teacher would otherwise
// write by hand — claims to judge, doctored quotes, a ruling and a wait — each with the sentences that
// settle it and the engine's confidence. Pure TypeScript, run with the suggestions (suggestQuiz).
import type { Article } from '../suggest/article';
import type { GeneratedQuiz, SuggestedSource, Suggestions } from '../suggest/types';
import { generateClaims } from './claims';
import { decisionFact } from './decision';
import { doctoredQuotes } from './doctored';
import { generateRuling } from './ruling';
import { generateWait } from './timeline';

/**
 * Every item the article allows, in the pack's field names, and the sources with the ruling's body
 * when it never speaks (it is then a source only for the ruling, before the writer).
 */
export function generateQuiz(
	article: Article,
	suggestions: Suggestions
): GeneratedQuiz & { sources: SuggestedSource[] } {
	const text = article.blocks.map((b) => b.text).join('\n\n');
	const ruling = generateRuling(article, suggestions);
	const sources = ruling?.newSource
		? [
				...suggestions.sources.filter((s) => s.kind !== 'writer'),
				ruling.newSource,
				...suggestions.sources.filter((s) => s.kind === 'writer')
			]
		: suggestions.sources;
	const decision =
		ruling &&
		decisionFact(
			article,
			ruling.ruling,
			sources.find((s) => s.id === ruling.ruling.body)?.label ?? '',
			ruling.ruling.penalised.map((id) => sources.find((s) => s.id === id)?.label ?? ''),
			sources.filter((s) => s.kind === 'person').map((s) => s.label)
		);
	return {
		sources,
		claims: generateClaims(article, suggestions, text, decision ? [decision] : []),
		decoys: doctoredQuotes(text, suggestions.statements, suggestions.sources),
		ruling: ruling?.ruling ?? null,
		wait: generateWait(article)
	};
}
