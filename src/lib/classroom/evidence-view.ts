// How the classroom screens put a class's evidence settings and figures into words.
import type { EvidenceMode } from '../quiz/evidence';

/** The teacher's choices on /teach, in the order shown. */
export const EVIDENCE_MODE_CHOICES: readonly { mode: EvidenceMode; label: string }[] = [
	{ mode: 'off', label: 'Off' },
	{ mode: 'bonus', label: 'For a bonus point' },
	{ mode: 'required', label: 'Required (the answer point needs the evidence)' }
];

/** The mode in the dashboard's class summary. */
export const EVIDENCE_MODE_SUMMARY: Record<EvidenceMode, string> = {
	off: 'Evidence: not asked',
	bonus: 'Evidence: for a bonus point',
	required: 'Evidence: required for the answer point'
};

/** What a student is told, in one sentence, about evidence in this exercise. */
export const EVIDENCE_MODE_FOR_STUDENTS: Record<EvidenceMode, string> = {
	off: 'This exercise does not ask for evidence: choose your answer and check it.',
	bonus:
		'Point at the sentences of the article that prove your answer: a right answer with the right sentences earns a bonus evidence point.',
	required:
		'Point at the sentences of the article that prove your answer: a right answer only scores its point with the right sentences.'
};

/** A share in whole percent; 0 of nothing is 0. */
export const percent = (part: number, whole: number): number =>
	whole ? Math.round((part / whole) * 100) : 0;

/**
 * "Found the evidence" for one question: the share of the students who answered whose citation
 * counted, or "–" where there is nothing to find (no evidence, or evidence not asked) or nobody
 * has answered yet.
 */
export function foundEvidence(q: {
	hasEvidence: boolean;
	answered: number;
	evidenceFound: number;
}): string {
	return q.hasEvidence && q.answered > 0 ? `${percent(q.evidenceFound, q.answered)}%` : '–';
}

/** "cited by 1 student", "cited by 5 students". */
export const citedBy = (count: number): string =>
	`cited by ${count} ${count === 1 ? 'student' : 'students'}`;

/**
 * Whether the projector, shown to the class, may show "Found the evidence": only once the class is
 * closed, since a question with nothing to find gives away a made-up quote.
 */
export const projectorShowsEvidence = (dash: {
	closed: boolean;
	evidenceMode: EvidenceMode;
}): boolean => dash.closed && dash.evidenceMode !== 'off';
