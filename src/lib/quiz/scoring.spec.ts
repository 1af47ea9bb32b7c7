import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions, MAX_HOURS, NOT_IN_ARTICLE, type Question } from './questions';
import { scoreAnswer, validateAnswer, validateCitation } from './scoring';
import { summarize } from './summary';

const questions = generateQuestions(pack);

const rightAnswer = (q: Question) => q.answer;
const wrongAnswers = (q: Question): (string | number)[] =>
	q.format === 'choice'
		? q.options.map((o) => o.id).filter((id) => id !== q.answer)
		: [0, q.accepted.min - 1, q.accepted.max + 1, 1000];

describe('scoreAnswer', () => {
	it('gives a perfect sheet full marks', () => {
		const verdicts = questions.map((q) => scoreAnswer(q, rightAnswer(q)));
		const summary = summarize(questions, verdicts);
		expect(summary.score).toBe(questions.length);
		expect(summary.max).toBe(questions.length);
		expect(summary.bySkill.every((s) => s.score === s.max)).toBe(true);
	});

	it.each(questions.map((q) => [q.id, q] as const))(
		'scores every wrong answer to %s zero',
		(_, q) => {
			for (const wrong of wrongAnswers(q)) {
				const verdict = scoreAnswer(q, wrong);
				expect(verdict.correct).toBe(false);
				expect(verdict.points).toBe(0);
			}
		}
	);

	it('scores each decoy as not in the article', () => {
		const decoys = pack.decoys.map((d) => questions.find((q) => q.subject === d.content)!);
		expect(decoys).toHaveLength(pack.decoys.length);
		for (const q of decoys) {
			expect(scoreAnswer(q, NOT_IN_ARTICLE.id).correct).toBe(true);
			expect(scoreAnswer(q, 'russell').correct).toBe(false);
		}
	});

	it('accepts a wait anywhere in the stated tolerance, and nothing outside it', () => {
		const q = questions.find((q) => q.format === 'number')!;
		if (q.format !== 'number') throw new Error('no timeline question');
		const { min, max } = pack.timeline.waits[0]!.accepted;
		expect(scoreAnswer(q, min).correct).toBe(true);
		expect(scoreAnswer(q, 24).correct).toBe(true);
		expect(scoreAnswer(q, max).correct).toBe(true);
		expect(scoreAnswer(q, min - 0.5).correct).toBe(false);
		expect(scoreAnswer(q, max + 0.5).correct).toBe(false);
	});

	it('points at the evidence and names both answers', () => {
		const q = questions.find((q) => q.kind === 'ruling')!;
		const verdict = scoreAnswer(q, 'russell');
		expect(verdict).toMatchObject({
			givenLabel: 'Yes, George Russell',
			answerLabel: 'No, nobody was penalised',
			evidence: ['p3s1']
		});
	});

	it('counts unanswered questions towards the maximum only', () => {
		const summary = summarize(questions, [scoreAnswer(questions[0]!, rightAnswer(questions[0]!))]);
		expect(summary).toMatchObject({ score: 1, answered: 1, max: questions.length });
	});
});

