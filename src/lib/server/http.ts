// Reads a JSON request body safely: content type, size limit and syntax are checked before parsing.
import { json } from '@sveltejs/kit';

export type BodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

export function problem(status: number, message: string): Response {
	return json({ error: message }, { status });
}

export async function readJsonBody(request: Request, maxBytes: number): Promise<BodyResult> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\b/i.test(type)) {
		return {
			ok: false,
			response: problem(415, 'Send the answer as JSON (Content-Type: application/json).')
		};
	}
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		return {
			ok: false,
			response: problem(413, `The request is too large; the limit is ${maxBytes} bytes.`)
		};
	}
	const text = await readLimited(request, maxBytes);
	if (text === undefined) {
		return {
			ok: false,
			response: problem(413, `The request is too large; the limit is ${maxBytes} bytes.`)
		};
	}
	try {
		return { ok: true, body: JSON.parse(text) as unknown };
	} catch {
		return { ok: false, response: problem(400, 'The request body is not valid JSON.') };
	}
}

/** Reads at most maxBytes of the body, whatever Content-Length claimed; undefined when it is longer. */
async function readLimited(request: Request, maxBytes: number): Promise<string | undefined> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	return new TextDecoder().decode(Buffer.concat(chunks));
}
