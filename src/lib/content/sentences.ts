// Splits an article's verbatim text into paragraphs and sentences with stable ids ("p3s1").

export interface Sentence {
	id: string;
	paragraph: number;
	text: string;
}

export interface Paragraph {
	id: string;
	sentences: Sentence[];
}

/**
 * A sentence ends at "." or "!" (with any closing quotes or brackets after it) when the next
 * word starts with a capital letter or an opening quote. Two choices make this fit news copy:
 * - "?" never ends a sentence, so a rhetorical question stays with its answer
 *   ("Was Valtteri in the wrong? Probably not.") and evidence can point at the pair;
 * - quotes are not tracked as open or closed, so an unbalanced quotation mark (the article
 *   has one) cannot swallow the rest of a paragraph.
 */
const SENTENCE_END = /(?<=[.!]["')\u201d\u2019]*)\s+(?=["'(\u201c\u2018]?[A-Z\u00c0-\u024f])/u;

export function splitSentences(paragraph: string): string[] {
	return paragraph
		.split(SENTENCE_END)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence.length > 0);
}

export function splitArticle(text: string): Paragraph[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map((block, p) => ({
			id: `p${p + 1}`,
			sentences: splitSentences(block).map((text, s) => ({
				id: `p${p + 1}s${s + 1}`,
				paragraph: p + 1,
				text
			}))
		}));
}
