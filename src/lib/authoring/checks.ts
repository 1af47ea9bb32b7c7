// The suggestions a teacher should check first: the draft's statements whose speaker the engine was
// unsure of, in the order of the article, each with its reason and its words marked in its sentence.
import type { Paragraph } from '../content/sentences';
import type { Draft, DraftStatement } from './draft';

/** A sentence split around the words it holds; `marked` is empty when the words are not in it. */
export interface Marked {
	before: string;
	marked: string;
	after: string;
}

export interface CheckItem {
	/** The statement's place in the draft: its fields' ids are "f-statements-<index>-…". */
	index: number;
	id: string;
	/** Its words, cut to a dozen. */
	words: string;
	/** The suggested speaker's name; empty when none was suggested. */
	speaker: string;
	reason: string;
	/** The sentences it is in, its words marked; null when it points at none. */
	context: Marked | null;
}

const WORDS_SHOWN = 12;

/** The first dozen words, so that a long quote does not fill the list. */
export function shortWords(text: string, max = WORDS_SHOWN): string {
	const words = text.trim().split(/\s+/u);
	return words.length <= max ? words.join(' ') : `${words.slice(0, max).join(' ')}…`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Finds words in a sentence as a reader would (any case, any spacing), to mark them there. Words
 * the teacher rewrote may not be in the sentence any more: then nothing is marked.
 */
export function markWords(sentence: string, words: string): Marked {
	const parts = words.trim().split(/\s+/u).filter(Boolean).map(escape);
	const found = parts.length > 0 ? new RegExp(parts.join('\\s+'), 'iu').exec(sentence) : null;
	if (!found) return { before: sentence, marked: '', after: '' };
	return {
		before: sentence.slice(0, found.index),
		marked: found[0],
		after: sentence.slice(found.index + found[0].length)
	};
}

/** Confirming a statement, or choosing its speaker, settles the engine's doubt about it. */
export function confirmStatement(statement: DraftStatement): void {
	statement.confidence = 'sure';
	statement.reason = null;
}

/** The statements to check, in the article's order (those pointing at no sentence last). */
export function checkItems(
	draft: Pick<Draft, 'sources' | 'statements'>,
	paragraphs: Paragraph[]
): CheckItem[] {
	const sentences = paragraphs.flatMap((p) => p.sentences);
	const order = new Map(sentences.map((s, i) => [s.id, { at: i, text: s.text }]));
	const labels = new Map(draft.sources.map((s) => [s.id, s.label]));
	return draft.statements
		.map((statement, index) => {
			const own = statement.sentences
				.map((id) => order.get(id))
				.filter((s) => s !== undefined)
				.sort((a, b) => a.at - b.at);
			const context =
				own.length > 0 ? markWords(own.map((s) => s.text).join(' '), statement.content) : null;
			return {
				statement,
				index,
				at: own[0]?.at ?? Number.POSITIVE_INFINITY,
				offset: context?.marked ? context.before.length : 0,
				context
			};
		})
		.filter(({ statement }) => statement.confidence === 'check')
		.sort((a, b) => a.at - b.at || a.offset - b.offset || a.index - b.index)
		.map(({ statement, index, context }) => ({
			index,
			id: statement.id,
			words: shortWords(statement.content),
			speaker: labels.get(statement.source) ?? '',
			reason: statement.reason ?? 'check who said it',
			context
		}));
}
