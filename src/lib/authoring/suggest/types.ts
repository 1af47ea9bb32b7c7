// The shape of the authoring suggestions that suggest() returns: the public API of the engine.
export type SourceKind = 'person' | 'body' | 'writer';
export type StatementForm = 'direct' | 'reported' | 'writer';

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
