// The claims of an article to judge, from the claim makers of each kind of fact (people.ts, days.ts,
// figures.ts, said.ts): true and false balanced within one, at most one claim on each detail, kinds
// taken in turn so that none fills the quiz, then the claims not in the article.
import type { Article } from '../suggest/article';
import type { GeneratedClaim, Suggestions } from '../suggest/types';
import { days } from './days';
import { figures } from './figures';
import { ages, namings, roles, unstatedAges } from './people';
import { saidClaimsOf } from './said';

/** At most this many claims per article: enough for a quiz, few enough to review. */
const MOST = 12;

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: T[][]): T[] {
	const out: T[] = [];
	for (let i = 0; lists.some((l) => i < l.length); i++)
		for (const l of lists) if (i < l.length) out.push(l[i]!);
	return out;
}

/**
 * The claims for an article: true and false balanced (within one), at most one claim per detail,
 * the surest facts first.
 */
export function generateClaims(
	article: Article,
	suggestions: Suggestions,
	text: string
): GeneratedClaim[] {
	const named = namings(article);
	// Kinds taken in turn, so that no one kind fills the quiz.
	const facts = roundRobin([
		roles(article, named),
		ages(article, named),
		days(article),
		figures(article, suggestions),
		saidClaimsOf(article, suggestions)
	]);
	const seen = new Set<string>();
	const supported: GeneratedClaim[] = [];
	const refuted: GeneratedClaim[] = [];
	// Alternate: a fact that can be refuted is used as a false claim when the false ones are behind.
	for (const fact of facts) {
		if (seen.has(fact.key)) continue;
		seen.add(fact.key);
		if (fact.refuted && refuted.length <= supported.length) refuted.push(fact.refuted);
		else supported.push(fact.supported);
	}
	const pairs = Math.min(supported.length, refuted.length);
	const keep = Math.min(MOST / 2, pairs);
	const chosen = [
		...supported.slice(0, keep + (supported.length > keep ? 1 : 0)),
		...refuted.slice(0, keep + (refuted.length > keep && supported.length <= keep ? 1 : 0))
	];
	// In the article's order, so that true and false are mixed as the text runs.
	const order = new Map(article.sentenceList.map((s, i) => [s.id, i]));
	const place = (c: GeneratedClaim) => order.get(c.evidence[0] ?? '') ?? 0;
	chosen.sort((a, b) => place(a) - place(b));
	return [...chosen, ...unstatedAges(article, named, text)];
}
