// How big an article pack may be, whatever door it comes in by (a pack file, a draft, an upload): one
// set of caps, read by the pack schema and by the draft's, so every check costs at most what these allow.
export const PACK_LIMITS = {
	/** The article, in characters (as the suggestions take it). */
	text: 20_000,
	/** A pack's title and topic, and a source's label: one line each. */
	title: 200,
	/** Any other line of text: a quote, a claim, an explanation, a prompt. */
	field: 2_000,
	/** Ids (slugs): a pack's, a source's, a statement's. */
	id: 64,
	/** Statements, decoys, claims and sources, each. */
	items: 200,
	/** Sentences in one evidence set or list of related sentences. */
	sentences: 60,
	/** Alternative evidence sets of one item. */
	evidenceSets: 10,
	/** A source's epithets. */
	epithets: 20,
	/** Rulings, and waits between timeline events. */
	rulings: 20,
	/** Timeline events. */
	events: 100
} as const;
