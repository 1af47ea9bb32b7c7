// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
// The projector has its own stream, without names, under /show/<viewSecret>/events.
import { getApp } from '$lib/server/app';
import { snapshotStream } from '$lib/server/sse';
import { refused } from '$lib/server/stream-limits';
import { teacherClass } from '$lib/server/teacher-class';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, getClientAddress }) => {
	const { classroom, streams } = getApp();
	const classRow = teacherClass(params.secret);
	const admitted = streams.teacher(classRow.id, getClientAddress());
	if (!admitted.ok) return refused(admitted);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		signal: admitted.signal,
		onEnd: admitted.release,
		snapshot: () => {
			const current = classroom.teacher(params.secret);
			return current && classroom.dashboard(current);
		}
	});
};
