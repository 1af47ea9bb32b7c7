// The play page: the article, the questions without answers, and the player's attempt if any.
import { splitArticle } from '$lib/content/sentences';
import { getApp } from '$lib/server/app';
import { ATTEMPT_COOKIE } from '$lib/server/attempt-cookie';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies, setHeaders }) => {
	const { quiz } = getApp();
	setHeaders({ 'cache-control': 'private, no-store' });
	const key = cookies.get(ATTEMPT_COOKIE);
	const state = key ? quiz.state(key) : undefined;
	return {
		title: quiz.pack.title,
		paragraphs: splitArticle(quiz.pack.text),
		questions: quiz.publicQuestions,
		resume: state && key ? { attemptKey: key, verdicts: state.verdicts } : null
	};
};
