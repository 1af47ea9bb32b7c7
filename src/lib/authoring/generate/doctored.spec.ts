import { describe, expect, it } from 'vitest';
import { changedNumber, doctor, doctoredQuotes } from './doctored';
import type { SuggestedStatement } from '../suggest/types';

describe('a figure changed to one that would pass for it', () => {
	it.each([
		['two', 'three'],
		['Three', 'Four'],
		['2%', '3%'],
		['6%', '8%'],
		['40', '50'],
		['17', '21'],
		['2,400', '3,000'],
		['4.5', '5.6'],
		// Not amounts: a year, one, a word that is no number.
		['2019', null],
		['one', null],
		['1', null],
		['fifty-fifty', null]
	])('%s → %s', (from, to) => {
		expect(changedNumber(from)).toBe(to);
	});
});

describe('one meaningful change to a line', () => {
	it.each([
		// A figure first.
		['We lost 40 customers in a week.', 'We lost 50 customers in a week.', 'number'],
		// A contracted negative made positive.
		["I don't think the pier will reopen.", 'I do think the pier will reopen.', 'negation'],
		// …but not where "anyone" needs it: "I do think anyone wants that" is no English (thirteenth
		// session, from PolNeAR train: "he does owe anybody anything").
		["I don't think anyone wants that.", null, null],
		[
			'They won’t reopen the pier this summer.',
			'They will reopen the pier this summer.',
			'negation'
		],
		// A negation dropped.
		['The pier is not safe for anyone.', 'The pier is safe for anyone.', 'negation'],
		// A negation added after the auxiliary.
		['That is what the crews asked for.', 'That is not what the crews asked for.', 'negation'],
		// "will" as a noun is no auxiliary: the opposite word is changed instead.
		['The will of the crews was strong.', 'The will of the crews was not strong.', 'negation'],
		// An opposite.
		['Fares went up and service got worse.', 'Fares went up and service got better.', 'opposite'],
		// A hedge made certain.
		['The council may close the road.', 'The council will close the road.', 'opposite'],
		// A share never goes past the whole: 93 percent becomes less, not 116.
		[
			'One dose is about 93 percent effective.',
			'One dose is about 70 percent effective.',
			'number'
		],
		['Turnout was 88% this year.', 'Turnout was 66% this year.', 'number'],
		// An auxiliary before its subject asks a question: no "not" after it ("was not I wrong").
		['I caused the crash, but was I to blame?', null, null],
		// Nor any "not" in a question: "Who do they think they are not?" gives itself away (PolNeAR train).
		['Who do they think they are?', null, null],
		// "anymore" needs its denial as "any more" does (PolNeAR dev).
		["We don't want people to play games with them anymore.", null, null],
		// "the right" of politics is no opposite of "wrong" (PolNeAR train); "right" as a word of judgement is.
		['Again he sided with the anti-immigrant right.', null, null],
		['She made the right call for the town.', 'She made the wrong call for the town.', 'opposite'],
		// "right now", "so long": words of time, not of judgement or size (PolNeAR train, sixth session).
		['She caused a lot of the problems that we have right now.', null, null],
		['They withheld this email for so long and it shows.', null, null],
		['No one expected such a long wait.', 'No one expected such a short wait.', 'opposite'],
		// A negation is not dropped where "any" needs it ("I don't think there's any link").
		["I don't think there's any connection between them.", null, null],
		// "had better" is no comparison: "better" is not turned into "worse" there.
		['You better believe it, she said.', null, null],
		// No "not" between an auxiliary and its adverb: "will not almost certainly nominate" is no English
		// a speaker would use (found on PolNeAR train).
		['The Democrats will almost certainly nominate a flawed candidate.', null, null],
		// "some more than the others" cannot become "all more than the others".
		['A lot of the candidates, some more than the others.', null, null],
		// "don't" before a plain verb of I, we, you or they (held-out and bench lines had no other change).
		[
			'I heard the parents, and I want them to know that.',
			"I heard the parents, and I don't want them to know that.",
			'negation'
		],
		[
			'We trust the stewards to get it right.',
			"We don't trust the stewards to get it right.",
			'negation'
		],
		// A contracted "am", "is" or "are" takes or loses "not" too.
		["I'm not sure the photographs will.", "I'm sure the photographs will.", 'negation'],
		['It’s a good deal for the town.', 'It’s not a good deal for the town.', 'negation'],
		// "you know" as a filler is no verb to deny.
		['You know, we just keep going every day.', null, null],
		// Nobody made everybody, unless "any" or "ever" needs the denial.
		[
			'Nobody in this building wanted to close a school.',
			'Everybody in this building wanted to close a school.',
			'opposite'
		],
		['Nobody here has any idea what happened.', null, null],
		// "more than" made "less than".
		[
			'I have given this place more than half my life.',
			'I have given this place less than half my life.',
			'opposite'
		],
		// "has" or "have" before a participle takes "not" (PolNeAR train lines with no other change).
		[
			'He has been an incredible leader for the state.',
			'He has not been an incredible leader for the state.',
			'negation'
		],
		['I have decided to endorse Ted Cruz.', 'I have not decided to endorse Ted Cruz.', 'negation'],
		// …but not "has to" nor "have" as a main verb.
		['It has to be within the law.', null, null],
		['Those kids have jobs in that industry.', null, null],
		// Not in what someone else thought (found on PolNeAR dev).
		['Her staff thought she had pulled a muscle exercising.', null, null],
		// "I'll" becomes "I won't".
		["I'll work on it with the generals.", "I won't work on it with the generals.", 'negation'],
		// "He wants" becomes "He doesn't want".
		[
			'He wants to give away our country, folks.',
			"He doesn't want to give away our country, folks.",
			'negation'
		],
		// A number in a date or a time is no amount: "after 9/11" never becomes "after 11/11"
		// (PolNeAR train), nor "9:30" another time.
		['We were open 24/7 at the time.', 'We were not open 24/7 at the time.', 'negation'],
		['The vote starts at 9:30 tonight.', null, null],
		// A word paired with another by "and" is not turned alone: "I fully oppose and endorse his
		// re-election" says both (PolNeAR train).
		['and I fully support and endorse his re-election.', null, null],
		// "I don't know if" is a doubt; "I do know if" is no English (PolNeAR train).
		["I don't know if you heard that.", null, null],
		// Nor is "not sure how" (PolNeAR train: "We're sure how much lower Trump can sink").
		["I'm not sure what the council will do next.", null, null],
		["We're not certain whether the vote will go ahead.", null, null],
		// …while "I do know what it is" is.
		[
			"I don't know what Brackenfield is without it.",
			'I do know what Brackenfield is without it.',
			'negation'
		],
		// Thirteenth session: doctored lines read on PolNeAR train and judged broken or meaningless.
		// A negation kept where a word after it needs one ("anybody", "yet", "either", "ever").
		["He doesn't owe anybody anything.", null, null],
		['While the results are not yet known, we are hopeful.', null, null],
		["I won't be voting for him either.", null, null],
		// A negation that ends its clause stands for words before it ("what isn't").
		["We need to decide what is conservative and what isn't.", null, null],
		// Opposites only where the word is one: "welcome" is no verb to oppose, "how often", "as
		// quickly as possible", "as opposed to" and "before our very eyes" are set phrases.
		['You are no longer welcome in the party.', null, null],
		['Ask them how often she crossed paths with donors.', null, null],
		['Get it done as quickly as possible for the town.', null, null],
		['Pass the bill, as opposed to the speech I gave.', null, null],
		['Watch the party implode before our very eyes.', null, null],
		// A list's numbers are no amounts; nor one the line gives twice ("60 seconds … the 60 seconds");
		// "or two" is "a few".
		['She 1) registers, 2) realizes and 3) acts on it.', null, null],
		['I had 60 seconds and in the 60 seconds I said it all.', null, null],
		[
			'We could scramble a fighter or two from the base.',
			'We could not scramble a fighter or two from the base.',
			'negation'
		],
		// No negation changed in a clause that depends on another ("If …", "While …", "because …",
		// "who …"): the line would contradict itself. The main clause may still be changed.
		[
			"If these people are radicalized and they don't support the United States, we must act.",
			null,
			null
		],
		[
			'If you could show me the document, I will take that statement back.',
			'If you could show me the document, I will not take that statement back.',
			'negation'
		],
		[
			'While Secretary Clinton is talking the talk, she has so far refused to walk the walk.',
			null,
			null
		],
		['Be very conservative, because it could be very rough out there.', null, null],
		// Only the line's first auxiliary takes "not": "the way diplomacy is done" is inside the
		// clause of "has changed", which takes it instead.
		[
			'It has changed the way diplomacy is done in this country.',
			'It has not changed the way diplomacy is done in this country.',
			'negation'
		],
		// No "don't" in a question ("Do you understand"), nor before "sort of" or "kind of".
		['And she said, Do you understand.', null, null],
		['I was sort of, you might say, shell-shocked.', null, null],
		// Fourteenth session, read by helpers on PolNeAR train: "not … but" keeps its "not" ("we should
		// build walls but bridges"); no "not" inside a question's clause ("how he will not handle
		// defeat"), nor on a verb left for the words before ("every member he cannot"); a tag "right?"
		// is no judgement.
		['We should not build walls but bridges.', null, null],
		['It raises questions about how he will handle defeat.', null, null],
		['Well, look, she is clearly experienced, right?', null, null],
		[
			'He needs a vote for every member he can.',
			"He doesn't need a vote for every member he can.",
			'negation'
		],
		// Nothing to change.
		['Thank you all for coming tonight.', null, null]
	])('%s', (line, doctored, kind) => {
		const found = doctor(line);
		expect(found?.text ?? null).toBe(doctored);
		expect(found?.change.kind ?? null).toBe(kind);
	});
});

