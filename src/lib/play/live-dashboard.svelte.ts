// Keeps a teacher view live: the first snapshot comes with the page, then the server streams updates.
import type { Dashboard } from '$lib/server/classroom-service';

export class LiveDashboard {
	current: Dashboard = $state.raw() as Dashboard;
	connected = $state(false);
	gone = $state(false);

	constructor(initial: Dashboard) {
		this.current = initial;
	}

	/** Opens the stream; EventSource reconnects by itself after a dropped connection. */
	connect(url: string): () => void {
		const source = new EventSource(url);
		source.onopen = () => (this.connected = true);
		source.onerror = () => (this.connected = false);
		source.onmessage = (event) => {
			try {
				this.current = JSON.parse(event.data) as Dashboard;
			} catch {
				// A broken message is skipped; the next one carries the whole state again.
			}
		};
		source.addEventListener('gone', () => {
			this.gone = true;
			source.close();
		});
		return () => source.close();
	}
}
