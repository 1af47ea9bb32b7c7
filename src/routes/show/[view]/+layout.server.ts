// The projector and the debrief, shown to the class: opened by their own read-only link.
import type { LayoutServerLoad } from './$types';
import { viewerClass } from './viewer-class';

export const load: LayoutServerLoad = async ({ params, setHeaders }) => {
	// Like the teacher pages: the link's secret stays on this site, out of indexes and caches.
	setHeaders({
		'referrer-policy': 'same-origin',
		'x-robots-tag': 'noindex, nofollow',
		'cache-control': 'private, no-store'
	});
	const classRow = await viewerClass(params.view);
	return { classTitle: classRow.title, code: classRow.code };
};
