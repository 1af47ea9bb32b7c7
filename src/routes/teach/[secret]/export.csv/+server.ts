// GET /teach/:secret/export.csv: one row per student, for Excel or LibreOffice.
import { getApp } from '$lib/server/app';
import { teacherClass } from '../teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const classRow = await teacherClass(params.secret);
	const name = classRow.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'class';
	return new Response(await getApp().classroom.csv(classRow), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="source-check-${classRow.code}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`,
			'cache-control': 'private, no-store',
			'referrer-policy': 'no-referrer'
		}
	});
};
