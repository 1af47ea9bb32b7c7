// Stage 8, confidence: a speaker named right next to the words is sure; anything the engine had to
// work out (a pronoun, a carried-on quote, one of two namesakes, an unnamed source, an organisation)
// is for the teacher to check, with the reason in words. Made-up sentences; the answers are read
// from each sentence.
import { describe, expect, it } from 'vitest';
import { suggest } from '../suggest';

const judged = (text: string) =>
	suggest(text).statements.map((s) => [s.content, s.confidence, s.reason] as const);

describe('confidence: sure only where the words name their speaker', () => {
	it.each([
		['a name in the cue after the quote', '"The pier is safe for everyone," said Maya Brooks, 52.'],
		[
			'a name in the cue before the quote',
			'Maya Brooks, 52, told reporters: "The pier is safe for everyone."'
		],
		['a named subject of reported speech', 'Maya Brooks, 52, said the pier would reopen in May.']
	])('is sure of %s', (_kind, text) => {
		const [statement] = judged(text);
		expect(statement?.[1]).toBe('sure');
		expect(statement?.[2]).toBeNull();
	});

	it.each<[string, string, string, RegExp]>([
		[
			'a pronoun in the cue',
			'Maya Brooks, 52, spoke on Monday. "The pier is safe for everyone," she said.',
			'The pier is safe for everyone',
			/"she said" does not name the speaker/
		],
		[
			'a quote carried on with no cue',
			'"The pier is safe for everyone," said Maya Brooks, 52. "It will open again in May."',
			'It will open again in May.',
			/no speech verb near the quote/
		],
		[
			'one of two people who share a surname',
			'Grace Okoro, 61, and her son Daniel Okoro, 30, spoke on Monday. "We are ready for the vote," Okoro said.',
			'We are ready for the vote',
			/two people named Okoro/
		],
		[
			'an unnamed source',
			'"They are stuck on every point," said a person familiar with the talks.',
			'They are stuck on every point',
			/unnamed source/
		],
		[
			'an organisation',
			'"Safety comes first for every passenger," the ferry company said in a statement.',
			'Safety comes first for every passenger',
			/organisation/
		]
	])('asks to check %s, saying why', (_kind, text, content, reason) => {
		const statement = judged(text).find(([c]) => c === content);
		expect(statement?.[1]).toBe('check');
		expect(statement?.[2]).toMatch(reason);
	});
});
