// The node:http adapter for endpoints (endpoint.ts): finds the endpoint a request is for, builds its
// context from the raw request and writes its reply, with no Request or Response made on the way.
// What no endpoint claims (another method, another path) goes on to `next`, untouched.
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app';
import { clientAddress } from './client-address';
import { requestIsHttps } from './cookies';
import { failureReply, type Endpoint, type EndpointContext, type EndpointReply } from './endpoint';
import { checkBodyHeaders, NO_STORE, parseBody } from './http';
import { snapshotStreamTo } from './sse';

/** Answers a request, or hands it to `next` (SvelteKit) untouched. */
export type NodeRoutes = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** A route id's pattern: "[key]" matches one path segment, as in SvelteKit. */
function routePattern(route: string): { pattern: RegExp; names: string[] } {
	const names: string[] = [];
	const source = route.replace(/\[(\w+)\]|[^[]+/g, (part, name?: string) => {
		if (name === undefined) return part.replace(/[.*+?^${}()|\\]/g, '\\$&');
		names.push(name);
		return '([^/]+)';
	});
	return { pattern: new RegExp(`^${source}$`), names };
}

/** The decoded parameters when the path is the route's, else undefined. */
function matchRoute(
	route: ReturnType<typeof routePattern>,
	path: string
): Record<string, string> | undefined {
	const found = route.pattern.exec(path);
	if (!found) return undefined;
	try {
		return Object.fromEntries(
			route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)])
		);
	} catch {
		// Not valid percent-encoding: SvelteKit says what it says to that.
		return undefined;
	}
}

/** Finds the endpoint a request is for, with its parameters: by method and path, query aside. */
export function endpointRouter(endpoints: readonly Endpoint[]) {
	const routes = endpoints.map((endpoint) => ({ endpoint, route: routePattern(endpoint.route) }));
	return (method: string | undefined, url: string) => {
		const query = url.indexOf('?');
		const path = query === -1 ? url : url.slice(0, query);
		for (const { endpoint, route } of routes) {
			if (method !== endpoint.method) continue;
			const params = matchRoute(route, path);
			if (params) return { endpoint, params };
		}
		return undefined;
	};
}

export function nodeEndpoints(app: App, endpoints: readonly Endpoint[]): NodeRoutes {
	const find = endpointRouter(endpoints);
	return (req, res, next) => {
		const found = find(req.method, req.url ?? '');
		if (!found) return next();
		void serve(found.endpoint, contextOf(app, req, found.params), res);
	};
}

function contextOf(
	app: App,
	req: IncomingMessage,
	params: Record<string, string>
): EndpointContext {
	let cookies: Record<string, string | undefined> | undefined;
	const maxBytes = app.env.MAX_BODY_BYTES;
	return {
		app,
		params,
		cookie: (name) => (cookies ??= parseCookies(req.headers.cookie ?? ''))[name],
		clientAddress: () => clientAddress(app.env, req.headers, req.socket.remoteAddress),
		isHttps: () =>
			requestIsHttps(
				app.env,
				(name) => req.headers[name],
				(req.socket as { encrypted?: boolean }).encrypted === true
			),
		json: async () =>
			checkBodyHeaders(req.headers['content-type'], req.headers['content-length'], maxBytes) ??
			// At the limit the rest of the body is left unread (the reply then closes the connection).
			(await parseBody(req.iterator({ destroyOnReturn: false }), maxBytes))
	};
}

async function serve(endpoint: Endpoint, context: EndpointContext, res: ServerResponse) {
	let reply: EndpointReply;
	try {
		reply = await endpoint.handle(context);
	} catch (error) {
		// The client went away: nobody is left to answer. (Not req.destroyed alone: a request whose
		// body was read to the end is destroyed too, and its client still waits for the reply.)
		if (res.socket?.destroyed !== false) return;
		reply = failureReply(error, endpoint.failures);
	}
	if (reply.type === 'stream') {
		// The client left while its stream was being opened: nothing to stream to, nothing to keep.
		if (res.destroyed) return reply.options.onEnd?.();
		return snapshotStreamTo(res, reply.options);
	}
	if (res.headersSent || res.destroyed) return;
	const text = reply.type === 'json' ? JSON.stringify(reply.body) : reply.text;
	const headers: Record<string, string | number> = {
		...NO_STORE,
		...reply.headers,
		...(reply.type === 'json' && { 'content-type': 'application/json' }),
		'content-length': Buffer.byteLength(text)
	};
	if (reply.type === 'json' && reply.cookie) {
		const { name, value, options } = reply.cookie;
		headers['set-cookie'] = serializeCookie(name, value, options);
	}
	if (!res.req.complete) headers.connection = 'close';
	res.writeHead(reply.status, headers);
	res.end(text);
}
