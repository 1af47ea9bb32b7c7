// Generation on packs other than the built-in ones: the smallest valid pack, one with every kind of
// question and none of the Russell article's assumptions (two drivers, a crash, hours), and the
// packs the schema must refuse because the quiz could not ask about them fairly.
import { describe, expect, it } from 'vitest';
import { packs } from '../content/packs';
import {
	InvalidArticlePackError,
	parseArticlePack,
	type ArticlePack,
	type ArticlePackInput
} from '../content/schema';
import {
	checkPublishable,
	generateQuestions,
	MIN_QUESTIONS,
	NOT_IN_ARTICLE,
	type ChoiceQuestion,
	type Question
} from './questions';
import { scoreAnswer, validateAnswer } from './scoring';

const TEXT = [
	'The town council fined Bean There and Cup Up on Monday for blocking the pavement.',
	'"We warned them twice," said the mayor, Ann Lee. "Rules are rules."',
	'The owners of Bean There said they would appeal (as owners do).',
	'Three days later, the council confirmed the fines.'
].join('\n\n');

const DISCUSS = 'What would you check next, and where?';

/** Two sources and one statement: valid, but too small to publish. */
const minimal: ArticlePackInput = {
	id: 'minimal',
	title: 'Cafes fined',
	topic: 'the cafe fines',
	text: TEXT,
	sources: [
		{ id: 'lee', label: 'Ann Lee', kind: 'person' },
		{ id: 'council', label: 'The town council', kind: 'body' }
	],
	statements: [
		{
			id: 'warned-twice',
			content: 'We warned them twice',
			source: 'lee',
			cue: 'said the mayor',
			form: 'direct',
			sentences: ['p2s1'],
			explanation: 'Quoted, with "said the mayor, Ann Lee".',
			discuss: DISCUSS
		}
	]
};

/** Every kind of question, with bodies that are referred to and penalised, and a wait in days. */
const maximal: ArticlePackInput = {
	...minimal,
	id: 'maximal',
	sources: [
		{
			id: 'lee',
			label: 'Ann Lee',
			kind: 'person',
			epithets: [
				{
					text: 'the mayor',
					evidence: [['p2s1']],
					explanation: '"said the mayor, Ann Lee".',
					discuss: 'Why give the title and the name together?'
				}
			]
		},
		{
			id: 'council',
			label: 'The town council',
			kind: 'body',
			epithets: [
				{
					text: 'the council',
					evidence: [['p1s1', 'p4s1']],
					explanation: 'The only council in the article is the town council.',
					discuss: 'Could "the council" mean another council here?'
				}
			]
		},
		{ id: 'bean', label: 'Bean There', kind: 'body' },
		{ id: 'cup', label: 'Cup Up', kind: 'body' },
		{ id: 'owners', label: 'The owners of Bean There', kind: 'body' }
	],
	statements: [
		...minimal.statements,
		{
			id: 'rules-are-rules',
			content: 'Rules are rules.',
			source: 'lee',
			cue: null,
			form: 'direct',
			sentences: ['p2s2'],
			explanation: 'The quote goes on.',
			discuss: 'Who is still speaking, and how can you tell?'
		},
		{
			id: 'appeal',
			content: 'they would appeal',
			source: 'owners',
			cue: 'said',
			form: 'reported',
			sentences: ['p3s1'],
			explanation: 'Reported, not quoted.',
			discuss: 'What is lost when words are reported?'
		}
	],
	decoys: [
		{
			id: 'unfair',
			content: 'These fines are unfair.',
			soundsLike: 'owners',
			related: ['p3s1'],
			explanation: 'The owners only said they would appeal.',
			discuss: 'Why does a made-up quote feel believable?'
		}
	],
	claims: [
		{
			id: 'both-fined',
			claim: 'Both cafes were fined.',
			label: 'supported',
			evidence: [['p1s1']],
			explanation: 'The council fined both.',
			discuss: 'Which words settle it?'
		}
	],
	rulings: [
		{
			id: 'fines',
			body: 'council',
			decision: 'fined Bean There and Cup Up',
			candidates: ['bean', 'cup'],
			penalised: ['bean', 'cup'],
			evidence: [['p1s1']],
			explanation: 'Both cafes were fined.',
			discuss: 'Is a fine the end of the story?'
		}
	],
	timeline: {
		events: [
			{ id: 'fined', what: 'The fines', when: 'on Monday', sentence: 'p1s1' },
			{ id: 'confirmed', what: 'The fines confirmed', when: 'Three days later', sentence: 'p4s1' }
		],
		waits: [
			{
				from: 'fined',
				to: 'confirmed',
				question: 'How many days after the fines did the council confirm them?',
				days: 3,
				accepted: { min: 3, max: 3 },
				evidence: [['p4s1']],
				explanation: '"Three days later".',
				discuss: 'Why might a council take three days?'
			}
		]
	}
};

const kinds = (questions: Question[]) => questions.map((q) => q.kind);
const labels = (q: Question | undefined) =>
	q?.format === 'choice' ? q.options.map((o) => o.label) : [];

