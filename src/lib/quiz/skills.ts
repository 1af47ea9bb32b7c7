// The skills a quiz tests, by the names players and teachers see. Its own module, with no imports:
// the browser needs the names, not the question generator (nor the pack schema and zod behind it).

export const SKILLS = {
	references: 'Who is who',
	attribution: 'Who said it',
	doctored: 'Spotting doctored quotes',
	rulings: 'Rulings',
	timeline: 'Timeline',
	claims: 'Checking claims'
} as const;
export type Skill = keyof typeof SKILLS;
