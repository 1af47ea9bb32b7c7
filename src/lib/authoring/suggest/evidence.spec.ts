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
