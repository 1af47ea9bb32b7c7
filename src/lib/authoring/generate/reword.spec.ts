import { describe, expect, it } from 'vitest';
import { backshift, rewordings, toggleContractions, toggleNumbers } from './reword';

describe('rewordings that keep the meaning to the letter', () => {
	it.each([
		['the pier is not safe', "the pier isn't safe"],
		["they can't wait another winter", 'they cannot wait another winter'],
		['it is what they asked for', "it's what they asked for"],
		["it's been a long year", "it's been a long year"],
		['she had lost 40 customers', "she'd lost 40 customers"],
		// "had" as a main verb ("had a plan") is not contracted.
		['she had a plan', 'she had a plan'],
		["we won't close and they will not either", "we will not close and they won't either"]
	])('contractions: %s → %s', (from, to) => {
		expect(toggleContractions(from)).toBe(to);
	});

	it.each([
		['two years', '2 years'],
		['after 3 days', 'after three days'],
		// "one" is a pronoun as often as a number; a decimal and a large figure stay.
		['no one came', 'no one came'],
		['2.5 metres', '2.5 metres'],
		['40 homes', '40 homes'],
		// An amount of money or a share keeps its figure: "$12", not "$twelve".
		['make $12 an hour', 'make $12 an hour'],
		['up 9% on the year', 'up 9% on the year']
	])('numbers: %s → %s', (from, to) => {
		expect(toggleNumbers(from)).toBe(to);
	});

	it('offers each rewording alone and all together, the clause itself first', () => {
		expect(rewordings('we are really not ready after two years')).toEqual([
			'we are really not ready after two years',
			"we're really not ready after two years",
			'we are really not ready after 2 years',
			'we are not ready after two years',
			"we're not ready after 2 years"
		]);
	});
});

describe('the reported tense', () => {
	it.each([
		['the pier is not safe for anyone', 'the pier was not safe for anyone'],
		["they can't wait another winter", "they couldn't wait another winter"],
		['she has waited two years and will wait more', 'she had waited two years and would wait more'],
		// Main verbs and past forms stay.
		['they want the lane', 'they want the lane'],
		['it was a mistake', 'it was a mistake'],
		// "have" after a modal is no tense of its own: "should never have left" stays.
		[
			'a change that should never have left testing',
			'a change that should never have left testing'
		],
		['we will have to wait', 'we would have to wait'],
		[
			"they do not have the money and don't have a plan",
			"they did not have the money and didn't have a plan"
		]
	])('%s → %s', (from, to) => {
		expect(backshift(from)).toBe(to);
	});
});
