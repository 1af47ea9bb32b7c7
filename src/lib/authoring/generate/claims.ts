// The claims of an article to judge, from the claim makers of each kind of fact (people.ts, days.ts,
// parties.ts, figures.ts, said.ts, described.ts, decision.ts): true and false balanced within one, at most one claim on each detail, kinds
// taken in turn so that none fills the quiz, then the claims not in the article.
import type { Article } from '../suggest/article';
import type { GeneratedClaim, Suggestions } from '../suggest/types';
import { days } from './days';
import { described } from './described';
import { figures } from './figures';
import { ages, namings, roles, unstatedAges } from './people';
import { parties } from './parties';
import { saidClaimsOf } from './said';
import type { Fact } from './claim';

/** At most this many claims per article: enough for a quiz, few enough to review. */
const MOST = 12;

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: T[][]): T[] {
	const out: T[] = [];
	for (let i = 0; lists.some((l) => i < l.length); i++)
		for (const l of lists) if (i < l.length) out.push(l[i]!);
	return out;
}

/** Every fact the article gives a claim on, kinds taken in turn so that no one kind fills the quiz. */
export function claimFacts(
	article: Article,
	suggestions: Suggestions,
	decisions: Fact[] = []
): Fact[] {
	const named = namings(article);
	return roundRobin([
		decisions,
		parties(article, named),
		roles(article, named),
		ages(article, named),
		days(article),
		figures(article, suggestions),
		saidClaimsOf(article, suggestions),
		described(article, named)
	]);
}

/**
 * Which facts are asked true and which false: as many claims as true and false balanced within one
 * allow, at most one claim per detail, at most MOST / 2 false ones, and false by negation alone at
 * most a third of them (a reader must not be able to answer from the wording). The surest facts
 * first: of each, the ones first in `facts`; on a tie, one more false claim rather than true.
 */
export function balancedClaims(facts: readonly Fact[]): {
	supported: GeneratedClaim[];
	refuted: GeneratedClaim[];
} {
	const seen = new Set<string>();
	const unique = facts.filter((fact) => !seen.has(fact.key) && seen.add(fact.key));
	const byDetail = unique.filter((fact) => fact.refuted);
	const byNegation = unique.filter((fact) => !fact.refuted && fact.negated);
	// How many false: the most claims in all. Each bound only tightens as the false ones grow.
	let best = { false: 0, claims: Math.min(unique.length, 1) };
	for (let count = 1; count <= MOST / 2; count++) {
		const negations = Math.max(0, count - byDetail.length);
		if (negations > byNegation.length || negations * 3 > count) break;
		const asTrue = Math.min(unique.length - count, count + 1);
		if (asTrue < count - 1) break;
		if (count + asTrue >= best.claims) best = { false: count, claims: count + asTrue };
	}
	const asFalse = new Set([
		...byDetail.slice(0, best.false),
		...byNegation.slice(0, Math.max(0, best.false - byDetail.length))
	]);
	return {
		supported: unique
			.filter((fact) => !asFalse.has(fact))
			.slice(0, best.claims - best.false)
			.map((fact) => fact.supported),
		refuted: unique
			.filter((fact) => asFalse.has(fact))
			.map((fact) => (fact.refuted ?? fact.negated)!)
	};
}

/** The claims for an article: the facts balancedClaims chooses, then the claims not in the article. */
export function generateClaims(
	article: Article,
	suggestions: Suggestions,
	text: string,
	decisions: Fact[] = []
): GeneratedClaim[] {
	const named = namings(article);
	const { supported, refuted } = balancedClaims(claimFacts(article, suggestions, decisions));
	const chosen = [...supported, ...refuted];
	// In the article's order, so that true and false are mixed as the text runs.
	const order = new Map(article.sentenceList.map((s, i) => [s.id, i]));
	const place = (c: GeneratedClaim) => order.get(c.evidence[0] ?? '') ?? 0;
	chosen.sort((a, b) => place(a) - place(b));
	return [
		...chosen,
		...unstatedAges(
			article,
			named,
			text,
			new Set(
				suggestions.sources
					.filter(
						(s) => s.kind === 'person' && suggestions.statements.some((t) => t.source === s.id)
					)
					.map((s) => s.label)
			)
		)
	];
}
