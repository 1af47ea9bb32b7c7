// Starts the built app. Over plain http (a laptop, a classroom network) adapter-node would assume
// https when ORIGIN is unset, which breaks same-origin form checks and absolute links; this server
// tells it the protocol each connection really uses. Set ORIGIN or PROTOCOL_HEADER behind a proxy.
import http from 'node:http';
import { SECURITY_HEADERS } from '../src/lib/security-headers.js';

const OWN_HEADER = 'x-source-check-protocol';
if (!process.env.ORIGIN && !process.env.PROTOCOL_HEADER) process.env.PROTOCOL_HEADER = OWN_HEADER;
const injectProtocol = process.env.PROTOCOL_HEADER === OWN_HEADER;

// The handler reads its environment when it is first imported, so it is imported after the above.
// Importing it also starts the app, which publishes its node:http routes (src/lib/server/http/node-routes.ts):
// the hot endpoints (hot-endpoints.ts), served without SvelteKit's Request/Response layer, and a page cache.
const { handler } = await import('../build/handler.js');
// SOURCE_CHECK_NODE_ROUTES=off serves everything through SvelteKit (no fast path, no page cache):
// for the benchmarks, which measure what the fast path is worth (bench:class --no-node-routes).
const nodeRoutes =
	process.env.SOURCE_CHECK_NODE_ROUTES === 'off'
		? undefined
		: globalThis[Symbol.for('source-check.node-routes')];

// The bounds on connections (src/lib/server/http/connection-limits.ts): node:http's timeouts, given
// when the server is created, and the counts per address and in all, kept as sockets come and go.
const connections = globalThis[Symbol.for('source-check.connection-limits')];

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';

let closing = false;
const server = http.createServer(connections.serverOptions, (req, res) => {
	// Overwritten on every request, so a client cannot claim https over plain http.
	if (injectProtocol) req.headers[OWN_HEADER] = 'http';
	// Defaults for every reply; a page's own header (teacher pages: same-origin) wins in writeHead.
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	if (nodeRoutes) nodeRoutes(req, res, () => handler(req, res));
	else handler(req, res);
});
connections.limit(server);

// While closing, a connection whose last response has ended (a live stream the app ended, say) is
// idle: close it then, rather than keep it open for its keep-alive time.
server.on('request', (req) => {
	req.on('close', () => {
		if (closing) server.closeIdleConnections();
	});
});

server.listen(port, host, () => {
	console.log(
		`Source Check is listening on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`
	);
	const { perAddress, total, idleMs } = connections.limits;
	console.log(
		`Connections: at most ${total} open, ${perAddress || 'any number'} from one address, ` +
			`closed after ${idleMs / 1000} s idle.`
	);
});

// The same shutdown as adapter-node's own entry (`node build`): stop taking connections, close
// idle ones, and once the server has closed emit 'sveltekit:shutdown', on which the app ends its
// streams and releases the database, the checkpoint worker and its timers
// (src/lib/server/http/shutdown.ts). The process then exits on its own.
function shutdown(signal) {
	if (closing) return;
	closing = true;
	console.log(`${signal}: closing`);
	server.close(() => process.emit('sveltekit:shutdown', signal));
	server.closeIdleConnections();
	// A request still running after this long is cut off, as adapter-node does after SHUTDOWN_TIMEOUT.
	setTimeout(() => server.closeAllConnections(), 5_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
