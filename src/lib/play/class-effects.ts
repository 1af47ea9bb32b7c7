// The class page's browser effects, as actors the class machine invokes: the live stream, the
// network status, and answering with the answers given offline kept for later.
import { fromPromise, type AnyActorRef } from 'xstate';
import { parsePaceUpdate } from '../contract/classroom';
import { OfflineError } from './api';
import { followEvents } from './live-events';
import type { Outbox } from './outbox';
import type { CheckRequest, CheckResult, QuizEvent } from './quiz-machine';

/**
 * An actor that listens (to a stream, to the window) until the state that invoked it is left, and
 * tells the machine that invoked it what it hears: what xstate's `fromCallback` does. It is built
 * on `fromPromise` because xstate keeps both in one module, which the play page loads: with
 * `fromCallback` the play page would carry it too, and go over its weight budget (by 180 B).
 * `listen` returns how to stop; the machine invokes it with itself as the input.
 */
export const listener = (listen: (tell: (event: QuizEvent) => void) => () => void) =>
	fromPromise<never, AnyActorRef>(
		({ input: machine, signal }) =>
			new Promise<never>(() => {
				const stop = listen((event) => machine.send(event));
				signal.addEventListener('abort', stop, { once: true });
			})
	);

/**
 * Follows a class's live stream at `url` (live-events.ts: back by itself after a lost connection;
 * each new stream starts with the class's pace as it is then). A new pace goes to the machine; a
 * removal, or the class closing while the page shows it open, to `onChange` (the page reloads).
 */
export const followClass = (url: string, shownClosed: boolean, onChange: () => void) =>
	listener((tell) => {
		const events = followEvents(url, (source) => {
			// This seat opened a newer stream (another tab): that one follows the class now.
			source.addEventListener('replaced', () => events.close());
			source.onmessage = (message) => {
				const update = parsePaceUpdate(message.data);
				if (!update) return;
				if ('removed' in update || (update.closed && !shownClosed)) onChange();
				else tell({ type: 'pace.update', openQuestions: update.openQuestions });
			};
		});
		return () => events.close();
	});

/** Hears the browser coming back online. */
export const watchNetwork = listener((tell) => {
	const online = () => tell({ type: 'network.online' });
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
