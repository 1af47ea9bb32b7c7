// The headers of every page and reply behind an edit link: the secret is in the URL, so it is
// never sent to another site, indexed or cached (as for the teacher's dashboard).
export const EDIT_LINK_HEADERS = {
	'referrer-policy': 'same-origin',
	'x-robots-tag': 'noindex, nofollow',
	'cache-control': 'private, no-store'
} as const;
