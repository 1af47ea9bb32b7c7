// GET /show/:view/events: the projector's live view of the class, without names.
// Projector screens have a cap of their own: however many are open, the teacher still gets in.
import { getApp } from '$lib/server/app';
import { classStream } from '$lib/server/http/class-stream';
import { viewerClass } from '../viewer-class';
import { withoutNames } from '$lib/server/http/without-names';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, getClientAddress }) => {
	const { classroom } = getApp();
	return classStream('projector', await viewerClass(params.view), getClientAddress(), async () => {
		const current = await classroom.viewer(params.view);
		return current && withoutNames(await classroom.dashboard(current));
	});
};
