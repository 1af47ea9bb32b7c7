// GET /show/:view/events: the projector's live view of the class, without names.
import { getApp } from '$lib/server/app';
import { snapshotStream } from '$lib/server/sse';
import { refused } from '$lib/server/stream-limits';
import { viewerClass } from '$lib/server/viewer-class';
import { withoutNames } from '$lib/server/without-names';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, getClientAddress }) => {
	const { classroom, streams } = getApp();
	const classRow = viewerClass(params.view);
	// Projector screens count against the class's cap on teacher streams.
	const admitted = streams.teacher(classRow.id, getClientAddress());
	if (!admitted.ok) return refused(admitted);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		signal: admitted.signal,
		onEnd: admitted.release,
		snapshot: () => {
			const current = classroom.viewer(params.view);
			return current && withoutNames(classroom.dashboard(current));
		}
	});
};
