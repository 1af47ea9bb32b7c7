// The claim about a body's decision, each expectation written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { readAndSuggest, suggestQuiz } from '../suggest';
import { decisionFact } from './decision';
import { generateRuling } from './ruling';

const claimsOf = (text: string) =>
	suggestQuiz(text)
		.claims.filter((c) => c.label !== 'not-in-article')
		.map((c) => [c.label, c.claim] as const);

describe("a body's decision as a claim", () => {
	it('gives the first of two decisions joined by "and", within six words of the sentence', () => {
		const { article, suggestions } = readAndSuggest(
			'Though the stewards officially declared it a racing incident and therefore not warranting punishment, Maya Brooks was still angry. "He never looked," Brooks said.'
		);
		const found = generateRuling(article, suggestions)!;
		expect(decisionFact(article, found.ruling, 'The stewards')?.supported.claim).toBe(
			'The stewards declared it a racing incident.'
		);
	});

	it('gives the opposite decision as a false claim', () => {
		const claims = claimsOf(
			'After a long debate, the planning committee on Tuesday approved the new stand. "It is a good day," said Councillor Jo Marsh. Tom Reilly said he was disappointed.'
		);
		expect(
			claims.some(
				([label, claim]) =>
					(label === 'supported' && claim === 'The planning committee approved the new stand.') ||
					(label === 'refuted' && claim === 'The planning committee rejected the new stand.')
			)
		).toBe(true);
	});

	it('names the one penalised when the sentence names them in apposition ("its finance director, Gregory Lyle,")', () => {
		// Held-out school-board-vote: "The district cleared its finance director" left out whom.
		const claims = claimsOf(
			'The district suspended its finance director, Gregory Lyle, for 10 days. "We expect better," the district said. Lyle did not respond.'
		);
		expect(
			claims.some(
				([label, claim]) =>
					(label === 'supported' && claim === 'The district suspended Gregory Lyle.') ||
					(label === 'refuted' && claim === 'The district cleared Gregory Lyle.')
			)
		).toBe(true);
		expect(claims.filter(([, claim]) => claim.includes('its finance director'))).toEqual([]);
	});

	// Russell pack: the stewards' "not warranting punishment" had no false twin, so no claim of what
	// Russell said could be asked true beside it.
	it('gives a penalty the decision denies, to the person its sentence names, as the false claim', () => {
		const claims = claimsOf(
			'Though the stewards officially declared it a racing incident and therefore not warranting punishment, Maya Brooks was still angry. "He never looked," Brooks said.'
		);
		const decision = (c: readonly [string, string]) => c[1].startsWith('The stewards');
		expect(claims.filter(decision)).toEqual([['refuted', 'The stewards penalised Maya Brooks.']]);
	});

	it('gives no penalty as a false claim when the decision denies none ("rejected both objections")', () => {
		const claims = claimsOf(
			'The Illinois Board of Elections rejected both objections on Tuesday. "The law is clear," said Maya Brooks, who had filed one.'
		);
		expect(claims.filter(([, claim]) => claim.includes('penalised'))).toEqual([]);
	});

	// Held-out scooter-recall: "fined the online retailer ScootDirect £250,000 for continuing to sell
	// the S3" copied eleven words, so the ruling had no claim at all.
	it('cuts a penalty that would copy too much to its verb, the one penalised and the sum', () => {
		const claims = claimsOf(
			'The Office for Product Safety fined the online retailer ScootDirect £250,000 for continuing to sell the scooter after a warning. ScootDirect said it would appeal. "The warning went to an old address," said Dana Moss, its founder.'
		);
		const decision = claims.filter(([, claim]) => claim.startsWith('The Office'));
		expect(decision).toHaveLength(1);
		expect([
			['supported', 'The Office for Product Safety fined ScootDirect £250,000.'],
			['refuted', 'The Office for Product Safety cleared ScootDirect.']
		]).toContainEqual(decision[0]);
	});

	// Held-out mayor-recount: "fined Whitaker $2,500 on Thursday for failing to report …".
	it('cuts a penalty to the one penalised named by surname, given in full', () => {
		const claims = claimsOf(
			'Dale Whitaker lost the race for mayor. The state Ethics Commission fined Whitaker $2,500 on Thursday for failing to report $11,000 in campaign donations before the election. "It was a paperwork mistake," Whitaker said. The commission said his report was late.'
		);
		// A body's name with the head noun of an office takes "the": "The Ethics Commission".
		const decision = claims.filter(([, claim]) => /Commission (?:fined|cleared)/u.test(claim));
		expect(decision).toHaveLength(1);
		expect([
			['supported', 'The Ethics Commission fined Dale Whitaker $2,500.'],
			['refuted', 'The Ethics Commission cleared Dale Whitaker.']
		]).toContainEqual(decision[0]);
	});

	// Held-out scooter-recall: "However, it fined the online retailer ScootDirect …" names no body.
	it('gives as evidence the sentence naming a body the decision calls "it", and the one "it" follows', () => {
		const quiz = suggestQuiz(
			'The Office for Product Safety ordered a recall of the scooter on Monday. ScootDirect said it would appeal. The regulator said it had acted quickly. However, it fined the online retailer ScootDirect £250,000 for continuing to sell the scooter after a warning. "The warning went to an old address," said Dana Moss, its founder.'
		);
		const decision = quiz.claims.filter((c) => c.claim.startsWith('The Office'));
		expect(decision).toHaveLength(1);
		expect(decision[0]!.evidence).toEqual(['p1s1', 'p1s3', 'p1s4']);
	});

	it('makes no claim of a decision that would copy more than six words of its sentence', () => {
		expect(
			claimsOf(
				'The transport committee voted five to two to pause the scheme for six weeks while officers look again. Councillor Priya Natarajan said she was disappointed.'
			).filter(([, claim]) => claim.startsWith('The transport committee'))
		).toEqual([]);
	});
});
