// POST /api/attempts: starts an attempt and remembers it in a cookie (defined in hot-endpoints.ts).
import { startAttempt } from '$lib/server/http/hot-endpoints';
import { kitEndpoint } from '$lib/server/http/kit-endpoint';

export const POST = kitEndpoint(startAttempt);
