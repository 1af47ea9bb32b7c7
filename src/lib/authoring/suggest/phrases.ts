// Token patterns the stages share: a name next to a speech verb, a determiner's noun phrase, and
// whether a phrase stands where a subject or speaker does.
import * as L from '../lexicon';
import { type Token } from '../text';

const ADVERB = /^(?:\p{L}+ly|also|later|then|again|once|simply|just|still|previously|long)$/u;

/** Nouns for what was said or written: "the statement said" speaks for whoever made it. */
export const DOCUMENT_NOUNS = new Set([
	'statement',
	'letter',
	'message',
	'email',
	'post',
	'note',
	'tweet'
]);

/**
 * Works, outlets and crowds that speak in news without a person behind them ("the report said", "the
 * conservative newspaper wrote", "the Brooks campaign said", "the crowd yelled"): each a body of its own.
 */
export const SPEAKING_WORKS = new Set([
	'report',
	'memo',
	'editorial',
	'release',
	'lawsuit',
	'complaint',
	'filing',
	'document',
	'indictment',
	'petition',
	'website',
	'ad',
	'advert',
	'advertisement',
	'commercial',
	'poll',
	'survey',
	'study',
	'newspaper',
	'paper',
	'magazine',
	'broadcaster',
	'outlet',
	'campaign',
	'groups',
	'crowd',
	'audience',
	'protesters',
	'demonstrators'
]);

/** One word that may stand between a speaker and the verb: "also said", "recently noted", "has said". */
const ADVERBS_BEFORE_VERB = /^(?:also|later|then|once|previously|\p{Ll}+ly)$/u;

/** A preposition right before a name: the name is its object, not a subject ("of Port Calder"). */
export const GOVERNED = /\b(?:of|from|in|at|for|with|by|to)\s+$/u;

/** Whether a single word sits next to a speech verb ("said Smith", "Smith said"). */
export function nextToSpeech(toks: Token[], i: number, length: number): boolean {
	const before = toks[i - 1];
	// "The Gazette recently noted", "Brooks also said": an adverb before the verb.
	const adverb = toks[i + length];
	const skip = adverb?.joined && !adverb.capital && ADVERBS_BEFORE_VERB.test(adverb.lower) ? 1 : 0;
	const after = toks[i + length + skip];
	// "Residents of Ashcombe say": after a preposition, a place.
	if (before && /^(?:of|in|at|from|to|for|by|on|near|into)$/u.test(before.lower)) return false;
	// "told Politico": the one spoken to.
	const told = before !== undefined && /^(?:told|tells|telling)$/u.test(before.lower);
	return (
		(before !== undefined && !told && L.SPEECH_VERBS.has(before.lower) && toks[i]!.joined) ||
		(after !== undefined &&
			after.joined &&
			(L.SPEECH_VERBS.has(after.lower) || L.REPORTING_VERBS.has(after.lower)))
	);
}

/** "the committee chair" in tokens from i (the determiner): up to five words ending in a noun we know. */
export function nounPhrase(toks: Token[], i: number): { last: number; head: string } | undefined {
	let best: { last: number; head: string } | undefined;
	for (let k = i + 1; k < toks.length && k <= i + 5; k++) {
		const t = toks[k]!;
		if (!t.joined) break;
		if (L.NP_BREAKERS.has(t.lower) || L.SPEECH_VERBS.has(t.lower)) break;
		if (L.DETERMINERS.has(t.lower)) break;
		// "one resident's son": the head comes after the possessive.
		if (t.possessive) {
			best = undefined;
			continue;
		}
		const head = t.lower;
		if (
			L.PERSON_NOUNS.has(head) ||
			L.BODY_NOUNS.has(head) ||
			DOCUMENT_NOUNS.has(head) ||
			SPEAKING_WORKS.has(head) ||
			/^\d{1,3}-year-old$/u.test(head)
		) {
			best = { last: k, head };
		}
	}
	// "the American people", "the British public": a nationality before a group's noun is its
	// adjective, no one's epithet.
	const next = best ? toks[best.last + 1] : undefined;
	if (
		best &&
		toks[best.last]!.capital &&
		next?.joined &&
		!next.capital &&
		(GROUP_NOUNS.has(next.lower) ||
			(/^\p{Ll}{3,}[^s\W]s$/u.test(next.lower) &&
				!L.SPEECH_VERBS.has(next.lower) &&
				!L.REPORTING_VERBS.has(next.lower)))
	)
		return undefined;
	return best;
}

