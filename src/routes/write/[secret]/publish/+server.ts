// POST /write/<secret>/publish: the draft becomes the pack's current version (rules in
// $lib/server/authoring).
import { getApp } from '$lib/server/app';
import { replyToPublish } from '$lib/server/http/authoring-replies';
import { problem } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = ({ params, request, getClientAddress, url }) =>
	replyToPublish(getApp(), params.secret, request, getClientAddress(), url.origin);

export const fallback: RequestHandler = () => problem(405, 'A draft is published with POST.');
