// The timeline question from an article: how long one event came after another.
import type { Article } from '../suggest/article';
import type { GeneratedWait } from '../suggest/types';

export function generateWait(article: Article): GeneratedWait | null {
	void article;
	return null;
}
