// POST /api/drafts: suggestions for an article's pack (sentences, sources, statements) that the
// authoring page shows for the teacher to confirm. The rules are in $lib/server/drafts.
import { getApp } from '$lib/server/app';
import { replyToDraft } from '$lib/server/http/authoring-replies';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ request, getClientAddress }) => {
	const app = getApp();
	return replyToDraft(request, getClientAddress(), {
		limiter: app.limits.drafts,
		maxBodyBytes: app.env.DRAFT_MAX_BODY_BYTES
	});
};
