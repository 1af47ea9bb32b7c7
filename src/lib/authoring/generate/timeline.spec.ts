// The wait generator on short made-up articles, each expectation written by hand from the text.
import { describe, expect, it } from 'vitest';
import { ArticlePack } from '../../content/schema';
import { draftFromSuggestions, toPack } from '../draft';
import { suggestQuiz } from '../suggest';

interface Expected {
	from: { when: string; sentence: string };
	to: { when: string; sentence: string };
	unit: 'hours' | 'days';
	amount: number;
	min: number;
	max: number;
	evidence: string[];
	confidence: 'sure' | 'check';
}

const GENERATED: [string, string, Expected][] = [
	[
		'two dates of one month with a clock time of no day between them (held-out article)',
		'The storm hit the region on Feb. 8. Outages peaked at 9 p.m. that night. Some customers in Harlan County did not get power back until Feb. 15. "It was cold," said Tom Whitaker.',
		{
			from: { when: 'on Feb. 8', sentence: 'p1s1' },
			to: { when: 'Feb. 15', sentence: 'p1s3' },
			unit: 'days',
			amount: 7,
			min: 6.5,
			max: 7.5,
			evidence: ['p1s1', 'p1s3'],
			confidence: 'sure'
		}
	],
	[
		'two weekdays in one sentence, the order stated by "after"',
		'Workers at the Eastfield depot walked out on Saturday after talks with managers collapsed on Thursday. "We had no choice," said Jo Marsh, the union\'s spokeswoman.',
		{
			from: { when: 'on Thursday', sentence: 'p1s1' },
			to: { when: 'on Saturday', sentence: 'p1s1' },
			unit: 'days',
			amount: 2,
			min: 1.5,
			max: 2.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'two dates of one month: they give the order themselves',
		'The bridge reopened on March 19. It had closed on March 5 after engineers found a crack.',
		{
			from: { when: 'on March 5', sentence: 'p1s2' },
			to: { when: 'on March 19', sentence: 'p1s1' },
			unit: 'days',
			amount: 14,
			min: 13.5,
			max: 14.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'sure'
		}
	],
	[
		'two clock times on the same weekday',
		'The fire started at 2.15pm on Sunday. Firefighters brought it under control at 6.45pm on Sunday, a spokeswoman said.',
		{
			from: { when: 'at 2.15pm on Sunday', sentence: 'p1s1' },
			to: { when: 'at 6.45pm on Sunday', sentence: 'p1s2' },
			unit: 'hours',
			amount: 4.5,
			min: 4,
			max: 5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'sure'
		}
	],
	[
		'clock times on two weekdays, overnight: the order is the article’s',
		'The ferry left Port Ellis at 9pm on Friday. It docked at 6am on Saturday.',
		{
			from: { when: 'at 9pm on Friday', sentence: 'p1s1' },
			to: { when: 'at 6am on Saturday', sentence: 'p1s2' },
			unit: 'hours',
			amount: 9,
			min: 8.5,
			max: 9.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'check'
		}
	],
	[
		'clock times with no day: the same day assumed, to check',
		'The meeting began at 6pm. The vote came at 9.30pm.',
		{
			from: { when: 'at 6pm', sentence: 'p1s1' },
			to: { when: 'at 9.30pm', sentence: 'p1s2' },
			unit: 'hours',
			amount: 3.5,
			min: 3,
			max: 4,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'check'
		}
	],
	[
		'"two days later" after a weekday',
		'The council approved the plan on Tuesday. Two days later, residents lodged an appeal.',
		{
			from: { when: 'on Tuesday', sentence: 'p1s1' },
			to: { when: 'Two days later', sentence: 'p1s2' },
			unit: 'days',
			amount: 2,
			min: 1.5,
			max: 2.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'sure'
		}
	],
	[
		'"24 hours after" in one sentence',
		'The power came back 24 hours after the storm hit the coast.',
		{
			from: { when: '24 hours after', sentence: 'p1s1' },
			to: { when: '24 hours after', sentence: 'p1s1' },
			unit: 'hours',
			amount: 24,
			min: 23.5,
			max: 24.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'"a fortnight before"',
		'Ana Silva resigned a fortnight before the vote.',
		{
			from: { when: 'a fortnight before', sentence: 'p1s1' },
			to: { when: 'a fortnight before', sentence: 'p1s1' },
			unit: 'days',
			amount: 14,
			min: 13.5,
			max: 14.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'"from Monday to Friday": the order stated',
		'The festival ran from Monday to Friday.',
		{
			from: { when: 'Monday', sentence: 'p1s1' },
			to: { when: 'Friday', sentence: 'p1s1' },
			unit: 'days',
			amount: 4,
			min: 3.5,
			max: 4.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'two dates with their years, across a new year',
		'The plant closed on 30 November 2023 and reopened on 2 February 2024.',
		{
			from: { when: 'on 30 November 2023', sentence: 'p1s1' },
			to: { when: 'on 2 February 2024', sentence: 'p1s1' },
			unit: 'days',
			amount: 64,
			min: 63.5,
			max: 64.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'"the next day" after a weekday',
		'The council voted on Monday. The next day, the mayor resigned.',
		{
			from: { when: 'on Monday', sentence: 'p1s1' },
			to: { when: 'The next day', sentence: 'p1s2' },
			unit: 'days',
			amount: 1,
			min: 0.5,
			max: 1.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'sure'
		}
	],
	[
		'a stated wait after a clause with its own weekday',
		'The strike began on Saturday, two days after talks collapsed.',
		{
			from: { when: 'two days after', sentence: 'p1s1' },
			to: { when: 'on Saturday', sentence: 'p1s1' },
			unit: 'days',
			amount: 2,
			min: 1.5,
			max: 2.5,
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a weekday with its date: the dates count',
		'On Monday, March 5, the bridge closed. On Friday, March 9, it reopened.',
		{
			from: { when: 'On Monday, March 5', sentence: 'p1s1' },
			to: { when: 'On Friday, March 9', sentence: 'p1s2' },
			unit: 'days',
			amount: 4,
			min: 3.5,
			max: 4.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'sure'
		}
	],
	[
		// Held-out planning-appeal (twelfth session): British dates with their weekdays and no year.
		// Thursday 13 February to Tuesday 25 March is 40 days in a year of 365 days, 41 in a leap year;
		// only 40 days take a Thursday to a Tuesday.
		'dates of two months with no year, fixed by their weekdays',
		'Her decision letter was issued on Tuesday 25 March. The public inquiry into the appeal had closed at the town hall on Thursday 13 February.',
		{
			from: { when: 'on Thursday 13 February', sentence: 'p1s2' },
			to: { when: 'on Tuesday 25 March', sentence: 'p1s1' },
			unit: 'days',
			amount: 40,
			min: 39.5,
			max: 40.5,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'check'
		}
	],
	[
		// "not … until 10.15pm" tells when the vote was taken.
		'a clock time after "not … until", with one of no day before it',
		'The meeting began at 6.30pm, and the vote was not taken until 10.15pm.',
		{
			from: { when: 'at 6.30pm', sentence: 'p1s1' },
			to: { when: '10.15pm', sentence: 'p1s1' },
			unit: 'hours',
			amount: 3.75,
			min: 3.25,
			max: 4.25,
			evidence: ['p1s1'],
			confidence: 'check'
		}
	],
	[
		'clock times across midnight: minutes rounded to hundredths of an hour',
		'Police were called at 11.40pm on Saturday. The man was arrested at 1.15am on Sunday.',
		{
			from: { when: 'at 11.40pm on Saturday', sentence: 'p1s1' },
			to: { when: 'at 1.15am on Sunday', sentence: 'p1s2' },
			unit: 'hours',
			amount: 1.58,
			min: 1.08,
			max: 2.08,
			evidence: ['p1s1', 'p1s2'],
			confidence: 'check'
		}
	]
];

const REFUSED: [string, string][] = [
	[
		"two days with a live blog's clock-time heading between them: the heading is no time of the day before (PolNeAR train)",
		'Rubio spoke to supporters in Miami on Tuesday and said he would fight on.\n\n9:15 p.m.\n\nClinton will hold a rally in Ohio on Wednesday, her campaign said.'
	],
	[
		'a day in the present tense is not told as done',
		'The free clinics open on Saturday.\n\nDr Ana Ortiz said she would speak to parents on Monday.'
	],
	[
		'two days told as done in two paragraphs: which came first is unknown',
		'The strike began on Saturday.\n\nTalks broke down on Thursday, said Jo Marsh.'
	],
	[
		'ambiguous weekdays: the second told in the past perfect may come first',
		'The strike began on Saturday. Talks had broken down on Thursday.'
	],
	[
		'"last" and "next": which week is unknown',
		'The club met last Friday. It will meet again on Monday.'
	],
	[
		'dates of two months with no year: never guess a year',
		'The bridge closed on February 20. It reopened on March 6.'
	],
	[
		'dates of two months with no year, their weekdays fitting no year',
		'Her decision letter was issued on Tuesday 25 March. The inquiry had closed on Friday 13 February.'
	],
	[
		'a clock time after "until" with no "not": when it ended',
		'The meeting began at 6.30pm and ran until 10.15pm.'
	],
	['a day of the month with no month', 'The bridge closed on the 5th. It reopened on March 19.'],
	[
		'a weekday and a date: never guess a month',
		'The bridge closed on Monday. It reopened on March 19.'
	],
	['an approximate wait', 'The power came back about 24 hours after the storm hit.'],
	['times only in a quote', '"We start on Monday and finish on Friday," said Jo Marsh.'],
	['a deadline, not a wait', 'The council must reply within 14 days after the hearing.'],
	[
		'two weekdays in one sentence with no word for their order',
		'The market, open on Monday, closes on Friday.'
	],
	[
		'"two days later" with no words that fix the first time',
		'The storm hit the coast. Two days later, the power came back.'
	],
	[
		'two weekdays in two paragraphs: the later paragraph may tell what came before',
		'Crews reopened the coast road on Friday.\n\nThe landslide came down on Tuesday night, the Highways Agency said.'
	],
	[
		'two weekdays still to come: their order in the article is no order in time',
		'The vote is due on Thursday. Campaigners will rally outside the town hall on Tuesday.'
	],
	['one time only', 'The council met on Tuesday.'],
	['the same weekday twice', 'The council met on Tuesday. Residents protested on Tuesday.'],
	['a wait in months', 'The bridge reopened three months after it closed.'],
	[
		'clock times with no day, the second earlier',
		'The party began at 11pm. Police arrived at 2am.'
	],
	// Thirteenth session: waits read on PolNeAR train and judged wrong. Two weekdays in the article's
	// order were wrong four times in five there (news tells the latest first, and a weekday is often
	// another event's): the article's order alone is no order.
	[
		"two weekdays in two sentences, told as done: the article's order is no order in time",
		'Talks between the union and the depot\'s managers broke down on Thursday. The strike began at dawn on Saturday. "Nobody wanted this," said Jo Marsh.'
	],
	[
		'two weekdays told as done in one paragraph, the second earlier in the week: news tells the latest first',
		'Clinton won the Puerto Rico primary late Sunday. On Saturday, she campaigned in San Juan.'
	],
	[
		'two weekdays told as done, the second a day before the first',
		'The senator endorsed Clinton on Thursday. She met the candidate on Wednesday in Washington.'
	],
	[
		'a day told as done by the verb before it, whatever its clause plans',
		'Debbie Wasserman Schultz announced Sunday she will resign at the end of the convention.\n\nDelegates gathered in Philadelphia on Monday.'
	],
	[
		'two dates listed as options in one phrase',
		'Clinton proposed debates on April 4 and April 14 in New York.'
	],
	[
		"a stated wait in a clause about another event than the sentence's",
		'Broaddrick on Sunday night recounted an interaction with Hillary Clinton that took place three weeks after the alleged assault.'
	],
	// Fourteenth session, waits read by helpers on PolNeAR train: 15 of 16 wrong. A day told as done
	// and one still to come were all five wrong (the day still to come was often before the other:
	// "Tuesday's primary", "release his return Friday"); a stated wait before an event still to come,
	// or a span ("in the last two weeks"), two dates still to come, a day that is a deadline ("for
	// Monday night", "through Tuesday").
	[
		'a day told as done and one still to come: which comes first is not known',
		'The council halted the works on Tuesday.\n\nCouncillor Jo Marsh said she would meet residents on Friday.'
	],
	[
		'a stated wait before an event told in the present',
		'The deadline is in late February. It falls just four days before the state primary.'
	],
	[
		'a stated wait before an event still to come',
		'Nowhere was his break with the party clearer than in South Carolina, a week before Republicans hold their primary here.'
	],
	[
		'a stated wait before an event that "would" happen',
		'Clinton campaigned in Flint 48 hours before Granite Staters would be voting.'
	],
	[
		'a span, not a wait between two events',
		'Rubio, whose support cratered in the last two weeks after he ratcheted up his attacks, spoke in Boston.'
	],
	[
		'two dates still to come',
		'Voters will go to the caucuses on Feb. 1. The state will hold its primary on Feb. 9.'
	],
	[
		'a day that is a deadline or a count, not an event',
		'Each side deployed hundreds of volunteers on Saturday to knock on doors for Monday night. Votes were counted through Tuesday and tallied through Wednesday afternoon.'
	],
	[
		"a weekday's possessive: the day of a noun, not of the clause's event",
		"Sanders won Tuesday's primary in Indiana. Devine acknowledged on Thursday that the race was hard."
	]
];

function generated(text: string) {
	const found = suggestQuiz(text);
	const draft = draftFromSuggestions('A wait', text, found);
	if (draft.wait) draft.wait.accepted = true;
	const parsed = ArticlePack.safeParse(toPack(draft));
	const issues = parsed.success
		? []
		: parsed.error.issues.filter((i) => i.path[0] === 'timeline').map((i) => i.message);
	return { wait: found.wait, issues };
}

describe('the wait generator', () => {
	it.each(GENERATED)('%s', (_, text, expected) => {
		const { wait, issues } = generated(text);
		expect(
			wait && {
				from: { when: wait.from.when, sentence: wait.from.sentence },
				to: { when: wait.to.when, sentence: wait.to.sentence },
				unit: wait.unit,
				amount: wait.amount,
				min: wait.min,
				max: wait.max,
				evidence: wait.evidence,
				confidence: wait.confidence
			}
		).toEqual(expected);
		expect(issues).toEqual([]);
		expect(wait!.question).toMatch(new RegExp(`^How many ${expected.unit} `));
		expect(wait!.from.what).not.toBe('');
		expect(wait!.to.what).not.toBe('');
		if (expected.confidence === 'check') expect(wait!.reason).toMatch(/\w/);
		else expect(wait!.reason).toBeNull();
	});

	it.each(REFUSED)('refuses: %s', (_, text) => {
		expect(generated(text).wait).toBeNull();
	});
});

describe("the wait's words for a player", () => {
	it('names each event by its own clause, cut before a second verb phrase, and gives the wait without sentence ids', () => {
		const { wait } = generated(
			'The pier was closed on Monday after engineers found cracks. Two days later, the council voted to demolish the pier and build a smaller landing stage in its place.'
		);
		expect(wait && [wait.from.what, wait.to.what, wait.explanation]).toEqual([
			'The pier was closed',
			'the council voted to demolish the pier',
			'The article gives "on Monday", then "Two days later": 2 days.'
		]);
	});
});

describe('the event a clock time after "not … until" tells', () => {
	it('is what was done then, without the "not"', () => {
		const { wait } = generated(
			'The meeting began at 6.30pm, and the vote was not taken until 10.15pm.'
		);
		expect(wait && [wait.from.what, wait.to.what]).toEqual([
			'The meeting began',
			'the vote was taken'
		]);
	});
});

describe('a wait stated after a remark in brackets', () => {
	it('reads "a fortnight before" after a bracket, and names the event without the remark or a cut number', () => {
		const { wait } = generated(
			'Residents had handed in a petition with 1,400 signatures (a number the council has not checked) a fortnight before the vote. Councillor Jo Marsh said the vote was fair.'
		);
		expect(wait && [wait.from.what, wait.to.what, wait.amount, wait.unit]).toEqual([
			'Residents had handed in a petition with 1,400 signatures',
			'the vote',
			14,
			'days'
		]);
	});

	// Held-out scooter-recall: the question asked how long passed between "She said the family had
	// bought the scooter…" and the fire, as if the saying were the event.
	it('names the event told, not the telling ("She said the family had bought …")', () => {
		const { wait } = generated(
			'The scooter caught fire on 14 September. She said the family had bought the scooter for their son only a fortnight before the fire.'
		);
		expect(wait && [wait.from.what, wait.to.what, wait.amount, wait.unit]).toEqual([
			'the family had bought the scooter for their son',
			'the fire',
			14,
			'days'
		]);
	});
});

describe('events a player can read (issue 21, fifth session: read on PolNeAR train)', () => {
	const whats = (text: string) => {
		const { wait } = generated(text);
		return wait && [wait.from.what, wait.to.what, wait.amount];
	};

	it('names what happened at a time "not … until" it by what then happened (held-out article)', () => {
		expect(
			whats(
				'The storm hit the region on Feb. 8. Some customers in Harlan County did not get power back until Feb. 15. Some roads were not reopened until Feb. 10.'
			)
		).toEqual(['The storm hit the region', 'Some customers in Harlan County got power back', 7]);
	});

	it('drops "just" before a stated wait, and names the event after "after"', () => {
		expect(
			whats(
				"The endorsement comes just three days after the senator met the union's leaders in Leeds."
			)
		).toEqual(["the senator met the union's leaders in Leeds", 'The endorsement comes', 3]);
	});

	it("names a quote's event by who spoke, not by the quoted words", () => {
		expect(
			whats(
				'"The bill will pass, and soon," Ann Lowe wrote on March 6. "The bill will fail," Tom Hale wrote on March 9.'
			)
		).toEqual(['Ann Lowe wrote', 'Tom Hale wrote', 3]);
	});

	it('names an event in brackets without its brackets or a stray stop', () => {
		expect(
			whats(
				"The party blocked the campaign's access to its own data on March 6. (The access was restored on March 7.)"
			)
		).toEqual([
			"The party blocked the campaign's access to its own data",
			'The access was restored',
			1
		]);
	});

	it('keeps "since" with its time, not as a word that opens a clause', () => {
		expect(
			whats('Thomas Kurian had camped outside the court since March 2. The judge ruled on March 5.')
		).toEqual(['Thomas Kurian had camped outside the court', 'The judge ruled', 3]);
	});

	// Held-out mayor-recount: 'How many days passed between "the Nov" and …'.
	it('does not end an event at the stop of a month written short ("the Nov. 5 election")', () => {
		expect(
			whats(
				'The board voted to certify the result on Friday morning, three days after the Nov. 5 election.'
			)
		).toEqual([
			'the Nov. 5 election',
			'The board voted to certify the result on Friday morning',
			3
		]);
	});

	it('does not cut two names joined by "and", nor end a long event on a title', () => {
		expect(
			whats(
				'The poll comes one day after a rival poll showed a narrow gap between Ms. Lowe and Mr. Hale in the state.'
			)
		).toEqual(['a rival poll showed a narrow gap between Ms. Lowe…', 'The poll comes', 1]);
	});

	it('reads past "and" between two nouns to the verb of the event', () => {
		expect(
			whats(
				'The handling of the flood and storm damage weakened the council on March 13. The regional board met on March 17.'
			)
		).toEqual([
			'The handling of the flood and storm damage weakened the council',
			'The regional board met',
			4
		]);
	});
});

describe('one event from one time to another', () => {
	it.each([
		['The festival ran from Monday to Friday.', 'The festival ran', 4],
		['The show runs at the Lyric from Aug. 5 through Aug. 12.', 'The show runs at the Lyric', 7]
	])('%s', (text, what, amount) => {
		const { wait } = generated(text);
		expect(wait && [wait.question, wait.amount]).toEqual([
			`How many days passed between the start and the end of "${what}"?`,
			amount
		]);
	});
});

describe('waits a player could not be asked', () => {
	it.each([
		[
			'two runs of dates',
			'The first convention runs July 18-21. The second convention is July 25-28.'
		],
		[
			'an event of one word',
			'Announced March 3, 2015. The campaign ended on March 20, 2015, the senator said.'
		],
		[
			'an event told only by names',
			'Candidates must file their reports on Sunday, ahead of the contests in Arizona, Idaho and Utah on Tuesday.'
		],
		[
			'an event cut to an adverb',
			'Even the day after a debate between the two, the candidate holding the spotlight was Ms. Lowe.'
		],
		[
			// PolNeAR train (fifteenth session): "How many days passed between "the Huffington Post" and …".
			'an event told by a name alone, with no verb',
			'The media silence about the poll comes two days after the Huffington Post, which first said it would cover the campaign as entertainment, said it would treat it as news.'
		],
		[
			'a wait of more than three months in days',
			'The senator announced her campaign on March 3, 2015. She dropped out on May 3, 2016.'
		]
	])('refuses %s', (_, text) => {
		expect(generated(text).wait).toBeNull();
	});
});
