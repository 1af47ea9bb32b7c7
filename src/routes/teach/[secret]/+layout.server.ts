// Every teacher page: the secret in the link opens the class; nothing else does.
import { teacherClass } from './teacher-class';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ params, setHeaders }) => {
	// The secret is in the URL: never send it to another site as a Referer, never let it be indexed
	// or cached. Not "no-referrer": that makes the browser send "Origin: null" with the dashboard's
	// own forms, which SvelteKit's CSRF check rejects as cross-site.
	setHeaders({
		'referrer-policy': 'same-origin',
		'x-robots-tag': 'noindex, nofollow',
		'cache-control': 'private, no-store'
	});
	const classRow = await teacherClass(params.secret);
	return { classTitle: classRow.title, code: classRow.code };
};
