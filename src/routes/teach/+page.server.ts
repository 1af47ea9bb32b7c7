// /teach: a teacher creates an exercise. No account: the private dashboard link is the key.
import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { readForm } from '$lib/server/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	maxSeatsPerClass: getApp().env.MAX_SEATS_PER_CLASS
});

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const form = Object.fromEntries(read.form);
		const created = getApp().classroom.createClass(form, getClientAddress());
		if (!created.ok) {
			const values = {
				title: String(form.title ?? '').slice(0, 200),
				timeLimitMinutes: String(form.timeLimitMinutes ?? '').slice(0, 10),
				maxSeats: String(form.maxSeats ?? '').slice(0, 10),
				pacing: String(form.pacing ?? ''),
				feedback: String(form.feedback ?? ''),
				evidenceMode: String(form.evidenceMode ?? '')
			};
			if ('errors' in created) return fail(400, { errors: created.errors, values });
			return fail(created.status, { message: created.message, values });
		}
		redirect(303, `/teach/${created.teacherSecret}?created=1`);
	}
};
