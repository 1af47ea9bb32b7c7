// GET /show/:view/events: the projector's live view of the class, without names.
import { getApp } from '$lib/server/app';
import { snapshotStream } from '$lib/server/sse';
import { viewerClass } from '$lib/server/viewer-class';
import { withoutNames } from '$lib/server/without-names';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const { classroom } = getApp();
	const classRow = viewerClass(params.view);
	return snapshotStream({
		changes: classroom.changes,
		topic: classRow.id,
		snapshot: () => {
			const current = classroom.viewer(params.view);
			return current && withoutNames(classroom.dashboard(current));
		}
	});
};
