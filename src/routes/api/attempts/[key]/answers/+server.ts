// POST /api/attempts/:key/answers: scores one answer on the server and replies with the evidence.
// In production scripts/serve.js hands this request to node-routes.ts before SvelteKit sees it;
// both reply through replyToAnswer.
import { getApp } from '$lib/server/app';
import { replyToAnswer } from '$lib/server/http/api-replies';
import { problem, readJsonBody, toResponse } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	return toResponse(body.ok ? await replyToAnswer(app, params.key, body.body) : body.reply);
};

export const fallback: RequestHandler = () => problem(405, 'Answers are sent with POST.');
