// Test helper: stands in for SvelteKit behind the node:http routes, running a page's real load and
// writing its data as the page (404 when the load throws), so a spec can count what was rendered.
import { parse as parseCookies } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A page's load, as these specs call it: with the request's URL, cookies, params and headers. */
type Load = (event: never) => unknown;

export async function renderWithLoad(
	req: IncomingMessage,
	res: ServerResponse,
	load: Load,
	params: Record<string, string | undefined>
): Promise<void> {
	const url = new URL(req.url!, 'http://localhost');
	const cookies = parseCookies(req.headers.cookie ?? '');
	const event = {
		params,
		url,
		request: new Request(url, { headers: { cookie: req.headers.cookie ?? '' } }),
		cookies: { get: (name: string) => cookies[name] },
		setHeaders: (headers: Record<string, string>) =>
			Object.entries(headers).forEach(([k, v]) => res.setHeader(k, v)),
		platform: { req }
	};
	try {
		const data = await load(event as never);
		res.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify(data));
	} catch {
		res.writeHead(404).end('not found');
	}
}
