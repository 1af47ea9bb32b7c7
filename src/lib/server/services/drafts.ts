// POST /api/drafts: authoring suggestions for an article a teacher brings. The request's rules live
// here (a per-address limit, the content type, the text's length and characters), so every refusal
// is a 4xx with a sentence a person can act on; http/authoring-replies.ts puts them on the wire.
import * as z from 'zod';
import { suggestQuiz } from '../../authoring/suggest';
import type { DraftSuggestions } from '../../authoring/suggest/types';
import { refuse, tooMany, type Refusal } from '../../contract/refusal';
import type { CreationLimiter } from '../rate-limit';

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

export type DraftText = { ok: true; text: string } | Refusal;

/** The article's text from a parsed JSON body, or why there is none. */
export function parseDraftRequest(body: unknown): DraftText {
	const parsed = DraftRequest.safeParse(body);
	if (!parsed.success) return refuse(400, SHAPE);
	const { text } = parsed.data;
	if (text.trim() === '') return refuse(400, 'The article is empty: paste its text.');
	const length = [...text].length;
	if (length > DRAFT_MAX_CHARS) {
		return refuse(
			413,
			`The article is too long (${length.toLocaleString('en')} characters); the limit is ${DRAFT_MAX_CHARS.toLocaleString('en')}.`
		);
	}
	if (NOT_TEXT.test(text)) {
		return refuse(
			400,
			'The text has characters that are not text (control or binary characters). Paste the article as plain text.'
		);
	}
	return { ok: true, text };
}

/** A request's JSON body as the route reads it (content type, size, syntax), or why it cannot. */
export type ReadBody = () => Promise<{ ok: true; body: unknown } | Refusal>;

export interface SuggestionRequest {
	address: string;
	contentType: string | null;
	readBody: ReadBody;
}

/** The whole request: limit, content type, body, text, then the suggestions. */
export async function draftSuggestions(
	{ address, contentType, readBody }: SuggestionRequest,
	limiter: CreationLimiter
): Promise<{ ok: true; suggestions: DraftSuggestions } | Refusal> {
	// Counted before the body is read: a flood costs no more than its headers.
	const allowed = limiter.take(address);
	if (!allowed.ok) return tooMany('suggestion requests', allowed.retryAfterSeconds);
	if (!/^application\/json\b/i.test(contentType ?? '')) {
		return refuse(
			415,
			'Send the article as JSON, {"text": "…"}, with Content-Type: application/json.'
		);
	}
	const body = await readBody();
	if (!body.ok) return body;
	const draft = parseDraftRequest(body.body);
	if (!draft.ok) return draft;
	return { ok: true, suggestions: suggestQuiz(draft.text) };
}
