// What scripts/serve.js offers each request before SvelteKit: the hot endpoints (hot-endpoints.ts),
// served straight from node:http (node-endpoints.ts), and the shared page cache (page-cache.ts) in
// front of SvelteKit's pages. Anything else goes on to SvelteKit untouched.
import { parse as parseCookies } from 'cookie';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app';
import { ATTEMPT_COOKIE, attemptKeyWhere } from './cookies';
import { HOT_ENDPOINTS } from './hot-endpoints';
import { nodeEndpoints, type NodeRoutes } from './node-endpoints';
import { createPageCache } from './page-cache';
import { SHARED_VIEW, sharedView } from '../services/share';

export type { NodeRoutes };

const SHARE_PAGE_PATH = /^\/s\/([\w-]{1,64})$/;
/** How long a share page rendered for one viewer's data is kept: that data names it exactly. */
const SHARE_VIEW_SECONDS = 300;
/** A play page, "/" or "/p/<pack>", without a query (a challenge link's score moves). */
const PLAY_PAGE_PATH = /^\/(?:p\/([\w-]{1,64}))?$/;
/** How long a play page with nothing to resume is kept: its pack version names it exactly. */
const PLAY_VIEW_SECONDS = 300;

/** How serve.js finds the routes: the bundle and the launcher share nothing but globalThis. */
const REGISTRY = Symbol.for('source-check.node-routes');

export function createNodeRoutes(app: App): NodeRoutes {
	const endpoints = nodeEndpoints(app, HOT_ENDPOINTS);

	const pages = createPageCache({
		keyHeaders: ['host', app.env.PROTOCOL_HEADER, app.env.HOST_HEADER].filter(
			(h) => h !== undefined
		)
	});

	const shareVariant = async (
		req: IncomingMessage,
		res: ServerResponse,
		shareId: string,
		next: () => void
	): Promise<void> => {
		try {
			const quiz = await app.quizzes.forPublicId(shareId);
			const cookie = parseCookies(req.headers.cookie ?? '')[ATTEMPT_COOKIE];
			const viewerKey = quiz && (await attemptKeyWhere(cookie, (k) => quiz.attempt(k)));
			const view = quiz && (await sharedView(quiz, shareId, viewerKey));
			if (view) {
				(req as IncomingMessage & { [SHARED_VIEW]?: unknown })[SHARED_VIEW] = view.result;
				return pages.handleVariant(req, res, view.key, SHARE_VIEW_SECONDS, next);
			}
		} catch (error) {
			// SvelteKit renders the page (and its error) as it would without the fast path.
			console.error(error);
		}
		pages.handle(req, res, next);
	};

	// A play page for someone with no round of this version to resume is the same for everyone:
	// kept under its version, so a large pack is not rendered again for every visitor.
	const playVariant = async (
		req: IncomingMessage,
		res: ServerResponse,
		packId: string | undefined,
		next: () => void
	): Promise<void> => {
		try {
			const quiz = packId === undefined ? app.quiz : await app.quizzes.byPack(packId);
			const cookie = parseCookies(req.headers.cookie ?? '')[ATTEMPT_COOKIE];
			const resumes = quiz && (await attemptKeyWhere(cookie, (k) => quiz.attempt(k)));
			if (quiz && !resumes)
				return pages.handleVariant(req, res, `play ${quiz.version}`, PLAY_VIEW_SECONDS, next);
		} catch (error) {
			console.error(error);
		}
		pages.handle(req, res, next);
	};

	return (req, res, next) =>
		endpoints(req, res, () => {
			// A share page seen by a viewer with cookies (one who has played): what it shows depends on
			// the viewer, so it is kept under a key naming its data (share.ts, sharedView).
			const shareId =
				req.method === 'GET' && req.headers.cookie && SHARE_PAGE_PATH.exec(req.url ?? '')?.[1];
			if (shareId) return void shareVariant(req, res, shareId, next);
			const play = req.method === 'GET' ? PLAY_PAGE_PATH.exec(req.url ?? '') : null;
			if (play) return void playVariant(req, res, play[1], next);
			pages.handle(req, res, next);
		});
}

/** Makes the routes available to scripts/serve.js (called once, when the server starts). */
export function publishNodeRoutes(app: App): void {
	(globalThis as Record<symbol, unknown>)[REGISTRY] = createNodeRoutes(app);
}
