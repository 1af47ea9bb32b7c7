// Which article a new class reads, as the teacher chose it on /teach: a built-in one, any pack by
// its link, or a pack file uploaded there and then (checked like POST /api/packs, and published
// only once the rest of the form is right, so a mistake elsewhere stores nothing).
import { checkPackFile } from '../../content/pack-file';
import type { ArticlePack } from '../../content/schema';
import { formRefusal, tooMany, type FormRefusal, type Refusal } from '../../contract/refusal';
import type { AuthoringDeps } from './authoring';

/** What choosing an article needs of the server: the packs, their size cap, the new-pack allowance. */
export type ChoiceDeps = Pick<AuthoringDeps, 'env' | 'packs'> & {
	limits: Pick<AuthoringDeps['limits'], 'packs'>;
};

export type ArticleChoice =
	{ ok: true; packId: string | undefined; file?: ArticlePack } | FormRefusal;

const LINK = /(?:^|\/p\/)([A-Za-z0-9_-]{1,64})\/?(?:[?#].*)?$/;

/** Reads the article fields of the /teach form; nothing is stored yet. */
export async function readArticleChoice(app: ChoiceDeps, form: FormData): Promise<ArticleChoice> {
	const file = form.get('packFile');
	if (file instanceof File && file.size > 0) {
		if (file.size > app.env.MAX_PACK_BYTES)
			return formRefusal({
				packFile: [`The file is too large: at most ${app.env.MAX_PACK_BYTES} bytes.`]
			});
		let data: unknown;
		try {
			data = JSON.parse(await file.text());
		} catch {
			return formRefusal({ packFile: ['This file is not a pack file (JSON).'] });
		}
		const check = checkPackFile(data);
		if (!check.ok) return formRefusal({ packFile: [`${check.field}: ${check.message}`] });
		return { ok: true, packId: undefined, file: check.pack };
	}
	const link = String(form.get('packLink') ?? '').trim();
	if (link) {
		const id = LINK.exec(link.slice(0, 300))?.[1];
		if (!id || !(await app.packs.get(id)))
			return formRefusal({
				packLink: ['There is no article at that link. Copy the whole play link.']
			});
		return { ok: true, packId: id };
	}
	const pack = form.get('pack');
	return { ok: true, packId: typeof pack === 'string' && pack ? pack.slice(0, 64) : undefined };
}

/** Publishes an uploaded file (counted against the address's allowance); the pack id to use. */
export async function publishChoice(
	app: ChoiceDeps,
	choice: Extract<ArticleChoice, { ok: true }>,
	address: string
): Promise<{ ok: true; packId: string | undefined } | Refusal> {
	if (!choice.file) return { ok: true, packId: choice.packId };
	const allowed = app.limits.packs.take(address);
	if (!allowed.ok) return tooMany('new packs', allowed.retryAfterSeconds);
	return { ok: true, packId: (await app.packs.create(choice.file)).row.id };
}
