// A pack being written on the authoring page: the same parts as an article pack, in the shapes a
// form edits (one evidence set per item, a cue as text, at most one ruling and one wait), so that
// a half-finished draft can be saved as it is. `toPack` turns it into a pack and `checkDraft` judges
// it with the pack schema itself, its errors keyed by the draft field they belong to. Pure: the
// page, the server and the tests share it.
import * as z from 'zod';
import { checkPackFile } from '../content/pack-file';
import {
	ArticlePack,
	ClaimLabel,
	RESERVED_IDS,
	SourceKind,
	WaitUnit,
	type ArticlePack as Pack,
	type ArticlePackInput
} from '../content/schema';
import { splitArticle } from '../content/sentences';
import type { Suggestions } from './suggest';
import { slug } from './text';

/** Caps that keep one draft small whatever is sent; the pack schema judges the rest. */
export const DRAFT_LIMITS = {
	title: 200,
	text: 20_000,
	field: 2_000,
	items: 200,
	sentences: 60
} as const;

const Field = z.string().max(DRAFT_LIMITS.field);
const Id = z.string().max(64);
const Sentences = z.array(Id).max(DRAFT_LIMITS.sentences);
const Explained = { explanation: Field, discuss: Field };

const DraftEpithet = z.object({ text: Field, evidence: Sentences, ...Explained });
const DraftSource = z.object({
	id: Id,
	label: Field,
	kind: SourceKind,
	epithets: z.array(DraftEpithet).max(20)
});
export const StatementForm = z.enum(['direct', 'reported', 'writer']);
const DraftStatement = z.object({
	id: Id,
	content: Field,
	/** A source id; empty until someone is chosen. */
	source: Id,
	/** The words that attribute it ("said the committee chair"); empty when there are none. */
	cue: Field,
	form: StatementForm,
	sentences: Sentences,
	...Explained
});
/** Sentences that show what the article says instead; kept from a pack file, not edited here. */
const Related = Sentences.default([]);
const DraftDecoy = z.object({
	id: Id,
	content: Field,
	soundsLike: Id,
	related: Related,
	...Explained
});
const DraftClaim = z.object({
	id: Id,
	claim: Field,
	label: ClaimLabel,
	evidence: Sentences,
	related: Related,
	...Explained
});
const DraftRuling = z.object({
	id: Id,
	body: Id,
	decision: Field,
	/** Empty: nobody was penalised. */
	penalised: z.array(Id).max(20),
	evidence: Sentences,
	...Explained
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
	...Explained
});

