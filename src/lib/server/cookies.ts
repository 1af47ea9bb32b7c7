// The two cookies that keep a player's place: their own attempt, and their seat in a class.
// Both are http-only (the key never reaches page scripts) and Secure only behind https, so plain http
// on a classroom network still works.
import type { Cookies } from '@sveltejs/kit';

export const ATTEMPT_COOKIE = 'sc_attempt';
export const SEAT_COOKIE = 'sc_seat';

const MAX_AGE = {
	[ATTEMPT_COOKIE]: 60 * 60 * 24 * 30,
	[SEAT_COOKIE]: 60 * 60 * 24 * 31
};

export type KeyCookie = keyof typeof MAX_AGE;

/** How a key cookie is set, wherever it is set (SvelteKit's cookies or node-routes.ts). */
export function keyCookieOptions(name: KeyCookie, secure: boolean) {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: MAX_AGE[name] } as const;
}

/**
 * Whether a request came over https, decided the same way on every path that sets a key cookie
 * (node-routes.ts and the SvelteKit endpoints): ORIGIN if set, else what PROTOCOL_HEADER says,
 * else how the request really arrived (`arrivedOverHttps`).
 */
export function requestIsHttps(
	env: { ORIGIN?: string; PROTOCOL_HEADER?: string },
	header: (name: string) => string | string[] | null | undefined,
	arrivedOverHttps: boolean
): boolean {
	if (env.ORIGIN) return new URL(env.ORIGIN).protocol === 'https:';
	if (env.PROTOCOL_HEADER) {
		const value = header(env.PROTOCOL_HEADER);
		const first = Array.isArray(value) ? value[0] : value;
		return (first ?? '').split(',')[0]!.trim().toLowerCase() === 'https';
	}
	return arrivedOverHttps;
}

export function rememberKey(cookies: Cookies, name: KeyCookie, key: string, secure: boolean): void {
	cookies.set(name, key, keyCookieOptions(name, secure));
}
