import { describe, expect, it } from 'vitest';
import type { Article } from './article';
import { findNames } from './find-names';
import { findMentions } from './mentions';
import { readArticle } from './paragraphs';

/** The article after the names and mentions stages. */
function mentioned(text: string): Article {
	const article = readArticle(text);
	findNames(article);
	findMentions(article);
	return article;
}

/** Every mention in document order: its words, whom they stand for, and how. */
const mentionsOf = (text: string) =>
	[...mentioned(text).byParagraph.values()]
		.flat()
		.map((m) => [m.text, m.entity.label, m.kind, m.entity.kind]);

describe('findMentions: names, noun phrases and pronouns, each resolved as it is met', () => {
	it.each([
		[
			'a pronoun for the person named before it',
			'Maya Brooks, 52, chairs the board. She said the vote was close.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['She', 'Maya Brooks', 'pronoun', 'person']
			]
		],
		[
			'a pronoun for the person of its gender',
			'Mrs Ellen Okafor met Mr Tom Reilly. He said the deal was done.',
			[
				['Mrs Ellen Okafor', 'Ellen Okafor', 'name', 'person'],
				['Mr Tom Reilly', 'Tom Reilly', 'name', 'person'],
				['He', 'Tom Reilly', 'pronoun', 'person']
			]
		],
		[
			'a group noun opening a sentence is a group, not a person ("Aides said", as "Officials said")',
			'Maya Brooks, 52, left early. Aides said she was tired.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['Aides', 'Aides', 'name', 'body'],
				['she', 'Maya Brooks', 'pronoun', 'person']
			]
		],
		[
			'an organisation named by what it is',
			'The ferry company said sailings would resume.',
			[['The ferry company', 'The ferry company', 'np', 'body']]
		],
		[
			'someone new, named by role',
			'A council spokesperson said the road would reopen.',
			[['A council spokesperson', 'A council spokesperson', 'np', 'person']]
		],
		[
			'an epithet learnt from an apposition',
			'The mayor, Helen Achterberg, opened the bridge. The mayor said it was overdue.',
			[
				['The mayor', 'Helen Achterberg', 'np', 'person'],
				['Helen Achterberg', 'Helen Achterberg', 'name', 'person'],
				['The mayor', 'Helen Achterberg', 'np', 'person']
			]
		],
		[
			'an age as an epithet',
			'Lena Hartmann, 58, leads the team. The 58-year-old said the ice was thinning.',
			[
				['Lena Hartmann', 'Lena Hartmann', 'name', 'person'],
				['The 58-year-old', 'Lena Hartmann', 'np', 'person']
			]
		],
		[
			"a person's office, and the person apart from it",
			'Maya Brooks, the senator, is away. Her office said she would return on Monday.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['Her office', "The senator's office", 'np', 'body'],
				['she', 'Maya Brooks', 'pronoun', 'person']
			]
		],
		[
			'a statement standing for whoever made it',
			'"We regret the delay," Maya Brooks said in a statement. The statement said repairs would take a week.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['The statement', 'Maya Brooks', 'np', 'person']
			]
		],
		[
			'a person named by a role that names whose they are, not whose',
			'Grace Okoro toured the port. Okoro spokesman Tom Reilly said the deal was done.',
			[
				['Grace Okoro', 'Grace Okoro', 'name', 'person'],
				['Tom Reilly', 'Tom Reilly', 'name', 'person']
			]
		],
		[
			'a longer role after the name it names',
			'Sen. Maya Brooks spoke first. Brooks senior campaign adviser Dan Ferris said the polls were wrong.',
			[
				['Sen. Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['Dan Ferris', 'Dan Ferris', 'name', 'person']
			]
		],
		[
			'a person after a role that is a party',
			'"It is frustrating," said Oversight ranking Democrat Ellen Okafor.',
			[['Democrat Ellen Okafor', 'Ellen Okafor', 'name', 'person']]
		],
		[
			'an institution named by one word after "the"',
			'"It is final," the Kremlin said. The Pentagon says it disagrees.',
			[
				['Kremlin', 'The Kremlin', 'name', 'body'],
				['The Pentagon', 'The Pentagon', 'name', 'body']
			]
		],
		[
			'an organisation after "As" opening a sentence, from "The"',
			'As The Ashcombe Gazette reported, the pier is unsafe.',
			[['The Ashcombe Gazette', 'The Ashcombe Gazette', 'name', 'body']]
		],
		[
			'an institution named by one word after "the", an adverb before its verb',
			'As The Gazette recently noted, the pier is unsafe.',
			[['The Gazette', 'The Gazette', 'name', 'body']]
		],
		[
			'a person after a role and "the Rev."',
			'The Vatican says so. Vatican spokesman the Rev. Tom Gill told reporters the visit was off.',
			[
				['The Vatican', 'The Vatican', 'name', 'body'],
				['Rev. Tom Gill', 'Tom Gill', 'name', 'person']
			]
		],
		[
			'a person after a place and a role in a body',
			'The Harbour Trust met. Harbour Trust chapter president Tom Gill told the Gazette the case was weak.',
			[
				['The Harbour Trust', 'The Harbour Trust', 'name', 'body'],
				['Tom Gill', 'Tom Gill', 'name', 'person']
			]
		],
		[
			'a person after a party and a role',
			'GOP presidential front-runner Tom Gill has called for a recount.',
			[['Tom Gill', 'Tom Gill', 'name', 'person']]
		],
		[
			'a person after an agency and a role',
			'Former FBI agent Tom Gill explained that the law was broad.',
			[['Tom Gill', 'Tom Gill', 'name', 'person']]
		],
		[
			"a person's campaign, a body apart from the person",
			'Maya Brooks spoke first. The Brooks campaign said the figures were wrong.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['The Brooks campaign', 'The Brooks campaign', 'np', 'body']
			]
		],
		[
			"a person's campaign by the possessive, the same body",
			"Maya Brooks, 52, spoke first. Brooks's campaign said the figures were wrong. The Brooks campaign agreed.",
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				["Brooks's", 'Maya Brooks', 'name', 'person'],
				['campaign', 'The Brooks campaign', 'np', 'body'],
				['The Brooks campaign', 'The Brooks campaign', 'np', 'body']
			]
		],
		[
			"a person's campaign by a pronoun",
			'Maya Brooks, 52, spoke first. Her campaign said the figures were wrong.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['Her campaign', 'The Brooks campaign', 'np', 'body']
			]
		],
		[
			"a president's administration, a body",
			'President Ana Silva flew home. The Silva administration says talks will go on.',
			[
				['President Ana Silva', 'Ana Silva', 'name', 'person'],
				['The Silva administration', 'The Silva administration', 'np', 'body']
			]
		],
		[
			// Held-out scooter-recall: "The company said" was a body of its own, and "ScootDirect said"
			// made a person of the retailer.
			'a business by the word that introduced it, and by "the company"',
			'Scooters sold by the Leeds firm Voltra Mobility caught fire. The company said a fault was to blame. The regulator fined the online retailer ScootDirect £250,000. ScootDirect said it would appeal. A spokesman for the retailer said the warning went astray.',
			[
				['Voltra Mobility', 'Voltra Mobility', 'name', 'body'],
				['The company', 'Voltra Mobility', 'np', 'body'],
				['ScootDirect', 'ScootDirect', 'name', 'body'],
				['ScootDirect', 'ScootDirect', 'name', 'body'],
				['A spokesman', 'A spokesman for the retailer', 'np', 'person'],
				['the retailer', 'ScootDirect', 'np', 'body']
			]
		],
		[
			'a regulator by the name of the office it is',
			'The Office for Product Safety and Standards said on Wednesday that the scooter posed a risk. The regulator said it would not prosecute.',
			[
				[
					'The Office for Product Safety and Standards',
					'The Office for Product Safety and Standards',
					'name',
					'body'
				],
				['The regulator', 'The Office for Product Safety and Standards', 'np', 'body']
			]
		]
	])('finds %s', (_kind, text, expected) => {
		expect(mentionsOf(text)).toEqual(expected);
	});

	// Unnamed sources: the article's own words for them, never a person named nearby.
	it.each([
		[
			'an adviser "to" someone named',
			'Maya Brooks spoke first. "It is close," said a longtime adviser to Brooks.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['a longtime adviser to Brooks', 'A longtime adviser to Brooks', 'np', 'person']
			]
		],
		[
			'a name inside the description',
			'"It is close," said a senior Brooks adviser.',
			[['a senior Brooks adviser', 'A senior Brooks adviser', 'np', 'person']]
		],
		[
			'a party member from a place',
			'"It is close," said one New Hampshire Republican.',
			[['one New Hampshire Republican', 'One New Hampshire Republican', 'np', 'person']]
		],
		[
			'an aide with a long description',
			'"It is close," said one former party leadership aide.',
			[['one former party leadership aide', 'One former party leadership aide', 'np', 'person']]
		],
		[
			'a person familiar with something',
			'"It is close," said a person familiar with the talks.',
			[['a person familiar with the talks', 'A person familiar with the talks', 'np', 'person']]
		],
		[
			'an official after "according to", with a "who" clause',
			'"It is close," according to a senior harbour official who spoke on the condition of anonymity.',
			[['a senior harbour official', 'A senior harbour official', 'np', 'person']]
		],
		[
			'people briefed on something, as the subject',
			'Two people briefed on the matter said the deal was off.',
			[['Two people briefed on the matter', 'Two people briefed on the matter', 'np', 'body']]
		],
		[
			'the second of several officials',
			'Maya Brooks, an official, spoke. "We expected it," said the second official.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['the second official', 'The second official', 'np', 'person']
			]
		],
		[
			'the same aide again',
			'"It is close," one aide said. Later the aide added that it was not over.',
			[
				['one aide', 'One aide', 'np', 'person'],
				['the aide', 'One aide', 'np', 'person']
			]
		],
		[
			'a narrator',
			'"Vote for change," says a narrator.',
			[['a narrator', 'A narrator', 'np', 'person']]
		],
		[
			'"another" on its own',
			'Maya Brooks, 52, spoke. Another said the hall was half empty.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['Another', 'Another', 'np', 'person']
			]
		],
		[
			'"the insider" when nobody named is one',
			'Maya Brooks, 52, leads the firm. "Nobody minds," the insider said.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['the insider', 'The insider', 'np', 'person']
			]
		],
		[
			'one of several',
			'Maya Brooks, 52, spoke. "It was awful," said one of two witnesses.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['one of two witnesses', 'One of two witnesses', 'np', 'person']
			]
		],
		[
			'a user online',
			'Maya Brooks, 52, spoke. "She is great," one user wrote.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['one user', 'One user', 'np', 'person']
			]
		]
	])('finds an unnamed source: %s', (_kind, text, expected) => {
		expect(mentionsOf(text)).toEqual(expected);
	});

	// Organisations and documents speaking: bodies, not the person named before them.
	it.each([
		[
			'a report nobody is named as making',
			'Tom Reilly, 61, runs the shop. "Trade fell by half," the report said.',
			[
				['Tom Reilly', 'Tom Reilly', 'name', 'person'],
				['the report', 'The report', 'np', 'body']
			]
		],
		[
			'a newspaper writing',
			'Maya Brooks, 52, spoke. "She should go," the conservative newspaper wrote.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['the conservative newspaper', 'The conservative newspaper', 'np', 'body']
			]
		],
		[
			'a campaign',
			'Maya Brooks spoke. "We are ready," the Brooks campaign said.',
			[
				['Maya Brooks', 'Maya Brooks', 'name', 'person'],
				['the Brooks campaign', 'The Brooks campaign', 'np', 'body']
			]
		],
		[
			'an editorial',
			'"The mayor must resign," the editorial said.',
			[['the editorial', 'The editorial', 'np', 'body']]
		],
		[
			'a company named before, by a word of its name',
			'Harbour Foods Holdings cut 300 jobs. "We had no choice," the company said.',
			[
				['Harbour Foods Holdings', 'Harbour Foods Holdings', 'name', 'body'],
				['the company', 'Harbour Foods Holdings', 'np', 'body']
			]
		],
		[
			'a group named before, by a word of its name',
			'The Ada Nwosu Foundation gave grants. "We are proud," the group said.',
			[
				['The Ada Nwosu Foundation', 'The Ada Nwosu Foundation', 'name', 'body'],
				['the group', 'The Ada Nwosu Foundation', 'np', 'body']
			]
		],
		['a crowd', '"Out!" the crowd yelled.', [['the crowd', 'The crowd', 'np', 'body']]],
		['groups', '"We will sue," the groups said.', [['the groups', 'The groups', 'np', 'body']]]
	])('finds a body speaking: %s', (_kind, text, expected) => {
		expect(mentionsOf(text)).toEqual(expected);
	});

	// An epithet with a qualifier is the person the qualifier fits, not merely the last one named.
	it.each([
		[
			'a party before a role is no body of its own ("the GOP front-runner")',
			'Maya Brooks won the vote. The GOP front-runner said the count was fair.',
			['Maya Brooks', 'Maya Brooks']
		],
		[
			'"the president" is not the vice president',
			'On Monday, President Maya Brooks met Vice President Tom Reilly. Reilly left early. The president said the talks went well.',
			['Maya Brooks', 'Tom Reilly', 'Tom Reilly', 'Maya Brooks']
		],
		[
			'"the vice president" is the one whose title said so',
			'On Monday, President Maya Brooks met Vice President Tom Reilly. Brooks left early. The vice president said the talks went well.',
			['Maya Brooks', 'Tom Reilly', 'Maya Brooks', 'Tom Reilly']
		],
		[
			'an epithet opening the main clause is whom the clause before it named',
			'Sen. Dan Ferris spoke. Though Maya Brooks lost, the front-runner said she would run again.',
			['Dan Ferris', 'Maya Brooks', 'Maya Brooks', 'Maya Brooks']
		],
		[
			"an epithet speaking after a quote may be the sentence's subject",
			'Tom Reilly spoke on Monday. Dan Ferris defends his record in an ad: "Our borders matter," the senator says to the camera.',
			['Tom Reilly', 'Dan Ferris', 'Dan Ferris', 'Dan Ferris']
		],
		[
			"but an epithet after the subject's own verb is someone else",
			'Dan Ferris praised Tom Reilly, and the senator said the vote was close.',
			['Dan Ferris', 'Tom Reilly', 'Tom Reilly']
		],
		[
			'a state in brackets after the name ("(D-Ohio)")',
			'Sen. Maya Brooks (D-Ohio) met Sen. Dan Ferris (R-Texas). Ferris left early. The Ohio senator said the bill would pass.',
			['Maya Brooks', 'Dan Ferris', 'Dan Ferris', 'Maya Brooks']
		],
		[
			'a state abbreviated in commas after the name (", R-Fla.,")',
			'Sen. Dan Ferris, R-Fla., spoke after Sen. Maya Brooks, D-N.J., had left. Brooks was tired. The Florida senator said the bill would fail.',
			['Dan Ferris', 'Maya Brooks', 'Maya Brooks', 'Dan Ferris']
		],
		[
			'a state before the title ("New Jersey Gov.")',
			'New Jersey Gov. Dan Ferris toured the port with Ohio Gov. Maya Brooks. Brooks left early. The New Jersey governor told reporters it was a success.',
			['Dan Ferris', 'Maya Brooks', 'Maya Brooks', 'Dan Ferris']
		],
		[
			'"the senator from Ohio", the state known from "of Ohio"',
			'Two senators, Maya Brooks of Ohio and Dan Ferris of Texas, spoke. Ferris left early. The senator from Ohio said the bill would pass.',
			['Maya Brooks', 'Dan Ferris', 'Dan Ferris', 'Maya Brooks']
		]
	])('resolves a qualified epithet: %s', (_kind, text, expected) => {
		expect(mentionsOf(text).map((m) => m[1])).toEqual(expected);
	});

	// A campaign named by its candidate is the campaign wherever it stands, not the candidate.
	it.each([
		[
			'"the Brooks campaign" whatever its verb',
			'Maya Brooks spoke. Last week, the Brooks campaign also called on the agency to act.',
			['Maya Brooks', 'The Brooks campaign']
		],
		[
			'an apostrophe with no s ("Ferris’ campaign")',
			'Dan Ferris spoke. Ferris’ campaign called the report unfair.',
			['Dan Ferris', 'The Ferris campaign']
		],
		[
			'a surname and "campaign" with no determiner',
			'Dan Ferris spoke. Ferris campaign says the lines were long.',
			['Dan Ferris', 'The Ferris campaign']
		],
		[
			"an owner's campaign opening the clause, whatever its verb",
			"Dan Ferris spoke. In reply, Ferris's campaign took the unusual step of blaming the agency.",
			['Dan Ferris', 'Dan Ferris', 'The Ferris campaign']
		],
		[
			"but not an owner's campaign spoken of",
			"Dan Ferris spoke. Maya Brooks mocked Ferris's campaign for its slogans.",
			['Dan Ferris', 'Maya Brooks', 'Dan Ferris']
		],
		[
			'but a role in the campaign names its own person',
			'Dan Ferris spoke. Ferris campaign manager Tom Reilly said the lines were long.',
			['Dan Ferris', 'Tom Reilly']
		]
	])('finds a campaign: %s', (_kind, text, expected) => {
		expect(mentionsOf(text).map((m) => m[1])).toEqual(expected);
	});

	it.each([
		[
			'after the verb, past a name in capitals inside the role',
			'"The odds are even," said another leading Supreme Court advocate, Dan J. Ferris of the firm Ferris Lowe.',
			// "the firm Ferris Lowe": a body, as its word says.
			['Dan J. Ferris', 'Ferris Lowe']
		],
		[
			'before the verb',
			'An Israeli blogger, Tal Ben-Ami, reported this week that she had seen the video.',
			['Tal Ben-Ami', 'Tal Ben-Ami']
		],
		[
			'after a few words more',
			'One pastor backing Mr. Reilly, Dan Ferris of the First Church, said he had called 150 people.',
			['Dan Ferris', 'Dan Ferris']
		],
		[
			'after a dash',
			'A former Republican candidate -- Dan Ferris, who lost in 2008 -- said the plan would fail.',
			['Dan Ferris']
		]
	])('takes the name in commas after "a …" role for the mention: %s', (_kind, text, expected) => {
		expect(mentionsOf(text).map((m) => m[1])).toEqual(expected);
	});

	it('does not take the crowd a speaker spoke to for a speaker', () => {
		expect(
			mentionsOf('Maya Brooks, 52, asked the crowd: "Are you with me?"').map((m) => m[0])
		).toEqual(['Maya Brooks']);
	});

	it('makes no unnamed source of someone spoken to', () => {
		expect(mentionsOf('Maya Brooks, 52, told an aide: "Go home."').map((m) => m[0])).toEqual([
			'Maya Brooks'
		]);
	});

	it('makes no unnamed source of "the aide" after an aide was named', () => {
		expect(
			mentionsOf('Tom Reilly, an aide to the mayor, spoke. The aide said it was over.').map(
				(m) => m[1]
			)
		).not.toContain('The aide');
	});

	it('does not take "the man" for the last person named', () => {
		expect(mentionsOf('Tom Reilly said the shop was shut. The man was arrested later.')).toEqual([
			['Tom Reilly', 'Tom Reilly', 'name', 'person']
		]);
	});

	it('does not read names inside quotes', () => {
		expect(mentionsOf('Maya Brooks said: "Tom Reilly lied to us."').map((m) => m[0])).toEqual([
			'Maya Brooks'
		]);
	});

	it('leaves a pronoun nobody fits unresolved', () => {
		const article = mentioned('The river rose. He said it was the worst flood in years.');
		expect([...article.byParagraph.values()].flat()).toEqual([]);
		expect([...article.unresolved]).toEqual([`0:${'The river rose. '.length}`]);
	});
});
