import { describe, expect, it } from 'vitest';
import { quoteSentences } from './claim';
import { readAndSuggest } from '../suggest';
import { entailedPart, firstClause, saidClaims, saidFacts } from './said';

describe("a quote's first clause that stands on its own", () => {
	it.each([
		[
			'We have been patient for two years, and patience has not paid a single bill.',
			'We have been patient for two years'
		],
		[
			'said she had lost 40 customers a day since the barriers went up',
			'she had lost 40 customers a day'
		],
		[
			'told reporters that the council would look again at the plan',
			'the council would look again at the plan'
		],
		[
			'said in a statement that it regretted the disruption to islanders',
			'it regretted the disruption to islanders'
		],
		// A second report after "and that" is cut off; a linking "But" is dropped.
		[
			'said that it regretted the disruption to islanders and that its offer was fair',
			'it regretted the disruption to islanders'
		],
		[
			'But we have been patient for two years, and patience has not paid',
			'we have been patient for two years'
		],
		["The pier is not safe for anyone -- it's that simple", 'The pier is not safe for anyone'],
		// Two joined clauses: the first is said whole; joined words are not cut apart.
		// …unless it says nothing without the lines before.
		["It didn't pay off and I have to take responsibility for that.", null],
		[
			"It didn't pay off for the team this year, and I know it.",
			"It didn't pay off for the team this year"
		],
		['We have learned tough lessons and will come back stronger', 'We have learned tough lessons'],
		['It is not completely apples and oranges', null],
		// Dependent openings, questions, phrases and shouting are no claim.
		['If we pay what they are asking, the ticket goes up by a third', null],
		['Was Valtteri in the wrong? I do not think so.', null],
		['Under the new plan we lose the bus', null],
		['THIS IS NOT OK', null],
		// A cut that leaves a word leading nowhere ("built as" before "if") is no clause.
		['It is against roads built as if nobody lived beside them.', null],
		// A sentence adverb before the subject goes ("Obviously p" says p); it is no name.
		[
			'Obviously we need to do everything we can to support our first responders.',
			'we need to do everything we can to support our first responders'
		],
		// Too short to say anything.
		['We agree.', null],
		// A report after a verb that keeps its meaning in "said"; a verb that would change it is no clause.
		['accepted that the sample was limited', 'the sample was limited'],
		// A short quoted clause about "he" or "she" says nothing without the lines before: "Karen
		// Whitlock said he's a clever player" leaves the player to guess who he is.
		["He's a clever player. Fair play to him.", null],
		// In a report, "she" is the speaker herself.
		['said she had lost customers', 'she had lost customers'],
		// "so high" is no clause's end (PolNeAR train: "he thinks that the stakes were.").
		[
			'I think that the stakes are so high – and Donald Trump has made it clear',
			'I think that the stakes are so high'
		],
		['The stakes are so high that we cannot lose', 'The stakes are so high that we cannot lose'],
		// A clause cut at a title's full stop says nothing whole (PolNeAR train: "nothing wrong with Mr.").
		['said there was nothing wrong with Mr.', null],
		[
			'said there was nothing wrong with Mr. Lew raising it',
			'there was nothing wrong with Mr. Lew raising it'
		],
		// A headline's capitals are not the words said.
		['We Do Not Pay Candidates To Appear At Debates.', null],
		// A figure's comma is no clause's end: "more than 1,500" was cut to "more than 1" (held-out
		// school-board-vote).
		[
			'said trustees had received more than 1,500 emails since February',
			'trustees had received more than 1,500 emails'
		],
		// A plural's apostrophe is no quote mark (found on PolNeAR train).
		[
			'told reporters Tuesday that the new rules undermine voters’ rights',
			'the new rules undermine voters’ rights'
		],
		['conceded that the figures were out of date', 'the figures were out of date'],
		['denied that the sample was limited', null],
		['hoped the ferries would run again by Friday', null],
		// A report's subject may be a plain noun: "said outages of this kind were rare".
		['said outages of this kind were rare but not unheard of', 'outages of this kind were rare'],
		['said every rider would get a credit', null],
		// A subject with its relative clause, cut before its verb, says nothing.
		["Anyone who can't name their enemy is not serious about defeating it.", null],
		// A word that opens no noun is no subject: "said about 20 people have…".
		['said about 20 people have indicated an interest in the seat', null],
		// Found on PolNeAR dev (issue 21, fifth session): a relative clause in commas interrupts the
		// clause, whose verb comes after it; an initialism's stops are no clause's end.
		['The court is also aware that the other party, who opposes this, is not running.', null],
		// A "who" that asks ("what was tested, who signed off") cuts a clause that is whole.
		[
			'I want to know what was tested, who signed off on it and what happens next time.',
			'I want to know what was tested'
		],
		// A plural noun after its determiner is no verb: "The attacks on our police, and the terrorism
		// of our cities, threaten…" cut at its comma has none (PolNeAR train, sixth session).
		['The attacks on our police, and the terrorism of our cities, threaten our way of life.', null],
		[
			'The council votes on the plan next week, and the result will be close.',
			'The council votes on the plan next week'
		],
		// "that claim" is a noun phrase, not "that" and a subject (PolNeAR dev, sixth session).
		['said that claim smacked of hypocrisy', 'that claim smacked of hypocrisy'],
		['said that turnout was higher than in 2012', 'that turnout was higher than in 2012'],
		[
			'said it is lowering its forecast for U.S. growth this year',
			'it is lowering its forecast for U.S. growth this year'
		],
		// PolNeAR train (eleventh session): a noun and its relative clause have no verb of their own;
		// a participle opening is no subject; "the day" cut before "before the shooting" is no time.
		['said a very obnoxious guy who was a troublemaker', null],
		['Compared to where we were 15 years ago, we have moved the needle.', null],
		['Hillary was in South Carolina the day before the shooting.', null],
		// A verb of thinking cut from what was thought ("who thought" before "until recently you …").
		['There were some of us who thought until recently you might be able to work with them', null],
		['That was the president essentially saying, you know, we need you.', null],
		['Hillary was in South Carolina before the shooting.', 'Hillary was in South Carolina'],
		// PolNeAR train (twelfth session): a clause cut before what its copula introduces says
		// nothing; a verb that takes a noun ("acknowledged the agency's limitation") reports no
		// clause; an ellipsis at the end is the writer's cut, not words said.
		['The big question about Rubio is: can he win the nomination?', null],
		["acknowledged the agency's limitation in ending inversions", null],
		['acknowledged that the agency had limited powers', 'the agency had limited powers'],
		['admitted he had been wrong about the vote', 'he had been wrong about the vote'],
		['I just stood there \u2026. I could not move.', 'I just stood there'],
		['I think we should \u2026 well, we will see.', null],
		// A name's possessive is no verb: "Mr. Trump's criticism of the judge" has none.
		["said Mr. Trump's criticism of the judge, Gonzalo P. Curiel, was racist", null],
		["said she's ready to vote on the bill", "she's ready to vote on the bill"],
		// …while before an article or a participle it is "is" (held-out tribunal-ban).
		["Riley's a tough kid. He'll be fine.", "Riley's a tough kid"],
		// A copula with nothing after it says nothing, cut or not ("I think society is.", "the
		// beautiful thing is, …", PolNeAR train), unless it closes a question word's clause.
		['I think society is.', null],
		["And the beautiful thing is, women don't like her.", null],
		['I know who he is, and that is enough.', 'I know who he is'],
		// A modal that stands for words said before is whole (held-out ashcombe-flood).
		["I'm not sure the photographs will.", "I'm not sure the photographs will"],
		// Thirteenth session. "and," before a clause in commas joins the next main clause: the first
		// is said whole (built-in russell-bottas-imola).
		[
			'I knew it would be one of our best opportunities to score points this season and, when those points matter as much as they do to us right now, sometimes you take risks.',
			'I knew it would be one of our best opportunities to score points this season'
		],
		['We have learned tough lessons and, frankly, it hurt.', null],
		// A report's own quote marks only show the words were the speaker's (PolNeAR train); a quote
		// inside a quote stays refused.
		[
			'said Trump has \u201cseveral ways\u201d of reaching the magic number',
			'Trump has several ways of reaching the magic number'
		],
		[
			'said that it was \u201ctotally inappropriate\u201d for Ginsburg to criticize Trump',
			'it was totally inappropriate for Ginsburg to criticize Trump'
		],
		["He called it 'a disgrace' to the country.", null],
		// More verbs that report a clause after "that" (PolNeAR train).
		[
			'speculated that the men detained could be part of the Islamic State',
			'the men detained could be part of the Islamic State'
		],
		[
			'remarked that he had consulted the attorney general about the order',
			'he had consulted the attorney general about the order'
		],
		['maintained his innocence throughout the long trial', null],
		['recalled the day the plant closed in 1998', null],
		// Fourteenth session, read by helpers on PolNeAR train: a clause cut where what it says is not
		// whole — a list ("Obama's actions on Iran."), a verb whose complement is cut off ("said part
		// of his job was to say.", "that suggests to her that in the current climate.", "he finds
		// sometimes in conversation with other teachers."), a bracket between a verb and its object
		// ("Irene Rosenfeld reinforced."), "the first president" cut from "at least in my lifetime,
		// who …", "day after day" cut in two, an adverb with no subject ("certainly in modern times").
		["Obama's actions on Iran, Syria and Russia have done nothing to assuage that fear.", null],
		["Part of my job is to say: 'Hey, this guy's for real.'", null],
		['That suggests to me that in the current climate, this might not have many followers.', null],
		[
			'I find sometimes in conversation with other teachers, [Clinton] can be very polarizing',
			null
		],
		[
			'My understanding is that Irene Rosenfeld reinforced (to Clinton) our commitment to the bakery',
			null
		],
		[
			'Barack Obama is the first president, at least in my lifetime, who wants to change the country.',
			null
		],
		[
			'Illegal immigrants are coming into this country that we are steadily paying for day after day.',
			null
		],
		['Certainly in modern times, post-modern times.', null],
		['I would say this,', null],
		['We want to make sure.', null],
		// PolNeAR train (fifteenth session): what the verb, the "that" or the article needs was cut off
		// at a dash or a comma.
		["There's no doubt that it — in some ways it was a bad week.", null],
		['And there is no doubt that it — that most of it happens in this sphere.', null],
		["I told Donald Trump, this isn't a campaign, this is a movement.", null],
		['Carson was a good, decent man who ran a fine race.', null],
		[
			'said that content related to extremism, in particular, was difficult to parse outside of acts of violence.',
			null
		],
		// PolNeAR train (fifteenth session): "they", "it" or "that" means something named in the lines
		// before; the claim alone says nothing a player can check.
		["I hope they're fake, because they'd be a disgrace.", null],
		['They are not as ideological as I would probably prefer.', null],
		["That's not why I'm proud to say that I'm with her.", null],
		['I sent it out.', null],
		['We can only wonder if the intent is to reopen the door.', null],
		// A "they" after the plural it means is read whole.
		['The riders were angry because they had waited an hour.', 'The riders were angry'],
		[
			'Parents say they were never asked about the closure.',
			'Parents say they were never asked about the closure'
		],
		// What stands whole is still taken.
		[
			'Measles is one of the most contagious diseases we know.',
			'Measles is one of the most contagious diseases we know'
		],
		[
			'I find the whole thing very troubling, to be honest.',
			'I find the whole thing very troubling'
		],
		[
			'Barack Obama is a divisive president, and he knows it.',
			'Barack Obama is a divisive president'
		]
	])('%s → %s', (content, clause) => {
		expect(firstClause(content)).toBe(clause);
	});
});

