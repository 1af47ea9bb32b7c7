// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
// The projector has its own stream, without names, under /show/<viewSecret>/events.
import { getApp } from '$lib/server/app';
import { classStream } from '$lib/server/class-stream';
import { teacherClass } from '$lib/server/teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, getClientAddress }) => {
	const { classroom } = getApp();
	return classStream(teacherClass(params.secret), getClientAddress(), () => {
		const current = classroom.teacher(params.secret);
		return current && classroom.dashboard(current);
	});
};
