import { describe, expect, it } from 'vitest';
import {
	evidenceLine,
	scoreLine,
	scoreWithEvidence,
	shareDescription,
	shareText
} from './share-text';

const topic = 'the Russell–Bottas crash';

describe('scores in words', () => {
	it('puts the evidence score beside the answer score, never into it', () => {
		const words = { score: 12, max: 32, evidence: { score: 9, max: 25 } };
		expect(scoreLine(words)).toBe('12 / 32');
		expect(evidenceLine(words.evidence)).toBe('Evidence 9 / 25');
		expect(scoreWithEvidence(words)).toBe('12 / 32 (evidence 9 / 25)');
		expect(shareText({ ...words, topic })).toBe(
			`I scored 12 / 32 (evidence 9 / 25) checking who said what about ${topic}. Can you beat it?`
		);
		expect(shareDescription({ ...words, topic })).toBe(
			`Scored 12 / 32 (evidence 9 / 25) checking who said what about ${topic}`
		);
	});

	it('says nothing of evidence when the round asked for none', () => {
		for (const evidence of [null, undefined]) {
			const words = { score: 3, max: 32, evidence };
			expect(evidenceLine(evidence)).toBeNull();
			expect(shareText({ ...words, topic })).toBe(
				`I scored 3 / 32 checking who said what about ${topic}. Can you beat it?`
			);
			expect(shareDescription({ ...words, topic })).toBe(
				`Scored 3 / 32 checking who said what about ${topic}`
			);
		}
	});

	it('shows a zero evidence score: the round asked, and none was found', () => {
		expect(scoreWithEvidence({ score: 5, max: 32, evidence: { score: 0, max: 25 } })).toBe(
			'5 / 32 (evidence 0 / 25)'
		);
	});
});
