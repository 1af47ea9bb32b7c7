// Keeps a teacher view live: the first snapshot comes with the page, then the server streams updates.
// The teacher's messages carry one page of the roster; the projector's, the aggregates alone. Their
// shape is the contract's (lib/contract/dashboard.ts), which the server's specs check every message
// against; the browser takes them as they come rather than load zod's code on these pages too (it
// would then leave the play page's bundle for a shared chunk, a kilobyte heavier).
import type { Dashboard } from '$lib/contract/dashboard';
import { followEvents } from './live-events';

export class LiveDashboard<T extends Dashboard = Dashboard> {
	current: T = $state.raw() as T;
	connected = $state(false);
	gone = $state(false);
	/** A newer tab took this one's place (a class keeps only so many teacher dashboards live). */
	replaced = $state(false);
	constructor(initial: T) {
		this.current = initial;
	}

	/** Opens the stream, which comes back by itself after a dropped connection (live-events.ts). */
	connect(url: string): () => void {
		const events = followEvents(
			url,
			(source) => {
				source.onmessage = (event) => {
					try {
						this.current = JSON.parse(event.data) as T;
					} catch {
						// A broken message is skipped; the next one carries the whole state again.
					}
				};
				source.addEventListener('gone', () => {
					this.gone = true;
					events.close();
				});
				// Not followed again by itself: it would only end the next oldest tab in turn.
				source.addEventListener('replaced', () => {
					this.replaced = true;
					events.close();
				});
			},
			(open) => (this.connected = open)
		);
		return () => events.close();
	}
}
