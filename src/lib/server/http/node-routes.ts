// The requests that come by the thousand (starting an attempt and checking an answer, solo or in a
// class), and the streams (a student's live stream), served straight from node:http. SvelteKit turns every request into a Request and every
// reply into a Response: through it, 1,000 answers/s took 58% of a core here and p99 broke 20 ms;
// from node:http they take 25–35%. scripts/serve.js offers each request here
// first; anything else goes on to SvelteKit, through the shared page cache (page-cache.ts). The
// rules are shared: body checks from http.ts, replies from api-replies.ts, cookies from cookies.ts.
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app';
import { replyToAnswer, replyToClassAnswer, replyToStart } from './api-replies';
import {
	ATTEMPT_COOKIE,
	attemptKeyWhere,
	keyCookieOptions,
	requestIsHttps,
	SEAT_COOKIE,
	withAttemptKey
} from './cookies';
import { createPageCache } from './page-cache';
import { SHARED_VIEW, sharedView } from '../services/share';
import { snapshotStreamTo } from './sse';
import { refusalHeaders } from './stream-limits';
import { openStudentStream } from './student-stream';
import { isDatabaseUnavailable } from '../db/database';
import {
	checkBodyHeaders,
	DATABASE_AWAY_MESSAGE,
	DATABASE_AWAY_RETRY_SECONDS,
	databaseAway,
	NO_STORE,
	parseBody,
	SERVER_ERROR_MESSAGE,
	type JsonReply
} from './http';

/** Answers a request, or hands it to `next` (SvelteKit) untouched. */
export type NodeRoutes = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

type Reply = JsonReply & { setCookie?: string };

const START_PATH = /^\/api\/attempts(?:\?|$)/;
const ANSWER_PATH = /^\/api\/attempts\/([\w-]{1,64})\/answers(?:\?|$)/;
const CLASS_ANSWER_PATH = /^\/api\/class\/answers(?:\?|$)/;
const SHARE_PAGE_PATH = /^\/s\/([\w-]{1,64})$/;
const STUDENT_STREAM_PATH = /^\/class\/[^/?]+\/events(?:\?|$)/;
/** How long a share page rendered for one viewer's data is kept: that data names it exactly. */
const SHARE_VIEW_SECONDS = 300;
/** A play page, "/" or "/p/<pack>", without a query (a challenge link's score moves). */
const PLAY_PAGE_PATH = /^\/(?:p\/([\w-]{1,64}))?$/;
/** How long a play page with nothing to resume is kept: its pack version names it exactly. */
const PLAY_VIEW_SECONDS = 300;

/** How serve.js finds the routes: the bundle and the launcher share nothing but globalThis. */
const REGISTRY = Symbol.for('source-check.node-routes');

export function createNodeRoutes(app: App): NodeRoutes {
	// ORIGIN if set, else the protocol header, else whether the connection itself is TLS.
	const isHttps = (req: IncomingMessage): boolean =>
		requestIsHttps(
			app.env,
			(name) => req.headers[name],
			(req.socket as { encrypted?: boolean }).encrypted === true
		);

	// As adapter-node finds it: ADDRESS_HEADER (x-forwarded-for: XFF_DEPTH from the right), else the socket.
	const clientAddress = (req: IncomingMessage): string => {
		const header = app.env.ADDRESS_HEADER;
		if (!header) return req.socket.remoteAddress ?? '';
		const value = String(req.headers[header] ?? '');
		if (header !== 'x-forwarded-for') return value;
		const addresses = value.split(',');
		return (addresses[addresses.length - app.env.XFF_DEPTH] ?? addresses[0] ?? '').trim();
	};

	const route = (req: IncomingMessage): ((body: unknown) => Promise<Reply>) | undefined => {
		const url = req.url ?? '';
		const attemptKey = ANSWER_PATH.exec(url)?.[1];
		if (attemptKey) return (body) => replyToAnswer(app, attemptKey, body);
		if (CLASS_ANSWER_PATH.test(url)) {
			const seatKey = parseCookies(req.headers.cookie ?? '')[SEAT_COOKIE];
			return (body) => replyToClassAnswer(app, seatKey, body);
		}
		if (START_PATH.test(url)) {
			return async (body) => {
				const { reply, attempt } = await replyToStart(app, body, clientAddress(req));
				if (!attempt) return reply;
				const options = keyCookieOptions(ATTEMPT_COOKIE, isHttps(req));
				const before = parseCookies(req.headers.cookie ?? '')[ATTEMPT_COOKIE];
				const keys = withAttemptKey(before, attempt.key);
				return { ...reply, setCookie: serializeCookie(ATTEMPT_COOKIE, keys, options) };
			};
		}
		return undefined;
	};

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

	return (req, res, next) => {
		const reply = req.method === 'POST' ? route(req) : undefined;
		if (reply) return void answer(req, res, reply, app.env.MAX_BODY_BYTES);
		if (req.method === 'GET' && STUDENT_STREAM_PATH.test(req.url ?? '')) {
			return void studentStream(app, req, res, clientAddress(req));
		}
		// A share page seen by a viewer with cookies (one who has played): what it shows depends on
		// the viewer, so it is kept under a key naming its data (share.ts, sharedView).
		const shareId =
			req.method === 'GET' && req.headers.cookie && SHARE_PAGE_PATH.exec(req.url ?? '')?.[1];
		if (shareId) return void shareVariant(req, res, shareId, next);
		const play = req.method === 'GET' ? PLAY_PAGE_PATH.exec(req.url ?? '') : null;
		if (play) return void playVariant(req, res, play[1], next);
		pages.handle(req, res, next);
	};
}

