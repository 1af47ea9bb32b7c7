// Authoring suggestions: from an article's text, the sentences with their ids, the people and bodies
// it names (with the epithets it uses for them), and every direct quote, piece of reported speech and
// bracketed aside of the writer's, each with a suggested speaker, cue and form. Pure TypeScript (no
// Svelte, DOM or server imports): the endpoint, the bench and the tests call it alike. The stages
// live in ./suggest/, one module each, and run in the order suggest() below calls them.
//
// Attribution is a sieve, in the order the quote-attribution literature uses (e.g. Muzny et al.,
// "A Two-stage Sieve Approach for Quote Attribution", 2017): for each quote,
//   1. an explicit cue next to it names the speaker ("said Reilly", "Whitlock went on");
//   2. a pronoun or epithet cue ("she added", "said the committee chair") is resolved to the last
//      matching person: gender from titles and pronouns, epithets from appositions ("The mayor, Helen
//      Achterberg,") and coreference (an epithet used right after a person is introduced);
//   3. a quote with no cue carries on the previous quote's speaker: in the same paragraph, or in the
//      paragraph before (quotes that run over paragraphs);
//   4. failing that, a paragraph-opening quote goes to the person the paragraph before was about.
// Mentions are searched Hobbs-style: this sentence, then the ones before it, each left to right, so a
// sentence's subject comes before its object. Names inside quotes never count as mentions.
import { assemble } from './suggest/assemble';
import { attribute } from './suggest/attribution';
import { findMentions } from './suggest/mentions';
import { findNames } from './suggest/find-names';
import { readArticle } from './suggest/paragraphs';
import { reported } from './suggest/reported';
import { generateQuiz } from './generate';
import type { Article } from './suggest/article';
import type { Evidence } from './suggest/evidence';
import type { DraftSuggestions, Suggestions } from './suggest/types';

export type {
	SourceKind,
	StatementForm,
	SuggestedSentence,
	SuggestedSource,
	SuggestedStatement,
	Suggestions,
	DraftSuggestions,
	GeneratedClaim,
	GeneratedDecoy,
	GeneratedRuling,
	GeneratedWait,
	GeneratedQuiz
} from './suggest/types';

/** Suggestions for an article: the author confirms or corrects every one. */
export function suggest(text: string): Suggestions {
	return suggestWithEvidence(text).suggestions;
}

/**
 * The suggestions with the evidence each statement's confidence was judged on, in the statements'
 * order: what `npm run train:attribution` fits the confidence model to.
 */
export function suggestWithEvidence(text: string): {
	suggestions: Suggestions;
	evidence: Evidence[];
} {
	const { suggestions, evidence } = readAndSuggest(text);
	return { suggestions, evidence };
}

/** The suggestions and the quiz items generated with them: what POST /api/drafts returns. */
export function suggestQuiz(text: string): DraftSuggestions {
	const { article, suggestions } = readAndSuggest(text);
	return { ...suggestions, ...generateQuiz(article, suggestions) };
}

/** The engine's reading of the text with its suggestions: what the quiz generators work from. */
export function readAndSuggest(text: string): {
	article: Article;
	suggestions: Suggestions;
	evidence: Evidence[];
} {
	// 1. Paragraphs, sentences, quotes and tokens.
	const article = readArticle(text);
	// 2. The people and organisations it names.
	findNames(article);
	// 3. Every mention of them, pronouns and epithets resolved.
	findMentions(article);
	// 4–5. Each quote's cue and speaker (the sieve), and which verbs cued a quote.
	const { cueVerbs } = attribute(article);
	// 6. Reported speech, from the verbs no quote took.
	const reports = reported(article, cueVerbs);
	// 7–8. Everything in the article's order, with the sources that speak, each judged sure or not.
	return { article, ...assemble(article, reports) };
}