/** The maximal pack with one change, parsed, or the error message when the schema refuses it. */
function variant(change: (pack: ArticlePack) => void): string {
	const copy = structuredClone(maximal) as ArticlePack;
	change(copy);
	try {
		parseArticlePack(copy);
	} catch (error) {
		expect(error).toBeInstanceOf(InvalidArticlePackError);
		return (error as Error).message;
	}
	return 'accepted';
}

describe('the smallest valid pack', () => {
	const pack = parseArticlePack(minimal);
	const questions = generateQuestions(pack);

	it('needs no decoys, claims, rulings or timeline', () => {
		expect(pack.rulings).toEqual([]);
		expect(pack.timeline).toEqual({ events: [], waits: [] });
		expect(kinds(questions)).toEqual(['who-said']);
	});

	it('offers its people and bodies, the writer and "Not in the article"', () => {
		expect(labels(questions[0])).toEqual([
			'Ann Lee',
			'The town council',
			"The article's writer",
			'Not in the article'
		]);
	});

	it('is too small to publish', () => {
		expect(checkPublishable(pack)).toEqual({
			ok: false,
			questions: 1,
			message: expect.stringContaining(`at least ${MIN_QUESTIONS}`)
		});
	});
});

describe('a pack with every kind of question', () => {
	const pack = parseArticlePack(maximal);
	const questions = generateQuestions(pack);
	const ruling = questions.find((q): q is ChoiceQuestion => q.kind === 'ruling');
	const wait = questions.find((q) => q.kind === 'timeline');

	it('asks them in order: references, lines, the ruling, the wait, the claims', () => {
		expect(kinds(questions)).toEqual([
			'reference',
			'reference',
			'who-said',
			'who-said',
			'who-said',
			'who-said',
			'ruling',
			'timeline',
			'claim'
		]);
		expect(checkPublishable(pack)).toEqual({ ok: true, questions: 9 });
	});

	it('asks who is who among people and bodies when a body has another name', () => {
		const references = questions.filter((q) => q.kind === 'reference');
		expect(references.map((q) => [q.subject, q.format === 'choice' && q.answer])).toEqual([
			['the mayor', 'lee'],
			['the council', 'council']
		]);
		expect(labels(references[0])).toEqual([
			'Ann Lee',
			'The town council',
			'Bean There',
			'Cup Up',
			'The owners of Bean There',
			"The article doesn't say"
		]);
	});

	it('puts the writer after the people and bodies even when the pack names none', () => {
		for (const q of questions.filter((q) => q.kind === 'who-said'))
			expect(labels(q).slice(-2)).toEqual(["The article's writer", 'Not in the article']);
	});

	it('asks about the ruling in plain words, with its candidates and "both of them"', () => {
		expect(ruling?.prompt).toBe('Did the town council penalise anyone?');
		expect(labels(ruling)).toEqual([
			'No, nobody was penalised',
			'Yes, Bean There',
			'Yes, Cup Up',
			'Yes, both of them',
			"The article doesn't say"
		]);
		expect(ruling?.answer).toBe('all');
	});

	it('takes the question and answer wording from the pack when given', () => {
		const custom = parseArticlePack({
			...maximal,
			rulings: [
				{
					...maximal.rulings![0]!,
					question: 'Did the council fine anyone for blocking the pavement?',
					nobody: 'No, nobody was fined',
					everyone: 'Yes, both cafes'
				}
			]
		});
		const q = generateQuestions(custom).find((q) => q.kind === 'ruling');
		expect(q?.prompt).toBe('Did the council fine anyone for blocking the pavement?');
		expect(labels(q)).toEqual([
			'No, nobody was fined',
			'Yes, Bean There',
			'Yes, Cup Up',
			'Yes, both cafes',
			"The article doesn't say"
		]);
	});

	it('offers every person and other body by default, "all of them" for three or more', () => {
		const wide = parseArticlePack({
			...maximal,
			rulings: [{ ...maximal.rulings![0]!, candidates: undefined, penalised: [] }]
		});
		const q = generateQuestions(wide).find((q) => q.kind === 'ruling');
		expect(labels(q)).toEqual([
			'No, nobody was penalised',
			'Yes, Ann Lee',
			'Yes, Bean There',
			'Yes, Cup Up',
			'Yes, the owners of Bean There',
			'Yes, all of them',
			"The article doesn't say"
		]);
		expect(q?.format === 'choice' && q.answer).toBe('nobody');
	});

	it('offers no "everyone" answer when the ruling could only penalise one', () => {
		const one = parseArticlePack({
			...maximal,
			rulings: [{ ...maximal.rulings![0]!, candidates: ['bean'], penalised: ['bean'] }]
		});
		const q = generateQuestions(one).find((q) => q.kind === 'ruling');
		expect(labels(q)).toEqual([
			'No, nobody was penalised',
			'Yes, Bean There',
			"The article doesn't say"
		]);
		expect(q?.format === 'choice' && q.answer).toBe('bean');
	});

	it('counts the wait in days when the pack does, and scores it in days', () => {
		expect(wait).toMatchObject({ format: 'number', unit: 'days', answer: 3 });
		expect(wait?.format === 'number' && wait.accepted).toEqual({ min: 3, max: 3 });
		const verdict = scoreAnswer(wait!, 1, [], 'off');
		expect(verdict).toMatchObject({
			correct: false,
			givenLabel: '1 day',
			answerLabel: 'About 3 days (3 to 3 counts)'
		});
		expect(validateAnswer(wait!, 'three')).toEqual({
			ok: false,
			message: 'Give the number of days as a number from 0 to 10000.'
		});
	});

	it('mixes the made-up line in among the real ones as "Not in the article"', () => {
		const decoy = questions.find((q) => q.subject === 'These fines are unfair.');
		expect(decoy?.format === 'choice' && decoy.answer).toBe(NOT_IN_ARTICLE.id);
	});
});

