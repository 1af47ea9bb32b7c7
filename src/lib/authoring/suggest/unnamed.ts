// Unnamed sources ("a longtime adviser to Brooks", "one New Hampshire Republican", "two people
// briefed on the matter", "the second official"): the article's own words for a source it does not
// name, so that their words are never given to a person named nearby.
import * as L from '../lexicon';
import { capitalise } from '../names';
import { type Token } from '../text';
import { type Article, type Entity } from './article';
import { newEntity } from './entities';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/u));

/** Words that open a description of someone new: "a", "one", "two", "several". */
const OPENERS = words('a an one another two three four five six several some many');
/** "the second official", "the other aide": one more of several unnamed sources. */
const ORDINALS = words('first second third fourth fifth other same latter former');

/**
 * Heads of descriptions that news uses for sources it does not name. Spokespeople are left to the
 * noun-phrase stage: "a spokesman for the company" speaks for the company.
 */
const SINGULAR = words(`
	aide adviser advisor source official person strategist operative staffer insider democrat
	republican lawmaker legislator member employee ally confidant associate donor operative diplomat
	consultant lobbyist pollster observer insider veteran loyalist narrator user commenter voter
	attendee friend man woman supporter executive expert activist leader owner resident worker
	analyst neighbor neighbour relative colleague delegate protester
	manager director teacher parent doctor nurse officer guard driver student
`);
/** Heads that stand for an unnamed source even after "the": "the insider said", "the person added". */
const ALWAYS_UNNAMED = words('insider source person narrator user commenter');
const PLURAL = words(`
	aides advisers advisors sources officials people persons strategists operatives staffers insiders
	democrats republicans lawmakers legislators members employees allies confidants associates donors
	diplomats consultants lobbyists observers users commenters voters attendees witnesses friends
	men women supporters executives experts activists leaders owners residents workers analysts
	neighbors neighbours relatives colleagues delegates protesters
	managers directors teachers parents doctors nurses officers guards drivers students
`);

/** "Aides said", "Officials say": a group's plural in capitals opening a sentence, no one's name. */
export const isGroupNoun = (word: string): boolean => PLURAL.has(word.toLowerCase());

/** What may follow the head and still describe the source: "close to the family", "briefed on it". */
const TAIL_OPENERS = [
	['to'],
	['close', 'to'],
	['familiar', 'with'],
	['briefed', 'on'],
	['with', 'knowledge', 'of'],
	['with', 'direct', 'knowledge', 'of'],
	['involved', 'in'],
	['knowledgeable', 'about'],
	['for'],
	['in'],
	// "a manager at the island's only supermarket", "a teacher from the village school"
	['at'],
	['from']
];

const stops = (t: Token | undefined): boolean =>
	t === undefined ||
	!t.joined ||
	L.NP_BREAKERS.has(t.lower) ||
	L.SPEECH_VERBS.has(t.lower) ||
	L.REPORTING_VERBS.has(t.lower) ||
	L.FINITE_AUX.has(t.lower);

