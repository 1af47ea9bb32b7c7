// The endpoints that come by the thousand (starting an attempt, checking an answer solo or in a
// class, a student's live stream), each defined once. SvelteKit serves them from their +server.ts
// (kit-endpoint.ts); built, scripts/serve.js serves them straight from node:http (node-endpoints.ts),
// where they cost about half the CPU that SvelteKit's Request/Response layer adds
// (`npm run bench:class -- --no-node-routes` measures the difference).
import { replyToAnswer, replyToClassAnswer, replyToStart } from './api-replies';
import { ATTEMPT_COOKIE, keyCookieOptions, SEAT_COOKIE, withAttemptKey } from './cookies';
import { jsonReply, textReply, type Endpoint } from './endpoint';
import { RETRY_STREAM_SECONDS } from './stream-limits';

/** POST /api/attempts: a new attempt, remembered in the attempt cookie (newest key first). */
export const startAttempt: Endpoint = {
	method: 'POST',
	route: '/api/attempts',
	failures: 'json',
	async handle({ app, json, clientAddress, cookie, isHttps }) {
		const body = await json();
		if (!body.ok) return jsonReply(body.reply);
		const { reply, attempt } = await replyToStart(app, body.body, clientAddress());
		if (!attempt) return jsonReply(reply);
		const value = withAttemptKey(cookie(ATTEMPT_COOKIE), attempt.key);
		const options = keyCookieOptions(ATTEMPT_COOKIE, isHttps());
		return { ...jsonReply(reply), cookie: { name: ATTEMPT_COOKIE, value, options } };
	}
};

/** POST /api/attempts/:key/answers: one answer scored, with the evidence. */
export const answer: Endpoint = {
	method: 'POST',
	route: '/api/attempts/[key]/answers',
	failures: 'json',
	async handle({ app, params, json }) {
		const body = await json();
		return jsonReply(body.ok ? await replyToAnswer(app, params.key!, body.body) : body.reply);
	}
};

/** POST /api/class/answers: the answer of the student whose seat is in the cookie. */
export const classAnswer: Endpoint = {
	method: 'POST',
	route: '/api/class/answers',
	failures: 'json',
	async handle({ app, cookie, json }) {
		const body = await json();
		if (!body.ok) return jsonReply(body.reply);
		return jsonReply(await replyToClassAnswer(app, cookie(SEAT_COOKIE), body.body));
	}
};

/**
 * GET /class/CODE/events: what a student's screen must follow live, pacing and closing, and no
 * names. One seat keeps one stream (a newer one ends it); an address has a cap (stream-limits.ts).
 */
export const studentStream: Endpoint = {
	method: 'GET',
	route: '/class/[code]/events',
	failures: 'text',
	async handle({ app: { classroom, streams }, cookie, clientAddress }) {
		const seatKey = cookie(SEAT_COOKIE);
		const student = await classroom.seat(seatKey);
		if (!student.ok) return textReply(student.status, student.message);
		const admitted = streams.student(student.seat.id, clientAddress());
		if (!admitted.ok) return textReply(admitted.status, admitted.message, RETRY_STREAM_SECONDS);
		return {
			type: 'stream',
			options: {
				changes: classroom.changes,
				// Told of pacing, closing and removals only: not of every answer and join in the class.
				topic: classroom.paceTopic(student.classRow.id),
				throttleMs: 100,
				signal: admitted.signal,
				onEnd: admitted.release,
				snapshot: () => classroom.pace(seatKey)
			}
		};
	}
};

export const HOT_ENDPOINTS: readonly Endpoint[] = [
	startAttempt,
	answer,
	classAnswer,
	studentStream
];
