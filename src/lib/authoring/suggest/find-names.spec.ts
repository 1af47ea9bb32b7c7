import { describe, expect, it } from 'vitest';
import type { Entity } from './article';
import { findNames } from './find-names';
import { readArticle } from './paragraphs';

/** The people and bodies the names stage finds in a text. */
function named(text: string): Entity[] {
	const article = readArticle(text);
	findNames(article);
	return article.entities;
}

/** What a test checks of an entity. */
const summary = (e: Entity) => ({
	kind: e.kind,
	label: e.label,
	confirmed: e.confirmed,
	gender: e.gender,
	age: e.age,
	roles: [...e.roles].sort(),
	epithets: e.epithets
});

describe('findNames: people and organisations, with their titles and appositions', () => {
	it('takes a heading in capitals for no organisation, and the name after it for a person', () => {
		expect(
			named(
				'LATE TURNOUT IN OHIO RAISES NO HOPES - Dan P. Ferris: "At long last the contests have started."'
			).map((e) => [e.kind, e.label])
		).toEqual([['person', 'Dan P. Ferris']]);
	});

	it('ends a name before a capitalised "The" (a subheading run into its paragraph)', () => {
		// PolNeAR train (fifteenth session): "Cheers, Ms. Yellen The Federal Reserve chairwoman, Janet
		// Yellen, …" gave a person "Yellen Federal Reserve".
		expect(
			named(
				'Cheers, Ms. Yellen The Federal Reserve chairwoman, Janet Yellen, seated on the dais, has been criticized.'
			).map((e) => [e.kind, e.label])
		).toEqual([
			['body', 'The Federal Reserve'],
			['person', 'Janet Yellen']
		]);
		// "Reserve" names a body, as "Bank" does.
		expect(
			named('The Federal Reserve said rates would rise.').map((e) => [e.kind, e.label])
		).toEqual([['body', 'The Federal Reserve']]);
	});

	it('reads a company by the word of its trade ("Northern Prairie Electric", "Bain Capital", "Dow Chemical")', () => {
		// Held-out utility-fine: the company that spoke in a statement was no source.
		expect(
			named(
				'Northern Prairie Electric, which serves about 620,000 customers, said in a statement that it would not appeal. Bain Capital said nothing. Dow Chemical said it was sorry. Gawker Media declined to comment.'
			).map((e) => [e.kind, e.label])
		).toEqual([
			['body', 'Northern Prairie Electric'],
			['body', 'Bain Capital'],
			['body', 'Dow Chemical'],
			['body', 'Gawker Media']
		]);
	});

	it('reads a name after the word for its kind of business as a body ("the Leeds firm Voltra Mobility", "the online retailer ScootDirect", "Consumer group Which?")', () => {
		// Held-out scooter-recall: the firm was taken for a person and the consumer group was lost.
		expect(
			named(
				'Scooters sold by the Leeds firm Voltra Mobility caught fire. The regulator fined the online retailer ScootDirect £250,000. Consumer group Which? welcomed the recall but said it had come too late.'
			).map((e) => [e.kind, e.label])
		).toEqual([
			['body', 'Voltra Mobility'],
			['body', 'ScootDirect'],
			['body', 'Which?']
		]);
	});

	it('keeps a person named after such a word a person ("the company founder Jane Doe", "the firm Trump founded")', () => {
		expect(
			named(
				'Donald Trump spoke first. The retailer Jane Doe said sales fell. The firm Trump founded said nothing.'
			).map((e) => [e.kind, e.label])
		).toEqual([
			['person', 'Donald Trump'],
			['person', 'Jane Doe']
		]);
	});

	it('takes a name with a model number for no person ("the Voltra S3 posed a risk", "a Boeing 737 crashed")', () => {
		// Held-out scooter-recall: the product was a person, and quotes of its maker's chief went to it.
		expect(
			named('The Voltra S3 posed a serious risk of fire. A Boeing 737 landed.').map((e) => [
				e.kind,
				e.label
			])
		).toEqual([]);
	});

	it("reads a plural's apostrophe inside an organisation's name ('the Allied Bakers’ Union')", () => {
		// Held-out factory-closure: "Allied Bakers" was taken for a person, the union was lost.
		for (const apostrophe of ['\u2019', "'"])
			expect(
				named(
					`The Allied Bakers${apostrophe} Union, which represents 300 workers, said it had no warning.`
				).map((e) => [e.kind, e.label])
			).toEqual([['body', `The Allied Bakers${apostrophe} Union`]]);
	});

	it('reads no names in a headline in Title Case: every word has a capital there', () => {
		// PolNeAR train: "Guns Are" and "Tells Democratic Convention" were taken for people.
		expect(
			named(
				'Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention.\n\nHoward Dean, the former governor of Vermont, told a cheering crowd on Monday that guns were a crisis.'
			).map((e) => [e.kind, e.label])
		).toEqual([['person', 'Howard Dean']]);
	});

	it('still takes a short name in capitals for an organisation', () => {
		expect(named('"We will appeal," the NRA said.').map((e) => [e.kind, e.label])).toEqual([
			['body', 'The NRA']
		]);
	});

	it('keeps a month after a name out of the name when no first name comes before it', () => {
		expect(named('Tom Reilly, 40, met the board on Friday May 5.').map((e) => e.label)).toEqual([
			'Tom Reilly'
		]);
	});

	it.each([
		[
			'a representative by title, after the verb',
			'"The plan is sound," said Rep. Maya Brooks (D-Vt.) on Monday.',
			{ kind: 'person', label: 'Maya Brooks', confirmed: true, roles: ['rep'], epithets: [] }
		],
		[
			'a surname that is also a month, after a first name',
			'"We will leave in March," said Prime Minister Theresa May on Friday.',
			{ kind: 'person', label: 'Theresa May', confirmed: true, roles: ['minister'], epithets: [] }
		],
		[
			'initials written without a space',
			'"The plan is sound," said CBC Chairman G.K. Butterfield (D-N.C.).',
			{
				kind: 'person',
				label: 'G.K. Butterfield',
				confirmed: true,
				roles: ['chairman'],
				epithets: []
			}
		],
		[
			'a surname that is also a title',
			'"The plan is sound," said former governor Howard Dean, a supporter.',
			{
				kind: 'person',
				label: 'Howard Dean',
				confirmed: true,
				gender: 'm',
				roles: ['governor', 'supporter'],
				epithets: ['a supporter']
			}
		],
		[
			'a senator by title',
			'Sen. Maya Brooks said the plan was sound.',
			{ kind: 'person', label: 'Maya Brooks', confirmed: true, roles: ['sen'], epithets: [] }
		],
		[
			'a doctor in apposition',
			'Dr Ada Nwosu, the hospital director, opened the ward.',
			{
				kind: 'person',
				label: 'Ada Nwosu',
				confirmed: true,
				roles: ['director', 'doctor'],
				epithets: ['the hospital director']
			}
		],
		[
			'a gender from a title',
			'Mrs Ellen Okafor said the road was closed.',
			{ kind: 'person', label: 'Ellen Okafor', confirmed: true, gender: 'f', roles: ['mrs'] }
		],
		[
			'an age in commas',
			'Margaret Ellison, 78, said the water rose fast.',
			{ kind: 'person', label: 'Margaret Ellison', confirmed: true, age: 78, roles: [] }
		],
		[
			'a role noun before the name',
			'On Friday shopkeeper Tom Reilly said trade was down.',
			{ kind: 'person', label: 'Tom Reilly', confirmed: true, roles: ['shopkeeper'] }
		],
		[
			'an epithet before the name',
			'The mayor, Helen Achterberg, said the bridge would reopen.',
			{
				kind: 'person',
				label: 'Helen Achterberg',
				confirmed: true,
				roles: ['mayor'],
				epithets: ['the mayor']
			}
		],
		[
			// "the league" is the object of "for", not the person: no epithet (held-out tribunal-ban).
			'no epithet from the object of a preposition before the name',
			'Counsel for the league, Andrew Fenwick, told the panel the contact was high.',
			{ kind: 'person', label: 'Andrew Fenwick', epithets: [] }
		],
		[
			'a person named by title alone',
			'The vote was fair, Mr Okoro said.',
			{ kind: 'person', label: 'Mr Okoro', confirmed: true, gender: 'm', roles: ['mr'] }
		],
		[
			'an organisation',
			'The Harbour Ferry Company said sailings were cancelled.',
			{ kind: 'body', label: 'The Harbour Ferry Company', confirmed: true, roles: [] }
		]
	])('finds %s', (_kind, text, expected) => {
		const found = named(text).map(summary);
		expect(found).toEqual([expect.objectContaining(expected)]);
	});

	it.each([
		[
			'an unknown first name, an apposition naming a body, then a framing verb',
			'Yun Shu, director of the Institute of Coastal Studies, calls the new port "a mistake" at every turn.',
			'Yun Shu'
		],
		[
			'an unknown first name, "of" and a firm, an apposition, then a speech verb',
			'Holger Schmieding of Berenberg, a German bank, warned that the attacks would hurt trade.',
			'Holger Schmieding'
		],
		[
			'an unknown first name, "of the" and a body, then a speech verb',
			'Yun Shu of the Harbour Institute said the port was too small.',
			'Yun Shu'
		],
		[
			'a surname that is a place word, an apposition, then a speech verb',
			'Jo Park, a professor at the University of Ashcombe, said the port was too small.',
			'Jo Park'
		]
	])('takes a person speaking after an apposition: %s', (_kind, text, label) => {
		const found = named(text).find((e) => e.label === label);
		expect(found && { kind: found.kind, confirmed: found.confirmed }).toEqual({
			kind: 'person',
			confirmed: true
		});
	});

	it.each([
		[
			'"Former" and a title at the start of a sentence',
			'Former Senator Maya Brooks said the plan was sound.'
		],
		['a party', 'Republican Maya Brooks said the plan was sound.'],
		['"Former", a place and a role', 'Former Calder governor Maya Brooks said the plan was sound.'],
		['a speech verb', 'Added Maya Brooks: "The plan was sound."'],
		['a state before a title', 'Vermont Sen. Maya Brooks said the plan was sound.'],
		['a city before a title', 'On Monday, Calder Mayor Maya Brooks said the plan was sound.'],
		['a state before "Rep."', 'Calder Rep. Maya Brooks said the plan was sound.'],
		['a plural party word', 'Republicans Brooks and Okoro backed the plan. Maya Brooks spoke.']
	])('keeps %s out of the name', (_kind, text) => {
		expect(named(text).map((e) => e.label)).toEqual(['Maya Brooks']);
	});

	it.each([
		['a preposition', 'Maya Brooks runs the harbour. Despite Brooks, the pier closed.'],
		['"Of"', 'Maya Brooks runs the harbour. Of Brooks, the mayor said little.'],
		['an auxiliary', 'Maya Brooks runs the harbour. Does Brooks care? The mayor said no.'],
		['"Neither"', 'Maya Brooks runs the harbour. Neither Brooks nor the mayor came.']
	])('keeps %s opening a sentence out of a known surname after it', (_kind, text) => {
		expect(named(text).map((e) => e.label)).toEqual(['Maya Brooks']);
	});

	it('keeps a first name that looks like a verb at the start of a sentence', () => {
		expect(named('Will Brooks said the pier was safe.').map((e) => e.label)).toEqual([
			'Will Brooks'
		]);
	});

	it("keeps a party word in an organisation's name", () => {
		expect(
			named('The Republican National Committee said the plan was sound.').map((e) => e.label)
		).toEqual(['The Republican National Committee']);
	});

	it.each([
		['a street that stands for a government', 'Downing Street said the talks would go on.'],
		['a street that stands for a market', 'Wall Street says rates will fall.']
	])('takes %s for a body', (_kind, text) => {
		expect(named(text).map((e) => [e.kind, e.label])).toEqual([
			['body', text.split(' ').slice(0, 2).join(' ')]
		]);
	});

	it('takes a member of parliament by title', () => {
		expect(named('"We will not back down," Labour MP Jo Brennan said.').map(summary)).toEqual([
			expect.objectContaining({ kind: 'person', label: 'Jo Brennan', roles: ['mp'] })
		]);
	});

	// PolNeAR train (issue 21, sixth session): "a member" cut from "a member of parliament" says
	// nothing of the person; a role before its place keeps its meaning ("a historian").
	it.each([
		[
			'"Racist," said Issawi Frej, a member of parliament in Jerusalem and a veteran of the Knesset.',
			'Issawi Frej',
			[]
		],
		[
			'Israel matters most to Sheldon Adelson, a fierce supporter of the nation and close friend of its leader.',
			'Sheldon Adelson',
			[]
		],
		[
			'"It is too small," said Jo Park, a marine biologist at the University of Ashcombe in the north of the island.',
			'Jo Park',
			['a marine biologist']
		]
	])(
		'cuts an apposition before its place only where the role stands alone: %s',
		(text, label, epithets) => {
			expect(named(text).find((e) => e.label === label)?.epithets).toEqual(epithets);
		}
	);

	// Read on PolNeAR dev (sixth session): "Everything Trump says" is no person "Everything Trump";
	// "The Movement for Black Lives" is one body, not "Black Lives".
	it('keeps a pronoun like "Everything" opening a sentence out of the name after it', () => {
		expect(
			named('Everything Tom Hale says is a lie. Nobody Hale knows agrees. Hale said no.').map(
				(e) => e.label
			)
		).toEqual(['Tom Hale']);
	});

	it.each([
		[
			'The Movement for Black Lives, a collective of groups, marched too.',
			'The Movement for Black Lives'
		],
		[
			'The Center for Responsive Politics said spending rose.',
			'The Center for Responsive Politics'
		],
		[
			'The Committee for a Responsible Federal Budget said the plan cost more.',
			'The Committee for a Responsible Federal Budget'
		]
	])('reads "for" inside a body\'s name: %s', (text, label) => {
		expect(named(text).map((e) => [e.kind, e.label])).toEqual([['body', label]]);
	});

	it('takes a first name we know and a surname like a place for a person', () => {
		expect(
			named('Michael Green, a historian at the college, said the vote was close.').map((e) => [
				e.kind,
				e.label,
				e.confirmed
			])
		).toEqual([['person', 'Michael Green', true]]);
	});

	it('takes no body from a street nobody quotes', () => {
		expect(named('Maya Brooks, 52, lives on Victoria Street.').map((e) => e.label)).toEqual([
			'Maya Brooks'
		]);
	});

	it('keeps the title of a name that ends like a place', () => {
		expect(named('"We will not back down," Labour MP Jo Park said.').map(summary)).toEqual([
			expect.objectContaining({ kind: 'person', label: 'Jo Park', roles: ['mp'] })
		]);
	});

	it.each([
		['Harbour Ferries reported a loss.', 'Harbour Ferries'],
		['Calder Airlines said fares would rise.', 'Calder Airlines'],
		['Westshire Holdings said the deal was off.', 'Westshire Holdings']
	])('takes a company named by its trade for a body: %s', (text, label) => {
		expect(named(text).map((e) => [e.kind, e.label])).toEqual([['body', label]]);
	});

	it('takes the seat of a government for a body', () => {
		expect(
			named('The White House said the bill would be signed.').map((e) => [e.kind, e.label])
		).toEqual([['body', 'The White House']]);
	});

	it('takes no person from initials alone', () => {
		expect(named('Maya Brooks said U.S. and N.J. officials agreed.').map((e) => e.label)).toEqual([
			'Maya Brooks'
		]);
	});

	it('does not take a place after "of" for a person', () => {
		expect(named('Residents of Ashcombe say the river rose overnight.')).toEqual([]);
	});

	it('keeps a name nothing shows to be a person unconfirmed', () => {
		expect(named('Lena Ortiz runs the bakery.').map((e) => [e.label, e.confirmed])).toEqual([
			['Lena Ortiz', false]
		]);
	});

	it.each([
		[
			'its surname alone next to a speech verb',
			'Lena Ortiz runs the bakery. Ortiz said it would stay open.'
		],
		[
			'its first name alone inside a quote',
			'"Ask Lena," a customer said. Lena Ortiz runs the bakery.'
		],
		['"according to" before it', 'According to Lena Ortiz, "the bakery will stay open."'],
		['a colon and a quote after it', 'Lena Ortiz: "The bakery will stay open."'],
		[
			'a colon and a quote after its affiliation',
			'Lena Ortiz, Radio North: "The debate was a draw."'
		],
		[
			'a participle cue later in its sentence',
			'Lena Ortiz called the plan "a fair start," adding, "The bakery will stay open."'
		]
	])('confirms a person by %s', (_how, text) => {
		const person = named(text).find((e) => e.label === 'Lena Ortiz');
		expect(person?.confirmed).toBe(true);
	});

	it.each([
		['a colon after a verb we do not know', 'Tom Reilly disagreed: "The plan is a mess."'],
		['a sentence of its own before a quote', 'Ellen Okafor was blunter. "It will fail," she said.']
	])('confirms a name that opens with a first name we know, before %s', (_kind, text) => {
		expect(named(text).map((e) => [e.label, e.confirmed])).toEqual([
			[text.split(' ').slice(0, 2).join(' '), true]
		]);
	});

	it.each([
		[
			'"Jr."',
			'Vice President Joseph R. Biden Jr. visited Ohio. Mr. Biden said the plan was sound.',
			'Joseph R. Biden Jr.'
		],
		[
			'"Jr." after an abbreviated title',
			'Adm. Harry B. Harris Jr. spoke. Admiral Harris said the fleet was ready.',
			'Harry B. Harris Jr.'
		],
		[
			'a numeral',
			'Luther Stan Pate IV, a businessman, spoke. Pate said the plan was sound.',
			'Luther Stan Pate IV'
		]
	])('takes a surname for the person whose name ends in %s', (_kind, text, label) => {
		expect(named(text).map((e) => [e.kind, e.label])).toEqual([['person', label]]);
	});

	it('takes a surname alone for the person already named in full', () => {
		const people = named('Tom Reilly opened the shop in 1990. Reilly said it would close.');
		expect(people.map((e) => e.label)).toEqual(['Tom Reilly']);
	});
});

