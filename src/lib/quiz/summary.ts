// Totals an attempt: the score and the per-skill breakdown teachers and players see.
import type { EvidenceMode } from './evidence';
import type { Question } from './questions';
import { SKILLS, type Skill } from './skills';
import type { Verdict } from './verdict';

export interface SkillScore {
	skill: Skill;
	label: string;
	score: number;
	max: number;
}

export interface EvidenceScore {
	label: 'Finding evidence';
	score: number;
	/** Questions whose answer rests on sentences of the article. */
	max: number;
}

export interface Summary {
	/** Answer points: the evidence score is kept apart. */
	score: number;
	max: number;
	answered: number;
	bySkill: SkillScore[];
	/** Null when the exercise does not ask for evidence, or nothing has evidence to find. */
	evidence: EvidenceScore | null;
}

type Scored = Pick<Verdict, 'questionId' | 'points'> &
	Partial<Pick<Verdict, 'citation' | 'evidencePoints'>>;

/**
 * Totals and the per-skill breakdown; unanswered questions count towards the maximum. A question
 * counts towards the evidence maximum when it has evidence; where the caller cannot know that (the
 * browser is not told until the answer is in), when its verdict judged a citation.
 */
export function summarize(
	questions: readonly (Pick<Question, 'id' | 'skill'> & { evidence?: string[][] })[],
	verdicts: readonly Scored[],
	mode: EvidenceMode = 'bonus'
): Summary {
	const byId = new Map(verdicts.map((v) => [v.questionId, v]));
	const bySkill = (Object.keys(SKILLS) as Skill[])
		.map((skill) => {
			const inSkill = questions.filter((q) => q.skill === skill);
			return {
				skill,
				label: SKILLS[skill],
				score: inSkill.reduce((sum, q) => sum + (byId.get(q.id)?.points ?? 0), 0),
				max: inSkill.length
			};
		})
		.filter((s) => s.max > 0);
	const withEvidence = questions.filter((q) =>
		q.evidence ? q.evidence.length > 0 : (byId.get(q.id)?.citation ?? null) !== null
	);
	const evidenceMax = mode === 'off' ? 0 : withEvidence.length;
	return {
		score: bySkill.reduce((sum, s) => sum + s.score, 0),
		max: questions.length,
		answered: questions.filter((q) => byId.has(q.id)).length,
		bySkill,
		evidence:
			evidenceMax > 0
				? {
						label: 'Finding evidence',
						score: withEvidence.reduce((sum, q) => sum + (byId.get(q.id)?.evidencePoints ?? 0), 0),
						max: evidenceMax
					}
				: null
	};
}
