// /write/<secret>/preview: the saved draft played as the real game, before it is published. The
// draft is stored as a version of the pack that its play link does not play, and a round on it is
// started here (the play page itself only ever starts a pack's current version), marked as the
// author's preview: it is no play, so the next preview replaces this one.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { previewVersion } from '$lib/server/services/authoring';
import {
	ATTEMPT_COOKIE,
	attemptKeyWhere,
	rememberKey,
	requestIsHttps,
	withAttemptKey
} from '$lib/server/http/cookies';
import { EDIT_LINK_HEADERS } from '../edit-link';
import { loadPlayPage } from '$lib/server/pages/play-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const { cookies, request, url, getClientAddress, params, setHeaders } = event;
	const app = getApp();
	// Each preview reads and checks the draft and may store a version: counted like a save.
	const allowed = app.limits.draftSaves.take(getClientAddress());
	if (!allowed.ok)
		error(429, { message: 'Too many previews from this address: try again in a minute.' });
	const preview = await previewVersion(app, params.secret);
	if (!preview)
		error(404, {
			message: 'There is no draft at this link. Check that you copied the whole edit link.'
		});
	const editPath = `/write/${params.secret}`;
	if (!preview.ok) return { ready: false as const, editPath, errors: preview.errors };
	const quiz = (await app.quizzes.byVersion(preview.version))!;
	const cookie = cookies.get(ATTEMPT_COOKIE);
	if (!(await attemptKeyWhere(cookie, (k) => quiz.attempt(k)))) {
		const allowed = app.limits.attempts.take(getClientAddress());
		if (!allowed.ok)
			error(429, { message: 'Too many new quizzes from this address: try again in a minute.' });
		const { key } = await quiz.startPreview();
		const secure = requestIsHttps(
			app.env,
			(h) => request.headers.get(h),
			url.protocol === 'https:'
		);
		rememberKey(cookies, ATTEMPT_COOKIE, withAttemptKey(cookie, key), secure);
		// loadPlayPage reads the cookie through `cookies`, which gives what was set in this request.
	}
	const play = await loadPlayPage(quiz, event);
	setHeaders({
		'referrer-policy': EDIT_LINK_HEADERS['referrer-policy'],
		'x-robots-tag': EDIT_LINK_HEADERS['x-robots-tag']
	});
	return { ready: true as const, editPath, play };
};