describe('the claims that someone said a clause', () => {
	it('tells it in their pronouns, reworded where the meaning stays', () => {
		expect(
			saidClaims('I have waited two years', {
				id: 'ana-silva',
				label: 'Ana Silva',
				kind: 'person',
				gender: 'f'
			})
		).toEqual([
			'Ana Silva said she has waited two years.',
			'Ana Silva said she has waited 2 years.',
			'Ana Silva said she had waited two years.',
			'Ana Silva said she had waited 2 years.'
		]);
	});

	it('puts the past of a quote in the past perfect, but not that of a report, told in it already', () => {
		const speaker = {
			id: 'x',
			label: 'Sue Davenport',
			kind: 'person' as const,
			gender: 'f' as const
		};
		const common = (word: string) => word === 'families';
		expect(saidClaims('Families were put at risk for months', speaker, true, common)).toContain(
			'Sue Davenport said families had been put at risk for months.'
		);
		// "claimed that the era of big government was over" (PolNeAR train): "had been over" says
		// that it no longer was.
		expect(
			saidClaims('the era of big government was over', speaker, false).filter((c) =>
				c.includes('had been')
			)
		).toEqual([]);
	});

	it('tells a report also as "according to", which copies fewer of its words', () => {
		expect(
			saidClaims(
				'outages of this kind were rare',
				{ id: 'raman', label: 'Leah Raman', kind: 'person', gender: 'f' },
				false
			)
		).toContain('According to Leah Raman, outages of this kind were rare.');
	});

	it("writes a common word that opened the quote in lower case (PolNeAR train: 'said Guns had')", () => {
		const speaker = {
			id: 'mapp',
			label: 'Adrian Mapp',
			kind: 'person' as const,
			gender: 'm' as const
		};
		const common = (word: string) => word === 'guns';
		expect(saidClaims('Guns have no place in our neighborhoods', speaker, true, common)).toContain(
			'Adrian Mapp said guns had no place in their neighborhoods.'
		);
		// A name keeps its capital.
		expect(
			saidClaims(
				'Valtteri did nothing outside the rules',
				{ ...speaker, label: 'George Russell' },
				true,
				common
			)[0]
		).toMatch(/^George Russell said Valtteri /u);
	});

	it('says nothing for a person of unknown gender who speaks of herself or himself', () => {
		expect(
			saidClaims('I have waited', { id: 'x', label: 'Sam Lee', kind: 'person', gender: null })
		).toEqual([]);
	});
});

