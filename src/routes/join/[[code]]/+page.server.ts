// /join and /join/CODE: a student types the code (or scans it) and a nickname, and takes a seat.
import { fail, redirect } from '@sveltejs/kit';
import { normaliseJoinCode } from '$lib/classroom/join-code';
import { getApp } from '$lib/server/app';
import { rememberKey, requestIsHttps, SEAT_COOKIE } from '$lib/server/http/cookies';
import { readForm } from '$lib/server/http/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	code: params.code ? normaliseJoinCode(params.code).slice(0, 12) : ''
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const form = Object.fromEntries(read.form);
		const values = {
			code: String(form.code ?? '').slice(0, 32),
			nickname: String(form.nickname ?? '').slice(0, 100)
		};
		const app = getApp();
		const joined = await app.classroom.join(form, getClientAddress());
		if (!joined.ok) {
			return fail(joined.status, {
				values,
				errors: 'errors' in joined ? joined.errors : { code: [joined.message] }
			});
		}
		const secure = requestIsHttps(
			app.env,
			(name) => request.headers.get(name),
			url.protocol === 'https:'
		);
		rememberKey(cookies, SEAT_COOKIE, joined.seat.seatKey, secure);
		redirect(303, `/class/${joined.classRow.code}`);
	}
};
