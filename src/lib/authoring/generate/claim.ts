// What every generated claim shares: the rule that it is reworded, not copied (no run of more than
// six of the sentence's words), its shape with its explanation, prompt and confidence, and the facts
// the claim makers return, each giving a true claim and, where the article has an alternative, a
// false one.
import { splitSentences } from '../../content/sentences';
import { PARTY_WORDS } from '../lexicon';
import type { Article } from '../suggest/article';
import type { GeneratedClaim, SuggestedStatement } from '../suggest/types';

/** The longest run of the article's words a claim may copy: it is reworded, not copied. */
export const MOST_COPIED = 6;

const DISCUSS = {
	supported: 'Which sentence says so, and in which words?',
	refuted: 'Which detail is wrong, and what does the article say instead?',
	absent: 'What does the article say about this person, and what does it leave out?'
} as const;

/** One fact, with the claims it gives: the true one, and a false one when the article has an alternative. */
export interface Fact {
	/** Which detail it is about, to keep two claims on one detail out of the same quiz. */
	key: string;
	kind: 'role' | 'party' | 'age' | 'figure' | 'day' | 'said' | 'described' | 'decision';
	supported: GeneratedClaim;
	/** False by a changed detail: another person, figure, day or speaker from the article. */
	refuted: GeneratedClaim | null;
	/** False by negation alone: used for at most a third of the false claims (a reader must not be able to answer from the wording). */
	negated?: GeneratedClaim | null;
}

const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.split(/[^\p{L}\p{N}'%£$€.]+/u)
		.map((w) => w.replace(/\.$/u, ''))
		.filter(Boolean);

/** The longest run of consecutive words a claim shares with a sentence. */
export function longestSharedRun(claim: string, sentence: string): number {
	const a = words(claim);
	const b = words(sentence);
	let best = 0;
	// Small inputs (a claim of a dozen words, one sentence): the plain dynamic programme is enough.
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++)
			if (a[i - 1] === b[j - 1]) {
				row[j] = previous[j - 1]! + 1;
				if (row[j]! > best) best = row[j]!;
			}
		previous = row;
	}
	return best;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A label as it reads inside a sentence: "the council", "a report", but "Tom Reilly". */
export const inSentence = (label: string) =>
	label.replace(/^(The|A|An)\b/u, (w) => w.toLowerCase());

/** The sentence's own words with quotes blanked (names and figures inside quotes are someone's words). */
export function maskedSentence(article: Article, index: number): string {
	const s = article.sentenceList[index]!;
	return article.masked[s.paragraph]!.slice(s.start, s.end);
}

export const sentenceId = (article: Article, index: number) => article.sentenceList[index]!.id;

/** Whether every bracket the text opens it closes: "Kasich (who has 25 delegates." was cut inside one. */
export function bracketsClosed(text: string): boolean {
	let depth = 0;
	for (const c of text) {
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		if (depth < 0) return false;
	}
	return depth === 0;
}

/** The words that open a clause a claim can stand on: no pronoun whose meaning is elsewhere. */
export const PRONOUN_OPENING =
	/^(?:it|its|they|their|them|he|she|his|her|this|that|these|those|which|who|we|i|you|there)\b/iu;
export function claim(
	text: string,
	label: GeneratedClaim['label'],
	evidence: string[],
	explanation: string,
	sure: boolean,
	reason: string,
	related: string[] = []
): GeneratedClaim {
	return {
		claim: text,
		label,
		evidence: label === 'not-in-article' ? [] : [...new Set(evidence)],
		related: label === 'not-in-article' ? evidence : related.filter((id) => !evidence.includes(id)),
		explanation,
		discuss:
			label === 'supported'
				? DISCUSS.supported
				: label === 'refuted'
					? DISCUSS.refuted
					: DISCUSS.absent,
		confidence: sure ? 'sure' : 'check',
		reason: sure ? null : reason
	};
}

/**
 * A quote's sentences, split as the article's are ("Mr. Sanders" and "St. Louis" are no ends), and
 * at a question or exclamation mark too: "Could it have been avoided? Yes."
 */
export function quoteSentences(content: string): string[] {
	return splitSentences(content).flatMap((s) => s.split(/(?<=[?!])\s+(?=\p{Lu})/u));
}

/**
 * How the article writes its words inside sentences (not at their start, where any word has a
 * capital): the words written with a capital there, and those written in lower case.
 */
export function writtenCase(article: Article): { capital: Set<string>; lower: Set<string> } {
	const known = cased.get(article);
	if (known) return known;
	const capital = new Set<string>();
	const lower = new Set<string>();
	for (const block of article.blocks)
		for (const m of block.text.matchAll(/\s+(\p{L}[\p{L}'\u2019-]*)/gu))
			// After a word, a comma or a semicolon: inside a sentence.
			if (m.index > 0 && /[\p{L},;]/u.test(block.text[m.index - 1]!))
				(/^\p{Lu}/u.test(m[1]!) ? capital : lower).add(m[1]!.toLowerCase());
	const found = { capital, lower };
	cased.set(article, found);
	return found;
}

/**
 * A word with a capital only because it opens the sentence ("Station manager Gareth Lyle"): no party
 * and no word the article writes with a capital inside sentences and never in lower case (a name:
 * "Westbury midfielder Jack Halloran" when the text also says "the Westbury coach").
 */
export function capitalOnlyAtOpening(article: Article, word: string): boolean {
	const { capital, lower } = writtenCase(article);
	const w = word.toLowerCase();
	return /^\p{Lu}\p{Ll}+$/u.test(word) && !PARTY_WORDS.has(w) && !(capital.has(w) && !lower.has(w));
}

/** Each article's written case, read once for the claim makers that ask. */
const cased = new WeakMap<Article, { capital: Set<string>; lower: Set<string> }>();

/** The paragraph of a sentence id ("p3s2" → "p3"). */
const paragraphOf = (id: string | undefined) => id?.replace(/s\d+$/u, '');

/** A direct quote next to this one is sure, with the same speaker, the same cue and in its paragraph. */
export function besideSure(statements: readonly SuggestedStatement[], index: number): boolean {
	const statement = statements[index]!;
	return [statements[index - 1], statements[index + 1]].some(
		(other) =>
			other !== undefined &&
			other.form === 'direct' &&
			other.confidence === 'sure' &&
			other.source === statement.source &&
			other.cue !== null &&
			other.cue === statement.cue &&
			paragraphOf(other.sentences[0]) === paragraphOf(statement.sentences[0])
	);
}
