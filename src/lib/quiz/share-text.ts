// A score in words, for share links and their previews: the answer score, and beside it the
// evidence score when the round asked for evidence (it is never added into the answer score).

export interface ScoreWords {
	score: number;
	max: number;
	evidence?: { score: number; max: number } | null;
}

/** "12 / 32". */
export const scoreLine = ({ score, max }: { score: number; max: number }): string =>
	`${score} / ${max}`;

/** "Evidence 9 / 25", or null when the round asked for no evidence. */
export const evidenceLine = (evidence: ScoreWords['evidence']): string | null =>
	evidence ? `Evidence ${scoreLine(evidence)}` : null;

/** "12 / 32 (evidence 9 / 25)", or "12 / 32" alone. */
export function scoreWithEvidence({ score, max, evidence }: ScoreWords): string {
	return evidence
		? `${scoreLine({ score, max })} (evidence ${scoreLine(evidence)})`
		: scoreLine({ score, max });
}

/** What "Share your score" sends. */
export const shareText = (words: ScoreWords & { topic: string }): string =>
	`I scored ${scoreWithEvidence(words)} checking who said what about ${words.topic}. Can you beat it?`;

/** The share page's description, for link previews. */
export const shareDescription = (words: ScoreWords & { topic: string }): string =>
	`Scored ${scoreWithEvidence(words)} checking who said what about ${words.topic}`;