export const Draft = z.object({
	title: z.string().max(DRAFT_LIMITS.title),
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
export type StatementForm = z.infer<typeof StatementForm>;

/** The first sentence of the article containing these words (compared as the schema does). */
function sentenceWith(text: string, words: string): string | undefined {
	const wanted = words.toLowerCase();
	for (const paragraph of splitArticle(text))
		for (const sentence of paragraph.sentences)
			if (sentence.text.toLowerCase().includes(wanted)) return sentence.id;
	return undefined;
}

/** The prompts a suggested item starts with, for the teacher to keep or rewrite. */
export const DEFAULT_DISCUSS = {
	statement: 'What in the article tells you who said this?',
	epithet: 'Why might the writer use this phrase instead of the name?',
	decoy: 'What does the article really say on this, and who says it?',
	claim: 'Which sentence settles this, and what exactly does it say?',
	ruling: 'Which words in the article give the decision?',
	wait: 'Which words in the article give the two times?'
} as const;

export function statementExplanation(label: string, form: StatementForm, cue: string): string {
	if (form === 'writer') return "These are the writer's own words: nobody is quoted.";
	const how = form === 'direct' ? 'quotes' : 'reports';
	return cue
		? `The article ${how} ${label}: "${cue}".`
		: `The article ${how} ${label}, carrying on from the lines before.`;
}

/** A draft from the article and the suggestions for it: every statement kept, for review. */
export function draftFromSuggestions(title: string, text: string, found: Suggestions): Draft {
	const labels = new Map(found.sources.map((s) => [s.id, s.label]));
	return {
		title,
		topic: title,
		text,
		sources: found.sources.map((source) => ({
			id: source.id,
			label: source.label,
			kind: source.kind,
			epithets: source.epithets.map((epithet) => {
				const at = sentenceWith(text, epithet);
				return {
					text: epithet,
					evidence: at ? [at] : [],
					explanation: `The article calls ${source.label} "${epithet}".`,
					discuss: DEFAULT_DISCUSS.epithet
				};
			})
		})),
		statements: found.statements.map((statement, i) => ({
			id: `statement-${i + 1}`,
			content: statement.content,
			source: statement.source ?? '',
			cue: statement.cue ?? '',
			form: statement.form,
			sentences: statement.sentences,
			explanation: statementExplanation(
				labels.get(statement.source ?? '') ?? 'someone',
				statement.form,
				statement.cue ?? ''
			),
			discuss: DEFAULT_DISCUSS.statement
		})),
		decoys: [],
		claims: [],
		ruling: null,
		wait: null
	};
}

/** A published pack opened for editing: the draft it would have come from. */
export function draftFromPack(pack: Pack): Draft {
	const ruling = pack.rulings[0];
	const wait = pack.timeline.waits[0];
	const event = (id: string | undefined) => {
		const found = pack.timeline.events.find((e) => e.id === id);
		return { what: found?.what ?? '', when: found?.when ?? '', sentence: found?.sentence ?? '' };
	};
	return {
		title: pack.title,
		topic: pack.topic,
		text: pack.text,
		sources: pack.sources.map((s) => ({
			id: s.id,
			label: s.label,
			kind: s.kind,
			epithets: s.epithets.map((e) => ({
				text: e.text,
				evidence: e.evidence[0] ?? [],
				explanation: e.explanation,
				discuss: e.discuss
			}))
		})),
		statements: pack.statements.map((s) => ({ ...s, cue: s.cue ?? '' })),
		decoys: pack.decoys.map((d) => ({ ...d })),
		claims: pack.claims.map((c) => ({ ...c, evidence: c.evidence[0] ?? [] })),
		ruling: ruling
			? {
					id: ruling.id,
					body: ruling.body,
					decision: ruling.decision,
					penalised: ruling.penalised,
					evidence: ruling.evidence[0] ?? [],
					explanation: ruling.explanation,
					discuss: ruling.discuss
				}
			: null,
		wait: wait
			? {
					from: event(wait.from),
					to: event(wait.to),
					question: wait.question,
					unit: wait.days !== undefined ? 'days' : 'hours',
					amount: wait.days ?? wait.hours ?? null,
					min: wait.accepted.min,
					max: wait.accepted.max,
					evidence: wait.evidence[0] ?? [],
					explanation: wait.explanation,
					discuss: wait.discuss
				}
			: null
	};
}

/** The pack's own id: a slug of the title (the play link's id is the server's, not this). */
export const packSlug = (title: string): string => {
	const s = slug(title).slice(0, 60).replace(/-+$/, '');
	return s === 'source' || s === '' ? 'article' : s;
};

const set = (ids: string[]) => (ids.length > 0 ? [ids] : []);

/** The draft as a pack, for the schema to judge: nothing is filled in that the teacher did not write. */
export function toPack(draft: Draft): ArticlePackInput {
	const wait = draft.wait;
	return {
		id: packSlug(draft.title),
		title: draft.title,
		topic: draft.topic,
		text: draft.text,
		sources: draft.sources.map((s) => ({
			...s,
			epithets: s.epithets.map((e) => ({ ...e, evidence: set(e.evidence) }))
		})),
		statements: draft.statements.map((s) => ({ ...s, cue: s.cue.trim() === '' ? null : s.cue })),
		decoys: draft.decoys,
		claims: draft.claims.map((c) => ({
			...c,
			evidence: c.label === 'not-in-article' ? [] : set(c.evidence)
		})),
		rulings: draft.ruling ? [{ ...draft.ruling, evidence: set(draft.ruling.evidence) }] : [],
		timeline: wait
			? {
					events: [
						{ id: 'first-event', ...wait.from },
						{ id: 'second-event', ...wait.to }
					],
					waits: [
						{
							from: 'first-event',
							to: 'second-event',
							question: wait.question,
							...(wait.amount !== null && { [wait.unit]: wait.amount }),
							accepted: { min: wait.min ?? Number.NaN, max: wait.max ?? Number.NaN },
							evidence: set(wait.evidence),
							explanation: wait.explanation,
							discuss: wait.discuss
						}
					]
				}
			: { events: [], waits: [] }
	};
}

/** Lists in a draft whose items are picked from the article or from the sources, not typed. */
const PICKED = new Set(['evidence', 'sentences', 'penalised', 'candidates', 'related']);

/** The draft field a pack issue belongs to: "claims.2.evidence", "wait.amount", "ruling.body". */
export function fieldOf(path: readonly PropertyKey[]): string {
	const parts = path.map(String);
	const cut = parts.findIndex((p) => PICKED.has(p));
	const keep = cut >= 0 ? parts.slice(0, cut + 1) : parts;
	const [head, i, ...rest] = keep;
	if (head === 'rulings')
		return rest[0] === 'candidates' ? 'ruling.body' : ['ruling', ...rest].join('.');
	if (head === 'timeline') {
		const [index, field, ...more] = rest;
		if (i === 'events')
			return ['wait', index === '0' ? 'from' : 'to', ...(field ? [field] : [])].join('.');
		if (field === 'hours' || field === 'days') return 'wait.amount';
		if (field === 'accepted') return more[0] === 'max' ? 'wait.max' : 'wait.min';
		return ['wait', ...(field ? [field] : [])].join('.');
	}
	if (head === 'id' || head === 'title' || head === 'topic' || head === 'text') return head;
	return keep.join('.') || 'pack';
}

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
			const field = fieldOf(issue.path);
			errors[field] ??= plainMessage(field, issue.message, isEmpty(valueAt(draft, field)));
		}
		return { ok: false, errors };
	}
	const file = checkPackFile(parsed.data);
	if (!file.ok) return { ok: false, errors: { [fieldOf(file.field.split('.'))]: file.message } };
	return { ok: true, pack: file.pack, errors: {} };
}

/** The next free id with this prefix ("claim-3"), so ids stay stable as items come and go. */
export function nextId(draft: Draft, prefix: string): string {
	const taken = new Set([
		...draft.sources.map((s) => s.id),
		...draft.statements.map((s) => s.id),
		...draft.decoys.map((d) => d.id),
		...draft.claims.map((c) => c.id)
	]);
	let n = 1;
	while (taken.has(`${prefix}-${n}`)) n += 1;
	return `${prefix}-${n}`;
}

/** An id for a new source from its label, unlike any other id in the draft. */
export function sourceId(draft: Draft, label: string): string {
	const base = slug(label).slice(0, 40).replace(/-+$/, '') || 'source';
	const taken = new Set([
		...draft.sources.map((s) => s.id),
		...draft.statements.map((s) => s.id),
		...Object.values(RESERVED_IDS)
	]);
	if (!taken.has(base)) return base;
	let n = 2;
	while (taken.has(`${base}-${n}`)) n += 1;
	return `${base}-${n}`;
}
