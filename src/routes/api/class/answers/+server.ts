// POST /api/class/answers: a student's answer, checked against the class's rules and scored.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { readJsonBody } from '$lib/server/http';
import { SEAT_COOKIE } from '$lib/server/cookies';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies }) => {
	const app = getApp();
	const body = await readJsonBody(request, app.env.MAX_BODY_BYTES);
	if (!body.ok) return body.response;
	const result = app.classroom.answer(cookies.get(SEAT_COOKIE), body.body);
	if (!result.ok) return json({ error: result.message }, { status: result.status });
	const reply = result.verdict ?? { questionId: result.questionId, withheld: true };
	return json(reply, { headers: { 'cache-control': 'no-store' } });
};