describe('publishing', () => {
	const withClaims = (n: number): ArticlePackInput => ({
		...minimal,
		claims: Array.from({ length: n }, (_, i) => ({
			id: `claim-${i}`,
			claim: `Claim number ${i}.`,
			label: 'not-in-article' as const,
			evidence: [],
			explanation: 'Nothing in the article.',
			discuss: `${DISCUSS} (${i})`
		}))
	});

	it(`takes exactly ${MIN_QUESTIONS} questions`, () => {
		expect(checkPublishable(parseArticlePack(withClaims(MIN_QUESTIONS - 2))).ok).toBe(false);
		expect(checkPublishable(parseArticlePack(withClaims(MIN_QUESTIONS - 1)))).toEqual({
			ok: true,
			questions: MIN_QUESTIONS
		});
	});

	it('publishes a pack with no ruling and no timeline, asking none of those', () => {
		const pack = parseArticlePack(withClaims(6));
		expect(checkPublishable(pack).ok).toBe(true);
		expect(kinds(generateQuestions(pack))).not.toContain('ruling');
		expect(kinds(generateQuestions(pack))).not.toContain('timeline');
	});

	it('publishes every built-in pack', () => {
		for (const pack of packs.values()) expect(checkPublishable(pack).ok, pack.id).toBe(true);
	});
});

describe('the schema refuses a pack the quiz could not ask about fairly', () => {
	it('accepts the maximal pack as it is', () => {
		expect(variant(() => {})).toBe('accepted');
	});

	it('a source that takes an id the quiz uses for its own answers', () => {
		expect(variant((p) => (p.sources[2]!.id = 'nobody'))).toContain(
			'The id "nobody" is kept for an answer the quiz offers itself.'
		);
		expect(variant((p) => (p.sources[2]!.id = 'not-in-article'))).toContain('sources[2].id');
		expect(variant((p) => (p.sources[0]!.id = 'writer'))).toContain(
			'The id "writer" is kept for the article\'s writer'
		);
	});

	it('two sources with the same label, or one labelled like a quiz answer', () => {
		expect(variant((p) => (p.sources[3]!.label = 'bean there'))).toContain(
			'The label "bean there" is used twice'
		);
		expect(variant((p) => (p.sources[3]!.label = 'Not in the article'))).toContain(
			'is an answer the quiz offers itself'
		);
	});

	it('two writers', () => {
		expect(
			variant((p) =>
				p.sources.push(
					{ id: 'writer', label: 'The writer', kind: 'writer', epithets: [] },
					{ id: 'editor', label: 'The editor', kind: 'writer', epithets: [] }
				)
			)
		).toContain("Only one source can be the article's writer.");
	});

	it('a ruling that penalised some of its candidates but not all', () => {
		const message = variant((p) => {
			p.rulings[0]!.candidates = ['bean', 'cup', 'owners'];
		});
		expect(message).toContain('rulings[0].penalised');
		expect(message).toContain('Name nobody, one source, or every candidate');
	});

	it('a ruling that penalised someone it could not, or names itself or the writer', () => {
		expect(variant((p) => (p.rulings[0]!.penalised = ['lee']))).toContain(
			'"lee" is not one of those the ruling could penalise (bean, cup).'
		);
		expect(variant((p) => (p.rulings[0]!.candidates = ['council', 'bean']))).toContain(
			'"council" cannot be penalised by this ruling'
		);
		expect(variant((p) => (p.rulings[0]!.candidates = ['bean', 'bean']))).toContain(
			'"bean" is named twice.'
		);
	});

	it('a wait given in both hours and days, or in neither', () => {
		expect(variant((p) => (p.timeline.waits[0]!.hours = 72))).toContain(
			'exactly one of "hours" and "days"'
		);
		expect(variant((p) => delete p.timeline.waits[0]!.days)).toContain(
			'exactly one of "hours" and "days"'
		);
		expect(variant((p) => (p.timeline.waits[0]!.accepted = { min: 4, max: 5 }))).toContain(
			'The accepted range must contain the stated wait.'
		);
	});
});
