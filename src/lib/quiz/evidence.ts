// Judges a player's citation: FEVER's strict rule, with a little slack so a careful reader who
// cites one sentence too many still counts, and one who cites everything does not.

/** How a class asks for evidence: not at all, for a separate point, or as part of the answer point. */
export const EVIDENCE_MODES = ['off', 'bonus', 'required'] as const;
export type EvidenceMode = (typeof EVIDENCE_MODES)[number];

/** Sentences a citation may hold beyond the smallest complete evidence set it contains. */
export const CITATION_SLACK = 2;
/** The most sentences one answer may cite. */
export const MAX_CITED = 10;

/**
 * Why a citation counted or not; null when there was nothing to find (the question has no
 * evidence, e.g. a made-up quote) or the exercise does not ask for evidence.
 * - counted: the answer is right and the citation holds a complete evidence set, within the slack;
 * - wrong-answer: the answer is wrong, so no citation counts;
 * - none: nothing cited;
 * - incomplete: no evidence set is complete in what was cited;
 * - too-many: a complete set is there, but buried in more than CITATION_SLACK other sentences.
 */
export type Citation = 'counted' | 'wrong-answer' | 'none' | 'incomplete' | 'too-many';

export function judgeCitation(
	evidence: readonly (readonly string[])[],
	cited: readonly string[],
	answerRight: boolean
): Citation | null {
	if (evidence.length === 0) return null;
	if (!answerRight) return 'wrong-answer';
	const citedIds = new Set(cited);
	if (citedIds.size === 0) return 'none';
	const complete = evidence.filter((set) => set.every((id) => citedIds.has(id)));
	if (complete.length === 0) return 'incomplete';
	const smallest = Math.min(...complete.map((set) => new Set(set).size));
	return citedIds.size - smallest > CITATION_SLACK ? 'too-many' : 'counted';
}

/** What the player is told about their citation, in words. */
export const CITATION_MESSAGES: Record<Citation, string> = {
	counted: 'Your evidence counted: the sentences you cited prove the answer.',
	'wrong-answer': 'Your evidence did not count: it only counts with the right answer.',
	none: 'You cited no sentence, so there was no evidence point.',
	incomplete: 'Your evidence did not count: what you cited does not prove the answer on its own.',
	'too-many': `Your evidence did not count: you cited the proof among too many other sentences (at most ${CITATION_SLACK} extra).`
};
