import { describe, expect, it } from 'vitest';
import { tokens } from '../text';
import { nextToSpeech, nounPhrase, strongPosition } from './phrases';

describe('phrases: token patterns the stages share', () => {
	it.each([
		['said Reilly', 1, true],
		['Reilly said', 0, true],
		['Reilly told the court', 0, true],
		['Reilly opened the shop', 0, false],
		['Residents of Ashcombe say', 2, false]
	])('nextToSpeech: the name in %j', (text, at, expected) => {
		expect(nextToSpeech(tokens(text), at, 1)).toBe(expected);
	});

	it.each([
		['the committee chair said', { last: 2, head: 'chair' }],
		["one resident's son said", { last: 2, head: 'son' }],
		['a council spokesperson', { last: 2, head: 'spokesperson' }],
		['the ferry company', { last: 2, head: 'company' }],
		['the 58-year-old said', { last: 1, head: '58-year-old' }],
		['the river rose', undefined],
		// PolNeAR train (fifteenth session): "assured the American people" gave "the American" as
		// someone; a nationality before a group's noun is its adjective.
		['the American people', undefined],
		['the British troops', undefined],
		['the Finn said', { last: 1, head: 'finn' }],
		['the American won', { last: 1, head: 'american' }]
	])('nounPhrase: %j', (text, expected) => {
		expect(nounPhrase(tokens(text), 0)).toEqual(expected);
	});

	it.each([
		['the chair said it', 0, 1, true],
		['the chair, 58, added', 0, 1, true],
		['the chair was re-elected', 0, 1, true],
		['they told the chair', 2, 3, true],
		['they met the chair yesterday', 2, 3, false]
	])('strongPosition: "%s" from token %d to %d', (text, first, last, expected) => {
		expect(strongPosition(tokens(text), first, last)).toBe(expected);
	});
});
