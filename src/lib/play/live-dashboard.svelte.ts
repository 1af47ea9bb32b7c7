// Keeps a teacher view live: the first snapshot comes with the page, then the server streams updates.
// The teacher's messages carry one page of the roster; the projector's, the aggregates alone.
import type { Dashboard } from '$lib/server/classroom-service';

export class LiveDashboard<T extends Dashboard = Dashboard> {
	current: T = $state.raw() as T;
	connected = $state(false);
	gone = $state(false);

	constructor(initial: T) {
		this.current = initial;
	}

	/** Opens the stream; EventSource reconnects by itself after a dropped connection. */
	connect(url: string): () => void {
		const source = new EventSource(url);
		source.onopen = () => (this.connected = true);
		source.onerror = () => (this.connected = false);
		source.onmessage = (event) => {
			try {
				this.current = JSON.parse(event.data) as T;
			} catch {
				// A broken message is skipped; the next one carries the whole state again.
			}
		};
		source.addEventListener('gone', () => {
			this.gone = true;
			source.close();
		});
		return () => {
			source.close();
			this.connected = false;
		};
	}
}
