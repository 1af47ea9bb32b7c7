// The cookie that keeps a student in their seat across reloads, closed tabs and dropped Wi-Fi.
import type { Cookies } from '@sveltejs/kit';

export const SEAT_COOKIE = 'sc_seat';

export function rememberSeat(cookies: Cookies, secure: boolean, seatKey: string): void {
	cookies.set(SEAT_COOKIE, seatKey, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: 60 * 60 * 24 * 31
	});
}
