// /write/<secret>: the draft behind an edit link, for the authoring page to edit.
import { error } from '@sveltejs/kit';
import { checkDraft } from '$lib/authoring/draft-schema';
import { getApp } from '$lib/server/app';
import { openDraft, packLinks } from '$lib/server/services/authoring';
import { EDIT_LINK_HEADERS } from './edit-link';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders, url }) => {
	setHeaders(EDIT_LINK_HEADERS);
	const open = await openDraft(getApp(), params.secret);
	if (!open)
		error(404, {
			message: 'There is no draft at this link. Check that you copied the whole edit link.'
		});
	const { row, draft } = open;
	return {
		draft,
		errors: checkDraft(draft).errors,
		editUrl: new URL(`/write/${params.secret}`, url.origin).href,
		published: row.version ? packLinks(url.origin, row.id, params.secret) : null
	};
};
