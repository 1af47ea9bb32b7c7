// A pack file, as a teacher uploads or downloads it: the article-pack schema itself, plus the checks
// a file from outside needs (no markup anywhere, enough questions to play). Pure: no server imports.
import * as z from 'zod';
import { checkPublishable, MIN_QUESTIONS } from '../quiz/questions';
import { ArticlePack, ArticlePackShape } from './schema';

/** The fewest questions a pack must give to be published (the quiz's own rule). */
export const MIN_PACK_QUESTIONS = MIN_QUESTIONS;

/** Anything an HTML parser would read as a tag, comment or declaration. */
const MARKUP = /<\s*[A-Za-z!/?]/;

export type PackFileCheck =
	{ ok: true; pack: ArticlePack } | { ok: false; field: string; message: string };

/** The first string anywhere in the value that holds markup, with its path ("claims.2.claim"). */
function findMarkup(value: unknown, path: (string | number)[] = [], depth = 0): string | undefined {
	if (depth > 12) return path.join('.');
	if (typeof value === 'string') return MARKUP.test(value) ? path.join('.') || 'pack' : undefined;
	if (Array.isArray(value)) {
		for (const [i, item] of value.entries()) {
			const found = findMarkup(item, [...path, i], depth + 1);
			if (found !== undefined) return found;
		}
	} else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			const found = findMarkup(item, [...path, key], depth + 1);
			if (found !== undefined) return found;
		}
	}
	return undefined;
}

/** Checks an uploaded pack; on failure, the field to fix and a message in plain words. */
export function checkPackFile(input: unknown): PackFileCheck {
	const parsed = ArticlePack.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return { ok: false, field: issue.path.join('.') || 'pack', message: issue.message };
	}
	const markup = findMarkup(parsed.data);
	if (markup !== undefined)
		return { ok: false, field: markup, message: 'Text only: no HTML tags or markup.' };
	const publishable = checkPublishable(parsed.data);
	if (!publishable.ok) return { ok: false, field: 'pack', message: publishable.message };
	return { ok: true, pack: parsed.data };
}

/** The pack file format as JSON Schema, for people who write packs by hand. */
export const packJsonSchema = () =>
	z.toJSONSchema(ArticlePackShape, { io: 'input', unrepresentable: 'any' });
