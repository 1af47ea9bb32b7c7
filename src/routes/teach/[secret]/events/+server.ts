// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
// The projector has its own stream, without names, under /show/<viewSecret>/events.
import { getApp } from '$lib/server/app';
import { snapshotStream } from '$lib/server/sse';
import { teacherClass } from '$lib/server/teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const { classroom } = getApp();
	const classRow = teacherClass(params.secret);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		snapshot: () => {
			const current = classroom.teacher(params.secret);
			return current && classroom.dashboard(current);
		}
	});
};
