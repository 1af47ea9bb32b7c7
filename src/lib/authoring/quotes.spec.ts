import { describe, expect, it } from 'vitest';
import { findQuotes, quoteStyle } from './quotes';

const texts = (paragraph: string) =>
	findQuotes(paragraph, quoteStyle(paragraph)).map((q) => [q.text, q.close !== null]);

describe('findQuotes', () => {
	it.each([
		['"It works," she said.', [['It works', true]]],
		[
			'\u201cIt works,\u201d she said. \u201cWe tested it.\u201d',
			[
				['It works', true],
				['We tested it.', true]
			]
		],
		// A quote left open at the end of a paragraph runs on into the next one.
		[
			'"I want the lane. I just want one that works.',
			[['I want the lane. I just want one that works.', false]]
		],
		// A stray opening mark inside a quote starts a new quote instead of closing this one.
		[
			'"Was Valtteri in the wrong? Probably not. "Could he have done more? Maybe."',
			[
				['Was Valtteri in the wrong? Probably not.', false],
				['Could he have done more? Maybe.', true]
			]
		],
		// Single quotes, with apostrophes inside them and a plural possessive outside.
		[
			'\u2018By the time I got to the door my neighbour\u2019s son carried me out,\u2019 she said of the residents\u2019 group.',
			[['By the time I got to the door my neighbour\u2019s son carried me out', true]]
		],
		[
			'She would go home \u2018when it\u2019s dry, and not before\u2019.',
			[['when it\u2019s dry, and not before', true]]
		],
		// A double quote closed by a single mark by mistake (PolNeAR train, Breitbart): it ends there,
		// not at the paragraph's end; a quote within the quote still closes with its own mark.
		[
			'Schumer tweeted: \u201cLet\u2019s go. We can StopGunViolence.\u2019 Schumer was in the East Room. She spoke.',
			[['Let\u2019s go. We can StopGunViolence.', true]]
		],
		[
			'\u201cHe said \u2018go home.\u2019 Then he left,\u201d she said.',
			[['He said \u2018go home.\u2019 Then he left', true]]
		],
		['No quotes here, only an apostrophe\u2019s worth.', []],
		['"" and " " are not quotes.', []]
	])('finds the quotes in %j', (paragraph, expected) => {
		expect(texts(paragraph)).toEqual(expected);
	});

	it('also finds a few words in curly single quotes outside double quotes, in an article of double quotes', () => {
		// Held-out factory-closure: "the government was ‘deeply disappointed’ by the decision".
		const spans = (p: string) => findQuotes(p, 'double').map((s) => s.text);
		expect(
			spans('Rachel Amis said the government was \u2018deeply disappointed\u2019 by the decision.')
		).toEqual(['deeply disappointed']);
		// A quote within a quote stays inside its quote; apostrophes are no quotes.
		expect(spans('\u201cThey called it \u2018a disgrace\u2019 and left,\u201d she said.')).toEqual([
			'They called it \u2018a disgrace\u2019 and left'
		]);
		expect(spans('The workers\u2019 union said it wasn\u2019t told.')).toEqual([]);
	});

	it('prefers double quotes when an article has both kinds', () => {
		expect(quoteStyle("He said: \"It's 'fine'.\"")).toBe('double');
		expect(quoteStyle('\u2018It is fine,\u2019 he said.')).toBe('single');
	});
});
