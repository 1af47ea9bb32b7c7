// GET /api/attempts/:key: the attempt's scored answers and totals, for the player who holds the key.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { problem } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const quiz = await getApp().quizzes.forAttemptKey(params.key);
	const state = await quiz?.state(params.key);
	if (!state) return problem(404, 'This quiz attempt was not found. Start the quiz again.');
	const { attempt, verdicts, summary } = state;
	return json(
		{ publicId: attempt.publicId, finished: attempt.finishedAt !== null, verdicts, summary },
		{ headers: { 'cache-control': 'no-store' } }
	);
};
