import { describe, expect, it } from 'vitest';
import { changedNumber, doctor, doctoredQuotes } from './doctored';
import type { SuggestedStatement } from '../suggest/types';

describe('a figure changed to one that would pass for it', () => {
	it.each([
		['two', 'three'],
		['Three', 'Four'],
		['2%', '3%'],
		['6%', '8%'],
		['40', '50'],
		['17', '21'],
		['2,400', '3,000'],
		['4.5', '5.6'],
		// Not amounts: a year, one, a word that is no number.
		['2019', null],
		['one', null],
		['1', null],
		['fifty-fifty', null]
	])('%s → %s', (from, to) => {
		expect(changedNumber(from)).toBe(to);
	});
});

describe('one meaningful change to a line', () => {
	it.each([
		// A figure first.
		['We lost 40 customers in a week.', 'We lost 50 customers in a week.', 'number'],
		// A contracted negative made positive.
		["I don't think anyone wants that.", 'I do think anyone wants that.', 'negation'],
		[
			'They won’t reopen the pier this summer.',
			'They will reopen the pier this summer.',
			'negation'
		],
		// A negation dropped.
		['The pier is not safe for anyone.', 'The pier is safe for anyone.', 'negation'],
		// A negation added after the auxiliary.
		['That is what the crews asked for.', 'That is not what the crews asked for.', 'negation'],
		// "will" as a noun is no auxiliary: the opposite word is changed instead.
		['The will of the crews was strong.', 'The will of the crews was not strong.', 'negation'],
		// An opposite.
		['Fares went up and service got worse.', 'Fares went up and service got better.', 'opposite'],
		// A hedge made certain.
		['The council may close the road.', 'The council will close the road.', 'opposite'],
		// A share never goes past the whole: 93 percent becomes less, not 116.
		[
			'One dose is about 93 percent effective.',
			'One dose is about 70 percent effective.',
			'number'
		],
		['Turnout was 88% this year.', 'Turnout was 66% this year.', 'number'],
		// An auxiliary before its subject asks a question: no "not" after it ("was not I wrong").
		['I caused the crash, but was I to blame?', null, null],
		// A negation is not dropped where "any" needs it ("I don't think there's any link").
		["I don't think there's any connection between them.", null, null],
		// "had better" is no comparison: "better" is not turned into "worse" there.
		['You better believe it, she said.', null, null],
		// Nothing to change.
		['Thank you all for coming tonight.', null, null]
	])('%s', (line, doctored, kind) => {
		const found = doctor(line);
		expect(found?.text ?? null).toBe(doctored);
		expect(found?.change.kind ?? null).toBe(kind);
	});
});

const statement = (content: string, source: string, sentences: string[]): SuggestedStatement => ({
	content,
	source,
	cue: 'said',
	form: 'direct',
	sentences,
	confidence: 'sure',
	reason: null
});

describe('doctored quotes from an article', () => {
	const text = [
		'“We have waited two years for this pier to reopen,” said Ana Silva, who runs the café.',
		'“The pier is not safe for anyone,” said Tom Reilly, the harbour master.'
	].join('\n\n');
	const sources = [
		{ id: 'ana-silva', label: 'Ana Silva', kind: 'person' as const, epithets: [] },
		{ id: 'tom-reilly', label: 'Tom Reilly', kind: 'person' as const, epithets: [] }
	];
	const found = doctoredQuotes(
		text,
		[
			statement('We have waited two years for this pier to reopen,', 'ana-silva', ['p1s1']),
			statement('The pier is not safe for anyone,', 'tom-reilly', ['p2s1'])
		],
		sources
	);

	it('changes one thing in each real line, keeps its speaker and shows the real line', () => {
		expect(found.map((d) => [d.content, d.soundsLike, d.original, d.related])).toEqual([
			[
				'We have waited three years for this pier to reopen,',
				'ana-silva',
				'We have waited two years for this pier to reopen,',
				['p1s1']
			],
			['The pier is safe for anyone,', 'tom-reilly', 'The pier is not safe for anyone,', ['p2s1']]
		]);
		expect(found[0]!.explanation).toBe(
			'Nobody said this. Ana Silva\'s real words are "We have waited two years for this pier to reopen,": "two" was changed to "three".'
		);
	});

	it('never offers a line that is in the article', () => {
		const echoed = `${text}\n\nAs a sign put it: "The pier is safe for anyone."`;
		const again = doctoredQuotes(
			echoed,
			[statement('The pier is not safe for anyone,', 'tom-reilly', ['p2s1'])],
			sources
		);
		expect(again).toEqual([]);
	});
});
