// The draft's schema (the caps on what a save may hold, every field typed) and the check of a draft
// by the pack schema itself, its errors keyed by the draft field they belong to. Server side: the
// page gets the errors with each save (so zod and the pack schema stay out of the browser).
import * as z from 'zod';
import { checkPackFile } from '../content/pack-file';
import { ArticlePack, ClaimLabel, WaitUnit, type ArticlePack as Pack } from '../content/schema';
import { cleanText } from '../classroom/text-clean';
import { SourceKind, StatementForm } from '../contract/article';
import { PACK_LIMITS } from '../content/limits';
import { DRAFT_LIMITS, fieldOf, toPack } from './draft';
import type { Confidence } from './suggest/types';

const Field = z.string().max(DRAFT_LIMITS.field);
const Id = z.string().max(PACK_LIMITS.id);
const Sentences = z.array(Id).max(DRAFT_LIMITS.sentences);
const Explained = { explanation: Field, discuss: Field };

const DraftEpithet = z.object({ text: Field, evidence: Sentences, ...Explained });
const DraftSource = z.object({
	id: Id,
	label: Field,
	kind: SourceKind,
	epithets: z.array(DraftEpithet).max(PACK_LIMITS.epithets)
});
/** The engine's judgement of a suggested speaker (its type is the engine's own). */
const StatementConfidence = z.enum(['sure', 'check'] as const satisfies readonly Confidence[]);
const DraftStatement = z.object({
	id: Id,
	content: Field,
	/** A source id; empty until someone is chosen. */
	source: Id,
	/** The words that attribute it ("said the committee chair"); empty when there are none. */
	cue: Field,
	form: StatementForm,
	sentences: Sentences,
	...Explained,
	/**
	 * "check": the engine was unsure of the speaker, for the reason given; "sure" once the teacher
	 * confirms it or chooses the speaker. A draft saved before the engine judged its statements (or
	 * made from a pack) has no judgement to show: the teacher has already been through it, so a
	 * missing field reads as confirmed rather than asking again about every line.
	 */
	confidence: StatementConfidence.default('sure'),
	/** Why to check, in words for the teacher; null once sure. */
	reason: Field.nullable().default(null)
});
/** Sentences that show what the article says instead; kept from a pack file, not edited here. */
const Related = Sentences.default([]);
/**
 * The review of a generated item: the engine's judgement, and whether the teacher has accepted it. An
 * item the engine generated starts unaccepted and stays out of the pack until accepted; an item the
 * teacher wrote, or one from a pack, is in (the defaults, so drafts saved before stay as they were).
 */
const Reviewed = {
	confidence: StatementConfidence.default('sure'),
	reason: Field.nullable().default(null),
	accepted: z.boolean().default(true)
};
const DraftDecoy = z.object({
	id: Id,
	content: Field,
	soundsLike: Id,
	/** The real line a doctored quote was changed from; empty for a made-up line. */
	original: Field.default(''),
	related: Related,
	...Explained,
	...Reviewed
});
const DraftClaim = z.object({
	id: Id,
	claim: Field,
	label: ClaimLabel,
	evidence: Sentences,
	related: Related,
	...Explained,
	...Reviewed
});
const DraftRuling = z.object({
	id: Id,
	body: Id,
	decision: Field,
	/** Empty: nobody was penalised. */
	penalised: z.array(Id).max(PACK_LIMITS.items),
	evidence: Sentences,
	...Explained,
	...Reviewed
});
const DraftEvent = z.object({ what: Field, when: Field, sentence: Id });
const Amount = z.number().min(0).max(1_000_000).nullable();
const DraftWait = z.object({
	from: DraftEvent,
	to: DraftEvent,
	question: Field,
	unit: WaitUnit,
	amount: Amount,
	min: Amount,
	max: Amount,
	evidence: Sentences,
	...Explained,
	...Reviewed
});

export const Draft = z.object({
	/** Cleaned as it is saved: it is also the pack's row title (PostgreSQL refuses a NUL in it). */
	title: z.string().max(DRAFT_LIMITS.title).transform(cleanText),
	topic: Field,
	text: z.string().max(DRAFT_LIMITS.text),
	sources: z.array(DraftSource).max(DRAFT_LIMITS.items),
	statements: z.array(DraftStatement).max(DRAFT_LIMITS.items),
	decoys: z.array(DraftDecoy).max(DRAFT_LIMITS.items),
	claims: z.array(DraftClaim).max(DRAFT_LIMITS.items),
	ruling: DraftRuling.nullable(),
	wait: DraftWait.nullable()
});

export type Draft = z.infer<typeof Draft>;
export type DraftSource = z.infer<typeof DraftSource>;
export type DraftStatement = z.infer<typeof DraftStatement>;
export type DraftClaim = z.infer<typeof DraftClaim>;
export type DraftDecoy = z.infer<typeof DraftDecoy>;
export type DraftRuling = z.infer<typeof DraftRuling>;
export type DraftWait = z.infer<typeof DraftWait>;

/** Plainer words for the pack schema's messages where a form field is simply left empty. */
function plainMessage(field: string, message: string, empty: boolean): string {
	if (!empty) return message;
	if (/\.(source|soundsLike|body)$/.test(field)) return 'Choose one.';
	if (/\.(sentences|evidence)$/.test(field)) return 'Pick at least one sentence of the article.';
	if (/\.sentence$/.test(field)) return 'Pick the sentence that says when.';
	if (field === 'wait.amount' || field === 'wait.min' || field === 'wait.max')
		return 'Give a number.';
	return 'Fill this in.';
}

/** A field's value in the draft, to tell an empty field from a wrong one. */
function valueAt(draft: Draft, field: string): unknown {
	let value: unknown = draft;
	for (const key of field.split('.')) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[key];
	}
	return value;
}

const isEmpty = (value: unknown) =>
	value === null ||
	value === undefined ||
	(typeof value === 'string' && value.trim() === '') ||
	(Array.isArray(value) && value.length === 0);

/**
 * A pack path with the draft's own index: the pack leaves out the claims and quotes not yet accepted,
 * so its claim 1 may be the draft's claim 2, and the error belongs next to that one.
 */
function inDraft(draft: Draft, path: readonly PropertyKey[]): PropertyKey[] {
	const [head, index, ...rest] = path;
	if ((head !== 'claims' && head !== 'decoys') || index === undefined) return [...path];
	const kept = draft[head].flatMap((item, at) => (item.accepted ? [at] : []));
	return [head, kept[Number(index)] ?? index, ...rest];
}

export type DraftCheck =
	| { ok: true; pack: Pack; errors: Record<string, never> }
	| { ok: false; errors: Record<string, string> };

/**
 * Judges a draft with the pack schema (and the pack-file rules: text only, enough questions). The
 * errors are keyed by draft field, first message per field; "pack" holds what belongs to no field.
 */
export function checkDraft(draft: Draft): DraftCheck {
	const parsed = ArticlePack.safeParse(toPack(draft));
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const field = fieldOf(inDraft(draft, issue.path));
			errors[field] ??= plainMessage(field, issue.message, isEmpty(valueAt(draft, field)));
		}
		return { ok: false, errors };
	}
	const file = checkPackFile(parsed.data);
	if (!file.ok)
		return {
			ok: false,
			errors: { [fieldOf(inDraft(draft, file.field.split('.')))]: file.message }
		};
	return { ok: true, pack: file.pack, errors: {} };
}
