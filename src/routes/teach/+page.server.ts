// /teach: a teacher creates an exercise. No account: the private dashboard link is the key.
import { fail, redirect } from '@sveltejs/kit';
import { formRefusal } from '$lib/contract/refusal';
import { getApp } from '$lib/server/app';
import { publishChoice, readArticleChoice } from '$lib/server/services/article-choice';
import { readForm } from '$lib/server/http/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const app = getApp();
	const articles = app.quizzes.builtIn.map((q) => ({ id: q.pack.id, title: q.pack.title }));
	// "/teach?pack=<id>", the class link an authoring page gives: that article, chosen.
	const asked = url.searchParams.get('pack') ?? '';
	const pack = /^[A-Za-z0-9_-]{1,64}$/.test(asked) ? await app.packs.get(asked) : undefined;
	return {
		maxSeatsPerClass: app.env.MAX_SEATS_PER_CLASS,
		/** The built-in articles; the first is chosen unless the teacher picks another. */
		articles,
		chosen: pack?.builtIn ? pack.id : null,
		packLink:
			pack && !pack.builtIn && pack.version ? new URL(`/p/${pack.id}`, url.origin).href : null,
		packTitle: pack && !pack.builtIn && pack.version ? pack.title : null
	};
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const app = getApp();
		const address = getClientAddress();
		const form = Object.fromEntries(
			[...read.form].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
		);
		const choice = await readArticleChoice(app, read.form);
		// Every field is checked before an uploaded article is published.
		const settingsErrors = app.classroom.settingsErrors(form);
		let created: Awaited<ReturnType<typeof app.classroom.createClass>>;
		if (!choice.ok || settingsErrors) {
			created = formRefusal({ ...settingsErrors, ...(choice.ok ? {} : choice.errors) });
		} else {
			const published = await publishChoice(app, choice, address);
			created = published.ok
				? await app.classroom.createClass(form, address, published.packId)
				: published;
		}
		if (!created.ok) {
			const values = {
				title: String(form.title ?? '').slice(0, 200),
				timeLimitMinutes: String(form.timeLimitMinutes ?? '').slice(0, 10),
				maxSeats: String(form.maxSeats ?? '').slice(0, 10),
				pacing: String(form.pacing ?? ''),
				feedback: String(form.feedback ?? ''),
				evidenceMode: String(form.evidenceMode ?? ''),
				pack: String(form.pack ?? '').slice(0, 64),
				packLink: String(form.packLink ?? '').slice(0, 300)
			};
			if ('errors' in created) return fail(400, { errors: created.errors, values });
			return fail(created.status, { message: created.message, values });
		}
		redirect(303, `/teach/${created.teacherSecret}?created=1`);
	}
};
