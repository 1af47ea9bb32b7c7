// Whom a noun phrase in a mention stands for: "the committee chair" (an epithet), "her office" and
// "Adeyemi's office" (an owned body), "a council spokesperson" (someone new), "the statement" (its maker).
import * as L from '../lexicon';
import { capitalise, epithetKey } from '../names';
import { type SentenceRange, type Token } from '../text';
import { type Article, type Entity, type Gender, sentenceByIndex } from './article';
import { latest, pronounFits, resolve, resolveEpithet } from './coreference';
import { addEpithet, body, lookupName, newEntity } from './entities';
import { DOCUMENT_NOUNS, SPEAKING_WORKS, clauseStart, strongPosition } from './phrases';

/** Nouns too general to be an epithet for someone already named: "the man was arrested". */
const GENERIC_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'baby']);

/** What "the company" or "the club" may stand for in an organisation's name. */
const ORG_SYNONYMS: Record<string, string[]> = {
	// "the regulator", "the watchdog": an office, authority or commission already named.
	regulator: ['regulator', 'watchdog', 'authority', 'commission', 'agency', 'office', 'board'],
	watchdog: ['regulator', 'watchdog', 'authority', 'commission', 'agency', 'office', 'board'],
	company: [
		'company',
		'ltd',
		'inc',
		'corp',
		'corporation',
		'plc',
		'co',
		'group',
		'holdings',
		'industries',
		'enterprises',
		'llc'
	],
	// "the group" for an organisation that campaigns or gives: a foundation, an association.
	group: [
		'group',
		'foundation',
		'association',
		'coalition',
		'alliance',
		'institute',
		'society',
		'federation',
		'network',
		'project',
		'fund',
		'organization',
		'organisation',
		'league'
	],
	organization: ['organization', 'foundation', 'association', 'institute', 'society'],
	organisation: ['organisation', 'foundation', 'association', 'institute', 'society'],
	firm: ['ltd', 'inc', 'corp', 'plc', 'llp', 'firm'],
	club: ['club', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'wanderers', 'rangers'],
	team: ['team', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'racing'],
	force: ['police', 'force', 'constabulary']
};

/** "Adeyemi's office" (a body of hers), "Millbrook's captain" (an epithet), "Wheelhouse's chief executive". */
export function possessed(
	article: Article,
	owner: Entity,
	np: { last: number; head: string },
	p: number,
	toks: Token[],
	i: number,
	subject: Entity | undefined,
	from = i
): Entity | undefined {
	const noun = toks
		.slice(i + 1, np.last + 1)
		.map((t) => t.bare)
		.join(' ');
	const text = `${toks[i]!.text} ${noun}`;
	const after = article.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
	if (/^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after)) return undefined;
	// "In reply, Ferris's campaign took the step of…": a campaign opening a clause, whatever its verb.
	const opening = CAMPAIGN_NOUNS.has(np.head) && opensClause(toks, from);
	if (!opening && !strongPosition(toks, i + 1, np.last) && !(subject === undefined))
		return undefined;
	const campaign = campaignOf(article, owner, np.head);
	if (campaign) {
		addEpithet(campaign, text);
		return campaign;
	}
	if (L.BODY_NOUNS.has(np.head) && !L.PERSON_NOUNS.has(np.head) && owner.kind === 'person') {
		const entity = body(
			article,
			`${owner.label}'s ${noun}`,
			`${owner.label}'s ${noun}`.toLowerCase()
		);
		entity.owner = owner;
		addEpithet(entity, text);
		return entity;
	}
	if (!L.PERSON_NOUNS.has(np.head)) return undefined;
	const known = article.entities.find(
		(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
	);
	if (known) return known;
	if (!strongPosition(toks, i + 1, np.last)) return undefined;
	const entity = newEntity(article, 'person', text);
	entity.descriptors.add(np.head);
	return entity;
}

/** Words after which a noun phrase opens a clause: "and the Brooks campaign said", "but the…". */
const CLAUSE_OPENERS = new Set([
	'and',
	'but',
	'while',
	'as',
	'when',
	'because',
	'though',
	'although',
	'since',
	'after',
	'that'
]);

