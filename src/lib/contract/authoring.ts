// What the authoring page's requests reply (save, publish), read by the server and the page alike.
import * as z from 'zod/mini';

/** The pack schema's verdict on a draft: a sentence for each field that needs fixing. */
export const FieldErrors = z.record(z.string(), z.string());
export type FieldErrors = z.infer<typeof FieldErrors>;

/** The links a published pack is reached by. */
export const PackLinks = z.object({
	playUrl: z.string(),
	classUrl: z.string(),
	editUrl: z.string(),
	packFileUrl: z.string()
});
export type PackLinks = z.infer<typeof PackLinks>;

/** PUT /write/<secret>/draft, 200: saved, with what is left to fix. */
export const DraftSaved = z.object({ saved: z.literal(true), errors: FieldErrors });
export type DraftSaved = z.infer<typeof DraftSaved>;

/** POST /write/<secret>/publish, 200: the version now played, and its links. */
export const Published = z.extend(PackLinks, { id: z.string(), version: z.string() });
export type Published = z.infer<typeof Published>;

/** POST /write/<secret>/publish, 400: saved but not published, and why, field by field. */
export const NotPublished = z.object({ error: z.string(), errors: FieldErrors });
export type NotPublished = z.infer<typeof NotPublished>;

/** POST /api/packs, 201: the teacher's new pack, its play link, and (this once) its edit secret. */
export const PackCreated = z.object({
	id: z.string(),
	title: z.string(),
	version: z.nullable(z.string()),
	playUrl: z.string(),
	editSecret: z.string()
});
export type PackCreated = z.infer<typeof PackCreated>;

/** POST /api/packs, 400: the pack file's first problem, and the field it is in. */
export const PackFileProblem = z.object({ error: z.string(), field: z.string() });
export type PackFileProblem = z.infer<typeof PackFileProblem>;
