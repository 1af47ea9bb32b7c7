// The projector view: the join code and the class's results, with no names on screen.
import { getApp } from '$lib/server/app';
import { teacherClass } from '$lib/server/teacher-class';
import { withoutNames } from '../without-names';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const classRow = teacherClass(params.secret);
	return {
		// Names must not reach the projector's page at all, not even in its hydration data.
		dashboard: withoutNames(getApp().classroom.dashboard(classRow)),
		joinUrl: new URL(`/join/${classRow.code}`, url.origin).href,
		secret: params.secret
	};
};
