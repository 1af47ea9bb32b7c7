// Plays the generated council quiz against the hand-written key (tests/expected-answers-council.ts):
// every question matches one key entry, the key's answer is the right option, and the key's answer
// with the key's citation scores the answer point and, where there is evidence, the evidence point.
// The key is written from the article, so this is what catches a wrong fact in the pack.
import { describe, expect, it } from 'vitest';
import {
	EXPECTED_COUNCIL_ANSWERS,
	expectedCouncilFor,
	type ExpectedCouncil
} from '../../../tests/expected-answers-council';
import { packs } from '../content/packs';
import { splitArticle } from '../content/sentences';
import { generateQuestions, type Question } from './questions';
import { scoreAnswer, type GivenAnswer } from './scoring';

const pack = packs.get('council-cycle-lane')!;
const questions = generateQuestions(pack);
const sentences = splitArticle(pack.text).flatMap((p) => p.sentences);

/** The id of the one sentence that holds these words of the key. */
function sentenceWith(words: string): string {
	const found = sentences.filter((s) => s.text.includes(words));
	if (found.length !== 1)
		throw new Error(`${found.length} sentences contain "${words}"; the key needs exactly one`);
	return found[0]!.id;
}

/** The key's answer as the quiz takes it: the option with the key's label, or the number of days. */
function keyAnswer(question: Question, expected: ExpectedCouncil): GivenAnswer {
	if ('days' in expected) {
		if (question.format !== 'number') throw new Error(`"${question.prompt}" should be a number`);
		return expected.days;
	}
	if (question.format !== 'choice') throw new Error(`"${question.prompt}" should be a choice`);
	const option = question.options.find((o) => o.label === expected.answer);
	if (!option) throw new Error(`No option "${expected.answer}" for "${question.subject}"`);
	return option.id;
}

const label = (q: Question) => `${q.id} ${q.subject ?? q.prompt}`;

describe('the council quiz against the hand-written key', () => {
	it('matches every question to one key entry, and uses every entry once', () => {
		const used = questions.map((q) => expectedCouncilFor(q.prompt, q.subject));
		expect(new Set(used).size).toBe(questions.length);
		expect(used.length).toBe(EXPECTED_COUNCIL_ANSWERS.length);
	});

	it("finds each of the key's cited words in exactly one sentence", () => {
		for (const entry of EXPECTED_COUNCIL_ANSWERS)
			for (const words of entry.cite) expect(sentenceWith(words), words).toMatch(/^p\d+s\d+$/);
	});

	it.each(questions.map((q) => [label(q), q] as const))('%s', (_, question) => {
		const expected = expectedCouncilFor(question.prompt, question.subject);
		const given = keyAnswer(question, expected);
		const cited = expected.cite.map(sentenceWith);

		// The key's answer is the quiz's right answer.
		if (question.format === 'number') {
			expect(question.unit).toBe('days');
			expect(question.answer).toBe(given);
		} else {
			expect(question.answer).toBe(given);
		}

		// The key and the pack agree on whether the article settles it at all.
		expect(question.evidence.length > 0, 'has evidence').toBe(expected.cite.length > 0);

		const verdict = scoreAnswer(question, given, cited, 'bonus');
		expect(verdict.correct).toBe(true);
		expect(verdict.points).toBe(1);
		if (expected.cite.length > 0) {
			expect(verdict.citation).toBe('counted');
			expect(verdict.evidencePoints).toBe(1);
		} else {
			expect(verdict.citation).toBeNull();
			expect(verdict.evidencePoints).toBe(0);
		}
	});

	it('scores a wrong answer nothing, whatever it cites', () => {
		for (const question of questions) {
			const expected = expectedCouncilFor(question.prompt, question.subject);
			const right = keyAnswer(question, expected);
			const wrong =
				question.format === 'number'
					? question.accepted.max + 7
					: question.options.find((o) => o.id !== right)!.id;
			const verdict = scoreAnswer(question, wrong, expected.cite.map(sentenceWith), 'bonus');
			expect(verdict.points, label(question)).toBe(0);
			expect(verdict.evidencePoints, label(question)).toBe(0);
		}
	});
});
