// GET /s/:id/card.png: the 1200×630 link-preview card of a shared score, cached forever once finished.
// An unfinished attempt gets the one neutral card (drawn once): drawing is costly (the figures:
// docs/benchmarks.md) and an attempt in progress is free to create, so only finished scores get a
// card of their own. A card that cannot be drawn now (score-card.ts: out of time or memory, or too
// many waiting) is a 503 to retry.
import { getApp } from '$lib/server/app';
import { CardUnavailable, createCardCache, renderScoreCard } from '$lib/server/render/score-card';
import { PublicId } from '$lib/server/services/share';
import type { RequestHandler } from './$types';

const cardCache = createCardCache();
// Bump when the card's design changes, so caches fetch the new one.
const DESIGN = 'v3';
const NEUTRAL = 'neutral';

export const GET: RequestHandler = async ({ params, request }) => {
	const id = PublicId.safeParse(params.id);
	const quiz = id.success ? await getApp().quizzes.forPublicId(id.data) : undefined;
	const shared = id.success ? await quiz?.shared(id.data) : undefined;
	if (!quiz || !shared) {
		return new Response('No score card for this link.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	const finished = shared.attempt.finishedAt !== null;
	const { score, max, bySkill, evidence } = shared.summary;
	const evidenceTag = evidence ? `e${evidence.score}-${evidence.max}` : 'e';
	const etag = finished
		? `"${shared.attempt.publicId}-${score}-${max}-${evidenceTag}-f-${DESIGN}"`
		: `"${NEUTRAL}-${DESIGN}"`;
	const headers = {
		etag,
		'content-type': 'image/png',
		// A finished score never changes; one still in progress gets its own card once finished.
		'cache-control': finished ? 'public, max-age=31536000, immutable' : 'public, max-age=60'
	};
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	let png: Buffer;
	try {
		png = finished
			? await cardCache(shared.attempt.publicId, () =>
					renderScoreCard({ topic: quiz.pack.topic, score, max, finished, bySkill, evidence })
				)
			: await cardCache(NEUTRAL, () => renderScoreCard(null));
	} catch (error) {
		if (!(error instanceof CardUnavailable)) throw error;
		return new Response('The score card cannot be drawn just now: try again in a minute.', {
			status: 503,
			headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '60' }
		});
	}
	return new Response(new Uint8Array(png), { headers });
};
