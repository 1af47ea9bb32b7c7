// Server start-up and error handling: open the database on boot, never leak internals in an error.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { randomUUID } from 'node:crypto';
import { startApp } from '$lib/server/app';
import { compressHtml } from '$lib/server/http/compress-html';
import { isDatabaseUnavailable } from '$lib/server/db/database';
import {
	DATABASE_AWAY_MESSAGE,
	DATABASE_AWAY_RETRY_SECONDS,
	SERVER_ERROR_MESSAGE
} from '$lib/server/http/http';
import { publishConnectionLimits } from '$lib/server/http/connection-limits';
import { publishNodeRoutes } from '$lib/server/http/node-routes';
import { stopOnShutdown } from '$lib/server/http/shutdown';
import { SECURITY_HEADERS } from '$lib/security-headers.js';

export const init: ServerInit = async () => {
	const app = await startApp();
	publishNodeRoutes(app);
	publishConnectionLimits(app.env);
	// Vite's dev server stops its own way; built, both entries stop through here.
	if (!dev) stopOnShutdown();
};

export const handle: Handle = async ({ event, resolve }) => {
	let response = await resolve(event);
	if (event.locals.databaseAway) response = asDatabaseAway(response);
	// serve.js sets these on every reply; this covers `npm run dev` and `node build` (a page's own wins).
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		try {
			if (!response.headers.has(name)) response.headers.set(name, value);
		} catch {
			// Immutable headers (a fetched Response): serve.js still sets them.
		}
	}
	return dev ? response : compressHtml(event.request, response);
};

/**
 * A request the database could not serve (PostgreSQL restarting): SvelteKit answered it 500 with
 * the message below; it is a 503 with Retry-After instead, so clients and proxies try again.
 */
function asDatabaseAway(response: Response): Response {
	const headers = new Headers(response.headers);
	headers.set('retry-after', String(DATABASE_AWAY_RETRY_SECONDS));
	headers.set('cache-control', 'no-store');
	// An API reply says it as every API refusal does (and as endpoint.ts does): { error }.
	if (headers.get('content-type')?.startsWith('application/json')) {
		headers.delete('content-length');
		return new Response(JSON.stringify({ error: DATABASE_AWAY_MESSAGE }), { status: 503, headers });
	}
	return new Response(response.body, { status: 503, headers });
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message: 'This page does not exist.' };
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseAway = true;
		console.error(`Database away: ${event.request.method} ${event.url.pathname}: ${String(error)}`);
		return { message: DATABASE_AWAY_MESSAGE };
	}
	const errorId = randomUUID();
	console.error(`[${errorId}]`, error);
	return {
		message: status >= 500 ? SERVER_ERROR_MESSAGE : message,
		errorId
	};
};
