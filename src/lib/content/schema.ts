// The article pack schema: one article as data, checked against its own text when it is loaded.
// Every field is capped (limits.ts) and every line cleaned as it is read, whichever door the pack
// comes in by, so that no check costs more than the pack's size and pupils read only plain text.
import * as z from 'zod';
import {
	charLength,
	cleanParagraphs,
	cleanText,
	hasStackedMarks,
	isBlank
} from '../classroom/text-clean';
import { PACK_LIMITS } from './limits';
import { SourceKind, StatementForm } from '../contract/article';
import { RESERVED_IDS, RESERVED_LABELS } from './reserved';
import { splitArticle, type Sentence } from './sentences';

export { RESERVED_IDS, RESERVED_LABELS, PACK_LIMITS };

const STACKED = 'Use at most two accent marks on a letter.';
const atMost = (max: number) => `At most ${max.toLocaleString('en')} characters.`;

const Slug = z
	.string()
	.max(PACK_LIMITS.id, { error: atMost(PACK_LIMITS.id) })
	.regex(/^[a-z][a-z0-9-]*$/, { error: 'Use lower-case letters, digits and dashes.' });
const SentenceId = z
	.string()
	.max(16, { error: 'Sentence ids look like "p3s1".' })
	.regex(/^p\d+s\d+$/, { error: 'Sentence ids look like "p3s1".' });

/** Ids named once each, at most `max` of them: a repeat would only make the checks read it again. */
const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
	z
		.array(item)
		.max(max, { error: `At most ${max} of them.` })
		.refine((ids) => new Set(ids).size === ids.length, { error: 'Name each one once.' });

/** Sentences that show something; related sentences, and the like. */
const SentenceIds = distinct(SentenceId, PACK_LIMITS.sentences);
/** One complete set of sentences that settles a question (FEVER: any one set is enough). */
const EvidenceSet = SentenceIds.refine((set) => set.length > 0, {
	error: 'An evidence set names at least one sentence.'
});
/** The alternative evidence sets of one item. */
const EvidenceSets = z
	.array(EvidenceSet)
	.max(PACK_LIMITS.evidenceSets, { error: `At most ${PACK_LIMITS.evidenceSets} evidence sets.` });

/**
 * One line a player reads, cleaned as nicknames are (text-clean.ts): spacing folded, hidden and
 * control characters dropped; refused when blank, longer than `max` or with stacked accents.
 */
const line = (max: number) =>
	z
		.string()
		.transform(cleanText)
		.refine((s) => !isBlank(s), { error: 'Fill this in.' })
		.refine((s) => !hasStackedMarks(s), { error: STACKED })
		.refine((s) => charLength(s) <= max, { error: atMost(max) });
const Text = line(PACK_LIMITS.field);
/** A title, a topic, a label: what names something in a list or on a card. */
const Name = line(PACK_LIMITS.title);
/** A question a teacher can put to the class in the debrief: every item has one. */
const Discuss = Text;

/** The article: its paragraphs kept (sentence ids come from them), its hidden characters dropped. */
const Article = z
	.string()
	.transform(cleanParagraphs)
	.refine((s) => s.length > 0, { error: "Paste the article's text." })
	.refine((s) => !hasStackedMarks(s), { error: STACKED })
	.refine((s) => charLength(s) <= PACK_LIMITS.text, { error: atMost(PACK_LIMITS.text) });

/** A list of at most `max` items. */
const upTo = <T extends z.ZodType>(item: T, max: number) =>
	z.array(item).max(max, { error: `At most ${max} of them.` });

export const Source = z.object({
	id: Slug,
	/** How a choice names it: "George Russell", "The race stewards". */
	label: Name,
	kind: SourceKind,
	/** Other ways the text refers to it, each checked to occur in the text. */
	epithets: upTo(
		z.object({
			text: Text,
			evidence: EvidenceSets.min(1),
			explanation: Text,
			discuss: Discuss
		}),
		PACK_LIMITS.epithets
	).default([])
});

/** PARC-style attribution: the words, who they belong to, the cue, and how they are given. */
export const Statement = z.object({
	id: Slug,
	content: Text,
	source: Slug,
	cue: Text.nullable(),
	form: StatementForm,
	sentences: EvidenceSet,
	explanation: Text,
	discuss: Discuss
});

/** A plausible line found nowhere in the article: the fabricated quote a checker must catch. */
export const Decoy = z.object({
	id: Slug,
	content: Text,
	/** Who it is made to sound like (for the debrief). */
	soundsLike: Slug,
	/** Sentences that show what the article does say instead. */
	related: SentenceIds.default([]),
	/**
	 * For a doctored quote, the real line it was changed from (it must occur in the article): the
	 * feedback shows it beside the changed one, and the breakdown counts it as "Spotting doctored quotes".
	 */
	original: Text.optional(),
	explanation: Text,
	discuss: Discuss
});

