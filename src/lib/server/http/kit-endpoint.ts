// The SvelteKit adapter for endpoints (endpoint.ts): a +server.ts exports `kitEndpoint(endpoint)` and
// SvelteKit's RequestEvent becomes the endpoint's context, its reply a Response. node-endpoints.ts is
// the other adapter, for the same endpoints served from node:http.
import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { getApp } from '../app';
import { requestIsHttps } from './cookies';
import { failureReply, type Endpoint, type EndpointReply } from './endpoint';
import { NO_STORE, readJsonBody, toResponse } from './http';
import { snapshotStream } from './sse';

export function kitEndpoint(endpoint: Endpoint): (event: RequestEvent) => Promise<Response> {
	return async (event) => {
		const app = getApp();
		let reply: EndpointReply;
		try {
			reply = await endpoint.handle({
				app,
				params: event.params as Record<string, string>,
				cookie: (name) => event.cookies.get(name),
				clientAddress: () => event.getClientAddress(),
				isHttps: () =>
					requestIsHttps(
						app.env,
						(name) => event.request.headers.get(name),
						event.url.protocol === 'https:'
					),
				json: () => readJsonBody(event.request, app.env.MAX_BODY_BYTES)
			});
		} catch (error) {
			if (isHttpError(error) || isRedirect(error)) throw error;
			reply = failureReply(error, endpoint.failures);
		}
		if (reply.type === 'stream') return snapshotStream(reply.options);
		if (reply.type === 'text') {
			return new Response(reply.text, {
				status: reply.status,
				headers: { ...NO_STORE, ...reply.headers }
			});
		}
		if (reply.cookie)
			event.cookies.set(reply.cookie.name, reply.cookie.value, reply.cookie.options);
		return toResponse(reply);
	};
}
