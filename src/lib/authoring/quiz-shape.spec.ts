import { describe, expect, it } from 'vitest';
import { toPack, type Draft } from './draft';
import { quizShape, type QuizShape } from './quiz-shape';

/** The review fields of a generated item waiting for the teacher, and of one accepted. */
const waiting = { confidence: 'sure', reason: null, accepted: false } as const;
const accepted = { confidence: 'sure', reason: null, accepted: true } as const;
const prompts = { explanation: 'e', discuss: 'd' };

const statement = (id: string, sentences: string[]) => ({
	id,
	content: 'words',
	source: 'ana',
	cue: 'said Ana',
	form: 'direct' as const,
	sentences,
	...prompts,
	confidence: 'sure' as const,
	reason: null
});
const claim = (
	id: string,
	label: 'supported' | 'refuted' | 'not-in-article',
	review: typeof waiting | typeof accepted,
	evidence = ['p1s1']
) => ({ id, claim: `claim ${id}`, label, evidence, related: [], ...prompts, ...review });
const decoy = (id: string, original: string, review: typeof waiting | typeof accepted) => ({
	id,
	content: `line ${id}`,
	soundsLike: 'ana',
	original,
	related: [],
	...prompts,
	...review
});
const ruling = (review: typeof waiting | typeof accepted) => ({
	id: 'ruling',
	body: 'board',
	decision: 'fined',
	penalised: ['ana'],
	evidence: ['p1s1'],
	...prompts,
	...review
});
const wait = (review: typeof waiting | typeof accepted) => ({
	from: { what: 'a', when: 'Monday', sentence: 'p1s1' },
	to: { what: 'b', when: 'Tuesday', sentence: 'p1s2' },
	question: 'How many days?',
	unit: 'days' as const,
	amount: 1,
	min: 1,
	max: 1,
	evidence: ['p1s1', 'p1s2'],
	...prompts,
	...review
});

function draft(parts: Partial<Draft>): Draft {
	return {
		title: 'T',
		topic: 't',
		text: 'Ana spoke. The board ruled.',
		sources: [
			{
				id: 'ana',
				label: 'Ana',
				kind: 'person',
				epithets: [{ text: 'the chair', evidence: ['p1s1'], ...prompts }]
			},
			{
				id: 'board',
				label: 'The board',
				kind: 'body',
				epithets: [{ text: 'the panel', evidence: ['p1s2'], ...prompts }]
			}
		],
		statements: [],
		decoys: [],
		claims: [],
		ruling: null,
		wait: null,
		...parts
	};
}

const none = { supported: 0, refuted: 0, notInArticle: 0 };
const noQuotes = { doctored: 0, madeUp: 0 };

// Each row: a draft, and the quiz it would publish, counted by hand from the draft.
const table: [string, Draft, QuizShape][] = [
	[
		"statements and other names only: a body's other name is asked because a body has one",
		draft({ statements: [statement('s1', ['p1s1']), statement('s2', ['p1s2'])] }),
		{
			total: 4,
			whoSaid: 2,
			references: 2,
			claims: none,
			quotes: noQuotes,
			ruling: 0,
			timeline: 0,
			needEvidence: 4
		}
	],
	[
		'generated items not yet accepted are not in the quiz',
		draft({
			statements: [statement('s1', ['p1s1'])],
			claims: [claim('c1', 'supported', waiting), claim('c2', 'refuted', waiting)],
			decoys: [decoy('d1', 'Ana spoke.', waiting)],
			ruling: ruling(waiting),
			wait: wait(waiting)
		}),
		{
			total: 3,
			whoSaid: 1,
			references: 2,
			claims: none,
			quotes: noQuotes,
			ruling: 0,
			timeline: 0,
			needEvidence: 3
		}
	],
	[
		'every kind accepted: true against false, and what needs no evidence',
		draft({
			statements: [statement('s1', ['p1s1']), statement('s2', [])],
			claims: [
				claim('c1', 'supported', accepted),
				claim('c2', 'supported', accepted),
				claim('c3', 'refuted', accepted),
				claim('c4', 'not-in-article', accepted, []),
				claim('c5', 'refuted', waiting)
			],
			decoys: [
				decoy('d1', 'Ana spoke.', accepted),
				decoy('d2', '', accepted),
				decoy('d3', '', waiting)
			],
			ruling: ruling(accepted),
			wait: wait(accepted)
		}),
		{
			// 2 statements + 2 other names + 4 claims + 2 quotes + ruling + timeline
			total: 12,
			whoSaid: 2,
			references: 2,
			claims: { supported: 2, refuted: 1, notInArticle: 1 },
			quotes: { doctored: 1, madeUp: 1 },
			ruling: 1,
			timeline: 1,
			// s1, the two other names, c1, c2, c3, the ruling, the wait: not s2 (no sentence yet),
			// not c4 (not in the article), not the quotes (nobody said them).
			needEvidence: 8
		}
	],
	[
		"a person's other name only: the body is not asked about",
		{
			...draft({ statements: [statement('s1', ['p1s1'])] }),
			sources: [
				{
					id: 'ana',
					label: 'Ana',
					kind: 'person',
					epithets: [{ text: 'the chair', evidence: ['p1s1'], ...prompts }]
				},
				{ id: 'board', label: 'The board', kind: 'body', epithets: [] }
			]
		},
		{
			total: 2,
			whoSaid: 1,
			references: 1,
			claims: none,
			quotes: noQuotes,
			ruling: 0,
			timeline: 0,
			needEvidence: 2
		}
	]
];

describe('the shape of the quiz a draft would publish', () => {
	it.each(table)('%s', (_, input, expected) => {
		expect(quizShape(toPack(input))).toEqual(expected);
	});
});