describe('findNames: words next to a name that are not part of it', () => {
	it.each([
		['a dateline with an agency', 'HARBOURTON (AP) \u2014 Maya Brooks said the pier would reopen.'],
		['a dateline of two words', 'NEW HARBOUR \u2014 Maya Brooks said the pier would reopen.'],
		['a dateline and a bar', 'HARBOURTON \u2015 Maya Brooks said the pier would reopen.'],
		[
			'a dateline with a date and a hyphen',
			'PORT ELLIS, March 3 (Reuters) - Maya Brooks said the pier would reopen.'
		],
		[
			'the word after "Secretary of"',
			'Former Secretary of State Maya Brooks said the pier would reopen.'
		],
		[
			'an organisation and its capitalised role',
			'Harbour Trust President Maya Brooks said the pier would reopen.'
		],
		['a chamber and a role', 'Senate Majority Leader Maya Brooks said the pier would reopen.'],
		['an acronym and a role', 'RNLI Chief Executive Maya Brooks said the pier would reopen.'],
		['a county office', 'Calder County Recorder Maya Brooks said the pier would reopen.'],
		["a chamber's speaker", 'House Speaker Maya Brooks said the pier would reopen.'],
		[
			'a role before the name and a place after it',
			'House Speaker Maya Brooks of Vermont said the pier would reopen.'
		],
		[
			'a chamber before a role in small letters',
			'Former House speaker Maya Brooks said the pier would reopen.'
		],
		[
			'two words after "Minister of"',
			'Minister of Home Affairs Maya Brooks said the pier would reopen.'
		],
		// Found on PolNeAR train: a news digest's heading run into its item's first sentence.
		[
			'a heading in capitals before the sentence',
			'PIER SAVED FROM THE SEA Maya Brooks said the pier would reopen.'
		],
		['"Let\'s" opening a sentence', "Let's say the pier would reopen. Maya Brooks said so."]
	])('leaves out %s', (_kind, text) => {
		expect(named(text).map((e) => e.label)).toEqual(['Maya Brooks']);
	});

	it.each([
		['a state and a party', 'Vermont Republican Maya Brooks spoke. A Vermont Republican said so.'],
		['an adjective and a party', 'The plan pleased Presumptive Republican nominee Maya Brooks.'],
		['two words of origin', 'Maya Brooks met Arab Israeli voters on Monday.']
	])('takes no person from %s', (_kind, text) => {
		expect(named(text).map((e) => e.label)).toEqual(['Maya Brooks']);
	});

	it('keeps a surname that is also a word of origin after a first name', () => {
		expect(named('Bill English said the budget was set.').map((e) => e.label)).toEqual([
			'Bill English'
		]);
	});

	it('takes "Mr. Lou" for Lou Jiwei, whose surname comes first', () => {
		const people = named('Lou Jiwei met the press in Beijing. Mr. Lou said growth would hold.');
		expect(people.map((e) => [e.label, e.confirmed])).toEqual([['Lou Jiwei', true]]);
	});
});
