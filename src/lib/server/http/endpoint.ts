// What an endpoint is, whichever stack carries its request: it reads a context (params, cookies, the
// client's address, the body) and returns a plain reply. Two adapters put it on the wire, one for
// SvelteKit (kit-endpoint.ts) and one for node:http (node-endpoints.ts), so both stacks say the same.
import type { CookieSerializeOptions } from 'cookie';
import { randomUUID } from 'node:crypto';
import type { App } from '../app';
import { isDatabaseUnavailable } from '../db/database';
import {
	DATABASE_AWAY_MESSAGE,
	DATABASE_AWAY_RETRY_SECONDS,
	databaseAway,
	SERVER_ERROR_MESSAGE,
	type BodyResult,
	type JsonReply
} from './http';
import type { SnapshotStreamOptions } from './sse';
import { refusalHeaders } from './stream-limits';

export interface EndpointContext {
	app: App;
	/** The route's parameters, decoded, e.g. { key } for /api/attempts/[key]/answers. */
	params: Record<string, string>;
	/** A request cookie's value. */
	cookie(name: string): string | undefined;
	/** As adapter-node finds it (ADDRESS_HEADER, XFF_DEPTH); throws, as it does, when a proxy's header is missing. */
	clientAddress(): string;
	/** Whether a cookie set now may be Secure: ORIGIN, else PROTOCOL_HEADER, else the connection. */
	isHttps(): boolean;
	/** The JSON body, checked by http.ts's rules (content type, size, syntax). */
	json(): Promise<BodyResult>;
}

/** A cookie to set with the reply. */
export interface ReplyCookie {
	name: string;
	value: string;
	options: CookieSerializeOptions & { path: string };
}

export type EndpointReply =
	| ({ type: 'json'; cookie?: ReplyCookie } & JsonReply)
	| { type: 'text'; status: number; text: string; headers: Record<string, string> }
	| { type: 'stream'; options: SnapshotStreamOptions };

export interface Endpoint {
	method: 'GET' | 'POST';
	/** SvelteKit's route id, e.g. /api/attempts/[key]/answers: where its +server.ts is. */
	route: string;
	/** How a failure inside is told: as JSON (the API) or as plain text (an event stream). */
	failures: 'json' | 'text';
	handle(context: EndpointContext): Promise<EndpointReply>;
}

export const jsonReply = (reply: JsonReply): EndpointReply => ({ type: 'json', ...reply });

/** A plain-text refusal; a `retryAfter` says when trying again is worth it. */
export const textReply = (status: number, text: string, retryAfter?: string): EndpointReply => ({
	type: 'text',
	status,
	text,
	headers: refusalHeaders({ retryAfter })
});

/**
 * What a request that failed inside gets, on both stacks: a 503 worth retrying when the database is
 * away, else a 500 whose id names the logged error (what went wrong is never told to the client).
 */
export function failureReply(error: unknown, as: Endpoint['failures']): EndpointReply {
	if (isDatabaseUnavailable(error)) {
		if (as === 'json') return jsonReply(databaseAway());
		return textReply(503, DATABASE_AWAY_MESSAGE, String(DATABASE_AWAY_RETRY_SECONDS));
	}
	const errorId = randomUUID();
	console.error(`[${errorId}]`, error);
	if (as === 'json')
		return jsonReply({ status: 500, body: { error: SERVER_ERROR_MESSAGE, errorId } });
	return textReply(500, `${SERVER_ERROR_MESSAGE} (${errorId})`);
}
