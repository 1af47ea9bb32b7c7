// The claim makers on a made-up article, each claim written by hand from the text before the code ran.
import { describe, expect, it } from 'vitest';
import { readAndSuggest } from '../suggest';
import { balancedClaims, claimFacts, generateClaims } from './claims';
import { titleBefore } from './people';
import type { Fact } from './claim';

/** The facts of one kind the claim makers find in a text. */
const factsOf = (text: string, kind: Fact['kind']) => {
	const read = readAndSuggest(text);
	return claimFacts(read.article, read.suggestions).filter((f) => f.kind === kind);
};
/** Each fact of that kind as its true claim and its false one (null when there is none). */
const pairsOf = (text: string, kind: Fact['kind']) =>
	factsOf(text, kind).map((f) => [f.supported.claim, f.refuted?.claim ?? null]);

const TEXT = [
	'Harbour Council voted on Tuesday to close the old pier after engineers found cracks in its supports.',
	"The repairs would cost £2.4m, according to a report by the council's engineers. Turnout at the public meeting was 42%.",
	'"The pier is not safe for anyone," said Tom Reilly, the council\'s chief engineer. "We cannot wait another winter."',
	'Ana Silva, 54, who runs the café at the end of the pier, said she had lost 40 customers a day since the barriers went up.',
	'The harbour master, Maya Brooks, said the fleet would move to the east quay on Thursday.',
	'Margaret Ellison, 78, a retired teacher, said the pier had been part of her life since she was a child.'
].join('\n\n');

const { article, suggestions } = readAndSuggest(TEXT);
const facts = claimFacts(article, suggestions);
const byKind = (kind: string) =>
	facts.filter((f) => f.kind === kind).map((f) => [f.supported.claim, f.refuted?.claim ?? null]);

describe('claims on a made-up article', () => {
	it('gives each role to its holder, and to another person with a role of their own as a false claim', () => {
		expect(byKind('role')).toEqual([
			[
				"Tom Reilly is the council's chief engineer.",
				"Maya Brooks is the council's chief engineer."
			],
			['Maya Brooks is the harbour master.', 'Tom Reilly is the harbour master.']
		]);
	});

	it('gives each age, and another age the article gives as a false claim', () => {
		expect(byKind('age')).toEqual([
			['Ana Silva is 54 years old.', 'Ana Silva is 78 years old.'],
			['Margaret Ellison is 78 years old.', 'Margaret Ellison is 54 years old.']
		]);
	});

	it('says what happened on a named day, and another day the article names as a false claim', () => {
		expect(byKind('day')).toEqual([
			[
				'Harbour Council voted to close the old pier on Tuesday.',
				'Harbour Council voted to close the old pier on Thursday.'
			]
		]);
	});

	it('says who said what, in the third person, and gives it to another speaker as a false claim', () => {
		expect(byKind('said')).toContainEqual([
			"Tom Reilly said they can't wait another winter.",
			"Ana Silva said they can't wait another winter."
		]);
	});

	it('keeps true and false within one of each other, and claims an age the article never gives as not in it', () => {
		const claims = generateClaims(article, suggestions, TEXT);
		const count = (label: string) => claims.filter((c) => c.label === label).length;
		expect(Math.abs(count('supported') - count('refuted'))).toBeLessThanOrEqual(1);
		expect(
			claims.filter((c) => c.label === 'not-in-article').map((c) => [c.claim, c.confidence])
		).toEqual([
			['Tom Reilly is 61 years old.', 'check'],
			['Maya Brooks is 85 years old.', 'check']
		]);
	});
});

describe('a role at an organisation', () => {
	it('is a claim when it fits in six words of the sentence, and is refused when it would copy more', () => {
		const text = [
			'"We did everything we could," said Raj Patel, station commander at Westshire Fire and Rescue.',
			'"We were told there was no money," said Sunita Rao, chair of the Ashcombe Flood Group.'
		].join('\n\n');
		expect(pairsOf(text, 'role')).toEqual([
			['Sunita Rao is chair of the Ashcombe Flood Group.', null]
		]);
	});

	// PolNeAR train (twelfth session): "Michael J. Petrilli is president of the Thomas B." — an
	// initial's stop is no sentence's end. The whole role would copy seven words of the sentence
	// ("president of the Thomas B. Fordham Institute"), more than six: no claim. A shorter one is.
	it('keeps an initial inside the organisation', () => {
		const text =
			'Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied the scores to graduation rates.';
		expect(pairsOf(text, 'role')).toEqual([]);
		const shorter = 'Ann Lee, director of the Ray B. Trust, tied the scores to graduation rates.';
		expect(pairsOf(shorter, 'role').map(([supported]) => supported)).toEqual([
			'Ann Lee is director of the Ray B. Trust.'
		]);
	});

	// PolNeAR train (thirteenth session): "Nick Daniloff is a reporter for U.S." — a full stop
	// inside a name ("U.S. News & World Report") is no role's end.
	it('is not cut at a stop inside a name ("a reporter for U.S. News & World Report")', () => {
		const text =
			'Reagan freed a spy in 1986 in exchange for Nick Daniloff, a reporter for U.S. News & World Report arrested in Moscow.';
		const roles = pairsOf(text, 'role').map(([supported]) => supported);
		expect(roles.filter((r) => /\bU\.S\.$/u.test(r!))).toEqual([]);
	});

	// PolNeAR train: "Mr Regalado is the owner of a shopping center." marked refuted because Norma
	// Samour is: there are many shopping centres, and he may own one too.
	it('is given to nobody else as a false claim when it is of "a" something, one of many', () => {
		const text = [
			'Norma Samour, the owner of a shopping center, said she would vote on Tuesday.',
			'Luis Regalado, the director of the county library, said he would not.'
		].join('\n\n');
		expect(pairsOf(text, 'role')).toEqual([
			['Norma Samour is the owner of a shopping center.', null],
			[
				'Luis Regalado is the director of the county library.',
				'Norma Samour is the director of the county library.'
			]
		]);
	});
});