/** Nouns of a people as a whole, after a nationality: "the American people". */
const GROUP_NOUNS = new Set(
	'people public government economy nation dream flag military media press embassy soil law history'.split(
		' '
	)
);

/** Whether token i starts the sentence's main clause (after nothing, or after a leading chunk and a comma). */
export function clauseStart(toks: Token[], i: number): boolean {
	if (i === 0) return true;
	const first = toks[0]!.lower;
	return (
		!toks[i]!.joined &&
		(L.ADVERBIAL_STARTERS.has(first) || L.SUBORDINATORS.has(first) || /ing$/u.test(first))
	);
}

/** Whether the noun phrase ending at token `last` is used as a mention (a subject, speaker or object of speech). */
export function strongPosition(toks: Token[], first: number, last: number): boolean {
	const before = toks[first - 1];
	let k = last + 1;
	// "The striker, 23, added": an age in commas does not break the phrase from its verb.
	if (toks[k] && /^\d{1,3}$/u.test(toks[k]!.lower) && toks[k + 1]) k++;
	while (toks[k] && toks[k]!.joined && ADVERB.test(toks[k]!.lower)) k++;
	const after = toks[k];
	const aged = k > last + 1 && /^\d/u.test(toks[last + 1]!.lower);
	if (aged && after && (L.SPEECH_VERBS.has(after.lower) || L.REPORTING_VERBS.has(after.lower)))
		return true;
	if (
		before &&
		toks[first]!.joined &&
		(L.SPEECH_VERBS.has(before.lower) || L.OBJECT_VERBS.has(before.lower))
	)
		return true;
	if (!after || !after.joined) return false;
	return (
		L.SPEECH_VERBS.has(after.lower) ||
		L.REPORTING_VERBS.has(after.lower) ||
		L.FINITE_AUX.has(after.lower) ||
		L.SPEECH_PHRASES.some((phrase) => phrase.startsWith(`${after.lower} `))
	);
}

const words = (list: string): string[] => list.trim().split(/\s+/u);

/** Words for people that may stand between a name and the person it says whose they are. */
export const ROLE_NOUNS = new Set([
	...L.PERSON_NOUNS,
	...words(`speechwriter delegate host co-host staffer surrogate counsel deputy backer donor ally
		agent voter nominee hopeful challenger rival contestant friend employee partner speaker
		frontrunner front-runner contender mega-donor`)
]);
/** Words that only make a role longer: "Brooks senior campaign adviser Dan Ferris". */
const ROLE_MODIFIERS = new Set(
	words(`
	campaign senior chief deputy communications press national political policy foreign top
	longtime former finance field state digital data legal general executive research transition
	principal lead special ranking chapter presidential vice-presidential gubernatorial congressional
	mayoral opinion editorial managing news assistant associate acting interim founding sports
	business
`)
);

/**
 * Whether tokens from j are a role ending right before another name, with nothing but role words
 * between ("spokesman Tom Reilly", "senior campaign adviser Dan Ferris"): the name before them only
 * says whose the person is. Verbs never stand there ("Brooks passed driver Tom Reilly" is not one).
 */
export function rolesNext(toks: Token[], j: number): boolean {
	for (let k = j; k < toks.length && k < j + 4; k++) {
		const t = toks[k]!;
		const next = toks[k + 1];
		// "co-anchor Maya Brooks", "co-chair": a role shared is the role.
		const role = t.lower.replace(/^co-/u, '');
		// "ranking Democrat Ellen Okafor": a party member, named after the party word.
		if (k > j && t.capital && L.PARTY_WORDS.has(t.lower)) return next?.capital === true;
		if (!t.joined || t.capital || t.possessive) return false;
		if (ROLE_NOUNS.has(role) && next?.capital && next.joined) return true;
		// "Vatican spokesman the Rev. Tom Gill"
		const title = toks[k + 2];
		if (ROLE_NOUNS.has(role) && next?.lower === 'the' && title?.capital)
			return L.TITLES.has(title.bare.toLowerCase());
		// "chapter president", "party chairman", "union leader": a body's word before the role.
		const modifier = ROLE_MODIFIERS.has(t.lower) || L.BODY_NOUNS.has(t.lower);
		if (!modifier && !ROLE_NOUNS.has(role)) return false;
	}
	return false;
}
