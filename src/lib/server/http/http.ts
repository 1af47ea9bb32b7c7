// The rules for a JSON request body (content type, size limit, syntax) and for JSON replies, in one
// place for both ways a request reaches the app: SvelteKit's Request, or node:http (node-endpoints.ts).
import { json } from '@sveltejs/kit';
import type { Problem } from '../../contract/api';
import { tooMany as tooManyRefusal, type Refusal } from '../../contract/refusal';

/** A reply before it is put on the wire: status and JSON body. */
export interface JsonReply {
	status: number;
	body: unknown;
	/** Extra headers, e.g. Retry-After on a 429. */
	headers?: Record<string, string>;
}

export type BodyResult = { ok: true; body: unknown } | { ok: false; reply: JsonReply };

/** Never told to a client: what went wrong inside is logged under an id instead. */
export const SERVER_ERROR_MESSAGE = 'Something went wrong on our side. Please try again.';

/** The database is away for a moment (a restart): the request is worth sending again. */
export const DATABASE_AWAY_MESSAGE =
	'The server cannot reach its database just now. Nothing is lost: try again in a few seconds.';
export const DATABASE_AWAY_RETRY_SECONDS = 3;

/** The 503 for a request the database could not serve, with when to try again. */
export const databaseAway = (): JsonReply => ({
	status: 503,
	body: { error: DATABASE_AWAY_MESSAGE },
	headers: { 'retry-after': String(DATABASE_AWAY_RETRY_SECONDS) }
});

/** Replies from the API are about one player's attempt: never cached by anyone. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

export const failure = (status: number, message: string): { ok: false; reply: JsonReply } => ({
	ok: false,
	reply: { status, body: { error: message } }
});

/** For a body that ended early: its client has gone, but a reply still says what happened. */
export const BODY_CUT_OFF = 'The request ended before its body was complete. Send it again.';

const tooLarge = (maxBytes: number) =>
	failure(413, `The request is too large; the limit is ${maxBytes} bytes.`);

/** What the headers alone rule out, before any of the body is read. */
export function checkBodyHeaders(
	contentType: string | null | undefined,
	contentLength: string | null | undefined,
	maxBytes: number
): { ok: false; reply: JsonReply } | undefined {
	if (!/^application\/json\b/i.test(contentType ?? '')) {
		return failure(415, 'Send the answer as JSON (Content-Type: application/json).');
	}
	const declared = Number(contentLength);
	if (contentLength && Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
	return undefined;
}

/** Collects a body's chunks up to maxBytes, whatever Content-Length claimed, and parses it. */
export async function parseBody(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	maxBytes: number
): Promise<BodyResult> {
	const parts: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of chunks) {
		size += chunk.byteLength;
		if (size > maxBytes) return tooLarge(maxBytes);
		parts.push(chunk);
	}
	try {
		// TextDecoder drops a leading byte-order mark, as JSON parsers are allowed to.
		return {
			ok: true,
			body: JSON.parse(new TextDecoder().decode(Buffer.concat(parts))) as unknown
		};
	} catch {
		return failure(400, 'The request body is not valid JSON.');
	}
}

export function toResponse(reply: JsonReply, headers: Record<string, string> = NO_STORE): Response {
	return json(reply.body, { status: reply.status, headers: { ...headers, ...reply.headers } });
}

/** A service's refusal as a reply: its sentence as `error`, with Retry-After on a 429. */
export function refusalReply(refusal: Refusal, more?: Record<string, unknown>): JsonReply {
	const { status, message, retryAfterSeconds } = refusal;
	return {
		status,
		body: { error: message, ...more },
		...(retryAfterSeconds !== undefined && {
			headers: { 'retry-after': String(retryAfterSeconds) }
		})
	};
}

/** The one way a route turns a refusal into a Response (`more`: what the body adds to `error`). */
export const refusalResponse = (refusal: Refusal, more?: Record<string, unknown>): Response =>
	toResponse(refusalReply(refusal, more));

/** A 429 with the limiter's message and a Retry-After header. */
export const tooMany = (what: string, retryAfterSeconds: number): JsonReply =>
	refusalReply(tooManyRefusal(what, retryAfterSeconds));

/** A request's JSON body as a service reads it: the body, or the refusal of it. */
export async function readJson(
	request: Request,
	maxBytes: number
): Promise<{ ok: true; body: unknown } | Refusal> {
	const read = await readJsonBody(request, maxBytes);
	if (read.ok) return read;
	return { ok: false, status: read.reply.status, message: (read.reply.body as Problem).error };
}

export function problem(status: number, message: string): Response {
	return toResponse(failure(status, message).reply);
}

/** A SvelteKit request's JSON body, checked by the rules above. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
	const refused = checkBodyHeaders(
		request.headers.get('content-type'),
		request.headers.get('content-length'),
		maxBytes
	);
	if (refused) return refused;
	if (!request.body) return parseBody([], maxBytes);
	const reader = request.body.getReader();
	const chunks = {
		async *[Symbol.asyncIterator]() {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) return;
				yield value;
			}
		}
	};
	let result: BodyResult;
	try {
		result = await parseBody(chunks, maxBytes);
	} catch (error) {
		// The stream's error, ECONNRESET "aborted", looks like a lost database connection's: without
		// this it reached handleError and was logged as "Database away".
		if (!clientGoneMidUpload(request)) throw error;
		return failure(400, BODY_CUT_OFF);
	}
	// A body cut off at the limit is not read any further.
	if (!result.ok) await reader.cancel().catch(() => {});
	return result;
}

/**
 * Whether the client closed its connection before sending all of the request's body (SvelteKit
 * then aborts the request's signal); if so, says so in the log, as what it is.
 */
export function clientGoneMidUpload(request: Request): boolean {
	if (!request.signal.aborted) return false;
	// Without the secrets an edit or teacher link carries in its path: logs are read by others.
	const path = new URL(request.url).pathname.replace(/[A-Za-z0-9_-]{20,}/g, '…');
	console.warn(`Client went away mid-upload: ${request.method} ${path}`);
	return true;
}
