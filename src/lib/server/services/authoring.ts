// The authoring page's server side: a draft started from a pasted article (with the suggestions)
// or from a pack file, opened by its edit secret, saved as the teacher goes, previewed as one
// version of the pack, and published as its current version. Each rule is a function the routes
// call; every refusal is a 4xx with words a teacher can act on.
import { cleanText } from '../../classroom/text-clean';
import { checkPackFile } from '../../content/pack-file';
import { draftFromPack, draftFromSuggestions, DRAFT_LIMITS } from '../../authoring/draft';
import { checkDraft, Draft } from '../../authoring/draft-schema';
import { suggestQuiz } from '../../authoring/suggest';
import type { App } from '../app';
import { parseDraftRequest } from './drafts';
import { failure, readJsonBody, toResponse, tooMany, type JsonReply } from '../http/http';
import type { PackRow } from '../db/pack-store';

export type StartResult =
	{ ok: true; editSecret: string } | { ok: false; status: number; errors: Record<string, string> };

const UNTITLED = 'Untitled article';

/** Starts a draft from the first form: a title and the article's text, or a pack file. */
export async function startDraft(app: App, form: FormData, address: string): Promise<StartResult> {
	const file = form.get('packFile');
	const fromFile = file instanceof File && file.size > 0;
	let draft: Draft;
	if (fromFile) {
		if (file.size > app.env.MAX_PACK_BYTES)
			return refuse('packFile', `The file is too large: at most ${app.env.MAX_PACK_BYTES} bytes.`);
		let data: unknown;
		try {
			data = JSON.parse(await file.text());
		} catch {
			return refuse('packFile', 'This file is not a pack file (JSON).');
		}
		const check = checkPackFile(data);
		if (!check.ok) return refuse('packFile', `${check.field}: ${check.message}`);
		draft = draftFromPack(check.pack);
	} else {
		// Cleaned as a pack's title is (it is the row's title: PostgreSQL refuses a NUL in it).
		const title = cleanText(String(form.get('title') ?? ''));
		if (title === '') return refuse('title', 'Give the article a title.');
		if (title.length > DRAFT_LIMITS.title)
			return refuse('title', `The title is too long: at most ${DRAFT_LIMITS.title} characters.`);
		const text = parseDraftRequest({ text: String(form.get('text') ?? '') });
		if (!text.ok) return refuse('text', (text.reply.body as { error: string }).error);
		const allowed = app.limits.drafts.take(address);
		if (!allowed.ok) return tooManyStart('suggestion requests', allowed.retryAfterSeconds);
		draft = draftFromSuggestions(title, text.text, suggestQuiz(text.text));
	}
	// A draft is a row on disk: counted like a published pack.
	const allowed = app.limits.packs.take(address);
	if (!allowed.ok) return tooManyStart('new packs', allowed.retryAfterSeconds);
	const { editSecret } = await app.packs.createDraft(
		draft.title || UNTITLED,
		JSON.stringify(draft)
	);
	return { ok: true, editSecret };
}

const refuse = (field: string, message: string): StartResult => ({
	ok: false,
	status: 400,
	errors: { [field]: message }
});

const tooManyStart = (what: string, seconds: number): StartResult => ({
	ok: false,
	status: 429,
	errors: { form: (tooMany(what, seconds).body as { error: string }).error }
});

export interface OpenDraft {
	row: PackRow;
	draft: Draft;
}

/** The pack an edit link opens, with the draft to edit: the one saved, or its published content. */
export async function openDraft(app: App, secret: string): Promise<OpenDraft | undefined> {
	const found = await app.packs.byEditSecret(secret);
	if (!found) return undefined;
	if (found.draft !== null) {
		try {
			const saved = Draft.safeParse(JSON.parse(found.draft));
			if (saved.success) return { row: found.row, draft: saved.data };
		} catch {
			// A draft that no longer reads is replaced by the published content below.
		}
	}
	const published = found.row.version ? await app.packs.content(found.row.version) : undefined;
	return published && { row: found.row, draft: draftFromPack(published.pack) };
}

/** The links a published pack is reached by. */
export function packLinks(origin: string, id: string, editSecret: string) {
	return {
		playUrl: new URL(`/p/${id}`, origin).href,
		classUrl: new URL(`/teach?pack=${id}`, origin).href,
		editUrl: new URL(`/write/${editSecret}`, origin).href,
		packFileUrl: new URL(`/p/${id}/pack.json`, origin).href
	};
}

const NO_DRAFT = 'There is no draft at this link. Check that you copied the whole edit link.';

/** The draft a save or publish request sends, checked against the draft's caps. */
async function readDraft(
	app: App,
	request: Request
): Promise<{ ok: true; draft: Draft } | { ok: false; reply: JsonReply }> {
	const body = await readJsonBody(request, app.env.MAX_PACK_BYTES);
	if (!body.ok) return body;
	const parsed = Draft.safeParse((body.body as { draft?: unknown } | null)?.draft);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return failure(
			400,
			`The draft could not be read (${issue.path.join('.') || 'draft'}: ${issue.message}). Reload the page.`
		);
	}
	return { ok: true, draft: parsed.data };
}

/** PUT /write/<secret>/draft: saves the draft as it stands. */
export async function replyToSave(
	app: App,
	secret: string,
	request: Request,
	address: string
): Promise<Response> {
	const allowed = app.limits.draftSaves.take(address);
	if (!allowed.ok) return toResponse(tooMany('saves', allowed.retryAfterSeconds));
	const found = await app.packs.byEditSecret(secret);
	if (!found) return toResponse(failure(404, NO_DRAFT).reply);
	const read = await readDraft(app, request);
	if (!read.ok) return toResponse(read.reply);
	await app.packs.saveDraft(found.row.id, read.draft.title || UNTITLED, JSON.stringify(read.draft));
	// The pack schema's verdict on what was saved: the page shows it next to each field.
	return toResponse({ status: 200, body: { saved: true, errors: checkDraft(read.draft).errors } });
}

/** POST /write/<secret>/publish: saves the draft and, when it checks, makes it what the link plays. */
export async function replyToPublish(
	app: App,
	secret: string,
	request: Request,
	address: string,
	origin: string
): Promise<Response> {
	const allowed = app.limits.packs.take(address);
	if (!allowed.ok) return toResponse(tooMany('new versions', allowed.retryAfterSeconds));
	const found = await app.packs.byEditSecret(secret);
	if (!found) return toResponse(failure(404, NO_DRAFT).reply);
	const read = await readDraft(app, request);
	if (!read.ok) return toResponse(read.reply);
	const { draft } = read;
	await app.packs.saveDraft(found.row.id, draft.title || UNTITLED, JSON.stringify(draft));
	const check = checkDraft(draft);
	if (!check.ok) {
		const count = Object.keys(check.errors).length;
		return toResponse({
			status: 400,
			body: {
				error: `Not published: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing first.`,
				errors: check.errors
			}
		});
	}
	const row = await app.packs.publish(found.row.id, check.pack);
	return toResponse({
		status: 200,
		body: { id: row.id, version: row.version, ...packLinks(origin, row.id, secret) }
	});
}

/** The version a preview plays: the saved draft, stored (not published) when it checks. */
export async function previewVersion(
	app: App,
	secret: string
): Promise<
	{ ok: true; version: string } | { ok: false; errors: Record<string, string> } | undefined
> {
	const open = await openDraft(app, secret);
	if (!open) return undefined;
	const check = checkDraft(open.draft);
	if (!check.ok) return { ok: false, errors: check.errors };
	return { ok: true, version: await app.packs.storeVersion(open.row.id, check.pack) };
}
