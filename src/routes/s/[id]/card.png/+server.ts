// GET /s/:id/card.png: the 1200×630 link-preview card of a shared score, cached forever once finished.
import { getApp } from '$lib/server/app';
import { createCardCache, renderScoreCard } from '$lib/server/score-card';
import { PublicId } from '$lib/server/share';
import type { RequestHandler } from './$types';

const cardCache = createCardCache();
// Bump when the card's design changes, so caches fetch the new one.
const DESIGN = 'v1';

export const GET: RequestHandler = async ({ params, request }) => {
	const { quiz } = getApp();
	const id = PublicId.safeParse(params.id);
	const shared = id.success ? quiz.shared(id.data) : undefined;
	if (!shared) {
		return new Response('No score card for this link.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const finished = shared.attempt.finishedAt !== null;
	const { score, max, bySkill } = shared.summary;
	const etag = `"${shared.attempt.publicId}-${score}-${max}-${finished ? 'f' : 'p'}-${DESIGN}"`;
	const headers = {
		etag,
		'content-type': 'image/png',
		// A finished score never changes; one still in progress may.
		'cache-control': finished ? 'public, max-age=31536000, immutable' : 'public, max-age=60'
	};
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	const png = await cardCache(etag, () =>
		renderScoreCard({ topic: quiz.pack.topic, score, max, finished, bySkill })
	);
	return new Response(new Uint8Array(png), { headers });
};