describe('a title before the name, opening the sentence', () => {
	// Held-out scooter-recall: "Gareth Lyle is the Station manager." and "Gareth Lyle is a station
	// manager." were both asked, two claims on one detail.
	it('is one claim on the role', () => {
		const text =
			'Station manager Gareth Lyle said crews had seen a sharp rise in fires caused by batteries this year.';
		const read = readAndSuggest(text);
		const all = claimFacts(read.article, read.suggestions);
		const claims = all
			.filter((f) => f.kind === 'role' || f.kind === 'described')
			.map((f) => f.supported.claim);
		// Of the two wordings, the role's is kept: a capital that may be a name's ("Eastport manager")
		// is not lowered on a guess.
		expect(claims).toEqual([
			'Gareth Lyle is the Station manager.',
			'Gareth Lyle is a station manager.'
		]);
		expect(balancedClaims(all).supported.map((c) => c.claim)).toEqual([
			'Gareth Lyle is the Station manager.'
		]);
	});
});

describe('what happened on a named day, in more shapes of sentence', () => {
	it('reads an object before the day, a name in apposition, a clause after "after", and "who …" about a name', () => {
		const text = [
			'Residents say they waited for hours after the River Leat burst its banks on Thursday evening.',
			'The local MP, David Hurst, visited Mill Street on Friday morning.',
			'The Rev. Iain MacLeod, who ran a minibus to the airport on Saturday for stranded families, said he understood both sides.'
		].join('\n\n');
		expect(pairsOf(text, 'day')).toEqual([
			// The day first, where the sentence's own order would copy more than six of its words.
			[
				'On Thursday, the River Leat burst its banks.',
				'On Friday, the River Leat burst its banks.'
			],
			[
				'On Friday, David Hurst visited Mill Street.',
				'On Thursday, David Hurst visited Mill Street.'
			],
			[
				'On Saturday, Iain MacLeod ran a minibus to the airport.',
				'On Thursday, Iain MacLeod ran a minibus to the airport.'
			]
		]);
	});

	it('says nothing of a day in a future, a quote, a report or a question', () => {
		const text = [
			'Kurian said he would meet the district collector on Friday.',
			'The clinics will open at both schools on Saturday.',
			'"We closed the pier on Monday," said Tom Reilly.'
		].join('\n\n');
		expect(factsOf(text, 'day')).toEqual([]);
	});
});

describe('what happened on a named day, as American news writes it', () => {
	const text = [
		'The town council released a statement Wednesday condemning the remarks.',
		"Senator Ruth Keller on Friday endorsed the mayor's challenger.",
		'The school board voted Monday to close Hillside Primary.',
		'The appeals board was convened on Thursday, two days after the ruling.',
		'Mayor Dan Ortiz said Thursday that the budget was balanced.',
		"Tuesday's vote drew a large crowd, and the board also voted on Tuesday to extend library hours.",
		'Ortiz will travel to Albany on Saturday.'
	].join('\n\n');
	const found = pairsOf(text, 'day');

	it('reads a day without "on", a day before the verb, a subject in lower case and a passive', () => {
		expect(found).toEqual([
			[
				'The town council released a statement on Wednesday.',
				'The town council released a statement on Friday.'
			],
			[
				"Senator Ruth Keller endorsed the mayor's challenger on Friday.",
				"Senator Ruth Keller endorsed the mayor's challenger on Wednesday."
			],
			// Another day is never one on which the article tells of the same verb ("also voted on Tuesday").
			[
				'The school board voted to close Hillside Primary on Monday.',
				'The school board voted to close Hillside Primary on Wednesday.'
			],
			[
				'On Thursday, the appeals board was convened.',
				'On Wednesday, the appeals board was convened.'
			],
			[
				'The board also voted to extend library hours on Tuesday.',
				'The board also voted to extend library hours on Wednesday.'
			]
		]);
	});
});

describe('a day claim whose event holds a decimal figure', () => {
	it('keeps the whole figure: a point between digits ends no event ("fined … $4.2 million", held-out article)', () => {
		const text = [
			'State regulators on Thursday fined Northern Prairie Electric $4.2 million over the outages.',
			'The board met again on Monday, and 1,400 residents signed a petition on Friday.'
		].join('\n\n');
		const claims = pairsOf(text, 'day').flat();
		// Either no claim, or one that gives the whole figure: never "$4".
		for (const c of claims) if (c) expect(c).not.toMatch(/\$4(?![.\d])/u);
		expect(claims.some((c) => c?.includes('$4.2 million'))).toBe(true);
	});

	it('keeps "over" that says over whom, and reads no subject that holds "out" (PolNeAR train)', () => {
		const text = [
			'A new poll out Monday showed Clinton with a healthy lead over Sanders in New York.',
			'Romney went after Trump on Wednesday over his refusal to release his taxes.'
		].join('\n\n');
		expect(pairsOf(text, 'day').map(([supported]) => supported)).toEqual([
			'Romney went after Trump on Wednesday.'
		]);
	});
});

