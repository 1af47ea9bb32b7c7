import { describe, expect, it } from 'vitest';
import { attribute } from './attribution';
import { findNames } from './find-names';
import { findMentions } from './mentions';
import { readArticle } from './paragraphs';
import { reported } from './reported';
import { suggest } from '../suggest';

/** The reports of a text: their words, their source's label (null for none) and their cue. */
function reportsOf(text: string) {
	const article = readArticle(text);
	findNames(article);
	findMentions(article);
	const { cueVerbs } = attribute(article);
	return reported(article, cueVerbs).map((r) => [
		r.statement.content,
		r.speaker?.label ?? null,
		r.statement.cue
	]);
}

describe('reported: speech reported without quotes, with its source', () => {
	it.each([
		[
			'"X said …"',
			'Maya Brooks said the pier would reopen on Monday.',
			['said the pier would reopen on Monday', 'Maya Brooks', 'said']
		],
		[
			'"X told … that …"',
			'Tom Reilly told the meeting that the shop would close.',
			['told the meeting that the shop would close', 'Tom Reilly', 'told']
		],
		[
			'a pronoun as the source',
			'Maya Brooks, 52, runs the harbour. She said the pier would reopen on Monday.',
			['said the pier would reopen on Monday', 'Maya Brooks', 'said']
		],
		[
			'the words before ", X said."',
			'The pier will reopen on Monday, the ferry company said.',
			['The pier will reopen on Monday', 'The ferry company', 'said']
		],
		[
			'"…, according to X."',
			'The pier will reopen on Monday, according to the harbour authority.',
			['The pier will reopen on Monday', 'The harbour authority', 'according to']
		],
		[
			'"According to X, …"',
			'According to the harbour authority, the pier will reopen on Monday.',
			['the pier will reopen on Monday', 'The harbour authority', 'According to']
		],
		[
			'the words before ", said X." (inverted)',
			'The pier will reopen on Monday, said Sen. Maya Brooks.',
			['The pier will reopen on Monday', 'Maya Brooks', 'said']
		],
		[
			'the words before ", said the Rev. X." (inverted)',
			'The pier will reopen on Monday, said the Rev. Ada Nwosu.',
			['The pier will reopen on Monday', 'Ada Nwosu', 'said']
		],
		[
			'"X said he …" with a verb in the present',
			'Maya Brooks said she plans to reopen the pier in the spring.',
			['said she plans to reopen the pier in the spring', 'Maya Brooks', 'said']
		],
		[
			'"X said he didn’t …" (a curly apostrophe)',
			'Tom Reilly said he didn’t think the plan went far enough.',
			['said he didn’t think the plan went far enough', 'Tom Reilly', 'said']
		],
		[
			'"X said on Friday he …"',
			'Maya Brooks said on Friday she would reopen the pier.',
			['said on Friday she would reopen the pier', 'Maya Brooks', 'said']
		],
		[
			'"X said Tuesday the …"',
			'Tom Reilly said Tuesday the shop would close for good.',
			['said Tuesday the shop would close for good', 'Tom Reilly', 'said']
		],
		[
			'"X says" and a long subject',
			"Gov. Maya Brooks says the new rules for the town's ferry and harbour services are far too strict.",
			[
				"says the new rules for the town's ferry and harbour services are far too strict",
				'Maya Brooks',
				'says'
			]
		],
		[
			'"X says" and a clause opening with an adverb',
			'Gov. Maya Brooks says despite the storm, she plans to reopen the pier.',
			['says despite the storm, she plans to reopen the pier', 'Maya Brooks', 'says']
		],
		[
			'"X says it\'s …"',
			"Gov. Maya Brooks says it's more important than ever to reopen the pier.",
			["says it's more important than ever to reopen the pier", 'Maya Brooks', 'says']
		],
		[
			'"X called for …"',
			'Gov. Maya Brooks called for a new survey of the pier before it reopens.',
			['called for a new survey of the pier before it reopens', 'Maya Brooks', 'called']
		],
		[
			'"X urged Y to …"',
			'Gov. Maya Brooks urged the council to reopen the pier by May.',
			['urged the council to reopen the pier by May', 'Maya Brooks', 'urged']
		],
		[
			'"X accused Y of …"',
			'Gov. Maya Brooks accused the council of neglecting the pier for years.',
			['accused the council of neglecting the pier for years', 'Maya Brooks', 'accused']
		],
		[
			'"X vowed to …"',
			'Gov. Maya Brooks vowed to reopen the pier before the summer.',
			['vowed to reopen the pier before the summer', 'Maya Brooks', 'vowed']
		],
		[
			'a report whose source has no name',
			'Sixty percent of them said they wanted the pier to reopen.',
			['said they wanted the pier to reopen', null, 'said']
		],
		[
			'", saying …" after a verb that is not one of speech',
			'Maya Brooks runs the harbour. Brooks defended the plan, saying the pier would reopen in May.',
			['saying the pier would reopen in May', 'Maya Brooks', 'saying']
		],
		[
			'", adding that …" after a quote, the quote\'s speaker\'s',
			'"We are ready," Tom Reilly said, adding that the shop would open at nine.',
			['adding that the shop would open at nine', 'Tom Reilly', 'adding']
		],
		[
			'", telling X that …"',
			'Maya Brooks runs the harbour. Brooks stood firm, telling the council that the pier was safe.',
			['telling the council that the pier was safe', 'Maya Brooks', 'telling']
		],
		[
			'"X said …" ending in a quoted phrase',
			'Tom Reilly runs the shop. Reilly said the old mayor’s “mind is shot.”',
			['said the old mayor’s “mind is shot.”', 'Tom Reilly', 'said']
		],
		[
			'"X said" and a quoted phrase opening the report',
			'Tom Reilly runs the shop. Reilly said "it makes me angry" every time he reads the figures.',
			['said "it makes me angry" every time he reads the figures', 'Tom Reilly', 'said']
		],
		[
			'"X told reporters he …" ending in a quoted phrase',
			'Tom Reilly runs the shop. Reilly told reporters he thought Lena had "made up the story."',
			['told reporters he thought Lena had "made up the story."', 'Tom Reilly', 'told']
		],
		[
			'"X, who said …, …" (a relative clause)',
			'Maya Brooks, who said last week that the pier was safe, resigned on Friday.',
			['said last week that the pier was safe', 'Maya Brooks', 'said']
		],
		[
			'"…, X said, …" (the cue inside the report)',
			'The pier, Maya Brooks said, would reopen on Monday after the storm.',
			['The pier, Maya Brooks said, would reopen on Monday after the storm', 'Maya Brooks', 'said']
		],
		[
			'"X recalled that …"',
			'Maya Brooks recalled that the pier had flooded twice before.',
			['recalled that the pier had flooded twice before', 'Maya Brooks', 'recalled']
		],
		[
			'"X tweeted Monday that …"',
			'Tom Reilly tweeted Monday that the shop would close for good.',
			['tweeted Monday that the shop would close for good', 'Tom Reilly', 'tweeted']
		],
		[
			'"X responded that …"',
			'Tom Reilly runs the shop. Reilly responded that the figures were wrong.',
			['responded that the figures were wrong', 'Tom Reilly', 'responded']
		],
		[
			'"X reiterated that …"',
			'Maya Brooks reiterated that the pier would not be sold.',
			['reiterated that the pier would not be sold', 'Maya Brooks', 'reiterated']
		],
		[
			'"Xs argue that …" (a plural in the present)',
			'The Harbour Trust and its lawyers argue that the pier should reopen soon.',
			['argue that the pier should reopen soon', 'The Harbour Trust', 'argue']
		],
		[
			'"Xs argue that …" with no name for the source',
			'Harbour workers argue that the pier should reopen soon.',
			['argue that the pier should reopen soon', null, 'argue']
		],
		[
			'"X, who …, said Wednesday he …"',
			'Maya Brooks, who on Tuesday backed the plan, said Wednesday she agrees with the board.',
			['said Wednesday she agrees with the board', 'Maya Brooks', 'said']
		],
		[
			'"…, X noted, …" (another verb in commas inside its report)',
			'The ferry, Maya Brooks noted, has never once been late in ten years.',
			[
				'The ferry, Maya Brooks noted, has never once been late in ten years',
				'Maya Brooks',
				'noted'
			]
		],
		[
			'"…, according to X, …" in the middle of a sentence',
			'Since the storm, according to the harbour authority, the pier has lost half its boards.',
			[
				'Since the storm, according to the harbour authority, the pier has lost half its boards',
				'The harbour authority',
				'according to'
			]
		],
		[
			'"…: According to X, …" after a colon',
			'It has not gone unnoticed: According to the harbour authority, the pier has lost half its boards.',
			['the pier has lost half its boards', 'The harbour authority', 'According to']
		],
		[
			'"…, X told Y, …" (a cue with its listener in commas)',
			'Instead, Tom Reilly told the Gazette, the shop would stay open until June.',
			[
				'Instead, Tom Reilly told the Gazette, the shop would stay open until June',
				'Tom Reilly',
				'told'
			]
		],
		[
			'"X told reporters this was …"',
			'Tom Reilly told reporters this was the last chance to save the shop.',
			['told reporters this was the last chance to save the shop', 'Tom Reilly', 'told']
		],
		[
			'a report after the verb that cued a quote before it',
			'On Sunday on Radio North’s “Harbour Hour,” Tom Reilly said if the council voted no, the shop would close.',
			['said if the council voted no, the shop would close', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X said." holding a quoted phrase',
			'Tom Reilly runs the shop. The council tried to save the pier, and in doing so it "made a costly mistake," Reilly said.',
			[
				'The council tried to save the pier, and in doing so it "made a costly mistake,"',
				'Tom Reilly',
				'said'
			]
		],
		[
			'the words before ", said X, his title."',
			'The pier has lost half its boards, said Tom Reilly, the harbour master.',
			['The pier has lost half its boards', 'Tom Reilly', 'said']
		],
		[
			'"…, X said, must …" (a cue in commas before a modal)',
			'Maya Brooks runs the harbour. Those who live on the pier, Brooks said, must still register to do so.',
			[
				'Those who live on the pier, Brooks said, must still register to do so',
				'Maya Brooks',
				'said'
			]
		],
		[
			'"…, Xs say, …" with no name for the source',
			'The new pier, harbour engineers say, will need another year of work.',
			['The new pier, harbour engineers say, will need another year of work', null, 'say']
		],
		[
			'"…, X said, "…" …" (a quoted phrase after a cue in commas)',
			'Maya Brooks runs the harbour. The new pier, Brooks said, "is a fine example of patience" from the council.',
			[
				'The new pier, Brooks said, "is a fine example of patience" from the council',
				'Maya Brooks',
				'said'
			]
		],
		[
			'"by saying that …" (a gerund after a preposition)',
			'Maya Brooks runs the harbour. Brooks won the vote by saying that the pier would reopen in May.',
			['saying that the pier would reopen in May', 'Maya Brooks', 'saying']
		],
		[
			'"before insisting …"',
			'Tom Reilly runs the shop. Reilly thanked the crowd before insisting he had never lost faith in it.',
			['insisting he had never lost faith in it', 'Tom Reilly', 'insisting']
		],
		[
			'"with X noting that …"',
			'Maya Brooks runs the harbour. The council split on the plan, with Brooks noting that the pier had flooded twice.',
			['noting that the pier had flooded twice', 'Maya Brooks', 'noting']
		],
		[
			'"X is arguing that …" (a participle after "is")',
			'Maya Brooks runs the harbour. Brooks is arguing that the pier should stay open all winter.',
			['arguing that the pier should stay open all winter', 'Maya Brooks', 'arguing']
		],
		[
			'"X pointed out that …"',
			'Maya Brooks runs the harbour. Brooks pointed out that the pier had flooded twice in a year.',
			['pointed out that the pier had flooded twice in a year', 'Maya Brooks', 'pointed']
		],
		[
			'"X alleged that …"',
			'Tom Reilly runs the shop. Reilly alleged that the council had hidden the repair bill.',
			['alleged that the council had hidden the repair bill', 'Tom Reilly', 'alleged']
		],
		[
			'"As X reported, …"',
			'As the Harbour Gazette reported, the pier has lost half its boards since the storm.',
			[
				'As the Harbour Gazette reported, the pier has lost half its boards since the storm',
				'The Harbour Gazette',
				'reported'
			]
		],
		[
			'"But as X noted, …"',
			'Maya Brooks runs the harbour. But as Brooks noted, the ferry has never once been late.',
			['But as Brooks noted, the ferry has never once been late', 'Maya Brooks', 'noted']
		],
		[
			'"X accused a long name of …"',
			'Maya Brooks runs the harbour. Brooks accused harbour board chairman Tom Reilly of wasting money.',
			['accused harbour board chairman Tom Reilly of wasting money', 'Maya Brooks', 'accused']
		],
		[
			'"Xs insist …" (a plural in the present, its clause without "that")',
			'Maya Brooks runs the harbour. Brooks and her staff insist the pier is safe for now.',
			['insist the pier is safe for now', 'Maya Brooks', 'insist']
		],
		[
			'the words before ", X said;" and another clause',
			'Maya Brooks runs the harbour. The pier is safe for now, Brooks said; the ferry is another matter.',
			['The pier is safe for now', 'Maya Brooks', 'said']
		],
		[
			'the words before ", X said." holding a quoted title the verb did not cue',
			'Tom Reilly runs the shop. The new "Harbour Days" fair could bring in a thousand visitors, Reilly said.',
			['The new "Harbour Days" fair could bring in a thousand visitors', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X reported." holding a quoted phrase the verb did not cue',
			'In one email, Tom Reilly described how he had put a note in a “burn bag,” the Harbour Gazette reported.',
			[
				'In one email, Tom Reilly described how he had put a note in a “burn bag,”',
				'The Harbour Gazette',
				'reported'
			]
		],
		[
			'the words before ", X said in …" (where it was said after the verb)',
			'Maya Brooks runs the harbour. The pier will reopen in May, Brooks said in a video message to supporters.',
			['The pier will reopen in May', 'Maya Brooks', 'said']
		],
		[
			'", claiming …" after a quoted phrase holding the comma',
			'Maya Brooks runs the harbour. Brooks blamed the delay on a “bad engine,” claiming she had warned the board in May.',
			['claiming she had warned the board in May', 'Maya Brooks', 'claiming']
		],
		[
			'"…, according to the Rev. X, …" (a title before the name)',
			'Ada Nwosu leads the parish. The levy, according to the Rev. Ada Nwosu, hurts poor families most.',
			[
				'The levy, according to the Rev. Ada Nwosu, hurts poor families most',
				'Ada Nwosu',
				'according to'
			]
		],
		[
			'"…, according to an analysis by X" (a document, then who made it)',
			'Turnout rose by a third this spring, according to an analysis by the Harbour Policy Institute.',
			['Turnout rose by a third this spring', 'The Harbour Policy Institute', 'according to']
		],
		[
			'"…, according to a post from X" (a person)',
			'Maya Brooks runs the board. The vote will be close, according to a post from Maya Brooks.',
			['The vote will be close', 'Maya Brooks', 'according to']
		],
		[
			'", telling X that …" after the quote it cued',
			'Maya Brooks runs the harbour. Brooks praised the plan as "fantastic," telling reporters on Friday that the pier would reopen.',
			['telling reporters on Friday that the pier would reopen', 'Maya Brooks', 'telling']
		],
		[
			'"X told the Gazette that …" after the quote it cued',
			'Citing "family reasons," the mayor’s spokeswoman, Maya Brooks, told the Gazette that the mayor would skip the vote.',
			['told the Gazette that the mayor would skip the vote', 'Maya Brooks', 'told']
		],
		[
			'the words before ", X told reporters." holding two quoted words',
			'Maya Brooks runs the harbour. People should stop using words like “maybe” and “perhaps”, Brooks told reporters.',
			['People should stop using words like “maybe” and “perhaps”', 'Maya Brooks', 'told']
		],
		[
			'the words before ", said several Xs." (no name for the source)',
			'The pier may have been a bigger loss to the town than the ferry, said several residents.',
			['The pier may have been a bigger loss to the town than the ferry', null, 'said']
		],
		[
			'"X, a title, said Name\'s …" (a clause opening with a name after an apposition)',
			'Tom Reilly, the harbour master, said Brooks’s plan would cost the town a fortune.',
			['said Brooks’s plan would cost the town a fortune', 'Tom Reilly', 'said']
		],
		[
			'"X, a title, said Name verb…" (a name as the clause\'s subject after an apposition)',
			'Tom Reilly, the harbour master, said Brooks believes the pier will reopen in May.',
			['said Brooks believes the pier will reopen in May', 'Tom Reilly', 'said']
		],
		[
			'"X said — an aside — that …" (dashes between the verb and "that")',
			'Tom Reilly said — on the radio, as it happens — that the pier would reopen in May.',
			[
				'said — on the radio, as it happens — that the pier would reopen in May',
				'Tom Reilly',
				'said'
			]
		],
		[
			'"X said, an aside, that …" (commas between the verb and "that")',
			'Tom Reilly said, through a translator, that the pier would reopen in May.',
			['said, through a translator, that the pier would reopen in May', 'Tom Reilly', 'said']
		],
		[
			'"X announced …" (what is announced, no clause)',
			'Tom Reilly announced a series of new steps to tighten the rules on ferry tickets.',
			[
				'announced a series of new steps to tighten the rules on ferry tickets',
				'Tom Reilly',
				'announced'
			]
		],
		[
			'"X agreed to …" (what is agreed)',
			'Tom Reilly agreed to pay back the grant to the harbour trust by May.',
			['agreed to pay back the grant to the harbour trust by May', 'Tom Reilly', 'agreed']
		],
		[
			'"Xs argue …" with a clause in the past and no auxiliary',
			'Harbour workers argue the council ignored their survey of the pier.',
			['argue the council ignored their survey of the pier', null, 'argue']
		],
		[
			'", stating that …" (a participle of a verb of saying)',
			'Maya Brooks runs the harbour. Brooks defended the plan on Friday, stating that the pier would reopen in May.',
			['stating that the pier would reopen in May', 'Maya Brooks', 'stating']
		],
		[
			'", writing on Twitter that …"',
			'Maya Brooks runs the harbour. Brooks defended the plan on Friday, writing on Twitter that the pier would reopen in May.',
			['writing on Twitter that the pier would reopen in May', 'Maya Brooks', 'writing']
		],
		[
			'", announcing …" (what is announced, no clause)',
			'Maya Brooks runs the harbour. Brooks opened the meeting on Friday, announcing the appointment of a new harbour master.',
			['announcing the appointment of a new harbour master', 'Maya Brooks', 'announcing']
		],
		[
			'", recalling …" (what is recalled, no clause)',
			'Maya Brooks runs the harbour. Brooks spoke for an hour, recalling a visit to the pier by the old king.',
			['recalling a visit to the pier by the old king', 'Maya Brooks', 'recalling']
		],
		[
			'"After arguing that …, X …" (a gerund opening the sentence, its subject after it)',
			'Maya Brooks runs the harbour. After arguing that the pier was safe, Brooks voted to close it.',
			['arguing that the pier was safe', 'Maya Brooks', 'arguing']
		],
		[
			'"X reported spending …" (what is reported, no clause)',
			'Tom Reilly reported earning $2 million from the shop last year.',
			['reported earning $2 million from the shop last year', 'Tom Reilly', 'reported']
		],
		[
			'"X tweeted a …" (what is tweeted)',
			'Tom Reilly tweeted a photograph of the burned pier on Friday.',
			['tweeted a photograph of the burned pier on Friday', 'Tom Reilly', 'tweeted']
		],
		[
			'"X posted his …" (what is posted)',
			'Tom Reilly posted his thoughts on the vote on Facebook.',
			['posted his thoughts on the vote on Facebook', 'Tom Reilly', 'posted']
		],
		[
			'"X suggested Y went …" (a clause with a verb in the past that does not end in -ed)',
			'Tom Reilly suggested Brooks went too far with the new fees.',
			['suggested Brooks went too far with the new fees', 'Tom Reilly', 'suggested']
		],
		[
			'"X said in an interview he …" (where it was said, then the clause without "that")',
			'Tom Reilly said in an interview he would run again next year.',
			['said in an interview he would run again next year', 'Tom Reilly', 'said']
		],
		[
			'"X tweeted on Tuesday night he …" (when, then the clause without "that")',
			'Tom Reilly tweeted on Tuesday night he considered Brooks the winner of the vote.',
			[
				'tweeted on Tuesday night he considered Brooks the winner of the vote',
				'Tom Reilly',
				'tweeted'
			]
		],
		[
			'"…, they note, …" (a verb other than "say" in commas, its source no name)',
			'What is more, they note, there are plenty of other ferries that are cheaper.',
			['What is more, they note, there are plenty of other ferries that are cheaper', null, 'note']
		],
		[
			'"But as X pointed out, …" (a cue of two words in commas)',
			'Maya Brooks runs the harbour. But as Brooks pointed out, the new rules hurt the fishermen of the town.',
			[
				'But as Brooks pointed out, the new rules hurt the fishermen of the town',
				'Maya Brooks',
				'pointed'
			]
		],
		[
			'"X\'s promise to …" (a noun that carries a report, its owner the source)',
			'Tom Reilly runs the shop. Brooks mocked Reilly’s promise to build a new pier by May.',
			['promise to build a new pier by May', 'Tom Reilly', 'promise']
		],
		[
			'"her claim that …" (a noun that carries a report after a pronoun)',
			'Maya Brooks, 52, runs the harbour. Reilly doubted her claim that the pier would reopen in May.',
			['claim that the pier would reopen in May', 'Maya Brooks', 'claim']
		],
		[
			'"X recalled Y\'s …" (what is recalled, a noun phrase)',
			'Tom Reilly runs the shop. Reilly recalled Brooks’s kindness to the fishermen in the hard winter.',
			['recalled Brooks’s kindness to the fishermen in the hard winter', 'Tom Reilly', 'recalled']
		],
		[
			'"X acknowledged urging …" (a gerund)',
			'Tom Reilly runs the shop. Reilly acknowledged urging the council to raise the harbour fees.',
			['acknowledged urging the council to raise the harbour fees', 'Tom Reilly', 'acknowledged']
		],
		[
			'"X recalled what …"',
			'Tom Reilly runs the shop. Reilly recalled what it was like to work on the pier as a boy.',
			['recalled what it was like to work on the pier as a boy', 'Tom Reilly', 'recalled']
		],
		[
			'"X told Y he’d …" (a contracted subject)',
			'Tom Reilly runs the shop. Reilly told the Gazette he’d support Brooks in the vote.',
			['told the Gazette he’d support Brooks in the vote', 'Tom Reilly', 'told']
		],
		[
			'the words before ", said X, a long title."',
			'But the pier is not good enough, said Tom Reilly, a senior engineer at the harbour trust in the old market town of Ashby.',
			['But the pier is not good enough', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X said Wednesday morning on …" (when, then where)',
			'Tom Reilly runs the shop. The pier will reopen in May, he said Wednesday morning on Harbour Radio.',
			['The pier will reopen in May', 'Tom Reilly', 'said']
		],
		[
			'"…, which X said …, …" (a relative clause ends at its comma)',
			'The fees, which Brooks said had harmed local fishermen, were dropped on Monday.',
			['said had harmed local fishermen', 'Brooks', 'said']
		],
		[
			'"X warned Y against …"',
			'Tom Reilly warned the council against raising the harbour fees again next year.',
			[
				'warned the council against raising the harbour fees again next year',
				'Tom Reilly',
				'warned'
			]
		],
		[
			'the words before ", said a job Name." (what the speaker is before the name)',
			'The new pier will open in May, said harbour strategist Maya Brooks.',
			['The new pier will open in May', 'Maya Brooks', 'said']
		],
		[
			'the words before ", said Party job Name."',
			'The ferry fares will rise again, said Labour councillor Tom Reilly.',
			['The ferry fares will rise again', 'Tom Reilly', 'said']
		],
		[
			'"…, Xs in Y insist, …" (a group with a place, in commas)',
			'The pier is safe for now, officials in both towns insist, because the repairs are done.',
			[
				'The pier is safe for now, officials in both towns insist, because the repairs are done',
				null,
				'insist'
			]
		],
		[
			'"…, a wide range of Xs say, …" (a group described at length, in commas)',
			'Raising the fees too soon, a wide range of economists say, hurt the harbour trade.',
			[
				'Raising the fees too soon, a wide range of economists say, hurt the harbour trade',
				null,
				'say'
			]
		],
		[
			'the words before ", Xs say." (a plural noun, no name for the source)',
			'The ferry will need a new owner by the spring, analysts say.',
			['The ferry will need a new owner by the spring', null, 'say']
		],
		[
			'the words before ", X reported on Tuesday -- …" (a dash ends the cue)',
			'The harbour deficit will grow again this year, the harbour trust reported on Tuesday -- a blow to the mayor.',
			['The harbour deficit will grow again this year', 'The harbour trust', 'reported']
		],
		[
			'the words before ", X declared on Thursday, …" (a day, then what else happened)',
			'Maya Brooks won the harbour vote, the Ashby Gazette declared on Thursday, two days after the count.',
			['Maya Brooks won the harbour vote', 'The Ashby Gazette', 'declared']
		],
		[
			'the words before ", X said this week at …" (when, then where)',
			'Tom Reilly runs the shop. The pier needs a new roof, Reilly said this week at a meeting in Ashby.',
			['The pier needs a new roof', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X told the court in his filing."',
			'Tom Reilly runs the shop. The shop was only doing what other shops do, he told the court in his filing.',
			['The shop was only doing what other shops do', 'Tom Reilly', 'told']
		],
		[
			'"Xs have vowed to …" (a group named by a plural noun, a promise)',
			'Ferry workers have vowed to block the sale of the harbour company.',
			['vowed to block the sale of the harbour company', null, 'vowed']
		],
		[
			'"Since …, Xs have insisted …" (a group after an opening phrase)',
			'Since Monday, harbour traders have insisted the new fees would drive customers away.',
			['insisted the new fees would drive customers away', null, 'insisted']
		],
		[
			'"Xs warned the … would …" (a clause, no one told)',
			'Local traders warned the new fees would drive customers away.',
			['warned the new fees would drive customers away', null, 'warned']
		],
		[
			'"X said the … — an aside — would …" (a dash with its pair is no end)',
			'Tom Reilly said the pier — a costly one — would reopen in May.',
			['said the pier — a costly one — would reopen in May', 'Tom Reilly', 'said']
		],
		[
			'"…, Xs say, …, including …" (a report that is the whole sentence runs to its end)',
			'In the long run, many traders say, the fees could hurt the whole harbour, including the ferry.',
			[
				'In the long run, many traders say, the fees could hurt the whole harbour, including the ferry',
				null,
				'say'
			]
		],
		[
			'"X reiterated his …" (what is said again, a noun phrase)',
			'Tom Reilly runs the shop. Reilly reiterated his support for the new pier on Friday.',
			['reiterated his support for the new pier on Friday', 'Tom Reilly', 'reiterated']
		],
		[
			'"X stressed his …" (what is stressed, a noun phrase)',
			'Tom Reilly runs the shop. Reilly stressed his long experience on the harbour board.',
			['stressed his long experience on the harbour board', 'Tom Reilly', 'stressed']
		],
		[
			'"X recounted Y\'s …" (what is told, a noun phrase)',
			'Tom Reilly runs the shop. Reilly recounted his wife’s life on the island.',
			['recounted his wife’s life on the island', 'Tom Reilly', 'recounted']
		],
		[
			'"…, according to X, who …" (who X is, after the source)',
			'The new fees will hurt the poorest families, according to Jane Doyle, who advised the mayor.',
			['The new fees will hurt the poorest families', 'Jane Doyle', 'according to']
		],
		[
			'"… according to X, but …" (no comma before the cue)',
			'Brooks leads Reilly by 271 votes according to a count by the Ashby Gazette, but the race goes on.',
			['Brooks leads Reilly by 271 votes', 'The Ashby Gazette', 'according to']
		],
		[
			'"…, according to X - …" (a dash after the source)',
			'The pier lost $2 million last year, according to the harbour trust - half its income.',
			['The pier lost $2 million last year', 'The harbour trust', 'according to']
		],
		[
			'"But according to X, …"',
			'But according to reports in the local press, the mayor could not convince the board.',
			['the mayor could not convince the board', 'Reports', 'according to']
		],
		[
			'"(According to X, …)" in brackets',
			'(According to the harbour police, the pier keeps no records of the thefts.)',
			['the pier keeps no records of the thefts', 'The harbour police', 'According to']
		],
		[
			'"…, according to the "Title" document" (a quoted title in the source)',
			'The pier would cost about $3 million, according to the “Harbour Plan” report.',
			['The pier would cost about $3 million', 'The Harbour Plan report', 'according to']
		],
		[
			'"X argued <a subject of twelve words> would …" (a long subject before the clause\'s verb)',
			'Tom Reilly runs the shop. Reilly argued the council’s plan to sell the old harbour buildings to a developer would hurt the town.',
			[
				'argued the council’s plan to sell the old harbour buildings to a developer would hurt the town',
				'Tom Reilly',
				'argued'
			]
		],
		[
			'the words before ", said former job Name, who …" (what the speaker was, then the name)',
			'The harbour fund is $2 million short, said former harbour master Tom Reilly, who chairs the trust in the old market town of Ashby.',
			['The harbour fund is $2 million short', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X has said." (the cue in the perfect)',
			'Tom Reilly runs the shop. The council made a “mistake” over the harbour fees, Reilly has said.',
			['The council made a “mistake” over the harbour fees', 'Tom Reilly', 'said']
		],
		[
			'the words before ", X writes." holding a quoted phrase (the cue in the present)',
			'Maya Brooks is an “able mayor” who has won two elections in the town, the Ashby Gazette writes.',
			[
				'Maya Brooks is an “able mayor” who has won two elections in the town',
				'The Ashby Gazette',
				'writes'
			]
		],
		[
			'"Xs argue the … gives …" (a clause in the present, no auxiliary)',
			'But harbour workers argue the system gives too much power to the board.',
			['argue the system gives too much power to the board', null, 'argue']
		],
		[
			'", saying that …" after a source with no name',
			'Many of the older fishermen objected to the plan, saying that only a new pier would save the trade.',
			['saying that only a new pier would save the trade', null, 'saying']
		],
		[
			'"X said Sunday in Town, Region, that …" (where it was said, in commas)',
			'Tom Reilly runs the shop. Reilly said Sunday in Ashby, Devon, that he was hoping for a large turnout.',
			['said Sunday in Ashby, Devon, that he was hoping for a large turnout', 'Tom Reilly', 'said']
		],
		[
			'"As reported by X, …" (the passive of "As X reported, …")',
			'As reported by the Ashby Gazette, the harbour trust lost half its income last year.',
			['the harbour trust lost half its income last year', 'The Ashby Gazette', 'As reported by']
		],
		[
			'the words before ", as X reported a few days later." (when, not what is reported)',
			'The harbour board discussed a walkout over the ouster, as the Ashby Gazette reported a few days later.',
			['The harbour board discussed a walkout over the ouster', 'The Ashby Gazette', 'reported']
		],
		[
			'"(As X reported, …)" in brackets',
			'(As the Ashby Gazette first reported, the harbour trust lost half its income last year.)',
			[
				'As the Ashby Gazette first reported, the harbour trust lost half its income last year',
				'The Ashby Gazette',
				'reported'
			]
		],
		[
			'", calling X Y" (a participle naming what someone is called)',
			'Tom Reilly runs the shop. Reilly responded on Twitter, calling the plan a disgrace to the town.',
			['calling the plan a disgrace to the town', 'Tom Reilly', 'calling']
		],
		[
			'the subject right before the verb, in a second clause after "while"',
			'Maya Brooks, 52, proposed a new harbour tax, while Tom Reilly in a blog post said he would cut the ferry fares.',
			['said he would cut the ferry fares', 'Tom Reilly', 'said']
		],
		[
			'the subject right before the verb, in a clause after "after"',
			'Maya Brooks, 52, left the meeting early after Tom Reilly said he would cut the ferry fares.',
			['said he would cut the ferry fares', 'Tom Reilly', 'said']
		],
		[
			'the subject right before the verb, after an outlet and a role',
			'Maya Brooks, 52, left the stage after Gazette senior editor Tom Reilly noted that the ferry fares had doubled.',
			['noted that the ferry fares had doubled', 'Tom Reilly', 'noted']
		],
		[
			'the subject after an adverbial chunk that names someone else',
			'Shortly after Maya Brooks was declared the winner, Tom Reilly told the crowd that he would run again next year.',
			['told the crowd that he would run again next year', 'Tom Reilly', 'told']
		],
		[
			"a person's role, then the name in commas with a long apposition",
			"Maya Brooks, 52, won. Brooks's harbour chairman, Tom Reilly, a former ferry captain who joined last year, said the fares had doubled.",
			['said the fares had doubled', 'Tom Reilly', 'said']
		],
		[
			'a name inside a phrase after the subject, then the subject named in commas',
			'Maya Brooks, 52, won. Another delegate on the Brooks slate, Tom Reilly, said the fares had doubled.',
			['said the fares had doubled', 'Tom Reilly', 'said']
		],
		[
			'a name in commas right before the verb, after a role of a body',
			'The director of the Harbour Centre, Ina Kirsch, told the Gazette her group never worked with the council.',
			['told the Gazette her group never worked with the council', 'Ina Kirsch', 'told']
		],
		[
			'"As" an organisation "reported," with two namesakes named before',
			'Maya Brooks and Tom Brooks spoke. As The Ashcombe Gazette reported, the pier would close in May.',
			[
				'As The Ashcombe Gazette reported, the pier would close in May',
				'The Ashcombe Gazette',
				'reported'
			]
		],
		[
			'a source asking not to be named in an aside: that is no report of theirs',
			"One resident's son, who asked not to be named, said in a statement that his mother had been frightened.",
			['said in a statement that his mother had been frightened', "One resident's son", 'said']
		],
		[
			'a source requesting anonymity in an aside',
			'A harbour worker, who requested anonymity because he feared for his job, said the pier was unsafe.',
			['said the pier was unsafe', 'A harbour worker', 'said']
		],
		[
			'"the president" for the person a title opening a sentence made president',
			'President Ana Silva spoke first. Maya Brooks joined her later. The president told voters she would stay.',
			['told voters she would stay', 'Ana Silva', 'told']
		],
		[
			'a sentence after a dateline with a news agency',
			'Ashcombe (AFP) – Mayor Maya Brooks has taken a swipe at her rival, saying that the plan does more harm than good.',
			['saying that the plan does more harm than good', 'Maya Brooks', 'saying']
		],
		[
			'the subject of a second clause after ", while", with an apposition',
			'Maya Brooks, 52, signed an order on Monday, while Tom Reilly, the former harbour master, proposed a new tax and said the fares had doubled.',
			['said the fares had doubled', 'Tom Reilly', 'said']
		]
	])('finds %s', (_kind, text, expected) => {
		expect(reportsOf(text)).toEqual([expected]);
	});

	it('ends a report where the next clause starts, and reports that clause too', () => {
		// ", adding that…" is the same speaker's reported speech: a report of its own.
		expect(
			reportsOf('Maya Brooks said the pier would reopen, adding that the ferry would follow.')
		).toEqual([
			['said the pier would reopen', 'Maya Brooks', 'said'],
			['adding that the ferry would follow', 'Maya Brooks', 'adding']
		]);
	});

	it.each([
		['a negated verb', 'Maya Brooks did not say the pier would reopen.'],
		['a passive', 'The closure was announced on Monday by the harbour authority.'],
		['a claim nobody owns', 'The claim that the pier is safe was never tested by anyone.'],
		['"reported" as an adjective', 'A reported $2 million was spent on the new pier last year.'],
		['"argue" with an object', 'Harbour workers argue the proposed plan for the pier at length.'],
		['"said" and its object', 'Gov. Maya Brooks said goodbye to the harbour staff on Friday.'],
		[
			'the name after an inverted "…, said"',
			'Gov. Tom Reilly wants the pier to reopen, said Maya Brooks of the harbour board.'
		],
		['a participle without a comma', 'The share of residents saying the pier should reopen rose.'],
		[
			'a story told',
			'Maya Brooks runs the harbour. Brooks told the story of a man she met in the harbour.'
		],
		[
			'a plural noun that looks like a reporting verb',
			'Maya Brooks runs the harbour. Brooks wants the rules for the harbour to go.'
		],
		['the verb that cues a quote', '"The pier is safe," Maya Brooks said.'],
		[
			'"stressed" as an adjective',
			'Tom Reilly runs the shop. The stressed fishermen mentioned nothing.'
		],
		['"according to plan"', 'Everything went ahead with the pier repairs according to plan.'],
		[
			'", saying …" after one person described, not named (another stage resolves the epithet)',
			'The veteran lawmaker began by talking about the harbour, saying that the wall is now cheaper.'
		],
		[
			'a group with no name that asks',
			'Many readers asked questions about the claim that the pier is safe.'
		]
	])('finds nothing in %s', (_kind, text) => {
		expect(reportsOf(text)).toEqual([]);
	});

	it('reports nothing of someone who asked not to be named', () => {
		expect(
			reportsOf('Maya Brooks runs the harbour. A worker, who asked not to be named, left early.')
		).toEqual([]);
	});
});

describe('reported: a quoted phrase inside a report', () => {
	/** The direct statements of a text: their words and their source's label. */
	function quotesOf(text: string) {
		const result = suggest(text);
		const label = new Map(result.sources.map((s) => [s.id, s.label]));
		return result.statements
			.filter((s) => s.form === 'direct')
			.map((s) => [s.content, s.source === null ? null : label.get(s.source)]);
	}

	it('is the words of the person who reports, even about someone else', () => {
		expect(
			quotesOf(
				'Tom Reilly runs the shop. Reilly said Maya Brooks had been "a disaster for the harbour."'
			)
		).toEqual([['a disaster for the harbour.', 'Tom Reilly']]);
	});
});
