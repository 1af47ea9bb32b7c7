// The article pack schema: one article as data, checked against its own text when it is loaded.
import * as z from 'zod';
import { splitArticle, type Sentence } from './sentences';

const Slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, { error: 'Use lower-case letters, digits and dashes.' });
const SentenceId = z.string().regex(/^p\d+s\d+$/, { error: 'Sentence ids look like "p3s1".' });
/** One complete set of sentences that settles a question (FEVER: any one set is enough). */
const EvidenceSet = z
	.array(SentenceId)
	.min(1, { error: 'An evidence set names at least one sentence.' });
const Text = z.string().trim().min(1);
/** A question a teacher can put to the class in the debrief: every item has one. */
const Discuss = Text;

export const SourceKind = z.enum(['person', 'body', 'writer']);

export const Source = z.object({
	id: Slug,
	/** How a choice names it: "George Russell", "The race stewards". */
	label: Text,
	kind: SourceKind,
	/** Other ways the text refers to it, each checked to occur in the text. */
	epithets: z
		.array(
			z.object({
				text: Text,
				evidence: z.array(EvidenceSet).min(1),
				explanation: Text,
				discuss: Discuss
			})
		)
		.default([])
});

/** PARC-style attribution: the words, who they belong to, the cue, and how they are given. */
export const Statement = z.object({
	id: Slug,
	content: Text,
	source: Slug,
	cue: Text.nullable(),
	form: z.enum(['direct', 'reported', 'writer']),
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
	related: z.array(SentenceId).default([]),
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
		evidence: z.array(EvidenceSet),
		related: z.array(SentenceId).default([]),
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
	/** The verbatim words of the decision. */
	decision: Text,
	/** Source ids of whoever was penalised; empty when nobody was. */
	penalised: z.array(Slug),
	evidence: z.array(EvidenceSet).min(1),
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

export const Wait = z
	.object({
		from: Slug,
		to: Slug,
		/** The question as a player reads it. */
		question: Text,
		hours: z.number().positive(),
		/** Answers inside this range (hours, inclusive) count as right. */
		accepted: z.object({ min: z.number().nonnegative(), max: z.number().positive() }),
		evidence: z.array(EvidenceSet).min(1),
		explanation: Text,
		discuss: Discuss
	})
	.refine((w) => w.accepted.min <= w.hours && w.hours <= w.accepted.max, {
		error: 'The accepted range must contain the stated number of hours.',
		path: ['accepted']
	});

export const ArticlePackShape = z.object({
	id: Slug,
	title: Text,
	/** What the quiz is about, to finish "checking who said what about …" in share previews. */
	topic: Text,
	/** The article exactly as received: every sentence id is derived from it. */
	text: Text,
	sources: z.array(Source).min(2),
	statements: z.array(Statement).min(1),
	decoys: z.array(Decoy),
	claims: z.array(Claim),
	rulings: z.array(Ruling),
	timeline: z.object({ events: z.array(TimelineEvent).min(2), waits: z.array(Wait) })
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

	pack.sources.forEach((source, i) => {
		checkUnique(source.id, ['sources', i, 'id']);
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
		const quoted = normaliseWords(
			statement.sentences.map((id) => sentences.get(id)?.text ?? '').join(' ')
		);
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
			issue([...path, 'content'], `A decoy must not be in the article, but "${decoy.content}" is.`);
	});
	pack.claims.forEach((claim, i) => {
		checkUnique(claim.id, ['claims', i, 'id']);
		checkSets(claim.evidence, ['claims', i, 'evidence']);
		checkIds(claim.related, ['claims', i, 'related']);
	});
	pack.rulings.forEach((ruling, i) => {
		const path = ['rulings', i];
		checkUnique(ruling.id, [...path, 'id']);
		checkSource(ruling.body, [...path, 'body']);
		ruling.penalised.forEach((id, j) => checkSource(id, [...path, 'penalised', j]));
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