export const ClaimLabel = z.enum(['supported', 'refuted', 'not-in-article']);

/** FEVER-style claim: evidence is a list of alternative complete sets; none when not in the article. */
export const Claim = z
	.object({
		id: Slug,
		claim: Text,
		label: ClaimLabel,
		evidence: EvidenceSets,
		related: SentenceIds.default([]),
		explanation: Text,
		discuss: Discuss
	})
	.refine((c) => (c.label === 'not-in-article') === (c.evidence.length === 0), {
		error: 'A claim that is not in the article has no evidence; any other claim needs some.',
		path: ['evidence']
	});

export const Ruling = z.object({
	id: Slug,
	/** The source that ruled. */
	body: Slug,
	/**
	 * The question as a player reads it, answered by who was penalised: "Did the race stewards
	 * penalise anyone for the crash?". By default "Did {body} penalise anyone?".
	 */
	question: Text.optional(),
	/** The verbatim words of the decision. */
	decision: Text,
	/**
	 * Source ids of whoever the ruling could have penalised, each offered as an answer. By default
	 * every person and body but the one that ruled.
	 */
	candidates: upTo(Slug, PACK_LIMITS.items).min(1).optional(),
	/** Source ids of whoever was penalised; empty when nobody was. Nobody, one, or every candidate. */
	penalised: upTo(Slug, PACK_LIMITS.items),
	/** The answer that nobody was penalised; by default "No, nobody was penalised". */
	nobody: Text.optional(),
	/**
	 * The answer that every candidate was ("Yes, both drivers"); by default "Yes, both of them" or
	 * "Yes, all of them". Not offered when there is only one candidate.
	 */
	everyone: Text.optional(),
	evidence: EvidenceSets.min(1),
	explanation: Text,
	discuss: Discuss
});

export const TimelineEvent = z.object({
	id: Slug,
	what: Text,
	/** The article's own words for when it happened. */
	when: Text,
	sentence: SentenceId
});

export const WaitUnit = z.enum(['hours', 'days']);

/**
 * How long one event came after another, counted in hours ("twenty-four hours") or in days ("a
 * fortnight", "three weeks"): give exactly one of `hours` and `days`, and the accepted range in
 * the same unit.
 */
export const Wait = z
	.object({
		from: Slug,
		to: Slug,
		/** The question as a player reads it: it names the unit ("How many hours after …?"). */
		question: Text,
		hours: z.number().positive().optional(),
		days: z.number().positive().optional(),
		/** Answers inside this range (in the wait's unit, inclusive) count as right. */
		accepted: z.object({ min: z.number().nonnegative(), max: z.number().positive() }),
		evidence: EvidenceSets.min(1),
		explanation: Text,
		discuss: Discuss
	})
	.refine((w) => (w.hours === undefined) !== (w.days === undefined), {
		error: 'Give the wait in hours or in days: exactly one of "hours" and "days".',
		path: ['hours']
	})
	.refine(
		(w) => {
			const amount = w.hours ?? w.days;
			return amount === undefined || (w.accepted.min <= amount && amount <= w.accepted.max);
		},
		{ error: 'The accepted range must contain the stated wait.', path: ['accepted'] }
	);

export const ArticlePackShape = z.object({
	id: Slug,
	title: Name,
	/** What the quiz is about, to finish "checking who said what about …" in share previews. */
	topic: Name,
	/** The article as received (less hidden characters): every sentence id is derived from it. */
	text: Article,
	sources: upTo(Source, PACK_LIMITS.items).min(2),
	statements: upTo(Statement, PACK_LIMITS.items).min(1),
	decoys: upTo(Decoy, PACK_LIMITS.items).default([]),
	claims: upTo(Claim, PACK_LIMITS.items).default([]),
	/** Decisions of a body about who is penalised; none when the article reports no such thing. */
	rulings: upTo(Ruling, PACK_LIMITS.rulings).default([]),
	/** When things happened and how long apart; no waits when the article gives no usable interval. */
	timeline: z
		.object({
			events: upTo(TimelineEvent, PACK_LIMITS.events).default([]),
			waits: upTo(Wait, PACK_LIMITS.rulings).default([])
		})
		.default({ events: [], waits: [] })
});

