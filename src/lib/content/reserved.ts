// Ids and labels the quiz keeps for its own options, which no source may take. Its own module, so
// the browser can know them without the pack schema (and zod) coming along.

/**
 * Ids the quiz gives its own options ("nobody was penalised", "Not in the article", …), so no source
 * may take one: a source with such an id would be indistinguishable from the option. The writer's
 * id is reserved for a source of kind "writer", since the quiz offers "The article's writer" under
 * that id when the pack names no writer of its own.
 */
export const RESERVED_IDS = {
	nobody: 'nobody',
	everyone: 'all',
	notSaid: 'not-said',
	notInArticle: 'not-in-article',
	writer: 'writer'
} as const;
/** Labels the quiz gives its own options; a source labelled the same could not be told apart. */
export const RESERVED_LABELS = ['Not in the article', "The article doesn't say"] as const;
