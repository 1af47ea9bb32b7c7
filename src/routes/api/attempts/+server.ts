// POST /api/attempts: starts a new attempt and remembers it in a cookie.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { rememberAttempt } from '$lib/server/attempt-cookie';
import { servesHttps } from '$lib/server/env';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ cookies }) => {
	const app = getApp();
	const attempt = app.quiz.start();
	rememberAttempt(cookies, servesHttps(app.env), attempt.key);
	return json(
		{ attemptKey: attempt.key, publicId: attempt.publicId, total: attempt.total },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
};
