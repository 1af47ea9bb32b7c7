// POST /api/attempts: starts a new attempt (optionally against a friend's shared result) and
// remembers it in a cookie. In production scripts/serve.js hands this request to node-routes.ts
// before SvelteKit sees it; both reply through replyToStart.
import { getApp } from '$lib/server/app';
import { replyToStart } from '$lib/server/http/api-replies';
import {
	ATTEMPT_COOKIE,
	rememberKey,
	requestIsHttps,
	withAttemptKey
} from '$lib/server/http/cookies';
import { readJsonBody, toResponse } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ cookies, url, request, getClientAddress }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	if (!body.ok) return toResponse(body.reply);
	const { reply, attempt } = await replyToStart(app, body.body, getClientAddress());
	if (attempt) {
		const secure = requestIsHttps(
			app.env,
			(name) => request.headers.get(name),
			url.protocol === 'https:'
		);
		const keys = withAttemptKey(cookies.get(ATTEMPT_COOKIE), attempt.key);
		rememberKey(cookies, ATTEMPT_COOKIE, keys, secure);
	}
	return toResponse(reply);
};
