// Test helper: a real node:http server on a free loopback port, closed after the test file runs.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** Serves `handler`; `origin()` is its address once the tests start. */
export function loopbackServer(handler: http.RequestListener): { origin: () => string } {
	const server = http.createServer(handler);
	let origin = '';
	beforeAll(async () => {
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
	return { origin: () => origin };
}
