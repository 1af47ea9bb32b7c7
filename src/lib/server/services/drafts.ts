// POST /api/drafts: authoring suggestions for an article a teacher brings. The request rules live here
// (content type, a body cap of its own, the text's length and characters, a per-address limit) so the
// route stays thin and every refusal is a 4xx with a sentence a person can act on.
import * as z from 'zod';
import { suggestQuiz } from '../../authoring/suggest';
import { failure, readJsonBody, toResponse, tooMany, type JsonReply } from '../http/http';
import type { CreationLimiter } from '../http/rate-limit';

/** The longest article the suggestions are made for, in characters. */
export const DRAFT_MAX_CHARS = 20_000;

const DraftRequest = z.object({ text: z.string() });

const SHAPE = 'Send {"text": "…"} with the text of the article.';

/**
 * C0 and C1 control characters other than tab and line breaks, lone surrogates and the two
 * non-characters: what a pasted article never holds, and a binary file always does.
 */
const NOT_TEXT =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export type DraftText = { ok: true; text: string } | { ok: false; reply: JsonReply };

/** The article's text from a parsed JSON body, or why there is none. */
export function parseDraftRequest(body: unknown): DraftText {
	const parsed = DraftRequest.safeParse(body);
	if (!parsed.success) return failure(400, SHAPE);
	const { text } = parsed.data;
	if (text.trim() === '') return failure(400, 'The article is empty: paste its text.');
	const length = [...text].length;
	if (length > DRAFT_MAX_CHARS) {
		return failure(
			413,
			`The article is too long (${length.toLocaleString('en')} characters); the limit is ${DRAFT_MAX_CHARS.toLocaleString('en')}.`
		);
	}
	if (NOT_TEXT.test(text)) {
		return failure(
			400,
			'The text has characters that are not text (control or binary characters). Paste the article as plain text.'
		);
	}
	return { ok: true, text };
}

export interface DraftDeps {
	limiter: CreationLimiter;
	maxBodyBytes: number;
}

/** The whole request: limit, headers, body, text, then the suggestions. */
export async function replyToDraft(
	request: Request,
	address: string,
	{ limiter, maxBodyBytes }: DraftDeps
): Promise<Response> {
	// Counted before the body is read: a flood costs no more than its headers.
	const allowed = limiter.take(address);
	if (!allowed.ok) return toResponse(tooMany('suggestion requests', allowed.retryAfterSeconds));
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
		return toResponse(
			failure(415, 'Send the article as JSON, {"text": "…"}, with Content-Type: application/json.')
				.reply
		);
	}
	const body = await readJsonBody(request, maxBodyBytes);
	if (!body.ok) return toResponse(body.reply);
	const draft = parseDraftRequest(body.body);
	if (!draft.ok) return toResponse(draft.reply);
	return toResponse({ status: 200, body: suggestQuiz(draft.text) });
}
