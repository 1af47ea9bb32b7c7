// GET /teach/:secret/events: the dashboard, streamed live (Server-Sent Events) as students play.
import { getApp } from '$lib/server/app';
import { snapshotStream } from '$lib/server/sse';
import { teacherClass } from '$lib/server/teacher-class';
import { withoutNames } from '../without-names';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => {
	// The projector asks for the stream without names.
	const anonymous = url.searchParams.has('anonymous');
	const { classroom } = getApp();
	const classRow = teacherClass(params.secret);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		snapshot: () => {
			const current = classroom.teacher(params.secret);
			if (!current) return undefined;
			const dashboard = classroom.dashboard(current);
			return anonymous ? withoutNames(dashboard) : dashboard;
		}
	});
};
