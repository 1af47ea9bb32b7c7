// What the busiest JSON endpoints reply, whichever layer carries the request (SvelteKit or
// node:http, see node-routes.ts).
import * as z from 'zod';
import type { App } from './app';
import type { AttemptRow } from './attempt-store';
import { tooMany, type JsonReply } from './http';

const StartRequest = z.object({
	challenge: z.string().max(64).nullish(),
	/** The pack to play; the default (first built-in) pack when none is named. */
	pack: z.string().max(64).nullish(),
	/**
	 * One version of a pack rather than its current one: the authoring page's preview. A version is
	 * a hash of the content, known only to whoever has the content.
	 */
	version: z.string().max(64).nullish()
});

/** POST /api/attempts: a new attempt, optionally against a friend's shared result. */
export function replyToStart(
	app: App,
	body: unknown,
	address: string
): { reply: JsonReply; attempt?: AttemptRow } {
	const allowed = app.limits.attempts.take(address);
	if (!allowed.ok) return { reply: tooMany('new quizzes', allowed.retryAfterSeconds) };
	const start = StartRequest.safeParse(body);
	if (!start.success) {
		return {
			reply: {
				status: 400,
				body: {
					error:
						'Send {} or {"challenge": "<shared result id>", "pack": "<article id>", "version": "<pack version>"}.'
				}
			}
		};
	}
	const { pack, version } = start.data;
	const quiz = version
		? app.quizzes.byVersion(version)
		: pack
			? app.quizzes.byPack(pack)
			: app.quiz;
	if (!quiz) {
		return {
			reply: { status: 404, body: { error: 'There is no article with that id. Check the link.' } }
		};
	}
	if (pack && !version) app.packs.markPlayed(pack);
	const attempt = quiz.start(start.data.challenge);
	return {
		attempt,
		reply: {
			status: 201,
			body: { attemptKey: attempt.key, publicId: attempt.publicId, total: attempt.total }
		}
	};
}

/** POST /api/attempts/:key/answers: the verdict, or why there is none (with the one on record). */
export function replyToAnswer(app: App, attemptKey: string, body: unknown): JsonReply {
	// The attempt names the pack version it is played on; an unknown attempt gets the usual 404.
	const found = app.quizzes.withAttempt(attemptKey);
	const result = (found?.quiz ?? app.quiz).answer(attemptKey, body, found?.attempt);
	if (result.ok) return { status: 200, body: result.verdict };
	return {
		status: result.status,
		body: { error: result.message, ...(result.verdict && { verdict: result.verdict }) }
	};
}

/** POST /api/class/answers: the verdict, or only that it was taken when the class withholds them. */
export function replyToClassAnswer(
	app: App,
	seatKey: string | undefined,
	body: unknown
): JsonReply {
	const result = app.classroom.answer(seatKey, body);
	if (!result.ok) return { status: result.status, body: { error: result.message } };
	return {
		status: 200,
		body: result.verdict ?? { questionId: result.questionId, withheld: true }
	};
}
