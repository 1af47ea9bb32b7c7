// /write: the authoring page's first step. The article's text and a title (or a pack file) start a
// draft, saved on the server under a secret edit link the page then opens.
import { fail, redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { startDraft } from '$lib/server/services/authoring';
import { DRAFT_MAX_CHARS } from '$lib/server/services/drafts';
import { readForm } from '$lib/server/http/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	maxChars: DRAFT_MAX_CHARS,
	maxFileBytes: getApp().env.MAX_PACK_BYTES
});

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const read = await readForm(request);
		if (!read.ok) return read.failure;
		const started = await startDraft(getApp(), read.form, getClientAddress());
		if (!started.ok) {
			return fail(started.status, {
				// A refusal about no one field (too many from this address) shows above the form.
				errors: { [started.field ?? 'form']: started.message },
				values: {
					title: String(read.form.get('title') ?? '').slice(0, 200),
					text: String(read.form.get('text') ?? '').slice(0, DRAFT_MAX_CHARS + 1000)
				}
			});
		}
		redirect(303, `/write/${started.editSecret}`);
	}
};
