// GET /p/<pack>/pack.json: the pack's current version as a file, to keep, edit or publish again.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { problem } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const quiz = params.pack.length <= 64 ? await getApp().quizzes.byPack(params.pack) : undefined;
	if (!quiz) return problem(404, 'There is no article at this address.');
	return json(quiz.pack, {
		headers: {
			'cache-control': 'no-cache',
			'content-disposition': `attachment; filename="${quiz.pack.id}.json"`
		}
	});
};
