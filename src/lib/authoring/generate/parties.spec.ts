// A politician's party as a claim, on made-up articles: each claim written by hand from the text
// before the code ran.
import { describe, expect, it } from 'vitest';
import { readAndSuggest } from '../suggest';
import { claimFacts } from './claims';

/** Each party fact as its true claim and its false one (null when there is none). */
const partiesOf = (text: string) => {
	const { article, suggestions } = readAndSuggest(text);
	return claimFacts(article, suggestions)
		.filter((f) => f.kind === 'party')
		.map((f) => [f.supported.claim, f.refuted?.claim ?? null]);
};

describe("a politician's party", () => {
	const text = [
		'Sen. Dana Whitfield (R-Ohio) said on Monday that the bill would pass the Senate by Friday.',
		'Democratic presidential candidate Carl Monroe called the vote a disgrace and promised to fight it.',
		'Sen. Ruth Calder, D-Maine, said she would vote against the bill.',
		'Republican threats against Carl Monroe grew all week, according to his aides.',
		'Former Republican governor Tom Pike endorsed Monroe on Tuesday.',
		'Republican National Committee spokesman Sam Ortiz said the party was united.',
		'Social Democrat leader Anja Berg watched the debate from Berlin.'
	].join('\n\n');

	it('is read from "(R-Ohio)", ", D-Maine," and a title ("Democratic presidential candidate"), and refuted with the other party the article names', () => {
		expect(partiesOf(text)).toEqual([
			['Dana Whitfield is a Republican.', 'Dana Whitfield is a Democrat.'],
			['Carl Monroe is a Democrat.', 'Carl Monroe is a Republican.'],
			['Ruth Calder is a Democrat.', 'Ruth Calder is a Republican.']
		]);
	});

	it('gives its evidence: the sentence that names the party', () => {
		const { article, suggestions } = readAndSuggest(text);
		const party = claimFacts(article, suggestions).filter((f) => f.kind === 'party');
		const sentence = (id: string) => article.sentenceList.find((s) => s.id === id)!.text;
		expect(party.map((f) => f.supported.evidence.map(sentence))).toEqual([
			[
				'Sen. Dana Whitfield (R-Ohio) said on Monday that the bill would pass the Senate by Friday.'
			],
			[
				'Democratic presidential candidate Carl Monroe called the vote a disgrace and promised to fight it.'
			],
			['Sen. Ruth Calder, D-Maine, said she would vote against the bill.']
		]);
		expect(party.map((f) => f.refuted?.evidence.map(sentence))).toEqual(
			party.map((f) => f.supported.evidence.map(sentence))
		);
	});

	it('is no false claim when the article names no other party', () => {
		expect(
			partiesOf(
				[
					'Sen. Dana Whitfield (R-Ohio) said the bill would pass.',
					'Republican Gov. Mark Ellery signed it into law on Friday.'
				].join('\n\n')
			)
		).toEqual([
			['Dana Whitfield is a Republican.', null],
			['Mark Ellery is a Republican.', null]
		]);
	});

	it('is no claim for a person given two parties ("Democratic candidate" and "(I-Vt.)")', () => {
		expect(
			partiesOf(
				[
					'Democratic presidential candidate Lena Marsh won the primary in Oregon.',
					'Sen. Lena Marsh (I-Vt.) thanked her supporters, and Republicans said little.'
				].join('\n\n')
			)
		).toEqual([]);
	});

	it('is read from British titles ("Labour councillor", "Conservative group leader")', () => {
		expect(
			partiesOf(
				[
					'Labour councillor Priya Shah said the library would stay open until the spring.',
					'Conservative group leader Martin Hale said the council could not afford the repairs.'
				].join('\n\n')
			)
		).toEqual([
			['Priya Shah is a Labour politician.', 'Priya Shah is a Conservative politician.'],
			['Martin Hale is a Conservative politician.', 'Martin Hale is a Labour politician.']
		]);
	});

	// A sentence's first word has its capital whatever it is: "Conservative" there may be the
	// outlook the article writes in lower case ("conservative voters"), not the British party.
	it("is not read from a sentence's first word that the article otherwise writes in lower case", () => {
		expect(
			partiesOf(
				[
					'Conservative leader Phyllis Schlafly endorsed Donald Trump on Friday.',
					'Many conservative voters were unsure, and Labour politicians in London mocked the endorsement.',
					'Republican candidate Donald Trump thanked her.'
				].join('\n\n')
			)
		).toEqual([['Donald Trump is a Republican.', null]]);
	});

	it("is read from a sentence's first word that the article also capitalises inside a sentence", () => {
		expect(
			partiesOf(
				[
					'Conservative group leader Martin Hale said the repairs were a conservative estimate.',
					'The Conservative group has run the council since May.',
					'Labour councillor Priya Shah wants it back.'
				].join('\n\n')
			)
		).toEqual([
			['Martin Hale is a Conservative politician.', 'Martin Hale is a Labour politician.'],
			['Priya Shah is a Labour politician.', 'Priya Shah is a Conservative politician.']
		]);
	});
});