async function answer(
	req: IncomingMessage,
	res: ServerResponse,
	reply: (body: unknown) => Promise<Reply>,
	maxBytes: number
): Promise<void> {
	try {
		const refused = checkBodyHeaders(
			req.headers['content-type'],
			req.headers['content-length'],
			maxBytes
		);
		// At the limit the rest of the body is left unread (the reply then closes the connection).
		const body = refused ?? (await parseBody(req.iterator({ destroyOnReturn: false }), maxBytes));
		send(res, body.ok ? await reply(body.body) : body.reply);
	} catch (error) {
		// The client went away: nobody is left to answer. (Not req.destroyed alone: a request whose
		// body was read to the end is destroyed too, and its client still waits for the reply.)
		if (res.socket?.destroyed !== false && !res.headersSent) return;
		if (isDatabaseUnavailable(error)) return send(res, databaseAway());
		const errorId = randomUUID();
		console.error(`[${errorId}]`, error);
		send(res, { status: 500, body: { error: SERVER_ERROR_MESSAGE, errorId } });
	}
}

/** A student's live stream (student-stream.ts), or the plain-text reason there is none. */
async function studentStream(
	app: App,
	req: IncomingMessage,
	res: ServerResponse,
	address: string
): Promise<void> {
	const refuse = (status: number, message: string, headers: Record<string, string>) => {
		if (res.headersSent || res.destroyed) return;
		res.writeHead(status, { ...NO_STORE, ...headers }).end(message);
	};
	try {
		const seatKey = parseCookies(req.headers.cookie ?? '')[SEAT_COOKIE];
		const opened = await openStudentStream(app, seatKey, address);
		if (!opened.ok) return refuse(opened.status, opened.message, refusalHeaders(opened));
		// The client left while its seat was read: nothing to stream to (nor any admission to keep).
		if (res.destroyed) return opened.options.onEnd?.();
		snapshotStreamTo(res, opened.options);
	} catch (error) {
		if (isDatabaseUnavailable(error)) {
			const retryAfter = String(DATABASE_AWAY_RETRY_SECONDS);
			return refuse(503, DATABASE_AWAY_MESSAGE, refusalHeaders({ retryAfter }));
		}
		const errorId = randomUUID();
		console.error(`[${errorId}]`, error);
		refuse(500, `${SERVER_ERROR_MESSAGE} (${errorId})`, refusalHeaders({}));
	}
}

function send(res: ServerResponse, reply: Reply): void {
	if (res.headersSent) return;
	const text = JSON.stringify(reply.body);
	const headers: Record<string, string | number> = {
		...NO_STORE,
		...reply.headers,
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text)
	};
	if (reply.setCookie) headers['set-cookie'] = reply.setCookie;
	if (!res.req.complete) headers.connection = 'close';
	res.writeHead(reply.status, headers);
	res.end(text);
}

/** Makes the routes available to scripts/serve.js (called once, when the server starts). */
export function publishNodeRoutes(app: App): void {
	(globalThis as Record<symbol, unknown>)[REGISTRY] = createNodeRoutes(app);
}
