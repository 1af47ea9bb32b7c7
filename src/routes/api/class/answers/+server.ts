// POST /api/class/answers: a student's answer, checked against the class's rules and scored.
// In production scripts/serve.js hands this request to node-routes.ts before SvelteKit sees it;
// both reply through replyToClassAnswer.
import { getApp } from '$lib/server/app';
import { replyToClassAnswer } from '$lib/server/http/api-replies';
import { readJsonBody, toResponse } from '$lib/server/http/http';
import { SEAT_COOKIE } from '$lib/server/http/cookies';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	return toResponse(
		body.ok ? await replyToClassAnswer(app, cookies.get(SEAT_COOKIE), body.body) : body.reply
	);
};
