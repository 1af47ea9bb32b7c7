// The play page: the article, the questions without answers, the player's attempt if any, and the
// friend's score when the player came from (or started from) a share link.
import { getApp } from '$lib/server/app';
import { ATTEMPT_COOKIE } from '$lib/server/cookies';
import { challengeScore } from '$lib/server/share';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies, setHeaders, url }) => {
	const { quiz } = getApp();
	setHeaders({ 'cache-control': 'private, no-store' });
	const key = cookies.get(ATTEMPT_COOKIE);
	const state = key ? quiz.state(key) : undefined;
	const challenge =
		challengeScore(quiz, state?.attempt.challenge) ??
		challengeScore(quiz, url.searchParams.get('challenge'));
	return {
		title: quiz.pack.title,
		topic: quiz.pack.topic,
		paragraphs: quiz.paragraphs,
		questions: quiz.publicQuestions,
		resume:
			state && key
				? { attemptKey: key, publicId: state.attempt.publicId, verdicts: state.verdicts }
				: null,
		challenge
	};
};
