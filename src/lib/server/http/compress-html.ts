// Compresses server-rendered HTML (adapter-node only precompresses static files), so the first
// response of a page fits in TCP's first round trip without a proxy in front.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts, honouring "q=0" refusals. */
export function pickEncoding(acceptEncoding: string | null): Encoding | null {
	const accepted = new Map<string, number>();
	for (const part of (acceptEncoding ?? '').split(',')) {
		const [name = '', ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		if (name) accepted.set(name, Number.isFinite(weight) ? weight : 0);
	}
	if ((accepted.get('br') ?? 0) > 0) return 'br';
	if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
	return null;
}

const MIN_BYTES = 1024;

export async function compressHtml(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	const encoding = pickEncoding(request.headers.get('accept-encoding'));
	if (!encoding || !type.startsWith('text/html') || response.headers.has('content-encoding')) {
		return response;
	}
	const body = Buffer.from(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('vary', 'Accept-Encoding');
	if (body.length < MIN_BYTES) {
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const compressed =
		encoding === 'br'
			? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
			: gzipSync(body, { level: 6 });
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	return new Response(compressed, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