/** Collapses quotes, dashes and spacing so a check for "the same words" is not fooled by typography. */
export function normaliseWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019']/g, "'")
		.replace(/[^\p{L}\p{N}']+/gu, ' ')
		.trim();
}

/** The cross-checks zod cannot express field by field: every reference must land in the text. */
function checkAgainstText(pack: z.infer<typeof ArticlePackShape>, ctx: z.RefinementCtx): void {
	const sentences = new Map<string, Sentence>(
		splitArticle(pack.text).flatMap((p) => p.sentences.map((s) => [s.id, s]))
	);
	const sourceIds = new Set(pack.sources.map((s) => s.id));
	const fullText = normaliseWords(pack.text);
	// Each sentence normalised once: a statement's words are looked for in its sentences' join.
	const normalised = new Map<string, string>();
	const normalisedSentence = (id: string): string => {
		let found = normalised.get(id);
		if (found === undefined) {
			found = normaliseWords(sentences.get(id)?.text ?? '');
			normalised.set(id, found);
		}
		return found;
	};
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({ code: 'custom', path, message });

	const checkIds = (ids: readonly string[], path: (string | number)[]) =>
		ids.forEach((id, i) => {
			if (!sentences.has(id)) issue([...path, i], `No sentence "${id}" in the article.`);
		});
	const checkSets = (sets: readonly string[][], path: (string | number)[]) =>
		sets.forEach((set, i) => checkIds(set, [...path, i]));
	const checkSource = (id: string, path: (string | number)[]) => {
		if (!sourceIds.has(id)) issue(path, `No source "${id}" in sources.`);
	};

	const seen = new Set<string>();
	const checkUnique = (id: string, path: (string | number)[]) => {
		if (seen.has(id)) issue(path, `The id "${id}" is used twice.`);
		seen.add(id);
	};

	const reservedIds = new Set<string>(Object.values(RESERVED_IDS));
	const labels = new Map<string, number>(RESERVED_LABELS.map((label) => [label.toLowerCase(), -1]));
	pack.sources.forEach((source, i) => {
		checkUnique(source.id, ['sources', i, 'id']);
		if (source.id === RESERVED_IDS.writer ? source.kind !== 'writer' : reservedIds.has(source.id))
			issue(
				['sources', i, 'id'],
				source.id === RESERVED_IDS.writer
					? 'The id "writer" is kept for the article\'s writer (kind "writer").'
					: `The id "${source.id}" is kept for an answer the quiz offers itself.`
			);
		const label = source.label.trim().toLowerCase();
		const other = labels.get(label);
		if (other !== undefined)
			issue(
				['sources', i, 'label'],
				other < 0
					? `"${source.label}" is an answer the quiz offers itself; label the source otherwise.`
					: `The label "${source.label}" is used twice: players could not tell the sources apart.`
			);
		labels.set(label, i);
		source.epithets.forEach((epithet, j) => {
			const path = ['sources', i, 'epithets', j];
			if (!fullText.includes(normaliseWords(epithet.text)))
				issue([...path, 'text'], `"${epithet.text}" does not occur in the article.`);
			checkSets(epithet.evidence, [...path, 'evidence']);
		});
	});
	pack.statements.forEach((statement, i) => {
		const path = ['statements', i];
		checkUnique(statement.id, [...path, 'id']);
		checkSource(statement.source, [...path, 'source']);
		checkIds(statement.sentences, [...path, 'sentences']);
		// Each sentence once, and no more than a set may hold: zod runs this check even when a field
		// was refused, and a sentence named thousands of times must not be read thousands of times.
		const quoted = [...new Set(statement.sentences)]
			.slice(0, PACK_LIMITS.sentences)
			.map(normalisedSentence)
			.filter((words) => words !== '')
			.join(' ');
		if (!quoted.includes(normaliseWords(statement.content)))
			issue(
				[...path, 'content'],
				`"${statement.content}" is not in sentences ${statement.sentences.join(', ')}.`
			);
		if (
			statement.cue &&
			!quoted.includes(normaliseWords(statement.cue)) &&
			!fullText.includes(normaliseWords(statement.cue))
		)
			issue([...path, 'cue'], `The cue "${statement.cue}" does not occur in the article.`);
	});
	pack.decoys.forEach((decoy, i) => {
		const path = ['decoys', i];
		checkUnique(decoy.id, [...path, 'id']);
		checkSource(decoy.soundsLike, [...path, 'soundsLike']);
		checkIds(decoy.related, [...path, 'related']);
		if (fullText.includes(normaliseWords(decoy.content)))
			issue(
				[...path, 'content'],
				`A made-up line must not be in the article, but "${decoy.content}" is.`
			);
		if (decoy.original !== undefined && !fullText.includes(normaliseWords(decoy.original)))
			issue(
				[...path, 'original'],
				`The real line "${decoy.original}" does not occur in the article.`
			);
	});
	pack.claims.forEach((claim, i) => {
		checkUnique(claim.id, ['claims', i, 'id']);
		checkSets(claim.evidence, ['claims', i, 'evidence']);
		checkIds(claim.related, ['claims', i, 'related']);
	});
	if (pack.sources.filter((s) => s.kind === 'writer').length > 1)
		issue(['sources'], "Only one source can be the article's writer.");
	pack.rulings.forEach((ruling, i) => {
		const path = ['rulings', i];
		checkUnique(ruling.id, [...path, 'id']);
		checkSource(ruling.body, [...path, 'body']);
		ruling.penalised.forEach((id, j) => checkSource(id, [...path, 'penalised', j]));
		const candidates = rulingCandidates(pack, ruling);
		ruling.candidates?.forEach((id, j) => {
			const source = pack.sources.find((s) => s.id === id);
			if (!source) checkSource(id, [...path, 'candidates', j]);
			else if (ruling.candidates!.indexOf(id) !== j)
				issue([...path, 'candidates', j], `"${id}" is named twice.`);
			else if (source.kind === 'writer' || id === ruling.body)
				issue(
					[...path, 'candidates', j],
					`"${id}" cannot be penalised by this ruling: name people or other bodies.`
				);
		});
		ruling.penalised.forEach((id, j) => {
			if (sourceIds.has(id) && !candidates.includes(id))
				issue(
					[...path, 'penalised', j],
					`"${id}" is not one of those the ruling could penalise (${candidates.join(', ') || 'none'}).`
				);
		});
		if (candidates.length === 0)
			issue([...path, 'candidates'], 'A ruling needs somebody it could have penalised.');
		if (
			ruling.penalised.length > 1 &&
			(new Set(ruling.penalised).size !== ruling.penalised.length ||
				!candidates.every((id) => ruling.penalised.includes(id)))
		)
			issue(
				[...path, 'penalised'],
				'Name nobody, one source, or every candidate: the quiz has no answer for "some of them".'
			);
		checkSets(ruling.evidence, [...path, 'evidence']);
		if (!fullText.includes(normaliseWords(ruling.decision)))
			issue(
				[...path, 'decision'],
				`The decision "${ruling.decision}" does not occur in the article.`
			);
	});
	const eventIds = new Set(pack.timeline.events.map((e) => e.id));
	pack.timeline.events.forEach((event, i) => {
		const path = ['timeline', 'events', i];
		checkUnique(event.id, [...path, 'id']);
		checkIds([event.sentence], [...path, 'sentence']);
		const sentence = sentences.get(event.sentence);
		if (sentence && !normaliseWords(sentence.text).includes(normaliseWords(event.when)))
			issue([...path, 'when'], `"${event.when}" is not in sentence ${event.sentence}.`);
	});
	pack.timeline.waits.forEach((wait, i) => {
		const path = ['timeline', 'waits', i];
		if (!eventIds.has(wait.from)) issue([...path, 'from'], `No timeline event "${wait.from}".`);
		if (!eventIds.has(wait.to)) issue([...path, 'to'], `No timeline event "${wait.to}".`);
		checkSets(wait.evidence, [...path, 'evidence']);
	});
}

/** Who a ruling could have penalised, in pack order: its candidates, or every person and other body. */
export function rulingCandidates(
	pack: Pick<z.infer<typeof ArticlePackShape>, 'sources'>,
	ruling: Pick<Ruling, 'body' | 'candidates'>
): string[] {
	return (
		ruling.candidates ??
		pack.sources.filter((s) => s.kind !== 'writer' && s.id !== ruling.body).map((s) => s.id)
	);
}

/** A wait's length and the unit it is counted in. */
export function waitLength(wait: Wait): { amount: number; unit: WaitUnit } {
	return wait.days !== undefined
		? { amount: wait.days, unit: 'days' }
		: { amount: wait.hours!, unit: 'hours' };
}

export const ArticlePack = ArticlePackShape.superRefine(checkAgainstText);

export type ArticlePack = z.infer<typeof ArticlePack>;
export type ArticlePackInput = z.input<typeof ArticlePack>;
export type Source = z.infer<typeof Source>;
export type Statement = z.infer<typeof Statement>;
export type Decoy = z.infer<typeof Decoy>;
export type Claim = z.infer<typeof Claim>;
export type ClaimLabel = z.infer<typeof ClaimLabel>;
export type Ruling = z.infer<typeof Ruling>;
export type Wait = z.infer<typeof Wait>;
export type WaitUnit = z.infer<typeof WaitUnit>;

export class InvalidArticlePackError extends Error {
	override name = 'InvalidArticlePackError';
}

/** Parses a pack or throws an error that names every bad field. */
export function parseArticlePack(input: unknown): ArticlePack {
	const result = ArticlePack.safeParse(input);
	if (!result.success) {
		throw new InvalidArticlePackError(`Invalid article pack:\n${z.prettifyError(result.error)}`);
	}
	return result.data;
}