describe('the part of a clause it entails, for a claim that would copy too much', () => {
	it.each([
		// A restrictive clause dropped: what is left is still true.
		['We pushed a change that should be tested', 'We pushed a change'],
		// A negation in the part dropped goes with it.
		['We pushed a change that should never have left testing', 'We pushed a change'],
		[
			"We are asking for the wall that the council's engineers recommended",
			'We are asking for the wall'
		],
		['I caused the crash by spinning because I pushed', 'I caused the crash by spinning'],
		// Under a negation, dropping words can make it false: "no change that broke anything" is not "no change".
		['We did not push a change that broke anything', null],
		['Nobody saw the car that hit the wall', null],
		// A condition is not said outright, and a time is part of what happened.
		['We will close the pier to traffic if the council agrees', null],
		['The group was formed by residents after the flooding in 2019', null],
		// "that" after a verb of saying or thinking opens what was said: no part to drop (PolNeAR train:
		// "she has said several times").
		["I've said several times that I wouldn't say it", null],
		['We believe very strongly that the plan will work', null],
		// Too little left, or nothing to drop.
		['I know that it works', null],
		['We expected a speed-up', null],
		// Fourteenth session (PolNeAR train): "That's probably still something." — a vague head is
		// nothing without what its clause says.
		["That's probably still something that the federal government should do", null],
		['We picked a place that nobody had tried before', null]
	])('%s → %s', (clause, part) => {
		expect(entailedPart(clause)).toBe(part);
	});
});

