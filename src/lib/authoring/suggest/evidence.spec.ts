// The evidence the confidence model weighs, read from made-up sentences: the answers are read from
// each sentence (who is named in the cue, who else is named near the words, how far back the speaker
// was last mentioned).
import { describe, expect, it } from 'vitest';
import { suggestWithEvidence } from '../suggest';

/** The evidence for the statement whose words start with `start`. */
function evidence(text: string, start: string) {
	const { suggestions, evidence } = suggestWithEvidence(text);
	const i = suggestions.statements.findIndex((s) => s.content.startsWith(start));
	expect(i, `no statement starting "${start}"`).toBeGreaterThanOrEqual(0);
	return evidence[i]!;
}

describe('evidence for a statement’s speaker', () => {
	it('a full name in the cue, nobody else near', () => {
		const e = evidence('"The pier is safe for everyone," said Maya Brooks, 52.', 'The pier');
		expect(e).toMatchObject({
			by: 'cue',
			named: true,
			pronoun: false,
			namesake: false,
			fullName: true,
			rivals: 0,
			sentenceRivals: 0,
			sinceMention: 0,
			surnameOnly: false,
			opensParagraph: true,
			reported: false,
			speaker: 'person'
		});
		expect(e.words).toBe(6);
	});

	it('a pronoun cue with a man named in the sentence before', () => {
		const e = evidence(
			'Maya Brooks, 52, met the mayor, Tom Reilly, on Monday.\n\n"The pier is safe for everyone," she said.',
			'The pier'
		);
		expect(e).toMatchObject({ by: 'cue', named: false, pronoun: true, sinceMention: 1 });
		expect(e.rivals).toBe(1);
		expect(e.rivalsSameGender).toBe(0);
	});

	it('a surname alone in the cue, and another person named in the same sentence', () => {
		const e = evidence(
			'Maya Brooks runs the harbour board.\n\n"The pier is safe for everyone," Brooks said after Mayor Tom Reilly spoke.',
			'The pier'
		);
		expect(e).toMatchObject({ named: true, surnameOnly: true, sentenceRivals: 1 });
	});

	it('two people of one surname', () => {
		const e = evidence(
			'Grace Okoro, 61, and her son Daniel Okoro, 30, spoke on Monday. "We are ready for the vote," Okoro said.',
			'We are ready'
		);
		expect(e.namesake).toBe(true);
	});

	it('reported speech whose subject is named', () => {
		const e = evidence('Maya Brooks, 52, said the pier would reopen in May.', 'said the pier');
		expect(e).toMatchObject({ by: 'report', named: true, reported: true });
	});

	it.each<[string, string, string, boolean]>([
		['"said" in the cue', '"The pier is safe for everyone," said Maya Brooks.', 'The pier', true],
		['"added" in the cue', '"The pier is safe for everyone," Maya Brooks added.', 'The pier', true],
		[
			'a rarer verb in the cue',
			'"The pier is safe for everyone," Maya Brooks shrugged.',
			'The pier',
			false
		],
		[
			'"says" reporting speech',
			'Maya Brooks says the pier will reopen in May.',
			'says the pier',
			true
		],
		[
			'a rarer reporting verb',
			'Maya Brooks predicted the pier would reopen in May.',
			'predicted',
			false
		],
		['no cue at all', 'Maya Brooks spoke.\n\n"The pier is safe for everyone."', 'The pier', false]
	])('whether the verb is a plain one: %s', (_kind, text, start, plain) => {
		expect(evidence(text, start).plainVerb).toBe(plain);
	});

	it.each<[string, string, string, boolean]>([
		['after the quote', '"The pier is safe for everyone," said Maya Brooks.', 'The pier', true],
		[
			'before the quote',
			'Maya Brooks told reporters: "The pier is safe for everyone."',
			'The pier',
			false
		],
		[
			'in the middle',
			'"The pier is safe," Maya Brooks said, "and it will reopen."',
			'The pier',
			true
		]
	])('whether the cue follows the quote: %s', (_kind, text, start, after) => {
		expect(evidence(text, start).cueAfter).toBe(after);
	});

	it.each<[string, string, string, boolean]>([
		[
			'a sentence opening with "When"',
			'When Tom Reilly left, Maya Brooks said the pier was safe.',
			'said the pier',
			true
		],
		[
			'a quote after "After …,"',
			'After Tom Reilly spoke, Maya Brooks said: "The pier is safe for everyone."',
			'The pier',
			true
		],
		[
			'a plain sentence',
			'Maya Brooks said the pier was safe after Tom Reilly left.',
			'said the pier',
			false
		]
	])('whether the sentence opens with a subordinate clause: %s', (_kind, text, start, opens) => {
		expect(evidence(text, start).subordinate).toBe(opens);
	});

	it('how often the speaker spoke before, and the paragraph around the words', () => {
		const text =
			'"The pier is safe for everyone," said Maya Brooks. The board met on Monday.\n\n' +
			'Tom Reilly disagreed. "It needs a new deck first," Reilly said. "The old one is rotten," he added.\n\n' +
			'"We will open it in May either way," Brooks said.';
		expect(evidence(text, 'The pier')).toMatchObject({
			spokeBefore: 0,
			paragraphQuotes: 1,
			paragraphSentences: 2
		});
		expect(evidence(text, 'It needs')).toMatchObject({
			spokeBefore: 0,
			paragraphQuotes: 2,
			paragraphSentences: 3
		});
		expect(evidence(text, 'The old one').spokeBefore).toBe(1);
		expect(evidence(text, 'We will open')).toMatchObject({
			spokeBefore: 1,
			paragraphQuotes: 1,
			paragraphSentences: 1
		});
	});

	it('an unnamed source and no speaker at all', () => {
		expect(
			evidence('"They are stuck on every point," said a person familiar with the talks.', 'They')
				.speaker
		).toBe('unnamed');
		expect(evidence('"Nobody knows who wrote this sign," the text ran on.', 'Nobody').speaker).toBe(
			'none'
		);
	});
});
