// GET /p/<pack>/pack.json: the pack's current version as a file, to keep, edit or publish again.
import { json } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { problem } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const { packs } = getApp();
	const row = params.pack.length <= 64 ? await packs.get(params.pack) : undefined;
	// The content as stored: the file's own id, not the link's.
	const stored = row?.version ? await packs.content(row.version) : undefined;
	if (!stored) return problem(404, 'There is no article at this address.');
	return json(stored.pack, {
		headers: {
			'cache-control': 'no-cache',
			'content-disposition': `attachment; filename="${stored.pack.id}.json"`
		}
	});
};
