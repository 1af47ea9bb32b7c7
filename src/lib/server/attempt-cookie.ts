// The cookie that lets a reload find the player's attempt again; http-only, never shared.
import type { Cookies } from '@sveltejs/kit';

export const ATTEMPT_COOKIE = 'sc_attempt';

export function rememberAttempt(cookies: Cookies, secure: boolean, attemptKey: string): void {
	cookies.set(ATTEMPT_COOKIE, attemptKey, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		// Plain http on a classroom network must work too; behind https the cookie is Secure.
		secure,
		maxAge: 60 * 60 * 24 * 30
	});
}
