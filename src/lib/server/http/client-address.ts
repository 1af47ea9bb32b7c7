// The client's address as adapter-node's getClientAddress() finds it, for requests that node:http
// serves without SvelteKit (node-endpoints.ts): behind a proxy, ADDRESS_HEADER names the header that
// carries it; with x-forwarded-for, XFF_DEPTH counts the trusted proxies from the right (the left
// end is whatever the client wrote). Without ADDRESS_HEADER, the connection's own address.
import type { IncomingHttpHeaders } from 'node:http';
import type { Env } from '../config/env';

export function clientAddress(
	env: Pick<Env, 'ADDRESS_HEADER' | 'XFF_DEPTH'>,
	headers: IncomingHttpHeaders,
	socketAddress: string | undefined
): string {
	const header = env.ADDRESS_HEADER;
	if (!header) return socketAddress ?? '';
	// A request that did not come through the proxy: as adapter-node, an error, not a guess.
	if (!(header in headers)) {
		throw new Error(
			`Address header was specified with ADDRESS_HEADER=${header} but is absent from request`
		);
	}
	const value = String(headers[header] ?? '');
	if (header !== 'x-forwarded-for') return value;
	const addresses = value.split(',');
	if (env.XFF_DEPTH > addresses.length) {
		throw new Error(`XFF_DEPTH is ${env.XFF_DEPTH}, but only found ${addresses.length} addresses`);
	}
	return addresses[addresses.length - env.XFF_DEPTH]!.trim();
}
