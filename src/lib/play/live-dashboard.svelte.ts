// Keeps a teacher view live: the first snapshot comes with the page, then the server streams updates.
// The teacher's messages carry one page of the roster; the projector's, the aggregates alone. Each
// message is read against the contract's schema before it is shown.
import type * as z from 'zod/mini';
import type { Dashboard } from '$lib/contract/dashboard';
import { followEvents } from './live-events';

export class LiveDashboard<T extends Dashboard = Dashboard> {
	current: T = $state.raw() as T;
	connected = $state(false);
	gone = $state(false);
	readonly #schema: z.ZodMiniType<T>;

	constructor(schema: z.ZodMiniType<T>, initial: T) {
		this.#schema = schema;
		this.current = initial;
	}

	/** Opens the stream, which comes back by itself after a dropped connection (live-events.ts). */
	connect(url: string): () => void {
		const events = followEvents(
			url,
			(source) => {
				source.onmessage = (event) => {
					// A broken message is skipped; the next one carries the whole state again.
					let data: unknown;
					try {
						data = JSON.parse(event.data);
					} catch {
						return;
					}
					const read = this.#schema.safeParse(data);
					if (read.success) this.current = read.data;
				};
				source.addEventListener('gone', () => {
					this.gone = true;
					events.close();
				});
			},
			(open) => (this.connected = open)
		);
		return () => events.close();
	}
}
