// POST /api/attempts/:key/answers: scores one answer on the server and replies with the evidence.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { problem, readJsonBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	if (!body.ok) return body.response;
	const result = app.quiz.answer(params.key, body.body);
	if (!result.ok) {
		return json(
			{ error: result.message, ...(result.verdict && { verdict: result.verdict }) },
			{ status: result.status }
		);
	}
	return json(result.verdict, { headers: { 'cache-control': 'no-store' } });
};

export const fallback: RequestHandler = () => problem(405, 'Answers are sent with POST.');
