import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_SLACK, judgeCitation, type Citation } from './evidence';

// Hand-written evidence: one question settled by a pair, one with two alternative sets.
const pair = [['p2s1', 'p3s1']];
const alternatives = [['p4s1'], ['p6s1', 'p6s2']];

describe('judgeCitation (FEVER strict, with a slack of two)', () => {
	it.each<[string, string[][], string[], boolean, Citation | null]>([
		['the complete set', pair, ['p2s1', 'p3s1'], true, 'counted'],
		['the complete set in another order', pair, ['p3s1', 'p2s1'], true, 'counted'],
		['half of the set', pair, ['p2s1'], true, 'incomplete'],
		['the other half with an unrelated sentence', pair, ['p3s1', 'p9s9'], true, 'incomplete'],
		['the set and one extra', pair, ['p2s1', 'p3s1', 'p1s1'], true, 'counted'],
		['the set and two extra', pair, ['p2s1', 'p3s1', 'p1s1', 'p1s2'], true, 'counted'],
		['the set and three extra', pair, ['p2s1', 'p3s1', 'p1s1', 'p1s2', 'p5s1'], true, 'too-many'],
		['nothing', pair, [], true, 'none'],
		['the right sentences with a wrong answer', pair, ['p2s1', 'p3s1'], false, 'wrong-answer'],
		['nothing with a wrong answer', pair, [], false, 'wrong-answer'],
		['the first alternative', alternatives, ['p4s1'], true, 'counted'],
		['the second alternative', alternatives, ['p6s1', 'p6s2'], true, 'counted'],
		['half of the second alternative', alternatives, ['p6s1'], true, 'incomplete'],
		// The slack is measured from the smallest complete set inside the citation: here ['p4s1'].
		['both alternatives', alternatives, ['p4s1', 'p6s1', 'p6s2'], true, 'counted'],
		[
			'the one-line set and three extra',
			alternatives,
			['p4s1', 'p1s1', 'p1s2', 'p1s3'],
			true,
			'too-many'
		],
		['anything for a line that is not in the article', [], ['p1s1'], true, null],
		['nothing for a line that is not in the article', [], [], true, null]
	])('%s', (_, evidence, cited, right, expected) => {
		expect(judgeCitation(evidence, cited, right)).toBe(expected);
	});

	it('never counts shotgun citing: every sentence of a long article', () => {
		const article = Array.from({ length: 12 }, (_, p) =>
			Array.from({ length: 3 }, (_, s) => `p${p + 1}s${s + 1}`)
		).flat();
		expect(judgeCitation(pair, article, true)).toBe('too-many');
		expect(judgeCitation(alternatives, article, true)).toBe('too-many');
	});

	it('counts exactly when a set is inside the citation with at most the slack beside it', () => {
		const ids = Array.from({ length: 8 }, (_, i) => `p1s${i + 1}`);
		fc.assert(
			fc.property(
				fc.array(fc.subarray(ids, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
				fc.subarray(ids),
				(evidence, cited) => {
					const inside = evidence.filter((set) => set.every((id) => cited.includes(id)));
					const expected =
						cited.length === 0
							? 'none'
							: inside.length === 0
								? 'incomplete'
								: cited.length - Math.min(...inside.map((s) => s.length)) <= CITATION_SLACK
									? 'counted'
									: 'too-many';
					expect(judgeCitation(evidence, cited, true)).toBe(expected);
				}
			)
		);
	});
});
