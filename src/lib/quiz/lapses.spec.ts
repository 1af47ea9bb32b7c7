// Which wrong answers believe something false and which doubt something true (issue 21): the
// table is written from the definitions, not from the code.
import { describe, expect, it } from 'vitest';
import { lapseOf, type Lapse } from './lapses';
import type { ChoiceQuestion, NumberQuestion, Question } from './questions';

const base = { prompt: 'p', evidence: [] as string[][], related: [] as string[], explanation: 'e' };
const choice = (
	id: string,
	kind: 'who-said' | 'claim' | 'reference',
	options: ChoiceQuestion['options'],
	answer: string
): ChoiceQuestion => ({
	...base,
	id,
	kind,
	skill: kind === 'claim' ? 'claims' : kind === 'reference' ? 'references' : 'attribution',
	format: 'choice',
	options,
	answer
});
const people = [
	{ id: 'maya-brooks', label: 'Maya Brooks' },
	{ id: 'tom-reilly', label: 'Tom Reilly' },
	{ id: 'not-in-article', label: 'Not in the article', absent: true as const }
];
const verdicts = [
	{ id: 'supported', label: 'Supported' },
	{ id: 'refuted', label: 'Refuted' },
	{ id: 'not-in-article', label: 'Not in the article', absent: true as const }
];
/** A real line of Maya Brooks's. */
const realLine = choice('q01', 'who-said', people, 'maya-brooks');
/** A made-up or doctored line: nobody said it. */
const madeUp = choice('q02', 'who-said', people, 'not-in-article');
const supported = choice('q03', 'claim', verdicts, 'supported');
const refuted = choice('q04', 'claim', verdicts, 'refuted');
const absent = choice('q05', 'claim', verdicts, 'not-in-article');
const reference = choice('q06', 'reference', people.slice(0, 2), 'maya-brooks');
const timeline: NumberQuestion = {
	...base,
	id: 'q07',
	kind: 'timeline',
	skill: 'timeline',
	format: 'number',
	unit: 'hours',
	accepted: { min: 20, max: 30 },
	answer: 24
};

describe('lapseOf: a wrong answer that believes something false, or doubts something true', () => {
	it.each<[string, Question, string | number, Lapse]>([
		['a real quote given to its speaker', realLine, 'maya-brooks', null],
		['a real quote given to the wrong speaker', realLine, 'tom-reilly', 'believed-false'],
		['a real quote said to be made up', realLine, 'not-in-article', 'doubted-true'],
		['a made-up quote given to someone', madeUp, 'tom-reilly', 'believed-false'],
		['a made-up quote seen through', madeUp, 'not-in-article', null],
		['a supported claim taken as supported', supported, 'supported', null],
		['a supported claim taken as refuted', supported, 'refuted', 'doubted-true'],
		['a supported claim taken as not in the article', supported, 'not-in-article', 'doubted-true'],
		['a refuted claim taken as supported', refuted, 'supported', 'believed-false'],
		['a refuted claim taken as not in the article', refuted, 'not-in-article', null],
		['a claim the article is silent on taken as supported', absent, 'supported', 'believed-false'],
		['a claim the article is silent on taken as refuted', absent, 'refuted', null],
		['a wrong person for an epithet', reference, 'tom-reilly', null],
		['a wrong wait', timeline, 5, null]
	])('%s', (_kind, question, given, expected) => {
		expect(lapseOf(question, given)).toBe(expected);
	});
});
