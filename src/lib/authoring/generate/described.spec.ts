// Facts told in a description between commas, each expectation written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { readAndSuggest } from '../suggest';
import { described } from './described';
import { namings } from './people';

function claimsOf(text: string) {
	const { article } = readAndSuggest(text);
	return described(article, namings(article)).map(
		(f) => [f.supported.claim, f.supported.evidence, f.refuted] as const
	);
}

describe('facts told in a description between commas', () => {
	it.each([
		[
			'a role with "a", before "who"',
			'Jamal Okonkwo, a nurse who uses the bikes to get to work, says he walked two miles.',
			['Jamal Okonkwo is a nurse.']
		],
		[
			'what someone does, in "who …"',
			"Councilmember Ruth Adeyemi, who chairs the council's transportation committee, called that delay unacceptable.",
			["Ruth Adeyemi chairs the council's transportation committee."]
		],
		[
			'a year after "since" tells a span up to now, not a time past',
			'Dr Marta Solberg, a glaciologist who has worked on the ice cap since 2009, led the team.',
			['Marta Solberg is a glaciologist.']
		],
		[
			// PolNeAR train (fifteenth session): "Barack Obama is the As president.", "a So Labor
			// secretary": the sentence's opening word is no part of the title.
			"a title after the sentence's opening conjunction",
			'So Labor Secretary Tom Perez said the rule was fair.',
			['Tom Perez is the Labor secretary.']
		],
		[
			'a body described by what was done to it',
			'The Ashcombe Flood Group, formed by residents in 2019, has long argued for a wall.',
			['The Ashcombe Flood Group was formed by residents in 2019.']
		],
		[
			'the part that copies too much is cut where the clause entails it',
			'Prof. James Okafor spoke first. Okafor, who built the computer model that combines the images, was blunter.',
			['James Okafor built the computer model.']
		],
		[
			'a title before the name',
			'Station Commander Raj Patel of Westshire Fire and Rescue Service said crews had been sent.',
			['Raj Patel is a station commander.']
		],
		[
			'a title keeps the capitals of a name or an initialism in it',
			'NYPD Commissioner James Reilly said the cause was not known. Democratic nominee Ana Silva said she had been briefed.',
			['James Reilly is the NYPD commissioner.', 'Ana Silva is the Democratic nominee.']
		],
		[
			// PolNeAR dev (eleventh session): "an European Council president".
			'a title that opens with a vowel sounded "you"',
			'European Council President Donald Tusk said the talks would go on.',
			['Donald Tusk is the European Council president.']
		],
		[
			'a title that opens with a vowel, its modifier in lower case',
			'Interim DNC Chairwoman Donna Brazile said she was ready.',
			['Donna Brazile is the interim DNC chairwoman.']
		],
		[
			// PolNeAR train (fourteenth session): "Debbie Wasserman Schultz is a DNC chair." — a post
			// one person holds, named by its body, takes "the".
			'an initialism keeps its capitals; a post one person holds takes "the"',
			'Wells Fargo CEO John Stumpf said he was sorry.',
			['John Stumpf is the Wells Fargo CEO.']
		],
		[
			'a role in lower case before the name',
			'Industry analyst Leah Raman said outages of this kind were rare.',
			['Leah Raman is an industry analyst.']
		],
		[
			// PolNeAR train: "Her son John" is no title ("John Schlafly is a her son").
			'a possessive before the name is no title',
			'Phyllis Schlafly wrote the book. Her son John Schlafly gained attention in 1992.',
			[]
		],
		[
			// PolNeAR train (twelfth session): "Eric Kingson is running for Congress and." — the first
			// of two joined descriptions is said whole.
			'the first of two descriptions joined by "and who"',
			'The senator rallied for an academic named Eric Kingson, who is running for Congress and who worked the crowd, praising his integrity.',
			['Eric Kingson is running for Congress.']
		],
		[
			// Held-out tribunal-ban: "Westbury" is a club's name, written so mid-sentence too.
			'a name opening the sentence keeps its capital',
			'Westbury midfielder Jack Halloran will miss three matches. "We will appeal," the Westbury coach said.',
			['Jack Halloran is a Westbury midfielder.']
		],
		[
			// PolNeAR train (fourteenth session): "Barack Obama is a US president.", "Karen Weaver is a
			// Flint mayor."
			'a post one person holds, named by its place or country, takes "the"',
			'US President Barack Obama spoke first. Flint Mayor Karen Weaver said the water was unsafe.',
			['Barack Obama is the US president.', 'Karen Weaver is the Flint mayor.']
		],
		[
			'a deputy\'s post keeps "a"',
			'Deputy director Tom Hale said the race was close.',
			['Tom Hale is a deputy director.']
		]
	])('%s', (_, text, expected) => {
		expect(claimsOf(text).map(([c]) => c)).toEqual(expected);
		// Supported only: a description of one person given to another is not contradicted by the text.
		expect(
			claimsOf(text).every(([, evidence, refuted]) => evidence.length === 1 && refuted === null)
		).toBe(true);
	});

	it.each([
		[
			'a negation in the description',
			'Dr Lena Hartmann, who was not involved in the work, said it was a sample.'
		],
		[
			'a description about a time still to come',
			'Tom Reilly, who will retire in May, said he was sad.'
		],
		[
			'no description: a plain apposition of place',
			'Tom Reilly, of Dunmore Road, said he was sad.'
		],
		[
			// PolNeAR train (fourteenth session): "Barack Obama is a president." says nothing of what.
			'a post one person holds, named by nothing',
			'President Barack Obama said the trend was clear. Chairman Tom Hale agreed.'
		],
		[
			// PolNeAR train (fourteenth session): "state Rep. Gilda Cobb-Hunter, a member of the Democratic
			// National Committee," gave "Gilda Cobb-Hunter is a member."
			'a role that needs what it is of',
			'Gilda Cobb-Hunter, a member of the Democratic National Committee, recalled the vote. Ana Silva, a spokeswoman for the council, agreed.'
		],
		[
			// PolNeAR train (fourteenth session): "Mike Lee declared in the debate spin room." — what he
			// declared is in the quote after.
			'a verb of saying whose words come after',
			'Cruz won the endorsement of Mike Lee, who declared in the debate spin room, "It is time to unite."'
		],
		['a title the name holds is no claim', 'President Obama said the trend was clear. Obama left.'],
		['a courtesy title is no role', 'Dr Lena Hartmann said it was a sample. Mrs Ana Silva agreed.'],
		[
			'a title someone held before: "former President Tom Reilly" is no president (PolNeAR train)',
			'A woman who accused former President Tom Reilly of lying said he called her on Sunday.'
		],
		[
			// PolNeAR train (fifteenth session): "Freddy is a fun-loving airline pilot." of a man who died
			// in 1981, and "Michele Bachmann is a representative." of one who had left Congress.
			'a role in the present of someone the text tells is dead or gone from the post',
			'Tom Reilly, a fun-loving airline pilot, joked at the table. Reilly died in 1981. Representative Ana Silva spoke at the party last year. It was her last party before leaving Congress, Silva said.'
		],
		[
			// PolNeAR train (fifteenth session): "In 1999, … Representative James E. Rogan … lined up";
			// "… in 1986 in exchange for Nick Daniloff, a reporter for U.S. News": a role then, maybe not now.
			'a role told in a sentence of a given year',
			'In 1999, Representative Tom Reilly lined up with his wife. Reagan freed a spy in 1986 in exchange for Ana Silva, a reporter for the Herald.'
		],
		[
			"a one-holder post after the sentence's opening word",
			'As President Barack Obama lectured the nation, Donald Trump responded.'
		],
		['a description that is a quote', 'Tom Reilly, who called it "a disgrace", said he was sad.'],
		[
			// PolNeAR train: "Conservative Solutions PAC is led the way." — "led" with an object is no
			// passive of what was done to it.
			'a participle with an object, not the passive of what was done',
			'A super PAC supporting Marco Rubio, Conservative Solutions PAC, led the way, dropping $2.5 million on ads.'
		],
		[
			// PolNeAR train: "Governor Kasich unless he trips." — "unless" is no verb in "-s".
			'a "who" clause opened by a conjunction',
			'The most logical target is John Kasich, who unless he trips, should have delegates to bargain.'
		],
		[
			'a description whose time would be cut to fit six words',
			'The Ashcombe Flood Group, formed by residents after similar flooding in 2019, has long argued for a wall.'
		]
	])('refuses %s', (_, text) => {
		expect(claimsOf(text)).toEqual([]);
	});
});
