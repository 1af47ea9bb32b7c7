import { describe, expect, it } from 'vitest';
import { readArticle } from './paragraphs';

/** Each paragraph's quotes: their words, and whether they close in that paragraph. */
const quotesOf = (text: string) =>
	readArticle(text).quotes.map((list) => list.map((q) => [q.text, q.close !== null]));

describe('readArticle: paragraphs, sentences and quotes', () => {
	it.each([
		['straight quotes', '"The pier is safe," said Maya Brooks.', [[['The pier is safe', true]]]],
		[
			'curly quotes',
			'\u201cThe pier is safe,\u201d said Maya Brooks. \u201cIt opens on Monday.\u201d',
			[
				[
					['The pier is safe', true],
					['It opens on Monday.', true]
				]
			]
		],
		[
			'single quotes in an article that uses them',
			'\u2018The pier is safe,\u2019 said Maya Brooks.',
			[[['The pier is safe', true]]]
		],
		[
			'a quote that runs on into the next paragraph',
			'"The ferry will run all winter.\n\n"It will not stop for storms," she said.',
			[[['The ferry will run all winter.', false]], [['It will not stop for storms', true]]]
		],
		['no quotes', 'The pier reopened on Monday.', [[]]]
	])('finds %s', (_kind, text, expected) => {
		expect(quotesOf(text)).toEqual(expected);
	});

	it('numbers the sentences per paragraph and across the article', () => {
		const article = readArticle('The pier opened. Crowds came.\n\nIt rained.');
		expect(article.blocks.map((b) => b.sentences.map((s) => s.id))).toEqual([
			['p1s1', 'p1s2'],
			['p2s1']
		]);
		expect(article.sentenceList.map((s) => [s.index, s.text])).toEqual([
			[0, 'The pier opened.'],
			[1, 'Crowds came.'],
			[2, 'It rained.']
		]);
	});

	it('gives a quote the sentences it overlaps', () => {
		const article = readArticle('Brooks said: "The pier is safe. It opens on Monday."');
		expect(article.quotes[0]!.map((q) => q.sentences.map((s) => s.id))).toEqual([['p1s1', 'p1s2']]);
	});

	it('blanks out the quotes, so names inside them are not read as mentions', () => {
		const text = '"Ask Lena Ortiz," he said.';
		const article = readArticle(text);
		const masked = article.masked[0]!;
		expect(masked).toHaveLength(text.length);
		expect(masked).not.toContain('Lena');
		expect(masked.endsWith(' he said.')).toBe(true);
		expect(article.toks[0]!.map((t) => t.lower)).toEqual(['he', 'said']);
	});
});
