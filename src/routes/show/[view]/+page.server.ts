// The projector view: the join code and the class's results, with no names on screen.
import { getApp } from '$lib/server/app';
import { viewerClass } from './viewer-class';
import { withoutNames } from '$lib/server/http/without-names';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const classRow = await viewerClass(params.view);
	return {
		// Names must not reach the projector's page at all, not even in its hydration data.
		dashboard: withoutNames(await getApp().classroom.dashboard(classRow)),
		joinUrl: new URL(`/join/${classRow.code}`, url.origin).href,
		view: params.view
	};
};
