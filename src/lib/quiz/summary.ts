// Totals an attempt: the score and the per-skill breakdown teachers and players see.
import { SKILLS, type Question, type Skill } from './questions';
import type { Verdict } from './verdict';

export interface SkillScore {
	skill: Skill;
	label: string;
	score: number;
	max: number;
}

export interface Summary {
	score: number;
	max: number;
	answered: number;
	bySkill: SkillScore[];
}

/** Totals and the per-skill breakdown; unanswered questions count towards the maximum. */
export function summarize(
	questions: readonly Pick<Question, 'id' | 'skill'>[],
	verdicts: readonly Pick<Verdict, 'questionId' | 'points'>[]
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
	return {
		score: bySkill.reduce((sum, s) => sum + s.score, 0),
		max: questions.length,
		answered: questions.filter((q) => byId.has(q.id)).length,
		bySkill
	};
}