describe('one change of the kind asked for (PolNeAR train, fourteenth session)', () => {
	it.each([
		// "support" as a noun is opposed by a noun: "getting oppose from Latinos" was no English.
		[
			'They will have a hard time getting support from Latinos.',
			'opposite',
			'They will have a hard time getting opposition from Latinos.'
		],
		[
			'There were no public campaigns of support.',
			'opposite',
			'There were no public campaigns of opposition.'
		],
		['We support the plan.', 'opposite', 'We oppose the plan.'],
		// "not just for first place, but …": the denial goes with its "but".
		['The big battle is not just for first place, but who is the surprise.', 'negation', null],
		// A number in a range ("six or seven" → "seven or seven").
		['He has been plotting to be president for six or seven months.', 'number', null],
		['It will take 10 to 12 weeks.', 'number', null],
		// "right" as what one is owed; "some" before an adverb; "likely" as an adverb; a hedge on a
		// perfect ("might not have had").
		['The Speaker has just as much right as anyone else to decide.', 'opposite', null],
		["You've got some very important races going on.", 'opposite', null],
		['Donald Trump would likely have a steep hill to climb.', 'opposite', null],
		['Without it they might not have had insurance.', 'opposite', null],
		// Fifteenth session (PolNeAR train, read by helpers). A day of a month is no amount ("September
		// 36"); a count tied to the things the line lists ("two words 'Radical Islam'", "comfort and
		// culture is two different things", "two choices … between Trump and the nominee").
		['The September 11, 2012, email was sent late.', 'number', null],
		['He cannot say the two words "Radical Islam" at all.', 'number', null],
		['But comfort and culture is two different things.', 'number', null],
		[
			"There are two choices and that it's between Donald Trump and the Democratic nominee.",
			'number',
			null
		],
		// A count after a list that is not its count is changed.
		[
			'The machines and the people agreed to within two ballots.',
			'number',
			'The machines and the people agreed to within three ballots.'
		],
		// A false start: the words after restate the line ("has voted for, you know, she voted for";
		// "There's a lot of things — there's a lot of fuzz").
		[
			'The secretary has voted for, you know, she voted for the Wall Street bailout.',
			'negation',
			null
		],
		["There's a lot of things — there's a lot of fuzz on her record.", 'negation', null],
		// The same verb twice across "and" is no false start.
		[
			'He has left the ground and he has got him high.',
			'negation',
			'He has not left the ground and he has got him high.'
		],
		// Laughter in a hyphenated word is no contraction ("he-he-he's").
		["Then came a steady stream of he-he-he's and, finally, laughter.", 'negation', null],
		// A clause inside a noun's phrase ("The best way I can describe him").
		['The best way I can describe Donald Trump to friends is as a showman.', 'negation', null],
		// "some" takes no denial before it: "There will not be some that …" is no English.
		['There will be some that will take days to realize it.', 'negation', null],
		// "rather than" goes with what is said instead, as "but" does.
		[
			'Our focus should be on the causes of these attacks rather than infringing on rights.',
			'negation',
			null
		],
		// "big deal, right?" is already said in irony; "right in your community" is "directly";
		// "before this Congress" is a place; "more expensive" has no "more cheap"; "opposed to" no
		// "supported to".
		['I paid off her mortgage, big deal, right?', 'opposite', null],
		['They are right in your community every day.', 'opposite', null],
		['He testified before this Congress last year.', 'opposite', null],
		['Housing is more expensive in the city.', 'opposite', null],
		['I am opposed to the war.', 'opposite', null]
	] as const)('%s (%s) → %s', (line, kind, doctored) => {
		expect(doctor(line, kind)?.text ?? null).toBe(doctored);
	});
});

