import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions, NOT_IN_ARTICLE, toPublicQuestion } from './questions';

const questions = generateQuestions(pack);
const whoSaid = questions.filter((q) => q.kind === 'who-said');

describe('generateQuestions', () => {
	it('asks who said at least ten real lines and at least three made-up ones', () => {
		const decoys = whoSaid.filter((q) => q.format === 'choice' && q.answer === NOT_IN_ARTICLE.id);
		expect(whoSaid.length - decoys.length).toBeGreaterThanOrEqual(10);
		expect(decoys.length).toBeGreaterThanOrEqual(3);
	});

	it('offers every source and "Not in the article" for who-said questions', () => {
		for (const q of whoSaid) {
			expect(q.format === 'choice' && q.options.map((o) => o.label)).toEqual([
				'George Russell',
				'Valtteri Bottas',
				'The race stewards',
				"The article's writer",
				'Not in the article'
			]);
		}
	});

	it('asks about the ruling, the wait, the four epithets and at least eight claims', () => {
		const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
		expect(count('ruling')).toBe(1);
		expect(count('timeline')).toBe(1);
		expect(count('reference')).toBe(4);
		expect(count('claim')).toBeGreaterThanOrEqual(8);
	});

	it('gives every answer evidence, except lines and claims that are not in the article', () => {
		for (const q of questions) {
			const notInArticle = q.format === 'choice' && q.answer === NOT_IN_ARTICLE.id;
			expect(q.evidence.length > 0, q.id).toBe(!notInArticle);
		}
	});

	it('makes the right answer one of the options', () => {
		for (const q of questions) {
			if (q.format === 'choice') expect(q.options.map((o) => o.id)).toContain(q.answer);
		}
	});

	it('uses opaque, unique, stable ids', () => {
		expect(questions.map((q) => q.id)).toEqual(
			questions.map((_, i) => `q${String(i + 1).padStart(2, '0')}`)
		);
		expect(generateQuestions(pack)).toEqual(questions);
	});

	it('mixes the decoys in among the real lines', () => {
		const decoyAt = whoSaid.map((q) => q.format === 'choice' && q.answer === NOT_IN_ARTICLE.id);
		expect(decoyAt.slice(-4)).not.toEqual([true, true, true, true]);
	});

	it('answers the ruling question with "nobody was penalised"', () => {
		const ruling = questions.find((q) => q.kind === 'ruling');
		expect(ruling?.format === 'choice' && ruling.answer).toBe('nobody');
	});
});

describe('toPublicQuestion', () => {
	it('leaves out the answer, the evidence and the explanation', () => {
		for (const q of questions) {
			const shown = JSON.stringify(toPublicQuestion(q));
			expect(shown).not.toMatch(/"(answer|evidence|explanation|accepted|related|discuss)"/);
		}
	});

	it('does not reveal the evidence sentence ids anywhere', () => {
		const shown = JSON.stringify(questions.map(toPublicQuestion));
		expect(shown).not.toMatch(/p\d+s\d+/);
	});
});
