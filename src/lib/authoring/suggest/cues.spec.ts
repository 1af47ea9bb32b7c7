import { describe, expect, it } from 'vitest';
import type { Article, Quote } from './article';
import { cueAbove, cueAfter, cueBefore, isEmbedded } from './cues';
import { findNames } from './find-names';
import { findMentions } from './mentions';
import { readArticle } from './paragraphs';

/** The article after the names and mentions stages, and its quotes in order. */
function read(text: string): { article: Article; quotes: Quote[] } {
	const article = readArticle(text);
	findNames(article);
	findMentions(article);
	return { article, quotes: article.quotes.flat() };
}

/** The cue of the quote with these words: its words, and whom it names. */
function cueOf(text: string, words: string, where: 'after' | 'before') {
	const { article, quotes } = read(text);
	const quote = quotes.find((q) => q.text === words)!;
	const cue = where === 'after' ? cueAfter(article, quote) : cueBefore(article, quote);
	return cue && { cue: cue.cue, speaker: cue.speaker?.label ?? null };
}

describe('cues: the speech verb next to a quote, and whom it names', () => {
	it.each([
		['verb first', '"The pier is safe," said Maya Brooks.', 'said Maya Brooks', 'Maya Brooks'],
		[
			'"told reporters"',
			'"The pier is safe," Maya Brooks told reporters.',
			'Maya Brooks told reporters',
			'Maya Brooks'
		],
		[
			'a pronoun',
			'Maya Brooks, 52, runs the harbour. "The pier is safe," she added.',
			'she added',
			'Maya Brooks'
		],
		[
			'an epithet',
			'The committee chair, Maya Brooks, opened the meeting. "The pier is safe," said the committee chair.',
			'said the committee chair',
			'Maya Brooks'
		],
		[
			'an outlet reporting',
			'Maya Brooks runs the Gazette. "The pier is safe," the Gazette reported.',
			'the Gazette reported',
			'The Gazette'
		],
		[
			'a role naming whose the speaker is, in curly quotes',
			'Grace Okoro toured the port. \u201cThe pier is safe,\u201d Okoro spokeswoman Maya Brooks said.',
			'Okoro spokeswoman Maya Brooks said',
			'Maya Brooks'
		],
		[
			'a longer role, the verb first',
			'Gov. Grace Okoro toured the port. "The pier is safe," said Okoro campaign chairwoman Maya Brooks.',
			'said Okoro campaign chairwoman Maya Brooks',
			'Maya Brooks'
		],
		[
			'an unnamed source with a "who" clause in commas, then "told"',
			'"The pier is safe," a harbour official, who was not allowed to speak on the record, told reporters.',
			'a harbour official, who was not allowed to speak on the record, told reporters',
			'A harbour official'
		],
		[
			"the verb, someone's role, the name in commas",
			'Maya Brooks, 52, runs. "The pier is safe," said Brooks\'s campaign manager, Tom Reilly.',
			"said Brooks's campaign manager, Tom Reilly",
			'Tom Reilly'
		],
		[
			"the verb, a place's role, the name",
			'"The pier is safe," said Ashcombe\'s harbour master Tom Reilly.',
			"said Ashcombe's harbour master Tom Reilly",
			'Tom Reilly'
		],
		[
			'an outlet, a two-word role, the name',
			'"The pier is safe," Ashcombe Gazette opinion editor Maya Brooks told reporters.',
			'Ashcombe Gazette opinion editor Maya Brooks told reporters',
			'Maya Brooks'
		],
		[
			'a programme, a "co-" role, the name',
			'"The pier is safe," ABN co-anchor Maya Brooks said.',
			'ABN co-anchor Maya Brooks said',
			'Maya Brooks'
		]
	])('after the quote: %s', (_kind, text, cue, speaker) => {
		expect(cueOf(text, 'The pier is safe', 'after')).toEqual({ cue, speaker });
	});

	it.each([
		['a verb and a colon', 'Maya Brooks said: "The pier is safe".', 'Maya Brooks said'],
		[
			'"told reporters" and a colon',
			'Maya Brooks told reporters: "The pier is safe".',
			'Maya Brooks told reporters'
		],
		[
			'"told" a named outlet and a colon: whom she told is not the speaker',
			'Maya Brooks told the Ashcombe Gazette: "The pier is safe".',
			'Maya Brooks told the Ashcombe Gazette'
		],
		[
			'"told" a named person and a colon',
			'Maya Brooks, 52, told Tom Reilly: "The pier is safe".',
			'Maya Brooks, 52, told Tom Reilly'
		],
		[
			'"according to"',
			'Maya Brooks, 52, runs the harbour. According to Brooks, "The pier is safe".',
			'according to Brooks'
		],
		[
			'"told" and an outlet named by one word',
			'Maya Brooks told Politico, "The pier is safe".',
			'Maya Brooks told Politico'
		],
		[
			'"As" a name, an apposition naming a body, then the verb',
			'As Maya Brooks, an expert on ports at the Harbour Institute for Coastal Policy, noted: "The pier is safe".',
			'As Maya Brooks, an expert on ports at the Harbour Institute for Coastal Policy, noted'
		]
	])('before the quote: %s', (_kind, text, cue) => {
		expect(cueOf(text, 'The pier is safe', 'before')).toEqual({ cue, speaker: 'Maya Brooks' });
	});

	it.each([
		[
			'a verb, an outlet, a role and a name, then a colon',
			'In other words, explained ABN moderator Maya Brooks: "The pier is safe".',
			'explained ABN moderator Maya Brooks',
			'Maya Brooks'
		],
		[
			'a role and a name ending the clause before a colon, no verb',
			'The news does not surprise harbour engineer Maya Brooks: "The pier is safe".',
			'The news does not surprise harbour engineer Maya Brooks',
			'Maya Brooks'
		],
		[
			'"Here\'s" a name and a time, then a colon',
			'Maya Brooks, 52, ran in 1992. Here\'s Brooks in December 1992: "The pier is safe".',
			"Here's Brooks in December 1992",
			'Maya Brooks'
		]
	])('before the quote: %s', (_kind, text, cue, speaker) => {
		expect(cueOf(text, 'The pier is safe', 'before')).toEqual({ cue, speaker });
	});

	it.each([
		['a name after "to"', 'The letter went to Maya Brooks, 52: "The pier is safe".'],
		[
			'an outlet after "on"',
			'Maya Brooks, 52, spoke later that month on Radio Ashcombe: "The pier is safe".'
		]
	])('before the quote: no speaker from %s before a colon', (_kind, text) => {
		expect(cueOf(text, 'The pier is safe', 'before')?.speaker ?? null).not.toBe('Maya Brooks');
	});

	it('before the quote: the subject named right before the verb, in a clause of its own', () => {
		expect(
			cueOf(
				'Maya Brooks, 52, left the stage after Tom Reilly in a short statement said: "The pier is safe".',
				'The pier is safe',
				'before'
			)
		).toEqual({
			cue: 'Maya Brooks, 52, left the stage after Tom Reilly in a short statement said',
			speaker: 'Tom Reilly'
		});
	});

	it.each([
		[
			'a participle after the clause',
			'Maya Brooks posted a message on Monday, saying, "The pier is safe."',
			'saying'
		],
		[
			'a participle and a colon',
			'Maya Brooks wrote to the council, adding: "The pier is safe."',
			'adding'
		],
		[
			'a participle after an earlier quote',
			'Maya Brooks called the report "a fair start," adding, "The pier is safe."',
			'adding'
		]
	])('before the quote, the subject of a participle cue: %s', (_kind, text, cue) => {
		expect(cueOf(text, 'The pier is safe.', 'before')).toEqual({ cue, speaker: 'Maya Brooks' });
	});

	it.each([
		['"the Rev."', 'said the Rev. Ada Nwosu', 'Ada Nwosu'],
		['"Sen." after the verb', 'said Sen. Ada Nwosu', 'Ada Nwosu'],
		['a role', 'said strategist Ada Nwosu', 'Ada Nwosu'],
		['a party and a role', 'said Republican strategist Ada Nwosu', 'Ada Nwosu'],
		["another person's name and a role", 'said Brooks campaign adviser Ada Nwosu', 'Ada Nwosu']
	])('after the quote, a title or role after the verb: %s', (_kind, cue, speaker) => {
		const text = `Maya Brooks runs the harbour. "The pier is safe," ${cue}.`;
		expect(cueOf(text, 'The pier is safe', 'after')).toEqual({ cue, speaker });
	});

	it.each([
		['a name and a colon', 'Maya Brooks: "The pier is safe."', 'Maya Brooks'],
		[
			'a name, an affiliation and a colon',
			'Maya Brooks, Radio North: "The pier is safe."',
			'Maya Brooks'
		],
		[
			'a heading, a dash, a name and a colon',
			'Harbour talks go on - Maya Brooks: "The pier is safe."',
			'Maya Brooks'
		],
		[
			'a subject, another verb and a speech verb',
			'Maya Brooks shrugged and added: "The pier is safe."',
			'Maya Brooks shrugged and added'
		],
		['a rarer speech verb', 'Maya Brooks retorted: "The pier is safe."', 'Maya Brooks retorted']
	])('before the quote, no usual cue: %s', (_kind, text, cue) => {
		expect(cueOf(text, 'The pier is safe.', 'before')).toEqual({ cue, speaker: 'Maya Brooks' });
	});

	it.each([
		['"charged"', 'Maya Brooks charged'],
		['"scoffed"', 'Maya Brooks scoffed'],
		['"reiterated"', 'Maya Brooks reiterated']
	])('after the quote, a rarer speech verb: %s', (_kind, cue) => {
		expect(cueOf(`"The pier is safe," ${cue}.`, 'The pier is safe', 'after')).toEqual({
			cue,
			speaker: 'Maya Brooks'
		});
	});

	it.each([
		['a speech verb and a colon', 'Maya Brooks told the council on Monday. She said:', 'She said'],
		['a name and a colon', 'Maya Brooks:', 'Maya Brooks'],
		[
			'a body and a colon',
			'The Harbour Board wrote to members:',
			'The Harbour Board wrote to members'
		]
	])('a quote opening a paragraph, cued at the end of the one before: %s', (_kind, lead, cue) => {
		const { article, quotes } = read(`${lead}\n\n"The pier is safe. Nobody should worry."`);
		const found = cueAbove(article, quotes[0]!);
		const speaker = lead.startsWith('The Harbour') ? 'The Harbour Board' : 'Maya Brooks';
		expect(found && { cue: found.cue, speaker: found.speaker?.label }).toEqual({ cue, speaker });
	});

	it('takes no cue from the paragraph before when it does not end with a colon', () => {
		const { article, quotes } = read('Maya Brooks said so.\n\n"The pier is safe."');
		expect(cueAbove(article, quotes[0]!)).toBeUndefined();
	});

	it('finds the cue between two quotes for both', () => {
		const text = '"We will appeal," Maya Brooks said, "and we will win."';
		expect(cueOf(text, 'We will appeal', 'after')).toEqual({
			cue: 'Maya Brooks said',
			speaker: 'Maya Brooks'
		});
		expect(cueOf(text, 'and we will win.', 'before')).toEqual({
			cue: 'Maya Brooks said',
			speaker: 'Maya Brooks'
		});
	});

	it.each([
		[
			"an outlet's writer",
			'The Halden Gazette covered the vote. "The pier is safe," the Gazette\'s Maya Brooks wrote.',
			"the Gazette's Maya Brooks wrote"
		],
		[
			"a person's adviser, named in apposition",
			'Tom Reilly, 61, is running. "The pier is safe," Reilly\'s campaign manager, Maya Brooks, said.',
			"Reilly's campaign manager, Maya Brooks, said"
		],
		[
			"a person's adviser, named after the title",
			'Tom Reilly, 61, is running. "The pier is safe," Reilly\'s senior adviser Maya Brooks said.',
			"Reilly's senior adviser Maya Brooks said"
		]
	])('gives the person named after a possessive, not its owner: %s', (_kind, text, cue) => {
		expect(cueOf(text, 'The pier is safe', 'after')).toEqual({ cue, speaker: 'Maya Brooks' });
	});

	it('finds no cue where no speech verb stands next to the quote', () => {
		expect(
			cueOf('Maya Brooks, 52, runs the harbour. "The pier is safe."', 'The pier is safe.', 'before')
		).toBeUndefined();
		expect(
			cueOf('"The pier is safe." The crowd cheered.', 'The pier is safe.', 'after')
		).toBeUndefined();
	});

	it.each([
		[
			'a fragment after a non-speech verb',
			'Reyes dismissed the plan as "a road to nowhere".',
			true
		],
		['a fragment in reported speech', 'Reyes said the plan was "a road to nowhere".', true],
		['a quote after a colon', 'Reyes said: "The plan is a road to nowhere."', false],
		[
			'a quote after a participle cue',
			'Reyes spoke, saying "The plan is a road to nowhere."',
			false
		],
		['a quote before its cue', '"The plan is a road to nowhere," Reyes said.', false]
	])('tells %s as part of its sentence: %s', (_kind, text, embedded) => {
		const { article, quotes } = read(text);
		expect(isEmbedded(article, quotes[0]!)).toBe(embedded);
	});
});
