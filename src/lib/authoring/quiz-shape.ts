// The shape of the quiz a draft would publish, for the teacher to see before publishing: how many
// questions of each kind, true against false, and how many need the article's evidence. Counted from
// the pack toPack makes, so only what would be published counts (an item not yet accepted does not).
import type { ArticlePackInput } from '../content/schema';

export interface QuizShape {
	total: number;
	/** Who said a real line: every statement. */
	whoSaid: number;
	/** Who the article means by another name ("the Briton"). */
	references: number;
	claims: { supported: number; refuted: number; notInArticle: number };
	/** Lines nobody said: doctored (a real line changed) and made up. */
	quotes: { doctored: number; madeUp: number };
	ruling: number;
	timeline: number;
	/** Answered by pointing at sentences of the article (not a line or claim the article lacks). */
	needEvidence: number;
}

const hasSet = (sets: readonly (readonly string[])[] | undefined) =>
	(sets ?? []).some((set) => set.length > 0);

/** The questions the game would ask from a pack (the rules of $lib/quiz/questions, counted). */
export function quizShape(pack: ArticlePackInput): QuizShape {
	// As the game asks them: people's other names, and bodies' only when some body has one.
	const withBodies = pack.sources.some((s) => s.kind === 'body' && (s.epithets ?? []).length > 0);
	const epithets = pack.sources
		.filter((s) => s.kind === 'person' || (withBodies && s.kind === 'body'))
		.flatMap((s) => s.epithets ?? []);
	const claims = pack.claims ?? [];
	const decoys = pack.decoys ?? [];
	const rulings = pack.rulings ?? [];
	const waits = pack.timeline?.waits ?? [];
	const count = (label: string) => claims.filter((c) => c.label === label).length;
	const doctored = decoys.filter((d) => d.original !== undefined).length;
	const shape = {
		whoSaid: pack.statements.length,
		references: epithets.length,
		claims: {
			supported: count('supported'),
			refuted: count('refuted'),
			notInArticle: count('not-in-article')
		},
		quotes: { doctored, madeUp: decoys.length - doctored },
		ruling: rulings.length,
		timeline: waits.length,
		needEvidence:
			pack.statements.filter((s) => s.sentences.length > 0).length +
			epithets.filter((e) => hasSet(e.evidence)).length +
			claims.filter((c) => c.label !== 'not-in-article' && hasSet(c.evidence)).length +
			rulings.filter((r) => hasSet(r.evidence)).length +
			waits.filter((w) => hasSet(w.evidence)).length
	};
	return {
		total:
			shape.whoSaid +
			shape.references +
			claims.length +
			decoys.length +
			shape.ruling +
			shape.timeline,
		...shape
	};
}