const statement = (content: string, source: string, sentences: string[]): SuggestedStatement => ({
	content,
	source,
	cue: 'said',
	form: 'direct',
	sentences,
	confidence: 'sure',
	reason: null
});

describe('doctored quotes from an article', () => {
	const text = [
		'“We have waited two years for this pier to reopen,” said Ana Silva, who runs the café.',
		'“The pier is not safe for anyone,” said Tom Reilly, the harbour master.'
	].join('\n\n');
	const sources = [
		{ id: 'ana-silva', label: 'Ana Silva', kind: 'person' as const, epithets: [] },
		{ id: 'tom-reilly', label: 'Tom Reilly', kind: 'person' as const, epithets: [] }
	];
	const found = doctoredQuotes(
		text,
		[
			statement('We have waited two years for this pier to reopen,', 'ana-silva', ['p1s1']),
			statement('The pier is not safe for anyone,', 'tom-reilly', ['p2s1'])
		],
		sources
	);

	it('changes one thing in each real line, keeps its speaker and shows the real line', () => {
		expect(found.map((d) => [d.content, d.soundsLike, d.original, d.related])).toEqual([
			[
				'We have waited three years for this pier to reopen,',
				'ana-silva',
				'We have waited two years for this pier to reopen,',
				['p1s1']
			],
			['The pier is safe for anyone,', 'tom-reilly', 'The pier is not safe for anyone,', ['p2s1']]
		]);
		expect(found[0]!.explanation).toBe(
			'Nobody said this. Ana Silva\'s real words are "We have waited two years for this pier to reopen,": "two" was changed to "three".'
		);
	});

	it('never offers a line that is in the article', () => {
		const echoed = `${text}\n\nAs a sign put it: "The pier is safe for anyone."`;
		const again = doctoredQuotes(
			echoed,
			[statement('The pier is not safe for anyone,', 'tom-reilly', ['p2s1'])],
			sources
		);
		expect(again).toEqual([]);
	});

	it('changes no figure to one the article gives for the same thing (PolNeAR train: "only 3 DS agents")', () => {
		const counted = `${text}\n\nThe café has served three years of summers. The old pier needed 3 years of repairs.`;
		const again = doctoredQuotes(
			counted,
			[statement('We have waited two years for this pier to reopen,', 'ana-silva', ['p1s1'])],
			sources
		);
		expect(again).toEqual([]);
	});

	it('takes up to two sentences of one long quote', () => {
		const long =
			'“We have waited two years for this pier to reopen. The pier is not safe for anyone in this town,” said Tom Reilly.';
		const found = doctoredQuotes(
			long,
			[
				statement(
					'We have waited two years for this pier to reopen. The pier is not safe for anyone in this town,',
					'tom-reilly',
					['p1s1', 'p1s2']
				)
			],
			sources
		);
		expect(found.map((d) => d.content)).toEqual([
			'We have waited three years for this pier to reopen.',
			'The pier is safe for anyone in this town,'
		]);
	});

	it('takes no line whose speaker the teacher must check: its feedback would name them', () => {
		// On PolNeAR train, the speakers of quotes marked "check" were right 86% of the time.
		const unsure = {
			...statement('The pier is not safe for anyone,', 'tom-reilly', ['p2s1']),
			confidence: 'check' as const,
			reason: '"he said" does not name the speaker: check who is meant'
		};
		expect(doctoredQuotes(text, [unsure], sources)).toEqual([]);
	});

	it('takes no fragment of a sentence: a line that opens in lower case (PolNeAR train)', () => {
		const fragment =
			'Spokeswoman Haley Morris says the candidate has \u201calways run a lean campaign and will continue to do so.\u201d';
		const found = doctoredQuotes(
			fragment,
			[statement('always run a lean campaign and will continue to do so.', 'tom-reilly', ['p1s1'])],
			sources
		);
		expect(found).toEqual([]);
	});

	it('takes a line of a sure quote under the same cue, marked for the teacher to check', () => {
		// "I understand," he said. "The pier is not safe…": one cue for two sentences, the first judged
		// sure. The same cue's lines next to a sure one were right 98% of the time on PolNeAR train.
		const pier = '“The pier is shut. The pier is not safe for anyone,” he said.';
		const first = { ...statement('The pier is shut.', 'tom-reilly', ['p1s1']), cue: 'he said' };
		const second = {
			...statement('The pier is not safe for anyone,', 'tom-reilly', ['p1s2']),
			cue: 'he said',
			confidence: 'check' as const,
			reason: '"he said" does not name the speaker: check who is meant'
		};
		const found = doctoredQuotes(pier, [first, second], sources);
		expect(found.map((d) => [d.content, d.confidence])).toEqual([
			['The pier is safe for anyone,', 'check']
		]);
		expect(found[0]!.reason).toContain('he said');
		// Under another cue, or in another paragraph, it is not taken.
		expect(doctoredQuotes(pier, [first, { ...second, cue: 'she said' }], sources)).toEqual([]);
		expect(doctoredQuotes(pier, [first, { ...second, sentences: ['p2s1'] }], sources)).toEqual([]);
	});
});
