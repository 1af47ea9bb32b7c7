// One way to stop, whichever entry started the server. `node build` (adapter-node's own entry) and
// scripts/serve.js both close their http server on SIGTERM or SIGINT and then emit
// 'sveltekit:shutdown'. The server cannot close while a live stream is open, so the signal ends the
// streams at once; the shutdown event then releases the rest, and the process exits on its own.
import { closeApp } from '../app';
import { endAllStreams } from './sse';

let installed = false;

export function stopOnShutdown(): void {
	if (installed) return;
	installed = true;
	for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, endAllStreams);
	process.once('sveltekit:shutdown', () => {
		closeApp().catch((error: unknown) =>
			console.error('Shutdown: could not close cleanly.', error)
		);
	});
}
