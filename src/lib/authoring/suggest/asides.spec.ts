import { describe, expect, it } from 'vitest';
import { asides } from './asides';
import { readArticle } from './paragraphs';

const asidesOf = (text: string) =>
	asides(readArticle(text)).map((a) => [a.statement.content, a.statement.sentences]);

describe("asides: the writer's own bracketed words", () => {
	it.each([
		[
			'a bracketed sentence',
			'The pier reopened. (It was built in 1901.)',
			[['It was built in 1901.', ['p1s2']]]
		],
		['a bracketed clause', 'The pier (built in 1901) reopened.', [['built in 1901', ['p1s1']]]],
		['no single word', 'The regulator (Ofcom) agreed.', []],
		['no amount', 'The repairs cost a lot (about £3m).', []],
		['nothing inside a quote', 'Brooks said: "The pier (built in 1901) is safe."', []],
		// Found by the fuzz test: the words start after the bracket's space, and end in the sentence after.
		['an aside opening with a space, over two sentences', '( ! A)', [['! A', ['p1s1', 'p1s2']]]]
	])('finds %s', (_kind, text, expected) => {
		expect(asidesOf(text)).toEqual(expected);
	});
});