describe("a quote's sentences", () => {
	it("never end at a title's or a place's full stop (PolNeAR train: \"they'll be meeting on Friday in St.\")", () => {
		expect(
			quoteSentences(
				'We’ll be meeting on Friday in St. Louis to try to air out some things. I would love to see Mr. Sanders endorse.'
			)
		).toEqual([
			'We’ll be meeting on Friday in St. Louis to try to air out some things.',
			'I would love to see Mr. Sanders endorse.'
		]);
	});

	it('end at a question mark', () => {
		expect(quoteSentences('Could it have been avoided? Yes. Was I wrong? No.')).toEqual([
			'Could it have been avoided?',
			'Yes.',
			'Was I wrong?',
			'No.'
		]);
	});
});

describe('the clauses of a quote the writer carries on after', () => {
	it('takes none from a quote that is a part of the writer\'s sentence (PolNeAR train: "This was an example of President Obama" and his team "just quietly deciding …")', () => {
		const text = [
			'Jeremy Bash was the chief of staff at the agency.',
			'"The swap was an example of President Obama" and his team "just quietly deciding, hey, we have some leverage here," said Jeremy Bash.'
		].join('\n\n');
		const { article, suggestions } = readAndSuggest(text);
		expect(
			saidFacts(article, suggestions)
				.map((f) => f.clause)
				.filter((c) => /example/u.test(c))
		).toEqual([]);
	});

	it('still takes a whole quote with its speaker after it', () => {
		const text =
			'"The swap was an example of a good deal for the city," said Jeremy Bash, a former official.';
		const { article, suggestions } = readAndSuggest(text);
		expect(saidFacts(article, suggestions).map((f) => f.clause)).toEqual([
			'The swap was an example of a good deal for the city'
		]);
	});
});