describe('an age the article never gives', () => {
	it('is not the same age for two people when the article gives one age (held-out article: both "78")', () => {
		const text = [
			"Harlan County resident Tom Whitaker, 71, said he spent five nights at his daughter's home.",
			'"We let our customers down," said Lisa Brandt. She said the company was sorry.',
			'"That choice had consequences," said Robert Mayhew. He said the fine was fair.'
		].join('\n\n');
		const read = readAndSuggest(text);
		expect(
			generateClaims(read.article, read.suggestions, text)
				.filter((c) => c.label === 'not-in-article')
				.map((c) => c.claim)
		).toEqual(['Lisa Brandt is 78 years old.', 'Robert Mayhew is 65 years old.']);
	});

	it('is claimed when "at" a number counts things ("looked at 12 glaciers"), not an age', () => {
		const text = [
			'The team looked at 12 glaciers around the ice cap.',
			'"We expected a speed-up," said Marta Solberg. She said the losses were steep.'
		].join('\n\n');
		const read = readAndSuggest(text);
		expect(
			generateClaims(read.article, read.suggestions, text)
				.filter((c) => c.label === 'not-in-article')
				.map((c) => c.claim)
		).toEqual([expect.stringMatching(/^Marta Solberg is \d\d years old\.$/u)]);
	});

	// Fourteenth session, read by helpers on PolNeAR train: "Ann Compton is 39 years old." of a
	// reporter who "covered the White House for 40 years"; "Eddie Mannix is 36" of a man who "died of
	// a heart attack in 1963"; "Bernie Sanders is 37" of "a quarter-century in Congress".
	it.each([
		'Ann Compton covered the White House for 40 years.',
		'Ann Compton died of a heart attack in 1963.',
		'Ann Compton has spent a quarter-century in Congress.',
		'Ann Compton was elected mayor in 1981.'
	])('is not claimed of a person the text gives a clue to the age of: %s', (clue) => {
		const text = [
			clue,
			'"We expected a speed-up," said Ann Compton. She said the losses were steep.'
		].join('\n\n');
		const read = readAndSuggest(text);
		expect(
			generateClaims(read.article, read.suggestions, text).filter(
				(c) => c.label === 'not-in-article' && c.claim.includes('Ann Compton')
			)
		).toEqual([]);
	});

	// Thirteenth session, PolNeAR train: every article claimed "… is 46 years old" and "… is 52":
	// a player could learn the answer from the figure.
	it('is not the same figure for everyone: it differs from name to name, a plausible adult age', () => {
		const names = [
			'Marta Solberg',
			'Tom Reilly',
			'Ana Silva',
			'Lisa Brandt',
			'Robert Mayhew',
			'Jane Okafor',
			'Peter Novak',
			'Helen Ward'
		];
		const ages = names.map((name) => {
			const text = `"We expected a speed-up," said ${name}. ${name.startsWith('Tom') || name.startsWith('Robert') || name.startsWith('Peter') ? 'He' : 'She'} said the losses were steep.`;
			const read = readAndSuggest(text);
			const found = generateClaims(read.article, read.suggestions, text).find(
				(c) => c.label === 'not-in-article'
			);
			return Number(/is (\d+) years old/u.exec(found?.claim ?? '')?.[1]);
		});
		for (const age of ages) expect(age).toBeGreaterThanOrEqual(30);
		for (const age of ages) expect(age).toBeLessThanOrEqual(70);
		expect(new Set(ages).size).toBeGreaterThanOrEqual(5);
	});

	it('is not claimed when the article gives an age in any other way (PolNeAR train)', () => {
		for (const aged of [
			"Trump's eldest daughter, 34, has built a business of her own.",
			'Bill Clinton turns 70 on Friday.',
			'He celebrated his 70th birthday on Friday.',
			'She was born in 1947 in Chicago.',
			'He is in his early 60s.'
		]) {
			const text = `${aged}\n\n"We expected a speed-up," said Marta Solberg. She said the losses were steep.`;
			const read = readAndSuggest(text);
			expect(
				generateClaims(read.article, read.suggestions, text).filter(
					(c) => c.label === 'not-in-article'
				),
				aged
			).toEqual([]);
		}
	});

	it('is claimed of nobody whose name opens with a common word ("Half Clinton" of a headline, PolNeAR train)', () => {
		const text =
			'"We expected a speed-up," said Half Clinton. She said half the losses were steep.';
		const read = readAndSuggest(text);
		expect(
			generateClaims(read.article, read.suggestions, text)
				.filter((c) => c.label === 'not-in-article')
				.map((c) => c.claim)
				.filter((c) => c.startsWith('Half'))
		).toEqual([]);
	});

	it('is claimed of nobody a sentence-opening adjective makes ("Popular Christian and corporate speaker Lance Wallnau", PolNeAR train)', () => {
		const read = readAndSuggest(
			'Popular Christian and corporate speaker Lance Wallnau believes he has a word for the senator. "I feel it," Wallnau said. "It is strong," he added.'
		);
		expect(read.article.entities.map((e) => e.label)).not.toContain('Popular Christian');
	});

	it('is not claimed when "at 62" may be an age', () => {
		const text = 'Marta Solberg retired at 62. "We expected a speed-up," said Solberg. She left.';
		const read = readAndSuggest(text);
		expect(
			generateClaims(read.article, read.suggestions, text).filter(
				(c) => c.label === 'not-in-article'
			)
		).toEqual([]);
	});
});

