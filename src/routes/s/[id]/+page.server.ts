// A shared score: server-rendered, no JavaScript, and only ever the score the server stored.
import { error } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { ATTEMPT_COOKIE, attemptKeyWhere } from '$lib/server/http/cookies';
import { playPath } from '$lib/server/pages/play-page';
import { loadSharedResult, SHARED_VIEW, type SharedResult } from '$lib/server/services/share';
import type { PageServerLoad } from './$types';

export const csr = false;

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export const load: PageServerLoad = async ({
	params,
	cookies,
	url,
	request,
	setHeaders,
	platform
}) => {
	// Under scripts/serve.js the node routes have loaded it already, and keyed their cache by it.
	const preloaded = (platform?.req as { [SHARED_VIEW]?: SharedResult } | undefined)?.[SHARED_VIEW];
	const quiz = await getApp().quizzes.forPublicId(params.id);
	const result =
		preloaded?.publicId === params.id
			? preloaded
			: quiz &&
				(await loadSharedResult(
					quiz,
					params.id,
					await attemptKeyWhere(cookies.get(ATTEMPT_COOKIE), (k) => quiz.attempt(k))
				));
	if (!result) {
		error(404, {
			message:
				'This score link does not lead to a result. Check that you copied the whole link, or take the quiz yourself.'
		});
	}
	// What a viewer sees depends on whether they have finished the quiz themselves. A finished result
	// seen without cookies is the same for everyone: shared caches (page-cache.ts) may keep it a
	// minute; browsers always ask again, so a viewer who then plays gets the comparison.
	const shared = result.finished && !request.headers.has('cookie');
	setHeaders({
		'cache-control': shared ? 'public, max-age=0, s-maxage=60' : 'private, no-cache',
		vary: 'Cookie'
	});
	return {
		...result,
		date: result.finishedAt ? DATE.format(result.finishedAt) : null,
		pageUrl: new URL(`/s/${result.publicId}`, url.origin).href,
		imageUrl: new URL(`/s/${result.publicId}/card.png`, url.origin).href,
		/** The same article's play page, taking this result on as a challenge. */
		takeQuiz: `${playPath(result.packId)}?challenge=${encodeURIComponent(result.publicId)}`
	};
};
