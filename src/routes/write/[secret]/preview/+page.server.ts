// /write/<secret>/preview: the saved draft played as the real game, before it is published. The
// draft is stored as a version of the pack that its play link does not play.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { previewVersion } from '$lib/server/authoring';
import { EDIT_LINK_HEADERS } from '$lib/server/edit-link';
import { loadPlayPage } from '$lib/server/play-page';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	const app = getApp();
	const preview = previewVersion(app, event.params.secret);
	if (!preview)
		error(404, {
			message: 'There is no draft at this link. Check that you copied the whole edit link.'
		});
	const editPath = `/write/${event.params.secret}`;
	if (!preview.ok) return { ready: false as const, editPath, errors: preview.errors };
	const quiz = app.quizzes.byVersion(preview.version)!;
	const play = loadPlayPage(quiz, event);
	event.setHeaders({
		'referrer-policy': EDIT_LINK_HEADERS['referrer-policy'],
		'x-robots-tag': EDIT_LINK_HEADERS['x-robots-tag']
	});
	return { ready: true as const, editPath, play: { ...play, version: preview.version } };
};
