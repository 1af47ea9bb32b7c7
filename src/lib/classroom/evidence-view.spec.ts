import { describe, expect, it } from 'vitest';
import { EVIDENCE_MODES } from '../quiz/evidence';
import {
	citedBy,
	EVIDENCE_MODE_CHOICES,
	EVIDENCE_MODE_FOR_STUDENTS,
	EVIDENCE_MODE_SUMMARY,
	foundEvidence,
	percent,
	projectorShowsEvidence
} from './evidence-view';

describe('the evidence words of the classroom screens', () => {
	it('offer every mode once, bonus in the middle', () => {
		expect(EVIDENCE_MODE_CHOICES.map((c) => c.mode)).toEqual([...EVIDENCE_MODES]);
		expect(EVIDENCE_MODE_CHOICES.map((c) => c.label)).toEqual([
			'Off',
			'For a bonus point',
			'Required (the answer point needs the evidence)'
		]);
		for (const mode of EVIDENCE_MODES) {
			expect(EVIDENCE_MODE_SUMMARY[mode]).toMatch(/^Evidence: /);
			// One sentence for the student.
			expect(EVIDENCE_MODE_FOR_STUDENTS[mode].match(/[.!?](\s|$)/g)).toHaveLength(1);
		}
	});

	it.each([
		[{ hasEvidence: true, answered: 4, evidenceFound: 1 }, '25%'],
		[{ hasEvidence: true, answered: 3, evidenceFound: 2 }, '67%'],
		[{ hasEvidence: true, answered: 3, evidenceFound: 0 }, '0%'],
		[{ hasEvidence: true, answered: 2, evidenceFound: 2 }, '100%'],
		// Nobody in yet, or nothing to find: a dash, never "0%".
		[{ hasEvidence: true, answered: 0, evidenceFound: 0 }, '–'],
		[{ hasEvidence: false, answered: 5, evidenceFound: 0 }, '–']
	])('found the evidence: %o is %s', (q, shown) => {
		expect(foundEvidence(q)).toBe(shown);
	});

	it('rounds shares and says 0 of nothing is 0', () => {
		expect(percent(1, 3)).toBe(33);
		expect(percent(0, 0)).toBe(0);
	});

	it('counts students in words', () => {
		expect(citedBy(1)).toBe('cited by 1 student');
		expect(citedBy(5)).toBe('cited by 5 students');
	});

	it('keeps the projector quiet about evidence until the class is closed', () => {
		expect(projectorShowsEvidence({ closed: false, evidenceMode: 'bonus' })).toBe(false);
		expect(projectorShowsEvidence({ closed: false, evidenceMode: 'required' })).toBe(false);
		expect(projectorShowsEvidence({ closed: true, evidenceMode: 'bonus' })).toBe(true);
		expect(projectorShowsEvidence({ closed: true, evidenceMode: 'required' })).toBe(true);
		expect(projectorShowsEvidence({ closed: true, evidenceMode: 'off' })).toBe(false);
	});
});
