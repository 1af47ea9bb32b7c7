// The ruling question from an article: a body's decision about someone, and whom it penalised.
import type { Article } from '../suggest/article';
import type { GeneratedRuling, Suggestions } from '../suggest/types';

export function generateRuling(article: Article, suggestions: Suggestions): GeneratedRuling | null {
	void article;
	void suggestions;
	return null;
}
