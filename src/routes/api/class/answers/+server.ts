// POST /api/class/answers: a student's answer in a class (defined in hot-endpoints.ts).
import { classAnswer } from '$lib/server/http/hot-endpoints';
import { kitEndpoint } from '$lib/server/http/kit-endpoint';

export const POST = kitEndpoint(classAnswer);
