// A live stream that comes back by itself. The browser's EventSource reconnects after a dropped
// connection (an instance stopped, a proxy restarted), but gives up for good on any answer other
// than 200: a 503 while the server's database restarts, or a reply from an instance on its way
// down. Then a new one is opened, waiting longer each time, so a screen left open follows the
// class again once the server is back, and a server that stays away is asked rarely.

const FIRST_WAIT_MS = 2_000;
const LONGEST_WAIT_MS = 30_000;

export interface LiveEvents {
	/** Closes the stream for good (the page is leaving, or the server said it is over). */
	close(): void;
}

/**
 * Opens `url` and hands every EventSource it uses to `attach` (for its listeners); `onState` hears
 * whether the stream is open.
 */
export function followEvents(
	url: string,
	attach: (source: EventSource) => void,
	onState: (open: boolean) => void = () => {}
): LiveEvents {
	let source: EventSource | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let wait = FIRST_WAIT_MS;
	let closed = false;
	const open = () => {
		source = new EventSource(url);
		source.addEventListener('open', () => {
			wait = FIRST_WAIT_MS;
			onState(true);
		});
		source.addEventListener('error', () => {
			onState(false);
			// CONNECTING: the browser is reconnecting by itself. CLOSED: it gave up.
			if (closed || source?.readyState !== EventSource.CLOSED) return;
			timer = setTimeout(open, wait);
			wait = Math.min(wait * 2, LONGEST_WAIT_MS);
		});
		attach(source);
	};
	open();
	return {
		close() {
			closed = true;
			clearTimeout(timer);
			source?.close();
			onState(false);
		}
	};
}