/** The head and last token of an unnamed source's description opening at toks[i], if it is one. */
export function unnamedPhrase(
	toks: Token[],
	i: number
): { last: number; head: string; plural: boolean; again: boolean } | undefined {
	const opener = toks[i]!.lower;
	const ordinal = opener === 'the' && ORDINALS.has(toks[i + 1]?.lower ?? '');
	// "the aide": perhaps one met before ("again"), when the article has such a source.
	const again = opener === 'the' && !ordinal;
	if (!OPENERS.has(opener) && opener !== 'the') return undefined;
	let head: { k: number; plural: boolean } | undefined;
	for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
		const t = toks[k]!;
		if (stops(t) || t.possessive || L.DETERMINERS.has(t.lower)) break;
		if (SINGULAR.has(t.lower)) head = { k, plural: false };
		else if (PLURAL.has(t.lower)) head = { k, plural: true };
	}
	// "one of two witnesses", "one of the aides"
	if (!head && opener === 'one' && toks[i + 1]?.lower === 'of' && toks[i + 1]!.joined) {
		for (let k = i + 2; k < toks.length && k <= i + 5; k++) {
			const t = toks[k]!;
			if (!t.joined || L.SPEECH_VERBS.has(t.lower) || t.possessive) break;
			if (PLURAL.has(t.lower)) return { last: k, head: t.lower, plural: false, again: false };
		}
	}
	// "Another said", "one said": someone more, not named.
	const next = toks[i + 1];
	if (
		!head &&
		(opener === 'another' || opener === 'one') &&
		next?.joined &&
		L.SPEECH_VERBS.has(next.lower)
	)
		return { last: i, head: opener, plural: false, again: false };
	if (!head) return undefined;
	let last = head.k;
	// "… to Brooks", "… close to the Brooks family", "… briefed on the matter"
	for (const tail of TAIL_OPENERS) {
		if (!tail.every((w, n) => toks[last + 1 + n]?.lower === w && toks[last + 1 + n]!.joined))
			continue;
		let k = last + tail.length + 1;
		if (['the', 'his', 'her', 'their', 'its'].includes(toks[k]?.lower ?? '') && toks[k]!.joined)
			k++;
		let end = -1;
		for (let n = 0; n < 4 && !stops(toks[k + n]) && !L.DETERMINERS.has(toks[k + n]!.lower); n++)
			end = k + n;
		if (end >= 0) last = end;
		break;
	}
	return { last, head: toks[head.k]!.lower, plural: head.plural, again };
}

/** Whether the phrase from toks[first] to toks[last] stands as a speaker or a subject. */
export function speakerPosition(toks: Token[], first: number, last: number): boolean {
	const before = toks[first - 1];
	// "according to a senior official who…": the source the phrase names.
	if (before?.lower === 'to' && toks[first - 2]?.lower === 'according' && toks[first]!.joined)
		return true;
	// "said a person familiar with the talks"; not "told an aide", whom it was said to.
	if (
		before &&
		toks[first]!.joined &&
		L.SPEECH_VERBS.has(before.lower) &&
		!L.OBJECT_VERBS.has(before.lower)
	)
		return true;
	const after = toks[last + 1];
	const speaks = (t: Token) =>
		L.SPEECH_VERBS.has(t.lower) || L.REPORTING_VERBS.has(t.lower) || L.FINITE_AUX.has(t.lower);
	if (after?.joined && speaks(after)) return true;
	// "A council official, who asked not to be named, said:", "one aide, speaking on condition of
	// anonymity, said": an aside in commas, then the verb.
	if (after && !after.joined && ASIDE_OPENERS.has(after.lower)) {
		for (let k = last + 2; k < toks.length && k <= last + 14; k++) {
			// "Another parent, who gave her name only as Jenna, said": the aside names the source.
			if (toks[k]!.lower === 'as' && toks[k + 1]?.capital) return false;
			if (!toks[k]!.joined) return speaks(toks[k]!);
		}
	}
	return false;
}

/** Words that open an aside about a source before its verb: "who asked…", "speaking on…". */
export const ASIDE_OPENERS = words('who speaking asking requesting because citing');

/** A new unnamed source, labelled by the article's words for it. */
export function unnamedSource(
	article: Article,
	text: string,
	head: string,
	plural: boolean
): Entity {
	const entity = newEntity(article, plural ? 'body' : 'person', capitalise(text));
	entity.descriptors.add(head);
	entity.unnamed = true;
	return entity;
}

/**
 * "the aide" after "one aide said": the last unnamed source of that description; "the insider" with
 * none before: an unnamed source still, never a person named nearby.
 */
export function sameUnnamed(
	article: Article,
	text: string,
	head: string,
	plural: boolean
): Entity | undefined {
	for (let k = article.entities.length - 1; k >= 0; k--) {
		const e = article.entities[k]!;
		if (e.unnamed && e.descriptors.has(head)) return e;
	}
	return ALWAYS_UNNAMED.has(head) ? unnamedSource(article, text, head, plural) : undefined;
}