describe('a figure in a short clause', () => {
	it('is no claim when the clause is the report\'s frame ("McAuliffe has said about 20 people")', () => {
		const text =
			'Terry McAuliffe is the governor. McAuliffe has said about 20 people have indicated an interest in the seat.';
		expect(factsOf(text, 'figure')).toEqual([]);
	});
});

describe('a figure after its subject in commas', () => {
	it('is no claim when the clause cut from it opens with an irregular past verb ("took a combined 61 percent")', () => {
		// PolNeAR train: "Took a combined 39 percent." had lost its subject.
		const text =
			'With 99 percent of the results in, Cruz, Trump and Carson, the candidates most often described as outsiders, took a combined 61 percent. Everyone else combined for 39 percent.';
		const claims = factsOf(text, 'figure').flatMap((f) => [f.supported.claim, f.refuted?.claim]);
		expect(claims.filter((c) => c && /^Took\b/u.test(c))).toEqual([]);
	});
});

describe('figures on real news (PolNeAR train)', () => {
	const figureClaims = (text: string) => {
		return factsOf(text, 'figure').flatMap((f) => [f.supported.claim, f.refuted?.claim ?? null]);
	};

	it('opens no claim with "While" ("While the Dow lost 0.8 percent.")', () => {
		const claims = figureClaims(
			'Tech shares lifted the Nasdaq 1.2 percent this week, while the Dow lost 0.8 percent. Oil prices rose 3 percent.'
		);
		expect(claims.filter((c) => c && /^While\b/u.test(c))).toEqual([]);
	});

	it('makes no claim of a figure a condition gives', () => {
		const claims = figureClaims(
			'Shares will be sold, if the price rose 5 percent. Oil prices rose 3 percent on Monday.'
		);
		expect(claims.filter((c) => c && /5 percent/u.test(c))).toEqual([]);
	});

	it('makes no claim of a figure after "if" inside the clause (PolNeAR train: "CNN donated 5 million dollars")', () => {
		const claims = figureClaims(
			'Trump told a rally audience that he would only do the debate if CNN donated 5 million dollars to charity.'
		);
		expect(claims.filter((c) => c && /5 million/u.test(c))).toEqual([]);
	});

	it('makes no claim that drops where a figure holds ("Revenue fell by 17.7 percent at Trump Taj Mahal")', () => {
		const claims = figureClaims(
			'Revenue fell by 17.7 percent at Trump Taj Mahal and 5.5 percent at Bally’s. Costs rose 3 percent.'
		);
		expect(claims.filter((c) => c && /17\.7/u.test(c))).toEqual([]);
	});

	it('makes no claim that cuts the noun a figure qualifies ("launched a $1.5 million." of "a $1.5 million ad buy")', () => {
		const claims = figureClaims(
			'The campaign launched a $1.5 million ad buy in Ohio on Tuesday. Its rival spent $2 million.'
		);
		expect(claims.filter((c) => c && /1\.5/u.test(c))).toEqual([]);
	});

	// Twelfth session, read from every figure claim of PolNeAR train: a count's "noun" that is a
	// function word ("Kasich has 129 and."), a range ("finished 1-2 in"), a difference cut from what
	// it is compared with ("ratings 57 percent" of "57 percent higher than"), a clause after "whether".
	it('makes no claim of a count followed by a function word, a range, or a difference', () => {
		const claims = figureClaims(
			[
				'Ted Cruz has 370 delegates, Marco Rubio has 163 and John Kasich has 63.',
				'A new poll found Clinton would beat Trump 46 to 40 in the state.',
				'He and Trump finished 1-2 in each of the four states.',
				'Trump’s appearance delivered ratings 57 percent higher than its fall average.',
				'And whether there are 2,400 billionaires or 1,800 hardly matters to most of us.',
				'The campaign employed 300 staff in Iowa.'
			].join(' ')
		);
		expect(claims.filter((c) => c && /\b(?:and|to|in|of|by)\.$/u.test(c))).toEqual([]);
		expect(claims.filter((c) => c && /57 percent|whether|1-2/iu.test(c))).toEqual([]);
		// The counts that are whole are still claimed.
		expect(claims).toContain('Ted Cruz has 370 delegates.');
	});

	it('makes no claim that cuts a subject joined by "and", a rate, or percentage points', () => {
		const claims = figureClaims(
			[
				'Between 1990 and 2013, enrollment at for-profit colleges and universities soared 565 percent.',
				'The rent for that space has been about $212,000 per month.',
				'Bloomberg drew 13 percentage points from Sanders.',
				'Sales rose 3 percent, and profits fell 8 percent.'
			].join(' ')
		);
		expect(claims.filter((c) => c && /565|212,000|percentage/u.test(c))).toEqual([]);
		// A clause after a comma and "and" is whole.
		expect(claims).toContain('Profits fell 8 percent.');
	});

	// Fourteenth session, read by helpers on PolNeAR train: "Sanders joined 89 other.", "The poll
	// included 996 likely.", "Clinton has won 15.6 million.", "Officially signed by 175 countries.",
	// "What worked to win 13 million."
	it('keeps the noun a count counts when a word stands between them, or makes no claim', () => {
		const claims = figureClaims(
			[
				'Sanders joined 89 other senators to reject the request.',
				'The poll included 996 likely voters.',
				'Clinton has won 15.6 million votes so far, and Sanders has won 12 million votes.',
				'Officially signed by 175 countries, the deal takes effect next year.',
				'What worked to win 13 million votes was a simple message.'
			].join(' ')
		);
		expect(claims.filter((c) => c && /\b(?:other|likely|million)\.$/u.test(c))).toEqual([]);
		expect(claims.filter((c) => c && /^(?:Officially|What)\b/u.test(c))).toEqual([]);
		expect(claims).toContain('Sanders joined 89 other senators.');
		expect(claims).toContain('The poll included 996 likely voters.');
		expect(claims).toContain('Clinton has won 15.6 million votes.');
	});

	// Fifteenth session, read by helpers on PolNeAR train: "The cable indicated 13 security." (of "13
	// security personnel"); "Clinton earned 30 percent." where the poll gives Clinton three figures.
	it('makes no claim that cuts a noun of two words, and swaps no figure of one who has several', () => {
		const claims = figureClaims(
			[
				'The cable indicated 13 security personnel would be the minimum.',
				'Clinton earned 42 percent last month. Clinton earned 39 percent this week.',
				'Sanders earned 41 percent against Trump.',
				'Kasich earned 30 percent.'
			].join(' ')
		);
		expect(claims.filter((c) => c && /13 security\.$/u.test(c))).toEqual([]);
		expect(claims.filter((c) => c && /Clinton earned 30 percent/u.test(c))).toEqual([]);
		// "against Trump" restricts the figure as "in Ohio" does: cut before it, the claim says more.
		expect(claims.filter((c) => c && /Sanders earned/u.test(c))).toEqual([]);
		expect(claims.filter((c) => c && /Kasich earned (?:42|39) percent/u.test(c))).not.toEqual([]);
	});

	it('swaps a count only for a count of the same thing (no "Chevron climbed 24.11 cents" from points)', () => {
		const claims = figureClaims(
			'The Nasdaq composite increased 24 points on the day. Chevron climbed 69 cents to $102.48. Silver rose 15 cents an ounce.'
		);
		expect(claims.filter((c) => c && /24 cents|69 points|15 points/u.test(c))).toEqual([]);
	});
});

