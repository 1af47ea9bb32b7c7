// The authoring page's server side: a draft started from a pasted article (with the suggestions)
// or from a pack file, opened by its edit secret, saved as the teacher goes, previewed as one
// version of the pack, and published as its current version. Each rule is a function the routes
// call; every refusal is a 4xx with words a teacher can act on (http/authoring-replies.ts sends it).
import { cleanText } from '../../classroom/text-clean';
import { checkPackFile } from '../../content/pack-file';
import { draftFromPack, draftFromSuggestions, DRAFT_LIMITS } from '../../authoring/draft';
import { checkDraft, Draft } from '../../authoring/draft-schema';
import { suggestQuiz } from '../../authoring/suggest';
import type { FieldErrors, PackLinks, Published } from '../../contract/authoring';
import { refuse, tooMany, type Refusal } from '../../contract/refusal';
import { parseDraftRequest, type ReadBody } from './drafts';
import type { PackRow, PackStore } from '../db/pack-store';
import type { CreationLimiter } from '../rate-limit';

/** What the authoring rules need of the server: its pack store, its caps and its allowances. */
export interface AuthoringDeps {
	env: { MAX_PACK_BYTES: number };
	packs: PackStore;
	limits: { drafts: CreationLimiter; packs: CreationLimiter; draftSaves: CreationLimiter };
}

/** The edit secret of the new draft, or why there is none (with the field it is about). */
export type StartResult = { ok: true; editSecret: string } | Refusal;

const UNTITLED = 'Untitled article';

/** Starts a draft from the first form: a title and the article's text, or a pack file. */
export async function startDraft(
	app: AuthoringDeps,
	form: FormData,
	address: string
): Promise<StartResult> {
	const file = form.get('packFile');
	const fromFile = file instanceof File && file.size > 0;
	let draft: Draft;
	if (fromFile) {
		if (file.size > app.env.MAX_PACK_BYTES)
			return refuseField(
				'packFile',
				`The file is too large: at most ${app.env.MAX_PACK_BYTES} bytes.`
			);
		let data: unknown;
		try {
			data = JSON.parse(await file.text());
		} catch {
			return refuseField('packFile', 'This file is not a pack file (JSON).');
		}
		const check = checkPackFile(data);
		if (!check.ok) return refuseField('packFile', `${check.field}: ${check.message}`);
		draft = draftFromPack(check.pack);
	} else {
		// Cleaned as a pack's title is (it is the row's title: PostgreSQL refuses a NUL in it).
		const title = cleanText(String(form.get('title') ?? ''));
		if (title === '') return refuseField('title', 'Give the article a title.');
		if (title.length > DRAFT_LIMITS.title)
			return refuseField(
				'title',
				`The title is too long: at most ${DRAFT_LIMITS.title} characters.`
			);
		const text = parseDraftRequest({ text: String(form.get('text') ?? '') });
		if (!text.ok) return refuseField('text', text.message);
		const allowed = app.limits.drafts.take(address);
		if (!allowed.ok) return tooMany('suggestion requests', allowed.retryAfterSeconds);
		draft = draftFromSuggestions(title, text.text, suggestQuiz(text.text));
	}
	// A draft is a row on disk: counted like a published pack.
	const allowed = app.limits.packs.take(address);
	if (!allowed.ok) return tooMany('new packs', allowed.retryAfterSeconds);
	const { editSecret } = await app.packs.createDraft(
		draft.title || UNTITLED,
		JSON.stringify(draft)
	);
	return { ok: true, editSecret };
}

const refuseField = (field: string, message: string): Refusal => refuse(400, message, field);

export interface OpenDraft {
	row: PackRow;
	draft: Draft;
}

/** The pack an edit link opens, with the draft to edit: the one saved, or its published content. */
export async function openDraft(
	app: AuthoringDeps,
	secret: string
): Promise<OpenDraft | undefined> {
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
export function packLinks(origin: string, id: string, editSecret: string): PackLinks {
	return {
		playUrl: new URL(`/p/${id}`, origin).href,
		classUrl: new URL(`/teach?pack=${id}`, origin).href,
		editUrl: new URL(`/write/${editSecret}`, origin).href,
		packFileUrl: new URL(`/p/${id}/pack.json`, origin).href
	};
}

const NO_DRAFT = 'There is no draft at this link. Check that you copied the whole edit link.';

/** The draft a save or publish request sends, checked against the draft's caps. */
async function readDraft(readBody: ReadBody): Promise<{ ok: true; draft: Draft } | Refusal> {
	const body = await readBody();
	if (!body.ok) return body;
	const parsed = Draft.safeParse((body.body as { draft?: unknown } | null)?.draft);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return refuse(
			400,
			`The draft could not be read (${issue.path.join('.') || 'draft'}: ${issue.message}). Reload the page.`
		);
	}
	return { ok: true, draft: parsed.data };
}

/** PUT /write/<secret>/draft: saves the draft as it stands; what is left to fix, field by field. */
export async function saveDraft(
	app: AuthoringDeps,
	secret: string,
	readBody: ReadBody,
	address: string
): Promise<{ ok: true; errors: FieldErrors } | Refusal> {
	const allowed = app.limits.draftSaves.take(address);
	if (!allowed.ok) return tooMany('saves', allowed.retryAfterSeconds);
	const found = await app.packs.byEditSecret(secret);
	if (!found) return refuse(404, NO_DRAFT);
	const read = await readDraft(readBody);
	if (!read.ok) return read;
	await app.packs.saveDraft(found.row.id, read.draft.title || UNTITLED, JSON.stringify(read.draft));
	// The pack schema's verdict on what was saved: the page shows it next to each field.
	return { ok: true, errors: checkDraft(read.draft).errors };
}

/** POST /write/<secret>/publish: saves the draft and, when it checks, makes it what the link plays. */
export async function publishDraft(
	app: AuthoringDeps,
	secret: string,
	readBody: ReadBody,
	address: string,
	origin: string
): Promise<{ ok: true; published: Published } | (Refusal & { errors?: FieldErrors })> {
	const allowed = app.limits.packs.take(address);
	if (!allowed.ok) return tooMany('new versions', allowed.retryAfterSeconds);
	const found = await app.packs.byEditSecret(secret);
	if (!found) return refuse(404, NO_DRAFT);
	const read = await readDraft(readBody);
	if (!read.ok) return read;
	const { draft } = read;
	await app.packs.saveDraft(found.row.id, draft.title || UNTITLED, JSON.stringify(draft));
	const check = checkDraft(draft);
	if (!check.ok) {
		const count = Object.keys(check.errors).length;
		const fix = `Not published: ${count === 1 ? 'one field needs' : `${count} fields need`} fixing first.`;
		return { ...refuse(400, fix), errors: check.errors };
	}
	const row = await app.packs.publish(found.row.id, check.pack);
	return {
		ok: true,
		// publish() has just set the version.
		published: { id: row.id, version: row.version!, ...packLinks(origin, row.id, secret) }
	};
}

/** The version a preview plays: the saved draft, stored (not published) when it checks. */
export async function previewVersion(
	app: AuthoringDeps,
	secret: string
): Promise<{ ok: true; version: string } | { ok: false; errors: FieldErrors } | undefined> {
	const open = await openDraft(app, secret);
	if (!open) return undefined;
	const check = checkDraft(open.draft);
	if (!check.ok) return { ok: false, errors: check.errors };
	return { ok: true, version: await app.packs.storeVersion(open.row.id, check.pack) };
}
