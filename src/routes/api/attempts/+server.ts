// POST /api/attempts: starts a new attempt (optionally against a friend's shared result) and
// remembers it in a cookie.
import { json } from '@sveltejs/kit';
import * as z from 'zod';
import { getApp } from '$lib/server/app';
import { ATTEMPT_COOKIE, rememberKey } from '$lib/server/cookies';
import { problem, readJsonBody } from '$lib/server/http';
import type { RequestHandler } from './$types';

const StartRequest = z.object({
	challenge: z.string().max(64).nullish()
});

export const POST: RequestHandler = async ({ cookies, url, request }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	if (!body.ok) return body.response;
	const start = StartRequest.safeParse(body.body);
	if (!start.success) return problem(400, 'Send {} or {"challenge": "<shared result id>"}.');
	const attempt = app.quiz.start(start.data.challenge);
	rememberKey(cookies, ATTEMPT_COOKIE, attempt.key, url.protocol === 'https:');
	return json(
		{ attemptKey: attempt.key, publicId: attempt.publicId, total: attempt.total },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
