// The play page: the article, the questions without answers, the player's attempt if any, and the
// friend's score when the player came from (or started from) a share link.
import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { replyToStart } from '$lib/server/api-replies';
import { ATTEMPT_COOKIE, rememberKey, requestIsHttps } from '$lib/server/cookies';
import { readForm } from '$lib/server/read-form';
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
	start: async ({ cookies, request, url, getClientAddress }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const challenge = read.form.get('challenge');
		const app = getApp();
		const address = getClientAddress();
		let started = replyToStart(
			app,
			typeof challenge === 'string' && challenge ? { challenge } : {},
			address
		);
		// A challenge id that is not one: a plain round rather than none.
		if (started.reply.status === 400) started = replyToStart(app, {}, address);
		if (!started.attempt) {
			const { error } = started.reply.body as { error: string };
			return fail(started.reply.status, { message: error });
		}
		const secure = requestIsHttps(
			app.env,
			(name) => request.headers.get(name),
			url.protocol === 'https:'
		);
		rememberKey(cookies, ATTEMPT_COOKIE, started.attempt.key, secure);
		redirect(303, '/');
	}
};
