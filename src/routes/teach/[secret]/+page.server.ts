// The teacher's dashboard and its controls: open the next question, remove a student, close, delete.
import { fail, redirect } from '@sveltejs/kit';
import { rosterView } from '$lib/classroom/roster-view';
import { getApp } from '$lib/server/app';
import { readForm } from '$lib/server/http/read-form';
import { teacherClass } from './teacher-class';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const classRow = await teacherClass(params.secret);
	const { classroom } = getApp();
	// One page of the roster, as the address names it (?page=2&q=sam): a class may have 10,000.
	const view = rosterView(url.searchParams);
	return {
		dashboard: await classroom.teacherDashboard(classRow, view),
		view,
		viewSecret: await classroom.viewSecret(classRow, params.secret),
		joinUrl: new URL(`/join/${classRow.code}`, url.origin).href,
		created: url.searchParams.has('created'),
		secret: params.secret
	};
};

export const actions: Actions = {
	next: async ({ params }) => {
		await getApp().classroom.openNextQuestion(await teacherClass(params.secret));
	},
	remove: async ({ params, request }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const seatId = read.form.get('seatId');
		if (!(await getApp().classroom.removeStudent(await teacherClass(params.secret), seatId))) {
			return fail(400, { message: 'That student is not in this class (any more).' });
		}
	},
	close: async ({ params }) => {
		await getApp().classroom.close(await teacherClass(params.secret));
	},
	delete: async ({ params, request }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const confirmed = read.form.get('confirm') === 'yes';
		if (!confirmed) {
			return fail(400, { message: 'Tick the box to confirm that everything should be deleted.' });
		}
		await getApp().classroom.delete(await teacherClass(params.secret));
		redirect(303, '/teach?deleted=1');
	}
};
