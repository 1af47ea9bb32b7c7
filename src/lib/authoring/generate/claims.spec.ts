// The claim makers on a made-up article, each claim written by hand from the text before the code ran.
import { describe, expect, it } from 'vitest';
import { readAndSuggest } from '../suggest';
import { claimFacts, generateClaims } from './claims';

const TEXT = [
	'Harbour Council voted on Tuesday to close the old pier after engineers found cracks in its supports.',
	"The repairs would cost £2.4m, according to a report by the council's engineers. Turnout at the public meeting was 42%.",
	'"The pier is not safe for anyone," said Tom Reilly, the council\'s chief engineer. "We cannot wait another winter."',
	'Ana Silva, 54, who runs the café at the end of the pier, said she had lost 40 customers a day since the barriers went up.',
	'The harbour master, Maya Brooks, said the fleet would move to the east quay on Thursday.',
	'Margaret Ellison, 78, a retired teacher, said the pier had been part of her life since she was a child.'
].join('\n\n');

const { article, suggestions } = readAndSuggest(TEXT);
const facts = claimFacts(article, suggestions);
const byKind = (kind: string) =>
	facts.filter((f) => f.kind === kind).map((f) => [f.supported.claim, f.refuted?.claim ?? null]);

describe('claims on a made-up article', () => {
	it('gives each role to its holder, and to another person with a role of their own as a false claim', () => {
		expect(byKind('role')).toEqual([
			[
				"Tom Reilly is the council's chief engineer.",
				"Maya Brooks is the council's chief engineer."
			],
			['Maya Brooks is the harbour master.', 'Tom Reilly is the harbour master.']
		]);
	});

	it('gives each age, and another age the article gives as a false claim', () => {
		expect(byKind('age')).toEqual([
			['Ana Silva is 54 years old.', 'Ana Silva is 78 years old.'],
			['Margaret Ellison is 78 years old.', 'Margaret Ellison is 54 years old.']
		]);
	});

	it('says what happened on a named day, and another day the article names as a false claim', () => {
		expect(byKind('day')).toEqual([
			[
				'Harbour Council voted to close the old pier on Tuesday.',
				'Harbour Council voted to close the old pier on Thursday.'
			]
		]);
	});

	it('says who said what, in the third person, and gives it to another speaker as a false claim', () => {
		expect(byKind('said')).toContainEqual([
			"Tom Reilly said they can't wait another winter.",
			"Ana Silva said they can't wait another winter."
		]);
	});

	it('keeps true and false within one of each other, and claims an age the article never gives as not in it', () => {
		const claims = generateClaims(article, suggestions, TEXT);
		const count = (label: string) => claims.filter((c) => c.label === label).length;
		expect(Math.abs(count('supported') - count('refuted'))).toBeLessThanOrEqual(1);
		expect(
			claims.filter((c) => c.label === 'not-in-article').map((c) => [c.claim, c.confidence])
		).toEqual([
			['Tom Reilly is 61 years old.', 'check'],
			['Maya Brooks is 85 years old.', 'check']
		]);
	});
});

describe('a role at an organisation', () => {
	it('is a claim when it fits in six words of the sentence, and is refused when it would copy more', () => {
		const text = [
			'"We did everything we could," said Raj Patel, station commander at Westshire Fire and Rescue.',
			'"We were told there was no money," said Sunita Rao, chair of the Ashcombe Flood Group.'
		].join('\n\n');
		const read = readAndSuggest(text);
		expect(
			claimFacts(read.article, read.suggestions)
				.filter((f) => f.kind === 'role')
				.map((f) => [f.supported.claim, f.refuted?.claim ?? null])
		).toEqual([['Sunita Rao is chair of the Ashcombe Flood Group.', null]]);
	});
});
