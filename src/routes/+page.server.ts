// The play page of the default article (the first built-in pack); see play-page.ts.
import { getApp } from '$lib/server/app';
import { loadPlayPage, startFromForm } from '$lib/server/pages/play-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadPlayPage(getApp().quiz, event);

export const actions: Actions = {
	start: (event) => startFromForm(getApp().quiz.pack.id, event)
};
