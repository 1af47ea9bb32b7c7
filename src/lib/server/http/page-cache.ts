// A small shared cache in front of SvelteKit, as a CDN would keep one: a page whose response says
// "public, s-maxage=N" is kept for N seconds and served again without rendering it. Only requests
// without cookies use it (so nobody gets a page made for someone else), and each compression is a
// separate entry. Today that is a finished shared score viewed by someone who has not played:
// the page a link preview bot or a friend opening a link gets, and the one that comes in bursts.
import { LRUCache } from 'lru-cache';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pickEncoding } from './compress-html';

interface Entry {
	status: number;
	headers: OutgoingHttpHeaders;
	body: Buffer;
	storedAt: number;
}

export interface PageCache {
	/** Serves the request from the cache, or lets `render` answer it and keeps what may be shared. */
	handle(req: IncomingMessage, res: ServerResponse, render: () => void): void;
	/**
	 * Serves a page made for one viewer (cookies and all) from the cache when the caller has named
	 * its whole content by `variant`: two requests for the same URL with the same variant must get
	 * the same page. Kept `seconds`, when it answers 200 without setting a cookie.
	 */
	handleVariant(
		req: IncomingMessage,
		res: ServerResponse,
		variant: string,
		seconds: number,
		render: () => void
	): void;
}

/** Vary headers the cache key already covers: cookies (never cached) and the encoding. */
const COVERED_VARY = new Set(['cookie', 'accept-encoding']);

/**
 * keyHeaders: the request headers a page's content may depend on besides its URL and encoding (the
 * host, and the proxy headers that set the origin of its absolute links).
 */
export function createPageCache({
	maxBytes = 32 * 1024 * 1024,
	maxEntryBytes = 1024 * 1024,
	keyHeaders = ['host']
}: { maxBytes?: number; maxEntryBytes?: number; keyHeaders?: string[] } = {}): PageCache {
	const entries = new LRUCache<string, Entry>({
		maxSize: maxBytes,
		sizeCalculation: (entry) => entry.body.length + 512,
		// Every entry gets the lifetime its response asked for (set per entry below).
		ttl: 1000,
		ttlAutopurge: false
	});

	const keyOf = (req: IncomingMessage, variant?: string) =>
		[
			variant === undefined ? 'shared' : `variant ${variant}`,
			req.url,
			pickEncoding(req.headers['accept-encoding'] ?? null),
			...keyHeaders.map((name) => req.headers[name])
		].join('\n');

	const serve = (
		key: string,
		res: ServerResponse,
		lifetime: (res: ServerResponse) => number,
		render: () => void
	) => {
		const hit = entries.get(key);
		if (hit) {
			res.writeHead(hit.status, {
				...hit.headers,
				age: String(Math.floor((Date.now() - hit.storedAt) / 1000)),
				'content-length': hit.body.length
			});
			res.end(hit.body);
			return;
		}
		capture(res, maxEntryBytes, lifetime, (entry, seconds) =>
			entries.set(key, entry, { ttl: seconds * 1000 })
		);
		render();
	};

	return {
		handle(req, res, render) {
			if (req.method !== 'GET' || req.headers.cookie || req.headers.authorization) {
				return render();
			}
			serve(
				keyOf(req),
				res,
				(res) => sharedLifetime({ status: res.statusCode, headers: res.getHeaders() }),
				render
			);
		},

		handleVariant(req, res, variant, seconds, render) {
			if (req.method !== 'GET' || req.headers.authorization) return render();
			serve(
				keyOf(req, variant),
				res,
				(res) =>
					res.statusCode === 200 && res.getHeader('set-cookie') === undefined ? seconds : 0,
				render
			);
		}
	};
}

/** How long a shared cache may keep this response, in seconds; 0 when it may not. */
export function sharedLifetime({ status, headers }: Pick<Entry, 'status' | 'headers'>): number {
	if (status !== 200 || headers['set-cookie'] !== undefined) return 0;
	const vary = String(headers.vary ?? '')
		.split(',')
		.map((name) => name.trim().toLowerCase())
		.filter(Boolean);
	if (!vary.every((name) => COVERED_VARY.has(name))) return 0;
	const directives = new Map(
		String(headers['cache-control'] ?? '')
			.toLowerCase()
			.split(',')
			.map((part) => {
				const [name = '', value = ''] = part.trim().split('=');
				return [name, value] as const;
			})
	);
	if (
		!directives.has('public') ||
		['private', 'no-store', 'no-cache'].some((d) => directives.has(d))
	) {
		return 0;
	}
	const seconds = Number(directives.get('s-maxage'));
	return Number.isInteger(seconds) && seconds > 0 ? seconds : 0;
}

/**
 * Records what is written to `res` when it may be kept. That is decided at the first write, once the
 * headers are final: a response that may not be kept (a live event stream, a private page, a file)
 * is never buffered, and neither is the rest of one that grows past maxBytes.
 */
function capture(
	res: ServerResponse,
	maxBytes: number,
	lifetime: (res: ServerResponse) => number,
	done: (entry: Entry, seconds: number) => void
): void {
	const write = res.write;
	const end = res.end;
	let chunks: Buffer[] | undefined;
	let size = 0;
	let seconds: number | undefined;
	const release = () => {
		res.write = write;
		res.end = end;
		chunks = undefined;
	};
	const keep = (chunk: unknown) => {
		if (seconds === undefined) {
			seconds = lifetime(res);
			if (seconds > 0) chunks = [];
			else return release();
		}
		if (!chunks || !(typeof chunk === 'string' || chunk instanceof Uint8Array)) return;
		const bytes = Buffer.from(chunk);
		size += bytes.length;
		if (size > maxBytes) return release();
		chunks.push(bytes);
	};
	res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
		keep(chunk);
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as typeof res.write;
	res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
		keep(typeof chunk === 'function' ? undefined : chunk);
		const kept = chunks;
		release();
		if (kept && seconds) {
			const headers = res.getHeaders();
			delete headers['content-length'];
			delete headers['transfer-encoding'];
			done(
				{ status: res.statusCode, headers, body: Buffer.concat(kept), storedAt: Date.now() },
				seconds
			);
		}
		return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
	} as typeof res.end;
}
