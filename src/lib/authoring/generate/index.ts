// Quiz generation: from an article read by the suggestion engine, the items a teacher would otherwise
// write by hand — claims to judge, doctored quotes, a ruling and a wait — each with the sentences that
// settle it and the engine's confidence. Pure TypeScript, run with the suggestions (suggestQuiz).
import type { Article } from '../suggest/article';
import type { GeneratedQuiz, Suggestions } from '../suggest/types';
import { generateClaims } from './claims';
import { doctoredQuotes } from './doctored';

/** Every item the article allows, in the pack's field names. */
export function generateQuiz(article: Article, suggestions: Suggestions): GeneratedQuiz {
	const text = article.blocks.map((b) => b.text).join('\n\n');
	return {
		claims: generateClaims(article, suggestions, text),
		decoys: doctoredQuotes(text, suggestions.statements, suggestions.sources),
		ruling: null,
		wait: null
	};
}
