// Stage 8, confidence: a speaker named right next to the words is sure; anything the engine had to
// work out (a pronoun, a carried-on quote, one of two namesakes, an unnamed source, an organisation)
// is for the teacher to check, with the reason in words. Made-up sentences; the answers are read
// from each sentence.
import { describe, expect, it } from 'vitest';
import { suggest } from '../suggest';
import { chance, features, judge, type Evidence, type Model } from './confidence';
import committed from './confidence-model.json';

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
			'a quote carried on into the next paragraph, with two people about',
			'Maya Brooks, 52, and Mayor Tom Reilly toured the pier on Monday. "The pier is safe for everyone," Brooks said.\n\n"It will open again in May."',
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

/** A named cue with nobody else near: the evidence of "…," said Maya Brooks. */
const NAMED: Evidence = {
	by: 'cue',
	named: true,
	pronoun: false,
	namesake: false,
	words: 8,
	fullName: true,
	mentions: 2,
	rivals: 0,
	rivalsSameGender: 0,
	sentenceRivals: 0,
	cueWords: 3,
	surnameOnly: false,
	sinceMention: 0,
	interveners: 0,
	quoteBefore: false,
	opensParagraph: true,
	reported: false,
	plainVerb: true,
	cueAfter: true,
	subordinate: false,
	spokeBefore: 0,
	paragraphQuotes: 1,
	paragraphSentences: 1,
	speaker: 'person'
};

describe('the confidence model', () => {
	it('is a logistic function of the weighted features', () => {
		// By hand: z = -1 + 3 × 1 (cueNamed) = 2, and 1 / (1 + e^-2) = 0.8808.
		const model: Model = { bias: -1, weights: { cueNamed: 3 }, threshold: 0.5 };
		expect(chance(NAMED, model)).toBeCloseTo(0.8808, 4);
		expect(chance({ ...NAMED, by: 'continuation' }, model)).toBeCloseTo(0.2689, 4);
	});

	it('is sure from the threshold up, and says why it is not', () => {
		const model: Model = { bias: -1, weights: { cueNamed: 3 }, threshold: 0.85 };
		expect(judge(NAMED, { cue: 'said Maya Brooks' }, model)).toEqual({
			confidence: 'sure',
			reason: null
		});
		expect(judge(NAMED, { cue: 'said Maya Brooks' }, { ...model, threshold: 0.9 })).toMatchObject({
			confidence: 'check'
		});
		expect(judge({ ...NAMED, by: 'continuation' }, { cue: null }, model).reason).toMatch(
			/no speech verb near the quote/
		);
	});

	it.each<[string, Partial<Evidence>, RegExp]>([
		['no speaker', { speaker: 'none' }, /no speaker found/],
		['an unnamed source', { speaker: 'unnamed' }, /unnamed source/],
		['a heading in capitals', { speaker: 'nameless' }, /check who is meant/],
		['three quoted words', { words: 3 }, /a few quoted words/],
		['one of two namesakes', { namesake: true, surnameOnly: true }, /two people named Okoro/],
		['a namesake by pronoun', { namesake: true, named: false, pronoun: true }, /two people named/],
		['an aside of the writer', { by: 'aside' }, /in brackets/]
	])('always asks to check %s, whatever the model', (_kind, change, reason) => {
		const always: Model = { bias: 50, weights: {}, threshold: 0 };
		const judged = judge({ ...NAMED, ...change }, { cue: 'Okoro said', surname: 'Okoro' }, always);
		expect(judged.confidence).toBe('check');
		expect(judged.reason).toMatch(reason);
	});

	it('leaves one of two namesakes to the model when the cue gives the whole name', () => {
		const always: Model = { bias: 50, weights: {}, threshold: 0 };
		const whole = { ...NAMED, namesake: true, surnameOnly: false };
		expect(judge(whole, { cue: 'Daniel Okoro said', surname: 'Okoro' }, always).confidence).toBe(
			'sure'
		);
		const bare = { ...NAMED, namesake: true, surnameOnly: true };
		expect(judge(bare, { cue: 'Okoro said', surname: 'Okoro' }, always).reason).toMatch(
			/two people named Okoro/
		);
	});

	it.each<[string, Partial<Evidence>, Record<string, number>]>([
		['a plain verb', {}, { plainVerb: 1 }],
		['a rarer verb', { plainVerb: false }, { plainVerb: 0 }],
		['a cue after the quote', {}, { cueAfter: 1 }],
		['a cue before it', { cueAfter: false }, { cueAfter: 0 }],
		['a sentence opening with "When"', { subordinate: true }, { subordinate: 1 }],
		['a first statement', {}, { logSpokeBefore: 0 }],
		// log(1 + 19) / 3 = 0.9986
		['the speaker’s twentieth', { spokeBefore: 19 }, { logSpokeBefore: Math.log(20) / 3 }],
		['one quote in one sentence', {}, { paragraphQuotes: 0.25, paragraphSentences: 1 / 6 }],
		[
			'a crowded paragraph, capped',
			{ paragraphQuotes: 9, paragraphSentences: 12 },
			{ paragraphQuotes: 1, paragraphSentences: 1 }
		]
	])('turns %s into numbers', (_kind, change, expected) => {
		const x = features({ ...NAMED, ...change });
		for (const [name, value] of Object.entries(expected)) expect(x[name]).toBeCloseTo(value, 4);
	});

	it('has a weight for every feature, and nothing else (retrain after adding one)', () => {
		expect(Object.keys(committed.weights).sort()).toEqual(Object.keys(features(NAMED)).sort());
		expect(committed.threshold).toBeGreaterThan(0.5);
		expect(committed.threshold).toBeLessThan(1);
	});
});
