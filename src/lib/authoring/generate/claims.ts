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
 * The claims for an article: true and false balanced (within one), at most one claim per detail,
 * the surest facts first.
 */
export function generateClaims(
	article: Article,
	suggestions: Suggestions,
	text: string,
	decisions: Fact[] = []
): GeneratedClaim[] {
	const named = namings(article);
	const facts = claimFacts(article, suggestions, decisions);
	const seen = new Set<string>();
	const supported: GeneratedClaim[] = [];
	const refuted: GeneratedClaim[] = [];
	const negations = new Set<GeneratedClaim>();
	// Alternate: a fact that can be refuted is used as a false claim when the false ones are behind;
	// a claim false by negation alone only while they stay at most a third of the false ones.
	for (const fact of facts) {
		if (seen.has(fact.key)) continue;
		seen.add(fact.key);
		const behind = refuted.length <= supported.length;
		if (behind && fact.refuted) refuted.push(fact.refuted);
		else if (behind && fact.negated && (negations.size + 1) * 3 <= refuted.length + 1) {
			refuted.push(fact.negated);
			negations.add(fact.negated);
		} else supported.push(fact.supported);
	}
	const pairs = Math.min(supported.length, refuted.length);
	const keep = Math.min(MOST / 2, pairs);
	const chosenFalse = refuted.slice(
		0,
		keep + (refuted.length > keep && supported.length <= keep ? 1 : 0)
	);
	// Cut to a third by negation, and the true ones cut to match.
	while (chosenFalse.filter((c) => negations.has(c)).length * 3 > chosenFalse.length)
		chosenFalse.splice(
			chosenFalse.findLastIndex((c) => negations.has(c)),
			1
		);
	const chosen = [
		...supported.slice(0, Math.min(supported.length, chosenFalse.length + 1)),
		...chosenFalse
	];
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
