// The authoring requests on the wire: each reads its request, asks the service, and turns the
// answer (or its refusal) into the JSON reply. The rules are in services/authoring.ts and drafts.ts.
import type { DraftSaved, NotPublished, Published } from '../../contract/authoring';
import { publishDraft, saveDraft, type AuthoringDeps } from '../services/authoring';
import { draftSuggestions } from '../services/drafts';
import type { CreationLimiter } from '../rate-limit';
import { readJson, refusalResponse, toResponse } from './http';

export interface DraftDeps {
	limiter: CreationLimiter;
	maxBodyBytes: number;
}

/** POST /api/drafts: the suggestions for a pasted article. */
export async function replyToDraft(
	request: Request,
	address: string,
	{ limiter, maxBodyBytes }: DraftDeps
): Promise<Response> {
	const asked = {
		address,
		contentType: request.headers.get('content-type'),
		readBody: () => readJson(request, maxBodyBytes)
	};
	const found = await draftSuggestions(asked, limiter);
	if (!found.ok) return refusalResponse(found);
	return toResponse({ status: 200, body: found.suggestions });
}

/** PUT /write/<secret>/draft. */
export async function replyToSave(
	app: AuthoringDeps,
	secret: string,
	request: Request,
	address: string
): Promise<Response> {
	const readBody = () => readJson(request, app.env.MAX_PACK_BYTES);
	const saved = await saveDraft(app, secret, readBody, address);
	if (!saved.ok) return refusalResponse(saved);
	return toResponse({
		status: 200,
		body: { saved: true, errors: saved.errors } satisfies DraftSaved
	});
}

/** POST /write/<secret>/publish. */
export async function replyToPublish(
	app: AuthoringDeps,
	secret: string,
	request: Request,
	address: string,
	origin: string
): Promise<Response> {
	const readBody = () => readJson(request, app.env.MAX_PACK_BYTES);
	const done = await publishDraft(app, secret, readBody, address, origin);
	if (done.ok) return toResponse({ status: 200, body: done.published satisfies Published });
	if (!done.errors) return refusalResponse(done);
	return refusalResponse(done, { errors: done.errors } satisfies Omit<NotPublished, 'error'>);
}
