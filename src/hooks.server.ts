// Server start-up and error handling: open the database on boot, never leak internals in an error.
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { randomUUID } from 'node:crypto';
import { startApp } from '$lib/server/app';
import { compressHtml } from '$lib/server/http/compress-html';
import { SERVER_ERROR_MESSAGE } from '$lib/server/http/http';
import { publishNodeRoutes } from '$lib/server/http/node-routes';
import { stopOnShutdown } from '$lib/server/http/shutdown';
import { SECURITY_HEADERS } from '$lib/security-headers.js';

export const init: ServerInit = async () => {
	publishNodeRoutes(await startApp());
	// Vite's dev server stops its own way; built, both entries stop through here.
	if (!dev) stopOnShutdown();
};

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
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

export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status === 404) return { message: 'This page does not exist.' };
	const errorId = randomUUID();
	console.error(`[${errorId}]`, error);
	return {
		message: status >= 500 ? SERVER_ERROR_MESSAGE : message,
		errorId
	};
};
