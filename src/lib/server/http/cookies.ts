// The two cookies that keep a player's place: their own attempt, and their seat in a class.
// Both are http-only (the key never reaches page scripts) and Secure only behind https, so plain http
// on a classroom network still works.
import type { Cookies } from '@sveltejs/kit';
import { ATTEMPT_KEY_PATTERN } from '../db/ids';

export const ATTEMPT_COOKIE = 'sc_attempt';
export const SEAT_COOKIE = 'sc_seat';

const MAX_AGE = {
	[ATTEMPT_COOKIE]: 60 * 60 * 24 * 30,
	[SEAT_COOKIE]: 60 * 60 * 24 * 31
};

export type KeyCookie = keyof typeof MAX_AGE;

/** How a key cookie is set, wherever it is set (SvelteKit's cookies or node-endpoints.ts). */
export function keyCookieOptions(name: KeyCookie, secure: boolean) {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: MAX_AGE[name] } as const;
}

/**
 * Whether a request came over https, decided the same way on every path that sets a key cookie
 * (both endpoint adapters, and the Start form): ORIGIN if set, else what PROTOCOL_HEADER says,
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

/**
 * The attempt cookie holds the keys of the latest rounds, newest first and dot-separated, so a
 * player who starts another article can come back to the first one where they left it.
 */
export const MAX_REMEMBERED_ATTEMPTS = 5;

/** The attempt keys a cookie holds, newest first (an older cookie holds one). */
export function attemptKeys(value: string | undefined): string[] {
	const keys = (value ?? '')
		.slice(0, 40 * MAX_REMEMBERED_ATTEMPTS * 2)
		.split('.')
		.filter((k) => ATTEMPT_KEY_PATTERN.test(k));
	return [...new Set(keys)].slice(0, MAX_REMEMBERED_ATTEMPTS);
}

/** The cookie's value once a new round has started. */
export function withAttemptKey(value: string | undefined, key: string): string {
	return [key, ...attemptKeys(value).filter((k) => k !== key)]
		.slice(0, MAX_REMEMBERED_ATTEMPTS)
		.join('.');
}

/** The newest key in the cookie whose attempt passes the test (is one of this quiz's). */
export async function attemptKeyWhere(
	value: string | undefined,
	belongs: (key: string) => unknown
): Promise<string | undefined> {
	for (const key of attemptKeys(value)) if (await belongs(key)) return key;
	return undefined;
}