/** Whether token i opens a clause: first, after punctuation, or after a conjunction. */
export function opensClause(toks: Token[], i: number): boolean {
	return i === 0 || !toks[i]!.joined || CLAUSE_OPENERS.has(toks[i - 1]!.lower);
}

/** What a person runs that speaks for them: "Brooks's campaign", "her camp". */
export const CAMPAIGN_NOUNS = new Set(['campaign', 'camp']);

/**
 * A person's campaign, one body however it is named ("Brooks's campaign", "her campaign", "the
 * Brooks campaign"): called by the surname, as news does. undefined for anything else.
 */
export function campaignOf(article: Article, owner: Entity, head: string): Entity | undefined {
	if (!CAMPAIGN_NOUNS.has(head) || owner.kind !== 'person' || owner.names.length === 0)
		return undefined;
	const surname = owner.names[owner.names.length - 1]!;
	const entity = body(article, `The ${surname} ${head}`, `${surname} ${head}`.toLowerCase());
	entity.owner = owner;
	return entity;
}

/** Whether sentence s has the word (case aside): asked once per sentence and noun. */
function sentenceNames(article: Article, s: number, noun: string): boolean {
	const key = `${s}:${noun}`;
	let found = article.namesNoun.get(key);
	if (found === undefined) {
		const text = sentenceByIndex(article, s)?.text;
		found = text !== undefined && new RegExp(`\\b${noun}\\b`, 'iu').test(text);
		article.namesNoun.set(key, found);
	}
	return found;
}

/**
 * Whom a determiner's noun phrase stands for, when it stands as a mention: a document's maker, an
 * owned body, someone new, a known body, or the person an epithet names.
 */
/** "the company" and "the firm" stand for any business; other words only for their own kind. */
const ANY_BUSINESS = new Set(['company', 'firm']);
const NOT_A_BUSINESS = new Set([
	'group',
	'charity',
	'watchdog',
	'regulator',
	'website',
	'platform'
]);

/** The bodies named after this word ("the Leeds firm Voltra Mobility": "firm"), or after any word for a business. */
function introducedAs(article: Article, head: string): Entity[] {
	if (!L.BUSINESS_NOUNS.has(head)) return [];
	// Named before: "the firm" looks back, never to a body the article names later.
	return [...article.bodies.values()].filter(
		(b) =>
			article.lastMention.has(b) &&
			[...b.descriptors].some(
				(d) =>
					L.BUSINESS_NOUNS.has(d) &&
					(d === head || (ANY_BUSINESS.has(head) && !NOT_A_BUSINESS.has(d)))
			)
	);
}

