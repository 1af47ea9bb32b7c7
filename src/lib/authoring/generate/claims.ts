// The claims of an article to judge, from the claim makers of each kind of fact (people.ts, days.ts,
// parties.ts, figures.ts, said.ts, described.ts, decision.ts): true and false balanced within one
// and as even as they allow within each form of claim, at most one claim on each detail, kinds taken
// in turn so that none fills the quiz, then the claims not in the article.
import type { Article } from '../suggest/article';
import type { GeneratedClaim, Suggestions } from '../suggest/types';
import { days } from './days';
import { described } from './described';
import { figures } from './figures';
import { ages, namings, roles, unstatedAges } from './people';
import { parties } from './parties';
import { saidClaimsOf } from './said';
import { bracketsClosed, type Fact } from './claim';

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
	// A claim cut inside a bracket is no claim a player can read.
	const readable = (fact: Fact) => bracketsClosed(fact.supported.claim);
	return roundRobin([
		decisions,
		parties(article, named),
		roles(article, named),
		ages(article, named),
		days(article),
		figures(article, suggestions),
		saidClaimsOf(article, suggestions),
		described(article, named)
	]).filter(readable);
}

/**
 * The form a player reads each kind of claim in: "X is a nurse", "X is the mayor", "X is a Democrat"
 * and "X is 54 years old" read alike, so true and false are evened out over them together.
 */
const FORM: Record<Fact['kind'], string> = {
	role: 'is',
	described: 'is',
	party: 'is',
	age: 'is',
	said: 'said',
	day: 'day',
	figure: 'figure',
	decision: 'decision'
};

/** How many facts of one form are asked false by a changed detail, false by negation, and true. */
interface Share {
	detail: number;
	negation: number;
	true: number;
}

/**
 * Which facts are asked true and which false: as many claims as true and false balanced within one
 * allow, at most one claim per detail, at most MOST / 2 false ones, and false by negation alone at
 * most a third of them (a reader must not be able to answer from the wording). Of the ways to ask
 * that many, the one where each form of claim (FORM) is nearest to as many true as false: were
 * every "X said …" claim false and every "X is a …" true, the form alone would give the answer. Then
 * one more false claim rather than true. Of each form, the facts first in `facts` first.
 */
export function balancedClaims(facts: readonly Fact[]): {
	supported: GeneratedClaim[];
	refuted: GeneratedClaim[];
} {
	const seen = new Set<string>();
	const unique = facts.filter((fact) => !seen.has(fact.key) && seen.add(fact.key));
	const forms = [...new Set(unique.map((fact) => FORM[fact.kind]))].map((form) =>
		unique.filter((fact) => FORM[fact.kind] === form)
	);
	// Every way of asking, form by form: a small search (at most six false claims, two of them by
	// negation, and seven true ones), keeping for each count of false, negated and true claims the
	// way most even within forms. A way is kept as its last form's share and the way before it.
	const most = MOST / 2;
	const mostNegated = Math.floor(most / 3);
	interface Way {
		f: number;
		g: number;
		t: number;
		uneven: number;
		share: Share | null;
		before: Way | null;
	}
	let ways: Way[] = [{ f: 0, g: 0, t: 0, uneven: 0, share: null, before: null }];
	for (const form of forms) {
		const detail = form.filter((fact) => fact.refuted).length;
		const negation = form.filter((fact) => !fact.refuted && fact.negated).length;
		const next = new Map<number, Way>();
		for (const way of ways)
			for (let d = 0; d <= Math.min(detail, most - way.f); d++)
				for (let g = 0; g <= Math.min(negation, most - way.f - d, mostNegated - way.g); g++)
					for (let t = 0; t <= Math.min(form.length - d - g, most + 1 - way.t); t++) {
						const f = way.f + d + g;
						const key = (f * (mostNegated + 1) + way.g + g) * (most + 2) + way.t + t;
						const uneven = way.uneven + Math.abs(t - d - g);
						const known = next.get(key);
						if (known && known.uneven <= uneven) continue;
						const share = { detail: d, negation: g, true: t };
						next.set(key, { f, g: way.g + g, t: way.t + t, uneven, share, before: way });
					}
		ways = [...next.values()];
	}
	// The most claims within the bounds; then the most even forms; then the most false claims.
	let best: Way | undefined;
	for (const way of ways) {
		const balanced = way.f === 0 ? way.t <= 1 : Math.abs(way.t - way.f) <= 1;
		if (!balanced || way.g * 3 > way.f) continue;
		const better =
			!best ||
			way.f + way.t > best.f + best.t ||
			(way.f + way.t === best.f + best.t &&
				(way.uneven < best.uneven || (way.uneven === best.uneven && way.f > best.f)));
		if (better) best = way;
	}
	const shares: Share[] = [];
	for (let way = best; way?.share; way = way.before ?? undefined) shares.unshift(way.share);
	const asFalse = new Set<Fact>();
	const asTrue = new Set<Fact>();
	forms.forEach((form, k) => {
		const share = shares[k]!;
		for (const fact of form.filter((fact) => fact.refuted).slice(0, share.detail))
			asFalse.add(fact);
		for (const fact of form
			.filter((fact) => !fact.refuted && fact.negated)
			.slice(0, share.negation))
			asFalse.add(fact);
		for (const fact of form.filter((fact) => !asFalse.has(fact)).slice(0, share.true))
			asTrue.add(fact);
	});
	return {
		supported: unique.filter((fact) => asTrue.has(fact)).map((fact) => fact.supported),
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
