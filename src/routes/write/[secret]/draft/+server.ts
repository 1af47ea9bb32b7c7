// PUT /write/<secret>/draft: the authoring page saves the draft as the teacher goes (rules in
// $lib/server/authoring).
import { getApp } from '$lib/server/app';
import { replyToSave } from '$lib/server/http/authoring-replies';
import { problem } from '$lib/server/http/http';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = ({ params, request, getClientAddress }) =>
	replyToSave(getApp(), params.secret, request, getClientAddress());

export const fallback: RequestHandler = () => problem(405, 'A draft is saved with PUT.');
