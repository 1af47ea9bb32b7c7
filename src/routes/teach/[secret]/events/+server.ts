// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
// The projector has its own stream, without names, under /show/<viewSecret>/events.
import { getApp } from '$lib/server/app';
import { classStream } from '$lib/server/class-stream';
import { teacherClass } from '$lib/server/teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, getClientAddress }) => {
	const { classroom } = getApp();
	return classStream(await teacherClass(params.secret), getClientAddress(), async () => {
		const current = await classroom.teacher(params.secret);
		return current && classroom.dashboard(current);
	});
};
