// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
// The projector has its own stream, without names, under /show/<viewSecret>/events. The roster comes
// a page at a time, the one the dashboard shows (?page=2&q=sam, as on the page's own address).
import { rosterView } from '$lib/classroom/roster-view';
import { getApp } from '$lib/server/app';
import { classStream } from '$lib/server/http/class-stream';
import { teacherClass } from '../teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, getClientAddress }) => {
	const { classroom } = getApp();
	const view = rosterView(url.searchParams);
	return classStream('teacher', await teacherClass(params.secret), getClientAddress(), async () => {
		const current = await classroom.teacher(params.secret);
		return current && classroom.teacherDashboard(current, view);
	});
};
