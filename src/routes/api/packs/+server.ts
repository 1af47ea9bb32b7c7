// POST /api/packs: publishes a pack file (the article-pack JSON) as a teacher's own, unlisted pack.
// Answers its play link and, once, its edit secret; a bad file gets a 4xx naming the field, and
// nothing is stored.
import { checkPackFile } from '$lib/content/pack-file';
import type { PackCreated, PackFileProblem } from '$lib/contract/authoring';
import { refuse } from '$lib/contract/refusal';
import { getApp } from '$lib/server/app';
import { problem, readJsonBody, refusalResponse, toResponse, tooMany } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, getClientAddress, url }) => {
	const app = getApp();
	const allowed = app.limits.packs.take(getClientAddress());
	if (!allowed.ok) return toResponse(tooMany('new packs', allowed.retryAfterSeconds));
	const body = await readJsonBody(request, app.env.MAX_PACK_BYTES);
	if (!body.ok) return toResponse(body.reply);
	const check = checkPackFile(body.body);
	if (!check.ok) {
		const refusal = refuse(400, `${check.field}: ${check.message}`, check.field);
		return refusalResponse(refusal, { field: check.field } satisfies Omit<
			PackFileProblem,
			'error'
		>);
	}
	const { row, editSecret } = await app.packs.create(check.pack);
	const created: PackCreated = {
		id: row.id,
		title: row.title,
		version: row.version,
		playUrl: new URL(`/p/${row.id}`, url.origin).href,
		editSecret
	};
	return toResponse({ status: 201, body: created });
};

export const fallback: RequestHandler = () => problem(405, 'Pack files are sent with POST.');
