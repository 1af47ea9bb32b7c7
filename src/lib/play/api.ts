// The browser's calls to the quiz API; every reply is checked before the game trusts it.
import type { GivenAnswer } from '../quiz/scoring';
import { Conflict, Created, Problem } from '../contract/api';
import { Verdict } from '../quiz/verdict';
import type { CheckRequest } from './quiz-machine';

export const OFFLINE_MESSAGE =
	"We couldn't reach the server. Your answer is kept: check your connection and try again.";

/** The request never reached the server (or, in a class, the server asked for it again): keep it. */
export class OfflineError extends Error {
	override name = 'OfflineError';
	constructor(message = OFFLINE_MESSAGE) {
		super(message);
	}
}

export async function send(url: string, body: unknown, fetchFn: typeof fetch): Promise<Response> {
	try {
		return await fetchFn(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
	} catch {
		throw new OfflineError();
	}
}

export async function readJson(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		throw new Error(`The server sent an unreadable reply (${response.status}). Try again.`);
	}
}

export function rejection(payload: unknown, status: number): Error {
	const problem = Problem.safeParse(payload);
	return new Error(
		problem.success ? problem.data.error : `The server could not take that (${status}). Try again.`
	);
}

export async function createAttempt(
	challenge: string | null = null,
	pack: string | null = null,
	fetchFn: typeof fetch = fetch
): Promise<{ attemptKey: string; publicId: string }> {
	const body = { ...(challenge && { challenge }), ...(pack && { pack }) };
	const response = await send('/api/attempts', body, fetchFn);
	const payload = await readJson(response);
	if (!response.ok) throw rejection(payload, response.status);
	const created = Created.safeParse(payload);
	if (!created.success) throw new Error('The server sent an unexpected reply. Try again.');
	return created.data;
}

export async function checkAnswer(
	request: CheckRequest,
	fetchFn: typeof fetch = fetch
): Promise<Verdict> {
	const body: { questionId: string; answer: GivenAnswer; cited: string[] } = {
		questionId: request.questionId,
		answer: request.answer,
		cited: request.cited
	};
	const response = await send(
		`/api/attempts/${encodeURIComponent(request.attemptKey)}/answers`,
		body,
		fetchFn
	);
	const payload = await readJson(response);
	// An answer already on record (another tab, an earlier retry) is the truth: show it.
	const conflict = Conflict.safeParse(payload);
	if (response.status === 409 && conflict.success) return conflict.data.verdict;
	if (!response.ok) throw rejection(payload, response.status);
	const verdict = Verdict.safeParse(payload);
	if (!verdict.success) throw new Error('The server sent an unexpected reply. Try again.');
	return verdict.data;
}
