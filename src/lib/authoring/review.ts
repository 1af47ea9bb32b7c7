// The review list of the authoring page: every item of a draft as one line (its words, its speaker or
// label, the engine's confidence), grouped by kind with the ones to check first, and what Accept,
// Reject and "Accept every sure item" do to the draft.
import { confirmStatement, shortWords } from './checks';
import type { Draft } from './draft';

export type ReviewKind = 'statement' | 'claim' | 'decoy' | 'ruling' | 'wait' | 'source' | 'epithet';
export type GroupKind = 'statements' | 'claims' | 'decoys' | 'ruling' | 'wait' | 'people';

export interface ReviewItem {
	/** Stable while the item lives ("claim:claim-2", "ruling", "epithet:russell:0"). */
	key: string;
	kind: ReviewKind;
	/** Its place in its list of the draft (for an epithet, its source's place). */
	index: number;
	/** An epithet's place among its source's other names. */
	sub: number;
	/** How the page and the list of errors name it: "Statement 3", "Claim 1". */
	name: string;
	/** Its words, cut to a dozen. */
	words: string;
	/** Its speaker, verdict, body or amount, in words; empty when its name says it all. */
	label: string;
	confidence: 'sure' | 'check';
	/** Why to check it; null when sure. */
	reason: string | null;
	/** Waits for the teacher: a generated item not yet accepted, or a statement to check. */
	pending: boolean;
}

export interface ReviewGroup {
	kind: GroupKind;
	heading: string;
	items: ReviewItem[];
}

const VERDICTS = {
	supported: 'Supported',
	refuted: 'Refuted',
	'not-in-article': 'Not in the article'
} as const;

const KINDS = { person: 'Person', body: 'Body', writer: "The article's writer" } as const;

/** A draft's items, by kind, each kind's items to check first (then the rest, as in the draft). */
export function reviewGroups(draft: Draft): ReviewGroup[] {
	const labelOf = (id: string) => draft.sources.find((s) => s.id === id)?.label ?? '';
	const statements = draft.statements.map((s, i): ReviewItem => ({
		key: `statement:${s.id}`,
		kind: 'statement',
		index: i,
		sub: 0,
		name: `Statement ${i + 1}`,
		words: shortWords(s.content),
		label: labelOf(s.source) || 'Nobody chosen yet',
		confidence: s.confidence,
		reason: s.confidence === 'check' ? (s.reason ?? 'check who said it') : null,
		// A statement is in the quiz as soon as it is in the draft: only a doubt waits.
		pending: s.confidence === 'check'
	}));
	const claims = draft.claims.map((c, i): ReviewItem => ({
		key: `claim:${c.id}`,
		kind: 'claim',
		index: i,
		sub: 0,
		name: `Claim ${i + 1}`,
		words: shortWords(c.claim),
		label: VERDICTS[c.label],
		...judged(c)
	}));
	const decoys = draft.decoys.map((d, i): ReviewItem => ({
		key: `decoy:${d.id}`,
		kind: 'decoy',
		index: i,
		sub: 0,
		name: `Made-up line ${i + 1}`,
		words: shortWords(d.content),
		label: `${d.original.trim() ? 'Doctored' : 'Made up'}, as if said by ${labelOf(d.soundsLike) || 'nobody chosen yet'}`,
		...judged(d)
	}));
	const ruling: ReviewItem[] = draft.ruling
		? [
				{
					key: 'ruling',
					kind: 'ruling',
					index: 0,
					sub: 0,
					name: 'Ruling question',
					words: shortWords(draft.ruling.decision),
					label: `${labelOf(draft.ruling.body) || 'No body chosen yet'}; penalised: ${
						draft.ruling.penalised.map(labelOf).filter(Boolean).join(', ') || 'nobody'
					}`,
					...judged(draft.ruling)
				}
			]
		: [];
	const wait = draft.wait;
	const waits: ReviewItem[] = wait
		? [
				{
					key: 'wait',
					kind: 'wait',
					index: 0,
					sub: 0,
					name: 'Timeline question',
					words: shortWords(wait.question),
					label: wait.amount === null ? 'No amount yet' : `${wait.amount} ${wait.unit}`,
					...judged(wait)
				}
			]
		: [];
	const people = draft.sources.flatMap((source, i): ReviewItem[] => [
		{
			key: `source:${source.id}`,
			kind: 'source',
			index: i,
			sub: 0,
			name: `Person or body ${i + 1}`,
			words: source.label,
			label: KINDS[source.kind],
			confidence: 'sure',
			reason: null,
			pending: false
		},
		...source.epithets.map((epithet, j): ReviewItem => ({
			key: `epithet:${source.id}:${j}`,
			kind: 'epithet',
			index: i,
			sub: j,
			name: `Other name ${j + 1} for ${source.label}`,
			words: epithet.text,
			// Its name says whose it is.
			label: '',
			confidence: 'sure',
			reason: null,
			pending: false
		}))
	]);
	return [
		{ kind: 'statements', heading: 'Who said it', items: checkFirst(statements) },
		{ kind: 'claims', heading: 'Claims to judge', items: checkFirst(claims) },
		{ kind: 'decoys', heading: 'Doctored and made-up quotes', items: checkFirst(decoys) },
		{ kind: 'ruling', heading: 'Ruling question', items: ruling },
		{ kind: 'wait', heading: 'Timeline question', items: waits },
		{ kind: 'people', heading: 'People and their other names', items: people }
	];
}

interface Reviewed {
	confidence: 'sure' | 'check';
	reason: string | null;
	accepted: boolean;
}

const judged = (item: Reviewed) => ({
	confidence: item.confidence,
	reason: item.confidence === 'check' ? (item.reason ?? 'the engine was not sure') : null,
	pending: !item.accepted
});

