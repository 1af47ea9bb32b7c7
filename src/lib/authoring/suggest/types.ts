// The shape of the authoring suggestions that suggest() returns: the public API of the engine.
import type { SourceKind, StatementForm } from '../../contract/article';

export type { SourceKind, StatementForm };

export interface SuggestedSentence {
	id: string;
	text: string;
}

export interface SuggestedSource {
	id: string;
	label: string;
	kind: SourceKind;
	epithets: string[];
}

/** A statement as the stages find it, before its confidence is judged. */
export interface FoundStatement {
	content: string;
	source: string | null;
	cue: string | null;
	form: StatementForm;
	sentences: string[];
}

/**
 * "sure": the speaker is named in the cue next to the words; "check": the teacher should look, for
 * the reason given (a pronoun resolved, no speech verb near the quote, two people of one surname…).
 */
export type Confidence = 'sure' | 'check';

export interface SuggestedStatement extends FoundStatement {
	confidence: Confidence;
	/** Why it is to be checked, in words for the teacher; null when sure. */
	reason: string | null;
}

export interface Suggestions {
	sentences: SuggestedSentence[];
	sources: SuggestedSource[];
	statements: SuggestedStatement[];
}

/** What POST /api/drafts returns: the suggestions and the quiz items generated with them. */
export type DraftSuggestions = Suggestions & GeneratedQuiz;

/**
 * What every generated quiz item carries besides its pack fields: a one-line explanation, a prompt
 * for the debrief, and the engine's judgement ("check": the teacher should look, for the reason).
 */
export interface GeneratedItem {
	explanation: string;
	discuss: string;
	confidence: Confidence;
	/** Why to check it, in words for the teacher; null when sure. */
	reason: string | null;
}

/** A claim to judge: supported, refuted or not in the article, with the one set of sentences that settles it. */
export interface GeneratedClaim extends GeneratedItem {
	claim: string;
	label: 'supported' | 'refuted' | 'not-in-article';
	/** The sentence ids that settle it; empty when it is not in the article. */
	evidence: string[];
	/** Sentences worth showing beside the verdict that are not its evidence. */
	related: string[];
}

/** A doctored quote: a real direct quote with one meaningful change, nobody's words. */
export interface GeneratedDecoy extends GeneratedItem {
	content: string;
	/** The speaker of the real line (a source id). */
	soundsLike: string;
	/** The real line it was changed from, as the article gives it. */
	original: string;
	/** The sentences of the real line. */
	related: string[];
}

/** A body's decision and whom it penalised (empty: nobody). */
export interface GeneratedRuling extends GeneratedItem {
	body: string;
	/** The words of the decision, as in the article. */
	decision: string;
	penalised: string[];
	evidence: string[];
}

export interface GeneratedEvent {
	what: string;
	/** The article's own words for when it happened. */
	when: string;
	sentence: string;
}

/** How long one event came after another, in hours or days, with the range of answers accepted. */
export interface GeneratedWait extends GeneratedItem {
	from: GeneratedEvent;
	to: GeneratedEvent;
	question: string;
	unit: 'hours' | 'days';
	amount: number;
	min: number;
	max: number;
	evidence: string[];
}

/** The quiz items generated from an article, beside the suggestions: the draft starts with them. */
export interface GeneratedQuiz {
	claims: GeneratedClaim[];
	decoys: GeneratedDecoy[];
	ruling: GeneratedRuling | null;
	wait: GeneratedWait | null;
}
