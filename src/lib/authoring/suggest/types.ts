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

export interface SuggestedStatement {
	content: string;
	source: string | null;
	cue: string | null;
	form: StatementForm;
	sentences: string[];
}

export interface Suggestions {
	sentences: SuggestedSentence[];
	sources: SuggestedSource[];
	statements: SuggestedStatement[];
}
