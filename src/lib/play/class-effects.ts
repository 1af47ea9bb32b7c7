// The class page's browser effects, as actors the class machine invokes: the live stream, the
// network status, and answering with the answers given offline kept for later.
import { fromCallback } from 'xstate';
import { parsePaceUpdate } from '../contract/classroom';
import { OfflineError } from './api';
import { followEvents } from './live-events';
import type { Outbox } from './outbox';
import type { CheckRequest, CheckResult, QuizEvent } from './quiz-machine';

/**
 * Follows a class's live stream at `url` (live-events.ts: back by itself after a lost connection;
 * each new stream starts with the class's pace as it is then). A new pace goes to the machine; a
 * removal, or the class closing while the page shows it open, to `onChange` (the page reloads).
 */
export const followClass = (url: string, shownClosed: boolean, onChange: () => void) =>
	fromCallback(({ sendBack }) => {
		const send: (event: QuizEvent) => void = sendBack;
		const events = followEvents(url, (source) => {
			// This seat opened a newer stream (another tab): that one follows the class now.
			source.addEventListener('replaced', () => events.close());
			source.onmessage = (message) => {
				const update = parsePaceUpdate(message.data);
				if (!update) return;
				if ('removed' in update || (update.closed && !shownClosed)) onChange();
				else send({ type: 'pace.update', openQuestions: update.openQuestions });
			};
		});
		return () => events.close();
	});

/** Hears the browser coming back online. */
export const watchNetwork = fromCallback(({ sendBack }) => {
	const online = () => sendBack({ type: 'network.online' } satisfies QuizEvent);
	window.addEventListener('online', online);
	return () => window.removeEventListener('online', online);
});

/**
 * Checks a class answer; when the results wait for the end (no verdict to go on), an answer that
 * cannot get through is kept in `outbox` and goes later, and the student moves on.
 */
export const checkOrKeep =
	(check: (request: CheckRequest) => Promise<CheckResult>, outbox: Outbox, keep: boolean) =>
	async (request: CheckRequest): Promise<CheckResult> => {
		try {
			return await check(request);
		} catch (error) {
			if (!(error instanceof OfflineError) || !keep) throw error;
			outbox.add(request);
			return { questionId: request.questionId, withheld: true };
		}
	};