/** 0: to check and waiting, 1: sure and waiting, 2: settled. */
const rank = (item: ReviewItem) => (item.pending ? (item.confidence === 'check' ? 0 : 1) : 2);

/** The items to check first, then the sure ones waiting, then the settled ones; stable within each. */
export function checkFirst(items: ReviewItem[]): ReviewItem[] {
	return items
		.map((item, at) => ({ item, at }))
		.sort((a, b) => rank(a.item) - rank(b.item) || a.at - b.at)
		.map(({ item }) => item);
}

/**
 * The items in the order the teacher has been seeing them: an item accepted or edited stays where it
 * was (a line that jumps away under the pointer, or from under the keyboard, loses the teacher's
 * place), and an item not seen before comes after them, in its own order.
 */
export function keepOrder(seen: readonly string[], items: ReviewItem[]): ReviewItem[] {
	const at = new Map(seen.map((key, i) => [key, i]));
	const known = items.filter((item) => at.has(item.key));
	const fresh = items.filter((item) => !at.has(item.key));
	return [...known.sort((a, b) => at.get(a.key)! - at.get(b.key)!), ...fresh];
}

/** The draft's own item behind a review line, for Accept to mark. */
function reviewedItem(draft: Draft, item: ReviewItem): Reviewed | null {
	if (item.kind === 'claim') return draft.claims[item.index] ?? null;
	if (item.kind === 'decoy') return draft.decoys[item.index] ?? null;
	if (item.kind === 'ruling') return draft.ruling;
	if (item.kind === 'wait') return draft.wait;
	return null;
}

/** Accepts one item: a generated one goes into the quiz; a statement to check is confirmed. */
export function acceptItem(draft: Draft, item: ReviewItem): void {
	if (item.kind === 'statement') {
		const statement = draft.statements[item.index];
		if (statement) confirmStatement(statement);
		return;
	}
	const reviewed = reviewedItem(draft, item);
	if (reviewed) reviewed.accepted = true;
}

/**
 * Accepts every generated item the engine was sure of, and returns how many. An item marked "check"
 * needs its own Accept: that is what the mark is for.
 */
export function acceptEverySure(draft: Draft): number {
	const waiting = [...draft.claims, ...draft.decoys, draft.ruling, draft.wait].filter(
		(item): item is NonNullable<typeof item> =>
			item !== null && !item.accepted && item.confidence === 'sure'
	);
	for (const item of waiting) item.accepted = true;
	return waiting.length;
}

/** The generated items not yet accepted, sure or not: left out of the quiz until they are. */
export const notYetAccepted = (draft: Draft): number =>
	[...draft.claims, ...draft.decoys, draft.ruling, draft.wait].filter(
		(item) => item !== null && !item.accepted
	).length;

/** How many items "Accept every sure item" would accept. */
export const sureWaiting = (draft: Draft): number =>
	[...draft.claims, ...draft.decoys, draft.ruling, draft.wait].filter(
		(item) => item !== null && !item.accepted && item.confidence === 'sure'
	).length;

/** Removes a source, and every pointer to it: what named it asks for someone else instead. */
export function removeSource(draft: Draft, index: number): void {
	const [gone] = draft.sources.splice(index, 1);
	if (!gone) return;
	for (const s of draft.statements) if (s.source === gone.id) s.source = '';
	for (const d of draft.decoys) if (d.soundsLike === gone.id) d.soundsLike = '';
	if (draft.ruling) {
		if (draft.ruling.body === gone.id) draft.ruling.body = '';
		draft.ruling.penalised = draft.ruling.penalised.filter((id) => id !== gone.id);
	}
}

/** Rejects one item: it leaves the draft (a statement too, and a source with what pointed at it). */
export function rejectItem(draft: Draft, item: ReviewItem): void {
	if (item.kind === 'statement') draft.statements.splice(item.index, 1);
	else if (item.kind === 'claim') draft.claims.splice(item.index, 1);
	else if (item.kind === 'decoy') draft.decoys.splice(item.index, 1);
	else if (item.kind === 'ruling') draft.ruling = null;
	else if (item.kind === 'wait') draft.wait = null;
	else if (item.kind === 'source') removeSource(draft, item.index);
	else draft.sources[item.index]?.epithets.splice(item.sub, 1);
}

/**
 * The review line a draft field belongs to ("claims.2.evidence" → the key of claim 3), so that an
 * error can be shown on its folded line and its fields opened; null for the article's own fields.
 */
export function keyOfField(draft: Draft, field: string): string | null {
	const [head, a, b, c] = field.split('.');
	const i = Number(a);
	if (head === 'ruling') return draft.ruling ? 'ruling' : null;
	if (head === 'wait') return draft.wait ? 'wait' : null;
	if (head === 'statements' && draft.statements[i]) return `statement:${draft.statements[i].id}`;
	if (head === 'claims' && draft.claims[i]) return `claim:${draft.claims[i].id}`;
	if (head === 'decoys' && draft.decoys[i]) return `decoy:${draft.decoys[i].id}`;
	if (head === 'sources' && draft.sources[i]) {
		const source = draft.sources[i];
		const j = Number(c);
		return b === 'epithets' && Number.isInteger(j) && source.epithets[j]
			? `epithet:${source.id}:${j}`
			: `source:${source.id}`;
	}
	return null;
}

/** The first error of each review line, by key. */
export function errorsByItem(draft: Draft, errors: Record<string, string>): Map<string, string> {
	const found = new Map<string, string>();
	for (const [field, message] of Object.entries(errors)) {
		const key = keyOfField(draft, field);
		if (key && !found.has(key)) found.set(key, message);
	}
	return found;
}
