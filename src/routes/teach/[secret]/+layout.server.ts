// Every teacher page: the secret in the link opens the class; nothing else does.
import { teacherClass } from '$lib/server/teacher-class';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ params, setHeaders }) => {
	// The secret is in the URL: never send it on as a Referer, never let it be indexed or cached.
	setHeaders({
		'referrer-policy': 'no-referrer',
		'x-robots-tag': 'noindex, nofollow',
		'cache-control': 'private, no-store'
	});
	const classRow = teacherClass(params.secret);
	return { classTitle: classRow.title, code: classRow.code };
};
