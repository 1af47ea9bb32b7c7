// The play page of any pack ("/" plays the default one, "/p/<pack>" any other): its data, and the
// Start form for a browser whose JavaScript has not run yet.
import { fail, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { getApp } from '../app';
import { replyToStart } from '../http/api-replies';
import {
	ATTEMPT_COOKIE,
	attemptKeyWhere,
	rememberKey,
	requestIsHttps,
	withAttemptKey
} from '../http/cookies';
import type { QuizService } from '../services/quiz-service';
import { readForm } from '../http/read-form';
import { challengeScore } from '../services/share';
import type { PlayPageData } from '../../contract/play';

/** Where a pack is played: the default pack at "/", the others at "/p/<id>". */
export const playPath = (packId: string): string =>
	packId === getApp().quiz.pack.id ? '/' : `/p/${encodeURIComponent(packId)}`;

export async function loadPlayPage(
	quiz: QuizService,
	{
		cookies,
		url,
		setHeaders
	}: { cookies: Cookies; url: URL; setHeaders: RequestEvent['setHeaders'] }
): Promise<PlayPageData> {
	const { quizzes } = getApp();
	setHeaders({ 'cache-control': 'private, no-store' });
	// The cookie holds the latest rounds, of any article: this page resumes its own, if any.
	const key = await attemptKeyWhere(cookies.get(ATTEMPT_COOKIE), (k) => quiz.attempt(k));
	const state = key ? await quiz.state(key) : undefined;
	const challenge =
		(await challengeScore(quiz, state?.attempt.challenge)) ??
		(await challengeScore(quiz, url.searchParams.get('challenge')));
	return {
		pack: quiz.pack.id,
		title: quiz.pack.title,
		topic: quiz.pack.topic,
		paragraphs: quiz.paragraphs,
		questions: quiz.publicQuestions,
		resume:
			state && key
				? { attemptKey: key, publicId: state.attempt.publicId, verdicts: state.verdicts }
				: null,
		challenge,
		articles: quizzes.builtIn.map((q) => ({
			id: q.pack.id,
			title: q.pack.title,
			isDefault: q === quizzes.default,
			current: q.pack.id === quiz.pack.id
		}))
	};
}

/**
 * Start pressed before the page's JavaScript ran (a slow phone): the form posts here, the attempt
 * starts server-side, and the page it redirects to resumes it (the attempt cookie).
 */
export async function startFromForm(
	packId: string,
	{ cookies, request, url, getClientAddress }: RequestEvent
) {
	const read = await readForm(request);
	if (!read.ok) return read.failure;
	const challenge = read.form.get('challenge');
	const app = getApp();
	const address = getClientAddress();
	const body = { pack: packId, ...(typeof challenge === 'string' && challenge && { challenge }) };
	let started = await replyToStart(app, body, address);
	// A challenge id that is not one: a plain round rather than none.
	if (started.reply.status === 400) started = await replyToStart(app, { pack: packId }, address);
	if (!started.attempt) {
		const { error } = started.reply.body as { error: string };
		return fail(started.reply.status, { message: error });
	}
	const secure = requestIsHttps(
		app.env,
		(name) => request.headers.get(name),
		url.protocol === 'https:'
	);
	const keys = withAttemptKey(cookies.get(ATTEMPT_COOKIE), started.attempt.key);
	rememberKey(cookies, ATTEMPT_COOKIE, keys, secure);
	redirect(303, playPath(packId));
}
