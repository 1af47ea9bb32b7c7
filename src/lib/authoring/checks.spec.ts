import { describe, expect, it } from 'vitest';
import { splitArticle } from '../content/sentences';
import { checkRanges, confirmStatement, markWords, segments, shortWords } from './checks';
import type { Draft, DraftStatement } from './draft';

const text = [
	'The ferry will stop for a week. "The engines need new parts," Okafor said.',
	'A harbour official, who asked not to be named, said: "Nobody told us."',
	'"We will run a bus instead," Lee said. "It leaves every hour."'
].join('\n\n');

const statement = (
	id: string,
	content: string,
	sentences: string[],
	source: string,
	reason: string | null
): DraftStatement => ({
	id,
	content,
	source,
	cue: '',
	form: 'direct',
	sentences,
	explanation: '',
	discuss: '',
	confidence: reason === null ? 'sure' : 'check',
	reason
});

const draft = (): Pick<Draft, 'sources' | 'statements'> => ({
	sources: [
		{ id: 'okafor', label: 'Ruth Okafor', kind: 'person', epithets: [] },
		{ id: 'official', label: 'A harbour official', kind: 'person', epithets: [] },
		{ id: 'lee', label: 'Sam Lee', kind: 'person', epithets: [] }
	],
	statements: [
		// Listed out of the article's order, as a teacher's added statement would be.
		statement('s-leaves', 'It leaves every hour.', ['p3s2'], 'lee', 'carried on'),
		statement('s-bus', 'We will run a bus instead', ['p3s1'], 'lee', null),
		statement('s-nobody', 'Nobody told us.', ['p2s1'], 'official', 'an unnamed source'),
		statement('s-typed', 'Words typed by the teacher', [], '', 'none found'),
		statement(
			's-engines',
			'The engines need new parts',
			['p1s2'],
			'okafor',
			'two people named Okafor'
		)
	]
});

describe('confirming a statement', () => {
	it("settles the engine's doubt about each", () => {
		const d = draft();
		for (const s of d.statements) confirmStatement(s);
		expect(d.statements.map((s) => [s.confidence, s.reason])).toEqual(
			d.statements.map(() => ['sure', null])
		);
	});
});

describe('marking the words in their sentence', () => {
	it('finds the words whatever their case and spacing', () => {
		expect(markWords('Then she said "we  WILL go" and left.', 'We will go')).toEqual({
			before: 'Then she said "',
			marked: 'we  WILL go',
			after: '" and left.'
		});
	});

	it('marks nothing when the words were rewritten and are not in the sentence', () => {
		expect(markWords('She left early.', 'She was tired')).toEqual({
			before: 'She left early.',
			marked: '',
			after: ''
		});
	});

	it('shortens long words to a dozen, with an ellipsis', () => {
		expect(shortWords('one two three')).toBe('one two three');
		expect(shortWords('a b c d e f g h i j k l m n')).toBe('a b c d e f g h i j k l…');
	});
});

describe('marking the words to check in the article', () => {
	it('gives each sentence the ranges of the words to check in it, across sentences too', () => {
		const d = draft();
		d.statements.push(
			statement('two', 'instead," Lee said. "It leaves', ['p3s2', 'p3s1'], '', 'x')
		);
		const ranges = checkRanges(d.statements, splitArticle(text));
		// The bus line is sure: only the hour line and the one over two sentences are marked there.
		expect(Object.fromEntries(ranges)).toEqual({
			p1s2: [[1, 27]],
			p2s1: [[54, 69]],
			p3s1: [[19, 38]],
			p3s2: [
				[1, 22],
				[0, 10]
			]
		});
	});

	it('cuts a sentence at its ranges, overlapping ones marked once', () => {
		expect(
			segments('abcdefgh', [
				[4, 6],
				[1, 3],
				[2, 5]
			])
		).toEqual([
			{ text: 'a', marked: false },
			{ text: 'bc', marked: true },
			{ text: 'de', marked: true },
			{ text: 'f', marked: true },
			{ text: 'gh', marked: false }
		]);
		expect(segments('abc')).toEqual([{ text: 'abc', marked: false }]);
	});
});
