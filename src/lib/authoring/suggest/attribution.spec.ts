import { describe, expect, it } from 'vitest';
import { attribute } from './attribution';
import { findNames } from './find-names';
import { findMentions } from './mentions';
import { readArticle } from './paragraphs';

/** Every quote after the sieve: its words, its speaker's label (null for none) and the rule used. */
function attributed(text: string) {
	const article = readArticle(text);
	findNames(article);
	findMentions(article);
	attribute(article);
	return article.quotes.flat().map((q) => [q.text, q.speaker?.label ?? null, q.rule ?? null]);
}

describe('attribute: the sieve that gives each quote its speaker', () => {
	it.each([
		[
			'a name in the cue',
			'"The pier is safe," said Maya Brooks.',
			[['The pier is safe', 'Maya Brooks', 'cue']]
		],
		[
			'"she said" to the woman, not the man named after her',
			'Maya Brooks, 52, met Tom Reilly on Monday. "It went well," she said.',
			[['It went well', 'Maya Brooks', 'cue']]
		],
		[
			'"he said" to the man (by his title), not the woman named before him',
			'Ms Maya Brooks met Mr Tom Reilly on Monday. "It went badly," he said.',
			[['It went badly', 'Tom Reilly', 'cue']]
		],
		[
			'a quote opening a paragraph after "she said:" closing the one before',
			'Tom Reilly spoke first. Maya Brooks told the council on Monday. She said:\n\n"The pier is safe."',
			[['The pier is safe.', 'Maya Brooks', 'cue']]
		],
		[
			'"he said" to the man by his first name, not the woman named first',
			'Maya Brooks, 52, met Tom Reilly, 60, on Monday. "It went badly," he said.',
			[['It went badly', 'Tom Reilly', 'cue']]
		],
		[
			'"she said" to the woman by her first name, not the man named first',
			'Tom Reilly, 60, met Maya Brooks, 52, on Monday. "It went well," she said.',
			[['It went well', 'Maya Brooks', 'cue']]
		],
		[
			'"he said" to the subject, not a man named after him whose title gave his gender',
			'Mr Ortiz spoke first.\n\nJake Archer, wearing a shirt covered in Ortiz badges, said he is proud. "It is his turn," he said.',
			[['It is his turn', 'Jake Archer', 'cue']]
		],
		[
			'"he said" to the man who spoke in the sentence before, not the man it opened with',
			'Tom Reilly and Jake Archer spoke on Monday.\n\nArcher attacked the plan, Reilly said. "It was never doomed," he said.',
			[['It was never doomed', 'Tom Reilly', 'cue']]
		],
		[
			'"he said" to the speaker after an apposition, not a man of known gender he spoke of',
			'Tom Reilly won in 2008. Ravi Okafor, a Reilly supporter, said the mood changed. "Nobody expected it," he said.',
			[['Nobody expected it', 'Ravi Okafor', 'cue']]
		],
		[
			'"he said" to the subject of the sentence before, not a man named in its opening clause',
			'Tom Reilly spoke first.\n\nWhen Reilly praised the bridge, Jake Archer scoffed.\n\n"It will fall down," he said.',
			[['It will fall down', 'Jake Archer', 'cue']]
		],
		[
			'"he said" to the subject, not the man whose remarks the subject attacked',
			'Mr Tom Reilly spoke on Monday.\n\nAsked about Reilly\u2019s remarks, Mr Jake Archer called them reckless.\n\n\u201cThey were wrong,\u201d he said.',
			[['They were wrong', 'Jake Archer', 'cue']]
		],
		[
			'"she said" to the subject of the sentence before, not the woman whose remarks she denounced',
			'Ms Ana Ruiz spoke on Monday. Ms Nina Patel denounced Ms Ruiz\u2019s remarks as cruel. \u2018They were wrong,\u2019 she said.',
			[['They were wrong', 'Nina Patel', 'cue']]
		],
		[
			'"he wrote" after a colon to the subject of his own sentence',
			'Ms Maya Brooks wrote to Mr Tom Reilly on Monday. Mr Jake Archer hit back: "I disagree," he wrote.',
			[['I disagree', 'Jake Archer', 'cue']]
		],
		[
			'"he said" to a man of unknown gender after "her" in his sentence stood for a woman',
			'Ms Ana Ruiz spoke first.\n\nDr Okafor criticised her record on the harbour. "It is weak," he said.',
			[['It is weak', 'Dr Okafor', 'cue']]
		],
		[
			'a transcript: each turn to the person its heading names, a moderator to nobody',
			'Maya Brooks debated Tom Reilly on Radio North on Monday.\n\nMODERATOR: Is the pier safe?\n\nBROOKS: It is safe, and it opens in May.\n\nREILLY: It is not safe at all.\n\nBROOKS: The engineers disagree with you.',
			[
				['Is the pier safe?', null, 'cue'],
				['It is safe, and it opens in May.', 'Maya Brooks', 'cue'],
				['It is not safe at all.', 'Tom Reilly', 'cue'],
				['The engineers disagree with you.', 'Maya Brooks', 'cue']
			]
		],
		[
			'a transcript with full names in its headings',
			'The interview was edited for length.\n\nMAYA BROOKS: The pier is safe.\n\nTOM REILLY: Nobody believes that.\n\nMAYA BROOKS: The engineers do.',
			[
				['The pier is safe.', 'Maya Brooks', 'cue'],
				['Nobody believes that.', 'Tom Reilly', 'cue'],
				['The engineers do.', 'Maya Brooks', 'cue']
			]
		],
		[
			'a Q&A: the questions to nobody, the answers to the person it is about',
			'Maya Brooks, 52, has run the harbour since 2010. Brooks spoke to us on Monday.\n\nQ: Is the pier safe?\n\nA: It is safe.\n\nQ: When does it open?\n\nA: In May.',
			[
				['Is the pier safe?', null, 'cue'],
				['It is safe.', 'Maya Brooks', 'cue'],
				['When does it open?', null, 'cue'],
				['In May.', 'Maya Brooks', 'cue']
			]
		],
		[
			'no transcript from one heading ("UPDATE:") or a headline in capitals',
			'UPDATE: The pier reopened on Tuesday.\n\nMaya Brooks, 52, runs the harbour.',
			[]
		],
		[
			'"he said" to the subject after an owner ("Days after Reilly\u2019s arrest, Archer…")',
			'Tom Reilly was arrested in May.\n\nDays after Reilly\u2019s arrest, Jake Archer took his seat. "Someone had to," he said.',
			[['Someone had to', 'Jake Archer', 'cue']]
		],
		[
			'a plain surname to the person the article is about, not a relative named once',
			'Grace Okoro spoke in Leeds on Monday. Okoro thanked the crowd. Her son, Daniel Okoro, joined her on stage. "We are ready," Okoro said.',
			[['We are ready', 'Grace Okoro', 'cue']]
		],
		[
			'"Ms. Okoro" to the woman, not her husband named after her',
			'Ms. Okoro spoke of herself and her husband, James Okoro. "We met in 1990," Ms. Okoro said.',
			[['We met in 1990', 'Ms Okoro', 'cue']]
		],
		[
			'"he said" to the speaker whose apposition holds a title ("an adviser to Mr. Okafor,")',
			'Mr Okafor spoke first.\n\nStill, Ravi Mensah, an adviser to Mr. Okafor, said on Tuesday that the plan would hold. "We will be upfront," he said.',
			[['We will be upfront', 'Ravi Mensah', 'cue']]
		],
		[
			'an uncued quote after a cued one in the paragraph',
			'"The pier is safe," said Maya Brooks. "It opens on Monday."',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It opens on Monday.', 'Maya Brooks', 'continuation']
			]
		],
		[
			'an uncued quote before a cued one in the paragraph',
			'"The pier is safe." "It opens on Monday," said Maya Brooks.',
			[
				['The pier is safe.', 'Maya Brooks', 'continuation'],
				['It opens on Monday', 'Maya Brooks', 'cue']
			]
		],
		[
			'a quote that opens the next paragraph',
			'"The pier is safe," said Maya Brooks.\n\n"It opens on Monday."',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It opens on Monday.', 'Maya Brooks', 'continuation']
			]
		],
		[
			'a bare quote paragraph, to the person the paragraph before was about',
			'The shop owner, Tom Reilly, has run it for 30 years.\n\n"Trade has never been this bad."',
			[['Trade has never been this bad.', 'Tom Reilly', 'mention']]
		],
		[
			'an uncued quote after narrative, to whom its sentence is about, not the speaker before',
			'"The pier is safe," said Maya Brooks.\n\nTom Reilly, 60, disagreed at the meeting: "It is not."',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not.', 'Tom Reilly', 'mention']
			]
		],
		[
			'an uncued quote after narrative, to whom the sentence before it is about',
			'"The pier is safe," said Maya Brooks.\n\nLater in the day, Tom Reilly toured the pier. "It is not safe at all."',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not safe at all.', 'Tom Reilly', 'mention']
			]
		],
		[
			'an uncued quote after a colon, to the subject of the narrative between it and the quote before',
			'"The pier is safe," said Maya Brooks. Former mayor Tom Reilly, 60, told the Ashcombe Gazette why he disagreed: "It has been rotten for years."',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It has been rotten for years.', 'Tom Reilly', 'mention']
			]
		],
		[
			'an uncued quote after a sentence about someone else, following a quote in the paragraph',
			'\u2018The pier is safe,\u2019 said Maya Brooks. Tom Reilly, 60, shook his head. \u2018It is rotten.\u2019',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is rotten.', 'Tom Reilly', 'mention']
			]
		],
		[
			'a quote after a colon, to the organisation its clause is about, not the speaker before',
			'"It is safe," said Maya Brooks.\n\nThe Ashcombe Gazette put it more bluntly on Monday: "The pier is a death trap."',
			[
				['It is safe', 'Maya Brooks', 'cue'],
				['The pier is a death trap.', 'The Ashcombe Gazette', 'mention']
			]
		],
		[
			'a quote after a colon in a paragraph of its own, to the organisation its clause is about',
			'Maya Brooks, 52, runs the harbour.\n\nIn its report, the Ashcombe Harbour Board was blunt in its findings: \u201cThe pier must close.\u201d',
			[['The pier must close.', 'The Ashcombe Harbour Board', 'mention']]
		],
		[
			'a quote paragraph after a paragraph that ends "Brooks hit back:", to her, not the speaker before',
			'"It is fine," said Tom Reilly.\n\nAfter a pause, Maya Brooks, 52, hit back:\n\n"It is not."',
			[
				['It is fine', 'Tom Reilly', 'cue'],
				['It is not.', 'Maya Brooks', 'cue']
			]
		],
		[
			'a quote paragraph after "the council released this statement:", to the council',
			'"It is fine," said Tom Reilly.\n\nOn Monday the Ashcombe Harbour Board released the following statement:\n\n\u201cThe pier will close.\u201d',
			[
				['It is fine', 'Tom Reilly', 'cue'],
				['The pier will close.', 'The Ashcombe Harbour Board', 'cue']
			]
		],
		[
			'a quote paragraph after a colon that names nobody ("It gets better:"), carried on',
			'"It is fine," said Tom Reilly.\n\nIt gets better:\n\n"It will reopen in May."',
			[
				['It is fine', 'Tom Reilly', 'cue'],
				['It will reopen in May.', 'Tom Reilly', 'mention']
			]
		],
		[
			'"As Brooks said last week at the harbour, "…"": the one the as-clause names',
			'Tom Reilly spoke first.\n\nAs Maya Brooks said last week at the harbour in Leeds, "The pier is safe."',
			[['The pier is safe.', 'Maya Brooks', 'cue']]
		],
		[
			'"As the harbour master, Maya Brooks, put it," with an apposition',
			'"It is fine," said Tom Reilly.\n\nAs the harbour master, Maya Brooks, put it: \u201cNobody is going near it.\u201d',
			[
				['It is fine', 'Tom Reilly', 'cue'],
				['Nobody is going near it.', 'Maya Brooks', 'cue']
			]
		],
		[
			'a full-sentence quote with its cue in the next sentence ("…." Reilly said.), not the one spoken of',
			'Maya Brooks, 52, runs the harbour.\n\n"If Brooks thinks the pier is safe, she is wrong." Tom Reilly wrote on Twitter on Monday.',
			[['If Brooks thinks the pier is safe, she is wrong.', 'Tom Reilly', 'cue']]
		],
		[
			'a question with its cue in the next sentence, after an apposition',
			'Maya Brooks, 52, runs the harbour.\n\n\u201cWho will pay for it?\u201d Tom Reilly, a local builder, asked the council.',
			[['Who will pay for it?', 'Tom Reilly', 'cue']]
		],
		[
			'no cue from a next sentence that reports a clause of its own',
			'Maya Brooks, 52, runs the harbour.\n\n"The pier is safe." Tom Reilly said the engineers would check it on Monday.',
			[['The pier is safe.', 'Maya Brooks', 'mention']]
		],
		[
			'a quote whose cue names someone after a job title, not the speaker before',
			'"The pier is safe," said Maya Brooks.\n\n"It is not," said harbour engineer Tom Reilly, who has worked there since 1990.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not', 'Tom Reilly', 'cue']
			]
		],
		[
			'a quote whose cue names nobody, not the speaker before',
			'"The pier is safe," said Maya Brooks.\n\n"It is not," added someone who works on the pier.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not', null, 'cue']
			]
		],
		[
			'a quote with a verb not on the speech list before the name ("beamed Tom Reilly")',
			'"The pier is safe," said Maya Brooks.\n\n"This is fantastic!" beamed Tom Reilly, 60, of Leeds.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['This is fantastic!', 'Tom Reilly', 'cue']
			]
		],
		[
			'a quote with a verb not on the speech list after the name ("Mr Reilly fumed")',
			'"The pier is safe," said Maya Brooks.\n\n"It will never open," Mr Reilly fumed on Tuesday.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It will never open', 'Mr Reilly', 'cue']
			]
		],
		[
			'a bare quote paragraph, to the one who spoke in the paragraph before, not the one spoken of',
			'Mr Tom Reilly owns the pier, Maya Brooks noted.\n\n"Nobody else wanted it."',
			[['Nobody else wanted it.', 'Maya Brooks', 'mention']]
		],
		[
			'two speakers in one paragraph',
			'"The pier is safe," said Maya Brooks. "It is not," said Tom Reilly.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not', 'Tom Reilly', 'cue']
			]
		],
		[
			'an anonymous source, to nobody named',
			'Maya Brooks, 52, leads the talks. "They are stuck," a person familiar with the talks said.',
			// Cued by its description (so no quote nearby continues a named person); assembly gives it no source.
			[['They are stuck', 'A person familiar with the talks', 'cue']]
		],
		[
			'a name after the quote and a long apposition before the verb',
			'Maya Brooks, 52, runs the harbour.\n\n"We will have to live with it," Tom Reilly, who was harbour master under the old council for eleven years, told reporters on Monday.',
			[['We will have to live with it', 'Tom Reilly', 'cue']]
		],
		[
			'a name after the quote, an apposition with commas of its own, then "wrote"',
			'Maya Brooks, 52, runs the harbour.\n\n\u2018Fares rose by a tenth,\u2019 Dan Ferris, an adviser to the council and, until May, head of its budget office, wrote in an email.',
			[['Fares rose by a tenth', 'Dan Ferris', 'cue']]
		],
		[
			'"according to" a name and its apposition before the quote',
			'Tom Reilly, 60, runs the shop on the pier.\n\nAccording to Maya Brooks, a council engineer, "the pier is not safe for crowds."',
			[['the pier is not safe for crowds.', 'Maya Brooks', 'cue']]
		],
		[
			'"according to" a name with a place, and a colon',
			'Tom Reilly, 60, runs the shop on the pier.\n\nBut according to Maya Brooks of the harbour trust: \u201cThe pier will close in May.\u201d',
			[['The pier will close in May.', 'Maya Brooks', 'cue']]
		],
		[
			'"he warned" to the subject before, not to a man of known gender named only as an owner',
			'Mr Tom Reilly spoke on Monday.\n\nPrime Minister Anzor Ferris also spoke out against Reilly\u2019s influence. "It is undermining our values," he warned.',
			[['It is undermining our values', 'Anzor Ferris', 'cue']]
		],
		[
			'"she has said" (an auxiliary between the pronoun and the verb) to the woman',
			'Maya Brooks, 52, runs the harbour.\n\n"We need no more of that," she has said.',
			[['We need no more of that', 'Maya Brooks', 'cue']]
		],
		[
			'"he will say" to the man',
			'Tom Reilly, 60, speaks tonight.\n\n\u201cNothing prepares you for the job,\u201d he will say.',
			[['Nothing prepares you for the job', 'Tom Reilly', 'cue']]
		],
		[
			'"said" and a role with "of" in it before the name',
			'Maya Brooks, 52, runs the harbour. Tom Reilly, 60, runs the shop.\n\n"The pier is safe," said former secretary of state Maya Brooks.\n\n"Welcome to the pier," said master of ceremonies Tom Reilly, an engineer.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['Welcome to the pier', 'Tom Reilly', 'cue']
			]
		],
		[
			'a name after the quote that is no cue: a clause of its own, no speech verb',
			'Maya Brooks, 52, runs the harbour.\n\n"We will have to live with it," Tom Reilly, who was harbour master, thinks.',
			[['We will have to live with it', 'Maya Brooks', 'mention']]
		],
		[
			'"he said" to a man called by his surname alone, who speaks later on, not to a full name before',
			'Tom Reilly spoke first.\n\nOn Monday, Archer rejected the plan. "It will not work," he said.\n\nArcher told reporters it was over.',
			[['It will not work', 'Archer', 'cue']]
		],
		[
			'a quote opening a paragraph after one about a surname alone who speaks later',
			'Tom Reilly spoke first. Then Archer rejected the plan.\n\n"It will not work."\n\nArcher said so twice.',
			[['It will not work.', 'Archer', 'mention']]
		],
		[
			'"said the Republican nominee" to the man an apposition called so',
			'Dan Ferris spoke on Monday.\n\nTom Reilly, the Republican nominee, toured the pier. Ferris stayed home.\n\n"The pier is safe," said the Republican nominee.',
			[['The pier is safe', 'Tom Reilly', 'cue']]
		],
		[
			'"he said" to a surname alone who speaks later with an adverb before the verb ("Archer later said")',
			'Tom Reilly spoke first.\n\nOn Monday, Archer rejected the plan. "It will not work," he said.\n\nArcher later said it was over.',
			[['It will not work', 'Archer', 'cue']]
		],
		[
			'"he added" to the man who spoke before, not a man who asked him in between',
			'Dan Ferris, the mayor, met Tom Reilly on Monday. After Ferris asked the builder about the pier, Reilly replied, "It is safe."\n\n"We should never confuse hope with plans," he added.',
			[
				['It is safe.', 'Tom Reilly', 'cue'],
				['We should never confuse hope with plans', 'Tom Reilly', 'cue']
			]
		],
		[
			'"he added" after a woman spoke: to the man, not to her',
			'Tom Reilly runs the shop.\n\n"The pier is safe," Ms Maya Brooks said. Reilly disagreed. "It is not," he added.',
			[
				['The pier is safe', 'Maya Brooks', 'cue'],
				['It is not', 'Tom Reilly', 'cue']
			]
		],
		[
			'"he said" to the subject by a full name whose first name tells no gender, not a man he accused',
			'Jaan Okafor said the pier was unsafe.\n\nOn Monday, Okafor accused Tom Reilly of lying. "It is a disgrace," he said.',
			[['It is a disgrace', 'Jaan Okafor', 'cue']]
		],
		[
			'"he said" to the man whose apposition ends in "said", not the place after his "of"',
			'Tom Reilly spoke first. Rep. Dan Ferris of Port Calder, a council ally, said it will help.\n\n"It is not do or die," he said outside.',
			[['It is not do or die', 'Dan Ferris', 'cue']]
		],
		[
			'"he said" to the man whose apposition ends in "said", not the firm after his "of"',
			'Tom Reilly spoke first. Dan Ferris, chief executive of Harbour Jet Services, a consulting firm, said the jet was unusual.\n\n"Buying an old jet is like buying crisps," he said.',
			[['Buying an old jet is like buying crisps', 'Dan Ferris', 'cue']]
		],
		[
			// PolNeAR train (fifteenth session): "as if by Air Force".
			'the quote to the person after a branch and a rank with its ordinal ("Air Force 1st Lt.")',
			'"I really do not understand it," said Air Force 1st Lt. Tyler Livingston.',
			[['I really do not understand it', 'Tyler Livingston', 'cue']]
		],
		[
			// PolNeAR train (fifteenth session): "Doug \u00adAndres" (a soft hyphen) gave the quote to
			// Paul Ryan.
			'the quote to a name with a soft hyphen in it, not to whom he speaks for',
			'"We have not been briefed," Doug \u00adAndres, a spokesman for House Speaker Paul Ryan told the Post.',
			[['We have not been briefed', 'Doug Andres', 'cue']]
		]
	])('gives %s', (_kind, text, expected) => {
		expect(attributed(text)).toEqual(expected);
	});
});
