// POST /api/attempts/:key/answers: scores one answer (defined in hot-endpoints.ts).
import { answer } from '$lib/server/http/hot-endpoints';
import { problem } from '$lib/server/http/http';
import { kitEndpoint } from '$lib/server/http/kit-endpoint';
import type { RequestHandler } from './$types';

export const POST = kitEndpoint(answer);

export const fallback: RequestHandler = () => problem(405, 'Answers are sent with POST.');
