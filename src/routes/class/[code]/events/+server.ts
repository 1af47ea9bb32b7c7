// GET /class/CODE/events: a student's live stream of pacing and closing (defined in hot-endpoints.ts).
import { studentStream } from '$lib/server/http/hot-endpoints';
import { kitEndpoint } from '$lib/server/http/kit-endpoint';

export const GET = kitEndpoint(studentStream);