describe('validateAnswer', () => {
	const choice = questions.find((q) => q.format === 'choice')!;
	const hours = questions.find((q) => q.format === 'number')!;

	it('takes an option id for a choice and a number for hours', () => {
		expect(validateAnswer(choice, 'russell')).toEqual({ ok: true, answer: 'russell' });
		expect(validateAnswer(hours, 24)).toEqual({ ok: true, answer: 24 });
	});

	it('refuses what is not an option, with the options named', () => {
		const check = validateAnswer(choice, 'hamilton');
		expect(check.ok).toBe(false);
		expect(!check.ok && check.message).toContain('George Russell');
	});

	it('refuses numbers that are not a sensible count of hours', () => {
		for (const bad of [-1, Infinity, NaN, 1e9, '24', null]) {
			expect(validateAnswer(hours, bad).ok).toBe(false);
		}
	});

	it('never throws and never accepts garbage, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), fc.constantFrom(...questions), (raw, q) => {
				const acceptable =
					q.format === 'choice'
						? q.options.some((o) => o.id === raw)
						: typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 && raw <= MAX_HOURS;
				expect(validateAnswer(q, raw).ok).toBe(acceptable);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('scoring with a citation', () => {
	// Read by hand from the article: who "the Briton" is needs p9s1 and p10s1 together.
	const briton = questions.find((q) => q.subject === 'the Briton')!;
	const decoy = questions.find((q) => q.subject === 'Were you trying to kill us both?')!;

	it.each([
		// mode, answer, cited, answer point, evidence point, citation
		['bonus', 'russell', ['p9s1', 'p10s1'], 1, 1, 'counted'],
		['bonus', 'russell', ['p9s1'], 1, 0, 'incomplete'],
		['bonus', 'russell', [], 1, 0, 'none'],
		['bonus', 'bottas', ['p9s1', 'p10s1'], 0, 0, 'wrong-answer'],
		['required', 'russell', ['p9s1', 'p10s1'], 1, 1, 'counted'],
		['required', 'russell', ['p10s1'], 0, 0, 'incomplete'],
		['required', 'bottas', ['p9s1', 'p10s1'], 0, 0, 'wrong-answer'],
		['off', 'russell', ['p9s1', 'p10s1'], 1, 0, null]
	] as const)('%s: %s citing %j', (mode, answer, cited, points, evidencePoints, citation) => {
		const verdict = scoreAnswer(briton, answer, cited, mode);
		expect(verdict).toMatchObject({ points, evidencePoints, citation });
		expect(verdict.correct).toBe(answer === 'russell');
	});

	it('has nothing to find for a made-up quote, in any mode: the answer point alone', () => {
		for (const mode of ['off', 'bonus', 'required'] as const) {
			const verdict = scoreAnswer(decoy, NOT_IN_ARTICLE.id, [], mode);
			expect(verdict).toMatchObject({
				correct: true,
				points: 1,
				evidencePoints: 0,
				citation: null
			});
		}
	});

	it('sums the evidence apart from the answers, over the questions that have evidence', () => {
		const verdicts = [
			scoreAnswer(briton, 'russell', ['p9s1', 'p10s1']),
			scoreAnswer(decoy, 'russell')
		];
		const summary = summarize(questions, verdicts);
		expect(summary.score).toBe(1);
		const withEvidence = questions.filter((q) => q.evidence.length > 0).length;
		expect(summary.evidence).toEqual({ label: 'Finding evidence', score: 1, max: withEvidence });
		expect(summarize(questions, verdicts, 'off').evidence).toBeNull();
	});
});

describe('validateCitation', () => {
	const order = new Map(['p1s1', 'p1s2', 'p2s1', 'p10s1'].map((id, i) => [id, i]));

	it('takes known ids, puts them in article order, and nothing sent as none', () => {
		expect(validateCitation(['p10s1', 'p1s1'], order)).toEqual({
			ok: true,
			cited: ['p1s1', 'p10s1']
		});
		expect(validateCitation(undefined, order)).toEqual({ ok: true, cited: [] });
		expect(validateCitation([], order)).toEqual({ ok: true, cited: [] });
	});

	it.each([
		[['p9s9'], 'There is no sentence "p9s9"'],
		[['p1s1', 'p1s1'], 'cited twice'],
		[Array.from({ length: 11 }, (_, i) => `p1s${i}`), 'at most 10'],
		['p1s1', 'list of ids'],
		[[1], 'ids'],
		[null, 'list of ids']
	])('refuses %j with a message', (raw, message) => {
		const check = validateCitation(raw, order);
		expect(check.ok).toBe(false);
		expect(!check.ok && check.message).toContain(message);
	});

	it('never throws and accepts only lists of distinct known ids', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.array(fc.constantFrom(...order.keys(), 'p3s1', '')),
					fc.array(fc.string(), { maxLength: 12 })
				),
				(raw) => {
					const acceptable =
						raw === undefined ||
						(Array.isArray(raw) &&
							raw.length <= 10 &&
							raw.every((id) => typeof id === 'string' && order.has(id)) &&
							new Set(raw).size === raw.length);
					expect(validateCitation(raw, order).ok).toBe(acceptable);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
