// What the busiest JSON endpoints reply (hot-endpoints.ts), and the Start form of a page without
// JavaScript (play-page.ts): the rules of starting and answering, apart from how the request came.
import * as z from 'zod';
import type { Created, Withheld } from '../../contract/api';
import type { App } from '../app';
import type { AttemptRow } from '../db/attempt-store';
import { refuse } from '../../contract/refusal';
import { refusalReply, tooMany, type JsonReply } from './http';

const StartRequest = z.object({
	challenge: z.string().max(64).nullish(),
	/** The pack to play; the default (first built-in) pack when none is named. */
	pack: z.string().max(64).nullish()
});

/** POST /api/attempts: a new attempt, optionally against a friend's shared result. */
export async function replyToStart(
	app: App,
	body: unknown,
	address: string
): Promise<{ reply: JsonReply; attempt?: AttemptRow }> {
	const allowed = app.limits.attempts.take(address);
	if (!allowed.ok) return { reply: tooMany('new quizzes', allowed.retryAfterSeconds) };
	const start = StartRequest.safeParse(body);
	if (!start.success) {
		const shape = 'Send {} or {"challenge": "<shared result id>", "pack": "<article id>"}.';
		return { reply: refusalReply(refuse(400, shape)) };
	}
	const { pack } = start.data;
	const quiz = pack ? await app.quizzes.byPack(pack) : app.quiz;
	if (!quiz) {
		return {
			reply: refusalReply(refuse(404, 'There is no article with that id. Check the link.'))
		};
	}
	if (pack) await app.packs.markPlayed(pack);
	const attempt = await quiz.start(start.data.challenge);
	return {
		attempt,
		reply: {
			status: 201,
			body: {
				attemptKey: attempt.key,
				publicId: attempt.publicId,
				total: attempt.total
			} satisfies Created
		}
	};
}

/** POST /api/attempts/:key/answers: the verdict, or why there is none (with the one on record). */
export async function replyToAnswer(
	app: App,
	attemptKey: string,
	body: unknown
): Promise<JsonReply> {
	// The attempt names the pack version it is played on; an unknown attempt gets the usual 404.
	const found = await app.quizzes.withAttempt(attemptKey);
	const result = await (found?.quiz ?? app.quiz).answer(attemptKey, body, found?.attempt);
	if (result.ok) return { status: 200, body: result.verdict };
	return refusalReply(result, result.verdict && { verdict: result.verdict });
}

/** POST /api/class/answers: the verdict, or only that it was taken when the class withholds them. */
export async function replyToClassAnswer(
	app: App,
	seatKey: string | undefined,
	body: unknown
): Promise<JsonReply> {
	const result = await app.classroom.answer(seatKey, body);
	if (!result.ok) return refusalReply(result);
	return {
		status: 200,
		body: result.verdict ?? ({ questionId: result.questionId, withheld: true } satisfies Withheld)
	};
}
