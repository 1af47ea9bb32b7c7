// GET /class/CODE/events: what a student's screen must follow live: pacing and closing. No names.
// Built, node-routes.ts serves it straight from node:http; this is the same stream for `npm run dev`.
import { getApp } from '$lib/server/app';
import { SEAT_COOKIE } from '$lib/server/http/cookies';
import { snapshotStream } from '$lib/server/http/sse';
import { refusalHeaders } from '$lib/server/http/stream-limits';
import { openStudentStream } from '$lib/server/http/student-stream';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ cookies, getClientAddress }) => {
	const opened = await openStudentStream(getApp(), cookies.get(SEAT_COOKIE), getClientAddress());
	if (!opened.ok) {
		return new Response(opened.message, { status: opened.status, headers: refusalHeaders(opened) });
	}
	return snapshotStream(opened.options);
};
