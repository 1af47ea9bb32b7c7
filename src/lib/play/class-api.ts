// A student's answer in a class, sent from the class page alone (so none of this reaches the play
// page's bundle): the verdict, or only "on record" when results wait for the end.
import { Withheld } from '../contract/api';
import { Verdict } from '../quiz/verdict';
import { OfflineError, readJson, rejection, send } from './api';
import type { CheckRequest, CheckResult } from './quiz-machine';

/** A class answer the server asked for again (503: its database is away for a moment). */
export const RETRY_SOON_MESSAGE =
	'The server is busy for a moment. Your answer is kept and will be sent again in a few seconds.';

export async function checkClassAnswer(
	request: CheckRequest,
	fetchFn: typeof fetch = fetch
): Promise<CheckResult> {
	const body = { questionId: request.questionId, answer: request.answer, cited: request.cited };
	const response = await send('/api/class/answers', body, fetchFn);
	// Kept like an answer given offline; the class page sends it again by itself.
	if (response.status === 503) throw new OfflineError(RETRY_SOON_MESSAGE);
	const payload = await readJson(response);
	if (!response.ok) throw rejection(payload, response.status);
	const withheld = Withheld.safeParse(payload);
	if (withheld.success) return withheld.data;
	const verdict = Verdict.safeParse(payload);
	if (!verdict.success) throw new Error('The server sent an unexpected reply. Try again.');
	return verdict.data;
}
