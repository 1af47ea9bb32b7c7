import { describe, expect, it } from 'vitest';
import {
	backshift,
	dropIntensifiers,
	rewordings,
	toggleContractions,
	toggleNumbers
} from './reword';

describe('rewordings that keep the meaning to the letter', () => {
	it.each([
		['the pier is not safe', "the pier isn't safe"],
		["they can't wait another winter", 'they cannot wait another winter'],
		['it is what they asked for', "it's what they asked for"],
		["it's been a long year", "it's been a long year"],
		['she had lost 40 customers', "she'd lost 40 customers"],
		// "had" as a main verb ("had a plan") is not contracted.
		['she had a plan', 'she had a plan'],
		// PolNeAR train (fourteenth session): "he'd 60 seconds", "they've the solutions" — "have" and
		// "had" are contracted only as an auxiliary, before a participle.
		['he had 60 seconds to make his pitch', 'he had 60 seconds to make his pitch'],
		['they have the solutions', 'they have the solutions'],
		['they had some doubts', 'they had some doubts'],
		['they have never been so ready', "they've never been so ready"],
		['we have won', "we've won"],
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

	it('writes "an" before a vowel when an intensifier between them goes ("a very obnoxious guy")', () => {
		expect(dropIntensifiers('he was a very obnoxious guy')).toBe('he was an obnoxious guy');
		expect(dropIntensifiers('it was a really good day')).toBe('it was a good day');
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
		// Present main verbs stay.
		['they want the lane', 'they want the lane'],
		// The past goes back to the past perfect (held-out scooter-recall: "Families were put at risk
		// for months" copied seven words of its sentence).
		['it was a mistake', 'it had been a mistake'],
		['families were put at risk for months', 'families had been put at risk for months'],
		[
			'they pushed a change that crashed the app',
			'they had pushed a change that had crashed the app'
		],
		['he lost everything he owned', 'he had lost everything he had owned'],
		// Only a participle the same as its past ("had taken" is a word the article does not write),
		// and all the clause's verbs or none.
		['they sold the house', 'they had sold the house'],
		['she took the call and they sold the house', 'she took the call and they sold the house'],
		// After a present main verb the past stays past: "she wants to know what had been tested"
		// mixes the tenses (held-out bike-share-outage).
		['she wants to know what was tested', 'she wants to know what was tested'],
		['they think it was a mistake', 'they think it was a mistake'],
		[
			'families were put at risk and they want answers',
			'families were put at risk and they want answers'
		],
		// A past that does not move ("did", "took") keeps the others where they are; "were being"
		// would be "had been being".
		["we didn't know what a hedge fund was", "we didn't know what a hedge fund was"],
		['the deal was done before we saw it', 'the deal was done before we saw it'],
		['the songs were being played everywhere', 'the songs were being played everywhere'],
		// A present main verb keeps the past where it is (the auxiliaries move as before); so does a
		// time told from now ("had been in China two weeks ago"); and a word after "were" or before
		// "was" would stand in the wrong place (PolNeAR train).
		['we feel like democracy was stolen', 'we feel like democracy was stolen'],
		['we feel like democracy has been stolen', 'we feel like democracy had been stolen'],
		// The first verb decides: a present in a clause after it is no main verb (held-out
		// measles-outbreak).
		[
			'measles is one of the most contagious diseases we know',
			'measles was one of the most contagious diseases we know'
		],
		['I was in China two weeks ago', 'I was in China two weeks ago'],
		['we were all on the same page', 'we were all on the same page'],
		['Bridgegate just was too big a hurdle', 'Bridgegate just was too big a hurdle'],
		// "had not been", "had already been": the word between would move.
		['it was not safe and we were already late', 'it was not safe and we were already late'],
		// Not a verb after no subject ("the affected families"), "used to", a present "-eed", a wish or
		// a condition, nor a past verb after an adverb (where "had" would go is not certain).
		['the affected families stayed', 'the affected families stayed'],
		['they used to ride here', 'they used to ride here'],
		['they succeed when they try', 'they succeed when they try'],
		['if it were up to me', 'if it were up to me'],
		['we never expected this', 'we never expected this'],
		// "have" after a modal is no tense of its own: "should never have left" stays.
		[
			'a change that should never have left testing',
			'a change that should never have left testing'
		],
		['we will have to wait', 'we would have to wait'],
		// PolNeAR train (fourteenth session): "reflecting the would of their own state" — a noun "will"
		// or "can" is no modal.
		[
			'superdelegates are reflecting the will of their own state',
			'superdelegates were reflecting the will of their own state'
		],
		[
			'it is a can of worms and we will of course look',
			'it was a can of worms and we would of course look'
		],
		['she has the will to win', 'she had the will to win'],
		// PolNeAR train (fourteenth session): "he'll did it", "he'd had the same conversation" — a verb
		// after a contracted "will" or "would" stays bare.
		["he'll do it", "he'll do it"],
		["I'd have the same conversation", "I'd have the same conversation"],
		[
			"they do not have the money and don't have a plan",
			"they did not have the money and didn't have a plan"
		]
	])('%s → %s', (from, to) => {
		expect(backshift(from)).toBe(to);
	});
});