describe('what someone said, from a line beside a sure line of the same cue', () => {
	it('is claimed, marked for the teacher to check (the same cue, the same speaker)', () => {
		// Ashcombe: "‘I understand people’s frustration,’ he said. ‘Nobody wants …’": the second line
		// is sure, the first is not, under one cue.
		const text = [
			'Station Commander Raj Patel of Westshire Fire and Rescue Service said crews had been sent to 23 flooding calls across the county that night.',
			'‘I understand people’s frustration,’ he said. ‘Nobody wants to stand in their kitchen in cold water waiting for us. But we had a car in the river at Bradwell with two people inside, and that has to come first.’'
		].join('\n\n');
		const said = factsOf(text, 'said');
		const line = said.find((f) => /frustration/u.test(f.supported.claim));
		expect(line?.supported.claim).toBe('Raj Patel said he understands people’s frustration.');
		expect(line?.supported.confidence).toBe('check');
	});
});

describe('what someone said, when the quote opens with a capital', () => {
	// PolNeAR train (thirteenth session): "Tom Emanuel said Humility is something he loves …",
	// "Donald Trump said Destruction of 34,000 emails.", "Harry Reid said Certainly in modern times."
	// A capital that opens a quote is the sentence's: the word is a name only when the article writes
	// it so inside a sentence, or it names someone.
	const text = [
		'"Humility is something I love about the Bush family," said Gregory Slayton, a donor.',
		'"Destruction of 34,000 emails was a crime," said Donald Trump.',
		'"Apparently the campaign was not ready for the debate," said Jon Meacham, a historian.',
		'"Europe is not disintegrating," said Sophie Martin. She had flown in from Europe on Tuesday.',
		'"Trump was attacking me for weeks," said Rick Perry.'
	].join('\n\n');
	const said = factsOf(text, 'said').map((f) => f.supported.claim);
	it('writes an adverb in lower case and keeps a name the article writes with a capital', () => {
		// (Reworded to copy fewer of the quote's words: "wasn't", "isn't".)
		expect(said).toEqual([
			expect.stringMatching(
				/^Jon Meacham said apparently the campaign (?:wasn't|was not|had not been) ready for the debate\.$/u
			),
			expect.stringMatching(
				/^Sophie Martin said Europe (?:isn't|is not|wasn't|was not) disintegrating\.$/u
			),
			'Rick Perry said Trump had been attacking him for weeks.'
		]);
	});
	it('makes no claim when it cannot tell a name from a common word', () => {
		expect(
			said.filter((c) => /said (?:Humility|humility|Destruction|destruction)\b/u.test(c!))
		).toEqual([]);
	});
});

describe('a role given to another', () => {
	it('is no false claim when one role is an organisation\'s ("the nation\'s largest coal company")', () => {
		const text = [
			'"We will not stop," said Todd Stern, the State Department\'s climate envoy.',
			'"Coal has a future," said Peabody Energy, the nation\'s largest coal company.'
		].join('\n\n');
		const roles = factsOf(text, 'role');
		expect(roles.map((f) => f.refuted?.claim ?? null).filter(Boolean)).not.toContain(
			"Todd Stern is the nation's largest coal company."
		);
		expect(roles.map((f) => f.supported.claim)).not.toContain(
			"Peabody Energy is the nation's largest coal company."
		);
	});
});

describe('what happened on a named day, cut where the sentence goes on', () => {
	it('makes no claim of a "to …" cut at a comma or before a participle', () => {
		const text = [
			'A House panel voted Thursday to hold Bryan Pagliano, a former aide, in contempt of Congress.',
			'European leaders gathered Friday to discuss the challenges facing their continent.'
		].join('\n\n');
		expect(factsOf(text, 'day')).toEqual([]);
	});

	it('makes no claim whose day belongs to a word before it ("hammered out beginning on Sunday")', () => {
		const text =
			'The moves were hammered out beginning on Sunday in meetings at the White House. The senator arrived on Monday.';
		expect(factsOf(text, 'day').map((f) => f.supported.claim)).toEqual([
			'The senator arrived on Monday.'
		]);
	});

	it('takes no phrase that opens with a preposition for a subject (PolNeAR train)', () => {
		// "With mixed results on Wednesday." had no subject and no verb.
		const text =
			'With mixed results on Tuesday night in the presidential race, the Nevada Democrat’s biggest takeaway is a belief. The senator arrived on Monday.';
		expect(factsOf(text, 'day').map((f) => f.supported.claim)).toEqual([
			'The senator arrived on Monday.'
		]);
	});
});

describe('a report given to another speaker', () => {
	it('is false as "X said …", never as "According to X, …", which would state a true fact', () => {
		const text = [
			'Panel chair Judith Rowe said the panel had settled on three matches rather than four because of his record.',
			'Eastport football manager Sue Bradshaw said the young forward was recovering well at home.'
		].join('\n\n');
		const refuted = factsOf(text, 'said').map((f) => f.refuted?.claim ?? null);
		expect(refuted.length).toBeGreaterThan(0);
		for (const claim of refuted) expect(claim ?? '').not.toMatch(/^According to/u);
	});
});

describe('a role many people may hold', () => {
	it('is given to its holder, but to nobody else as a false claim; a role cut at "Mrs." is none', () => {
		const text = [
			'"The articles are wrong," said Alan Jeffers, a spokesman for Exxon Mobil.',
			'"We stand by them," said Steve Coll, the dean of the journalism school.',
			'"It is a new low," said Brian Fallon, a spokesman for Mrs. Clinton.'
		].join('\n\n');
		expect(pairsOf(text, 'role')).toEqual([
			['Alan Jeffers is a spokesman for Exxon Mobil.', null],
			[
				'Steve Coll is the dean of the journalism school.',
				'Alan Jeffers is the dean of the journalism school.'
			]
		]);
	});
});

describe('a phrase before a speech tag set in a sentence', () => {
	it('is no role ("The museum, Mr. Bush said, celebrated …")', () => {
		const text = [
			'George W. Bush opened the museum on Friday.',
			'The museum, Mr. Bush said, celebrated several of his heroes.'
		].join('\n\n');
		expect(factsOf(text, 'role').map((f) => f.supported.claim)).toEqual([]);
	});
});

describe('a title opening a sentence', () => {
	it('is written as inside a sentence: "Likely Republican nominee Ann Lowe" → "the likely Republican nominee" (PolNeAR train)', () => {
		const text = [
			'Likely Republican nominee Ann Lowe has built her campaign on the economy.',
			'Presumptive Democratic nominee Tom Hale marched in the parade.',
			'"We will win," said Ann Lowe. "We will not," said Tom Hale.'
		].join('\n\n');
		expect(factsOf(text, 'role').map((f) => f.supported.claim)).toEqual([
			'Ann Lowe is the likely Republican nominee.',
			'Tom Hale is the presumptive Democratic nominee.'
		]);
	});
});

describe('a title read before a name', () => {
	it.each([
		['Westbury coach ', 'the Westbury coach'],
		['Democratic vice presidential nominee ', 'the Democratic vice presidential nominee'],
		["Trump's campaign manager ", "Trump's campaign manager"],
		// Found on PolNeAR dev: words before the title are no part of it.
		['while 5 percent prefer Libertarian nominee ', 'the Libertarian nominee'],
		['and why he believes GOP nominee ', 'the GOP nominee'],
		['wrote film director ', 'the film director'],
		// One of several, somebody's, or a past one.
		['Republican presidential candidate ', null],
		['an acclaimed film director ', null],
		['his deputy manager ', null],
		['Former Secretary of State ', null],
		['night Ex-CIA chief ', null],
		['community leader ', null],
		// Found on PolNeAR train: one of two roles joined by "and" ("Christian and corporate speaker"),
		// and a speaker in lower case, who gives talks (the House Speaker is written with a capital).
		['Popular Christian and corporate speaker ', null],
		['motivational speaker ', null],
		['House Speaker ', 'the House Speaker'],
		// Found on PolNeAR train: "former state GOP chair" is neither today's nor the party's chair.
		['in the single digits — former state GOP chair ', null],
		['and state GOP chair ', null],
		// Fifteenth session (PolNeAR train): "presumptive" is kept — the nominee is not chosen yet.
		['their support to presumptive Republican nominee ', 'the presumptive Republican nominee']
	])('%s → %s', (before, title) => {
		expect(titleBefore(before)).toBe(title);
	});
});

describe('a role written before the name ("Westbury coach Mark Delaney")', () => {
	const text = [
		'"We respect the tribunal," Westbury coach Mark Delaney said.',
		'In her written reasons, panel chair Judith Rowe said the contact was careless.',
		'Eastport football manager Sue Bradshaw said the forward was recovering well.',
		'Republican presidential candidate Ted Cruz said he would keep campaigning.',
		'Former Secretary of State Colin Powell said he had given advice.',
		'"We are ready," said his deputy manager Alan Price.'
	].join('\n\n');
	const roles = pairsOf(text, 'role');

	it('is given to its holder, and to another person with a role as a false claim, when only one person holds it', () => {
		// "candidate" is a role many hold; "Former" and "his deputy" say whose or when, not which.
		expect(roles).toEqual([
			['Mark Delaney is the Westbury coach.', 'Judith Rowe is the Westbury coach.'],
			['Judith Rowe is the panel chair.', 'Sue Bradshaw is the panel chair.'],
			[
				'Sue Bradshaw is the Eastport football manager.',
				'Mark Delaney is the Eastport football manager.'
			]
		]);
	});
});

describe("a role after a name's possessive, opening the sentence", () => {
	// Held-out scooter-recall: "Voltra's founder and chief executive, Martin Keane," gave no claim.
	it('is given to its holder, and to another person with a role as a false claim', () => {
		const text = [
			"Voltra's chief executive, Martin Keane, apologised to the families on Monday.",
			'"We got this wrong," Keane said.',
			"The council's chief engineer, Tom Reilly, said the pier was closed.",
			'Its head of policy, Sue Davenport, said the group had warned the regulator.',
			"Keane's lawyer, Ann Moss, said the firm would co-operate.",
			// A contraction is no possessive (PolNeAR train: "Donald Trump is What's more.").
			"Donald Trump said he would win. What's more, Trump's decision to skip the debate cost him."
		].join('\n\n');
		// "Its head of policy": whose "its" is, the words alone do not tell. "Keane's lawyer": a
		// person's lawyer may be one of several.
		expect(pairsOf(text, 'role')).toEqual([
			["Martin Keane is Voltra's chief executive.", "Tom Reilly is Voltra's chief executive."],
			[
				"Tom Reilly is the council's chief engineer.",
				"Martin Keane is the council's chief engineer."
			]
		]);
	});
});

describe('an age in a description after the name', () => {
	// Held-out scooter-recall: "said Mrs Okoro, a 38-year-old pharmacist" gave no claim.
	it('is a claim: ", a 38-year-old pharmacist", ", an 81-year-old widower"', () => {
		const text = [
			'"We lost everything," said Priya Okoro, a 38-year-old pharmacist.',
			'Tom Hale, an 81-year-old widower, said he heard the alarm. "It was loud," Hale said.',
			// Whose "15-year-old son" it is, the age is not hers.
			'Ana Silva, whose 15-year-old son was at home, said she was grateful.',
			// An age in a story of the past is the age then (PolNeAR train: "a relationship with Ms.
			// Lewinsky, a 22-year-old White House intern"): only with the words the person says.
			'In 1998 Bill Clinton had a relationship with Monica Lewinsky, a 22-year-old intern. "It was wrong," Lewinsky said.'
		].join('\n\n');
		expect(pairsOf(text, 'age')).toEqual([
			['Priya Okoro is 38 years old.', 'Priya Okoro is 81 years old.'],
			['Tom Hale is 81 years old.', 'Tom Hale is 38 years old.']
		]);
	});
});

describe('a figure reported from a source', () => {
	it('starts in lower case unless its first word is a name', () => {
		const text =
			'Bonuses for bankers were $500 last year, according to the Wall Street Journal. "It is too little," said Ana Silva.';
		const figures = factsOf(text, 'figure');
		for (const f of figures) expect(f.supported.claim).not.toMatch(/, Bonuses/u);
	});
});

describe('what someone said, as a claim', () => {
	// PolNeAR dev (sixth session): "said Subpoenas aren't optional" kept the quote's capital.
	it('writes a plural the article never capitalises inside a sentence in lower case', () => {
		const text =
			'"Subpoenas are not optional, and we will enforce them," said Jason Chaffetz. "Documents were lost in the move," said Ann Lowe.';
		expect(factsOf(text, 'said').map((f) => f.supported.claim)).toEqual([
			"Jason Chaffetz said subpoenas aren't optional.",
			'Ann Lowe said documents had been lost in the move.'
		]);
	});
});

describe('which facts are asked true and which false', () => {
	/** A fact named `key`: `r` refutable by a changed detail, `n` by negation alone, `-` neither. */
	const fact = (key: string, can: 'r' | 'n' | '-', kind: Fact['kind'] = 'said'): Fact => {
		const claim = (label: 'supported' | 'refuted', claim: string) => ({
			claim,
			label,
			evidence: ['p1s1'],
			related: [],
			explanation: '',
			discuss: '',
			confidence: 'sure' as const,
			reason: null
		});
		return {
			key,
			kind,
			supported: claim('supported', `${key} true`),
			refuted: can === 'r' ? claim('refuted', `${key} false`) : null,
			negated: can === 'n' ? claim('refuted', `${key} not`) : null
		};
	};
	const asked = (facts: Fact[]) => {
		const { supported, refuted } = balancedClaims(facts);
		return { supported: supported.map((c) => c.claim), refuted: refuted.map((c) => c.claim) };
	};

	it('asks every refutable fact false while others are left to be asked true', () => {
		// In turn, the second refutable fact came while the false ones were ahead and was asked true:
		// one false, two true. Both false and the three others true makes five.
		expect(
			asked([fact('a', 'r'), fact('b', 'r'), fact('c', '-'), fact('d', '-'), fact('e', '-')])
		).toEqual({
			supported: ['c true', 'd true', 'e true'],
			refuted: ['a false', 'b false']
		});
	});

	it('asks half the facts false when all of them could be, the first ones first', () => {
		expect(asked(['a', 'b', 'c', 'd'].map((k) => fact(k, 'r')))).toEqual({
			supported: ['c true', 'd true'],
			refuted: ['a false', 'b false']
		});
	});

	it('keeps false claims by negation alone to a third of the false ones', () => {
		expect(
			asked([
				fact('a', 'n'),
				fact('b', 'n'),
				fact('c', 'r'),
				fact('d', 'r'),
				fact('e', '-'),
				fact('f', '-')
			])
		).toEqual({
			supported: ['b true', 'e true', 'f true'],
			refuted: ['a not', 'c false', 'd false']
		});
	});

	it('asks one detail once, and at most six false claims and seven true ones', () => {
		const many = Array.from({ length: 20 }, (_, i) => fact(`k${i}`, i % 2 ? 'r' : '-'));
		const { supported, refuted } = asked([fact('k1', '-'), ...many]);
		expect(refuted).toEqual([
			'k3 false',
			'k5 false',
			'k7 false',
			'k9 false',
			'k11 false',
			'k13 false'
		]);
		expect(supported).toEqual([
			'k1 true',
			'k0 true',
			'k2 true',
			'k4 true',
			'k6 true',
			'k8 true',
			'k10 true'
		]);
	});

	it('evens true and false out within each form of claim: not every "X said" false and every "X is" true', () => {
		// Six claims at most (three false, three true). Asking the three said facts false leaves the
		// two descriptions and the role true: the form alone would answer. Two said facts false with
		// the role, and the third said fact true with the descriptions, asks as many.
		expect(
			asked([
				fact('a', 'r'),
				fact('b', 'r'),
				fact('c', 'r'),
				fact('d', '-', 'described'),
				fact('e', '-', 'described'),
				fact('f', 'r', 'role')
			])
		).toEqual({
			supported: ['c true', 'd true', 'e true'],
			refuted: ['a false', 'b false', 'f false']
		});
	});

	it('adds a false claim beyond the true ones when there is no other true one', () => {
		expect(asked([fact('a', 'r'), fact('b', 'r'), fact('c', 'r')])).toEqual({
			supported: ['c true'],
			refuted: ['a false', 'b false']
		});
	});
});

describe('what someone said, given to another speaker as a false claim', () => {
	// PolNeAR train: "Verizon said they're doing a lot of installations", marked refuted, when its
	// chief executive said it. A one-word name the article never gives in full may be a company
	// (the reader cannot tell): the words of its own people are no false claim for it.
	it('is not given to a one-word name that may be the company the speaker speaks for', () => {
		const text = [
			'"We are doing a lot of installations," chief executive Lowell McAdam said at an investors conference.',
			'Verizon said in a statement: "We look forward to having all of our employees back at work."',
			'"The agreement is a victory for working families," union president Chris Shelton said.'
		].join('\n\n');
		const said = factsOf(text, 'said').find((f) => f.supported.claim.startsWith('Lowell McAdam'));
		expect(said?.refuted?.claim).toMatch(/^Chris Shelton said /u);
	});
});

describe('claims a player can read', () => {
	it('keeps no claim with a bracket opened and not closed', () => {
		// PolNeAR train (fifteenth session): "Kasich (who has 25 delegates." was cut inside the bracket.
		const read = readAndSuggest(
			'Kasich (who has 25 delegates to date) said it is possible for him to secure the nomination during the primary elections, but it will be difficult.'
		);
		expect(claimFacts(read.article, read.suggestions).map((f) => f.supported.claim)).not.toContain(
			'Kasich (who has 25 delegates.'
		);
	});
});
