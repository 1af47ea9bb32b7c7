// GET /api/packs/schema.json: the pack file format as JSON Schema (cross-references between fields,
// such as evidence ids that must exist in the text, are checked on upload but cannot be expressed).
import { json } from '@sveltejs/kit';
import { packJsonSchema } from '$lib/content/pack-file';
import type { RequestHandler } from './$types';

const schema = packJsonSchema();

export const GET: RequestHandler = () =>
	json(schema, { headers: { 'cache-control': 'public, max-age=3600' } });
