// The play page: the article, the questions without answers, the player's attempt if any, and the
// friend's score when the player came from (or started from) a share link.
import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { replyToStart } from '$lib/server/api-replies';
import { ATTEMPT_COOKIE, rememberKey } from '$lib/server/cookies';
import { challengeScore } from '$lib/server/share';
import type { Actions, PageServerLoad } from './$types';

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

export const actions: Actions = {
	// Start pressed before the page's JavaScript ran (a slow phone): the form posts here, the attempt
	// starts server-side, and the page it redirects to resumes it (the attempt cookie).
	start: async ({ cookies, request, url }) => {
		const challenge = (await request.formData()).get('challenge');
		const body = typeof challenge === 'string' && challenge ? { challenge } : {};
		const { attempt } = replyToStart(getApp(), body);
		const started = attempt ?? replyToStart(getApp(), {}).attempt!;
		rememberKey(cookies, ATTEMPT_COOKIE, started.key, url.protocol === 'https:');
		redirect(303, '/');
	}
};
