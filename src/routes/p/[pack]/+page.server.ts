// /p/<pack>: the play page of any stored article, built-in or written by a teacher; see play-page.ts.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { loadPlayPage, startFromForm } from '$lib/server/pages/play-page';
import type { Actions, PageServerLoad } from './$types';

const NO_PACK = 'There is no article at this address. Check the link, or choose one of ours.';

const quizFor = async (pack: string) => {
	const quiz = pack.length <= 64 ? await getApp().quizzes.byPack(pack) : undefined;
	if (!quiz) error(404, { message: NO_PACK });
	return quiz;
};

export const load: PageServerLoad = async (event) =>
	loadPlayPage(await quizFor(event.params.pack), event);

export const actions: Actions = {
	start: async (event) => startFromForm((await quizFor(event.params.pack)).pack.id, event)
};
