// A pack being written on the authoring page: the same parts as an article pack, in the shapes a
// form edits (one evidence set per item, a cue as text, at most one ruling and one wait), so that
// a half-finished draft can be saved as it is. This module is what the page needs (no zod): the
// draft's types, the draft made from the suggestions or from a pack, and the pack made from a
// draft. Its schema and the check by the pack schema are in draft-schema.ts, on the server.
import type { ArticlePack as Pack, ArticlePackInput } from '../content/schema';
import { PACK_LIMITS } from '../content/limits';
import { RESERVED_IDS } from '../content/reserved';
import { splitArticle } from '../content/sentences';
import type { Draft } from './draft-schema';
import type { StatementForm } from '../contract/article';
import type { DraftSuggestions, GeneratedItem } from './suggest/types';
import { slug } from './text';

export type {
	Draft,
	DraftClaim,
	DraftDecoy,
	DraftRuling,
	DraftSource,
	DraftStatement,
	DraftWait
} from './draft-schema';

/** Caps that keep one draft small whatever is sent: the pack's own (the pack schema judges the rest). */
export const DRAFT_LIMITS = PACK_LIMITS;

/**
 * Finds the first sentence of the article containing some words (compared as the schema does). The
 * article is split once, not once per look-up: a draft of many epithets split it for each.
 */
function sentenceFinder(text: string): (words: string) => string | undefined {
	const sentences = splitArticle(text).flatMap((paragraph) =>
		paragraph.sentences.map((sentence) => ({ id: sentence.id, lower: sentence.text.toLowerCase() }))
	);
	return (words) => {
		const wanted = words.toLowerCase();
		return sentences.find((sentence) => sentence.lower.includes(wanted))?.id;
	};
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

/** A generated item's review fields: the engine's judgement, not yet accepted by the teacher. */
const toReview = (item: GeneratedItem) => ({
	explanation: item.explanation,
	discuss: item.discuss,
	confidence: item.confidence,
	reason: item.reason,
	accepted: false
});

/**
 * A draft from the article and the suggestions for it: every statement kept, for review, and the
 * generated items waiting to be accepted.
 */
export function draftFromSuggestions(title: string, text: string, found: DraftSuggestions): Draft {
	const labels = new Map(found.sources.map((s) => [s.id, s.label]));
	const sentenceWith = sentenceFinder(text);
	return {
		title,
		topic: title,
		text,
		sources: found.sources.map((source) => ({
			id: source.id,
			label: source.label,
			kind: source.kind,
			epithets: source.epithets.map((epithet) => {
				const at = sentenceWith(epithet);
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
			discuss: DEFAULT_DISCUSS.statement,
			confidence: statement.confidence,
			reason: statement.reason
		})),
		decoys: found.decoys.map((decoy, i) => ({
			id: `doctored-${i + 1}`,
			content: decoy.content,
			soundsLike: decoy.soundsLike,
			original: decoy.original,
			related: decoy.related,
			...toReview(decoy)
		})),
		claims: found.claims.map((claim, i) => ({
			id: `claim-${i + 1}`,
			claim: claim.claim,
			label: claim.label,
			evidence: claim.evidence,
			related: claim.related,
			...toReview(claim)
		})),
		ruling: found.ruling && {
			id: 'ruling',
			body: found.ruling.body,
			decision: found.ruling.decision,
			penalised: found.ruling.penalised,
			evidence: found.ruling.evidence,
			...toReview(found.ruling)
		},
		wait: found.wait && {
			from: found.wait.from,
			to: found.wait.to,
			question: found.wait.question,
			unit: found.wait.unit,
			amount: found.wait.amount,
			min: found.wait.min,
			max: found.wait.max,
			evidence: found.wait.evidence,
			...toReview(found.wait)
		}
	};
}

/** The review fields of an item the teacher wrote or published: their own, accepted. */
export const WRITTEN = { confidence: 'sure', reason: null, accepted: true } as const;
const published = WRITTEN;

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
		// A published statement was checked by the teacher who published it.
		statements: pack.statements.map((s) => ({
			...s,
			cue: s.cue ?? '',
			confidence: 'sure',
			reason: null
		})),
		decoys: pack.decoys.map((d) => ({ ...d, original: d.original ?? '', ...published })),
		claims: pack.claims.map((c) => ({ ...c, evidence: c.evidence[0] ?? [], ...published })),
		ruling: ruling
			? {
					id: ruling.id,
					body: ruling.body,
					decision: ruling.decision,
					penalised: ruling.penalised,
					evidence: ruling.evidence[0] ?? [],
					explanation: ruling.explanation,
					discuss: ruling.discuss,
					...published
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
					discuss: wait.discuss,
					...published
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

/**
 * The draft as a pack, for the schema to judge: nothing is filled in that the teacher did not write,
 * and no generated item the teacher has not accepted. The review fields stay in the draft.
 */
export function toPack(draft: Draft): ArticlePackInput {
	const wait = draft.wait?.accepted ? draft.wait : null;
	const ruling = draft.ruling?.accepted ? draft.ruling : null;
	return {
		id: packSlug(draft.title),
		title: draft.title,
		topic: draft.topic,
		text: draft.text,
		sources: draft.sources.map((s) => ({
			...s,
			epithets: s.epithets.map((e) => ({ ...e, evidence: set(e.evidence) }))
		})),
		// The pack's fields only: the engine's confidence is for the teacher, not the players.
		statements: draft.statements.map((s) => ({
			id: s.id,
			content: s.content,
			source: s.source,
			cue: s.cue.trim() === '' ? null : s.cue,
			form: s.form,
			sentences: s.sentences,
			explanation: s.explanation,
			discuss: s.discuss
		})),
		decoys: draft.decoys
			.filter((d) => d.accepted)
			.map((d) => ({
				id: d.id,
				content: d.content,
				soundsLike: d.soundsLike,
				related: d.related,
				...(d.original.trim() !== '' && { original: d.original }),
				explanation: d.explanation,
				discuss: d.discuss
			})),
		claims: draft.claims
			.filter((c) => c.accepted)
			.map((c) => ({
				id: c.id,
				claim: c.claim,
				label: c.label,
				evidence: c.label === 'not-in-article' ? [] : set(c.evidence),
				related: c.related,
				explanation: c.explanation,
				discuss: c.discuss
			})),
		rulings: ruling
			? [
					{
						id: ruling.id,
						body: ruling.body,
						decision: ruling.decision,
						penalised: ruling.penalised,
						evidence: set(ruling.evidence),
						explanation: ruling.explanation,
						discuss: ruling.discuss
					}
				]
			: [],
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