export function npEntity(
	article: Article,
	np: { last: number; head: string; state?: string },
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	i: number,
	subject: Entity | undefined
): Entity | undefined {
	const det = toks[i]!.lower;
	// "the senator from Ohio": the epithet is "the senator", the state a qualifier of it.
	const words = np.state ? np.last - 2 - np.state.split(' ').length + 1 : np.last;
	const text = `${toks[i]!.text} ${toks
		.slice(i + 1, words + 1)
		.map((t) => (t.possessive ? t.text : t.bare))
		.join(' ')}`;
	const after = article.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
	const appositive = /^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after);
	// "The mayor, Helen Achterberg,": the name that follows is the mention.
	if (appositive) {
		const named = article.entities.find(
			(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
		);
		if (named) return named;
	}
	// "Last week, the Brooks campaign also called on…": the campaign opening a clause, whatever its
	// verb; not one spoken of ("tried to re-engage the Brooks campaign").
	if (
		det === 'the' &&
		CAMPAIGN_NOUNS.has(np.head) &&
		!toks[np.last]!.capital &&
		np.last > i + 1 &&
		opensClause(toks, i)
	) {
		const owner = toks[np.last - 1]!;
		const entity = owner.capital ? lookupName(article, owner.bare) : undefined;
		const campaign = entity && campaignOf(article, entity, np.head);
		if (campaign) return campaign;
	}
	// "told an aide": someone the words were said to is not their speaker.
	if (det !== 'the' && toks[i - 1] && L.OBJECT_VERBS.has(toks[i - 1]!.lower)) return undefined;
	const sentenceSubject = subject === undefined && clauseStart(toks, i);
	if (!strongPosition(toks, i, np.last) && !(sentenceSubject && det !== 'the')) return undefined;
	if (DOCUMENT_NOUNS.has(np.head)) {
		// "the statement said": whoever made the statement the article last spoke of.
		if (det !== 'the') return undefined;
		for (let s = sentence.index - 1; s >= 0 && s >= sentence.index - 8; s--) {
			if (!sentenceNames(article, s, np.head)) continue;
			const first = article.mentions.get(s)?.[0];
			if (first) return first.entity;
		}
		return undefined;
	}
	if (SPEAKING_WORKS.has(np.head) && (det === 'the' || det === 'its' || det === 'their')) {
		// "asked the crowd", "told the newspaper": whom it was said to, no speaker.
		if (toks[i - 1] && L.OBJECT_VERBS.has(toks[i - 1]!.lower)) return undefined;
		// "the report said", "the Brooks campaign said": the work or outlet itself, a body.
		return body(article, capitalise(text), epithetKey(text));
	}
	// "the retailer", "the company" after "the online retailer ScootDirect": the business introduced
	// by that word, or by any word for a business.
	if (det === 'the' && np.last === i + 1) {
		const introduced = introducedAs(article, np.head);
		if (introduced.length > 0) return latest(article, introduced);
	}
	const isBody =
		(L.BODY_NOUNS.has(np.head) || SPEAKING_WORKS.has(np.head)) && !L.PERSON_NOUNS.has(np.head);
	if (['his', 'her', 'their', 'its'].includes(det)) {
		if (!isBody) return undefined;
		// "Her office": the office of the person "her" is.
		const owner =
			det === 'its'
				? undefined
				: resolve(article, sentence.index, toks[i]!.start, pronounFits(L.PRONOUNS[det]!));
		if (!owner) return body(article, capitalise(text), text.toLowerCase());
		if (owner.kind === 'person' && owner.gender === undefined && det !== 'their') {
			owner.gender = L.PRONOUNS[det] as Gender;
		}
		const campaign = campaignOf(article, owner, np.head);
		if (campaign) {
			addEpithet(campaign, text);
			return campaign;
		}
		const ownerName = owner.epithets.find((e) => e.startsWith('the ')) ?? owner.label;
		const noun = text.split(' ').slice(1).join(' ');
		const label = capitalise(`${ownerName}'s ${noun}`);
		const entity = body(article, label, `${owner.label}'s ${noun}`.toLowerCase());
		entity.owner = owner;
		addEpithet(entity, text);
		return entity;
	}
	if (det === 'a' || det === 'an' || det === 'one' || det === 'another') {
		// Someone new: "A council spokesperson said", "One resident's son, who…, said".
		const pp =
			/^\s+((?:for|of|at|from)\s+(?:the\s+)?[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)/u.exec(
				after
			);
		const label = capitalise(pp ? `${text} ${pp[1]}` : text);
		const entity = newEntity(article, isBody ? 'body' : 'person', label);
		entity.descriptors.add(np.head);
		return entity;
	}
	if (isBody) {
		// "the council", "the service", "the company": an organisation already named, else a body.
		const words = ORG_SYNONYMS[np.head] ?? [np.head];
		const named = [...article.bodies.values()].filter((b) =>
			b.names.some((n) => words.includes(n.toLowerCase()))
		);
		if (named.length > 0) return latest(article, named);
		return body(article, capitalise(text), epithetKey(text));
	}
	// "the man was arrested": most likely someone new, not the last person named.
	if (GENERIC_NOUNS.has(np.head)) return undefined;
	// "Brooks praised the senator": not the subject; but "Though Brooks lost, the senator said": the
	// epithet opens the main clause, and the one named in the clause before is whom it means.
	// Nor after a quote: "Ferris defends it in an ad: "…," the senator says" is Ferris speaking.
	const exclude = new Set<Entity>();
	const afterQuote = article.masked[p]!.slice(sentence.start, toks[i]!.start).includes('\uFFFC');
	if (subject && !clauseStart(toks, i) && !afterQuote) exclude.add(subject);
	const entity = resolveEpithet(article, text, sentence.index, toks[i]!.start, exclude, np.state);
	if (entity) addEpithet(entity, text);
	return entity;
}
