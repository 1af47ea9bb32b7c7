// Claims about the people an article names: who holds which role ("Morag Henderson, the union's
// branch secretary,"), refuted by giving the role to another person the article gives a role; a
// person's age ("Margaret Ellison, 78,"), refuted with another age the article gives; and an age the
// article never gives, a claim not in the article, always for the teacher to check.
import type { Article, Entity } from '../suggest/article';
import { ORG_WORDS, PERSON_NOUNS, TITLE_QUALIFIERS, TITLES } from '../lexicon';
import type { GeneratedClaim } from '../suggest/types';
import { partiesNamed, partyKey } from './parties';
import {
	capitalise,
	claim,
	longestSharedRun,
	MOST_COPIED,
	sentenceId,
	writtenCase,
	type Fact
} from './claim';

export interface NamedIn {
	entity: Entity;
	sentence: number;
	/** The mention's end in the masked paragraph. */
	pos: number;
	end: number;
}

/** Every place a person is named, in the article's order. */
export function namings(article: Article): NamedIn[] {
	const out: NamedIn[] = [];
	for (const [sentence, list] of article.mentions)
		for (const m of list)
			if (m.kind === 'name' && m.entity.kind === 'person' && !m.entity.unnamed)
				out.push({ entity: m.entity, sentence, pos: m.pos, end: m.end });
	return out.sort((a, b) => a.sentence - b.sentence || a.pos - b.pos);
}

/** A role phrase fit for "X is <role>": definite, short, a role and not a description. */
const ROLE =
	/^(?:(?:[Tt]he|\p{Lu}[\p{L}&-]*['\u2019]s)\s+(?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}-]+|[\p{Ll}][\p{L}'\u2019-]*(?:\s+[\p{L}'\u2019-]+){0,2}\s+(?:at|of|for)\s+.+)$/u;
/**
 * A role at an organisation the text names: "station commander at Westshire Fire and Rescue"; an
 * initial's stop ("the Thomas B. Fordham Institute", "U.S. News & World Report") is part of the name.
 */
const AT_ORGANISATION =
	/^,\s+([\p{Ll}][\p{L}'\u2019-]*(?:\s+[\p{Ll}][\p{L}'\u2019-]*){0,2}\s+(?:at|of|for)\s+(?:the\s+)?\p{Lu}(?:[^,.;:\uFFFC]|(?<=[\s.]\p{Lu})\.){1,40}?)(?=,|(?<![\s.]\p{Lu})\.\s|\.$|\s+(?:who|said|says|told)\b)/u;
const NOT_ROLES =
	/\b(?:man|woman|boy|girl|person|people|victim|pair|couple|family|one|other|latter|former|same)$/iu;

/** A role phrase's head: its last word before "of …", in lower case. */
const roleHead = (role: string) =>
	role
		.replace(/\s+(?:of|at|for)\s+.*$/iu, '')
		.split(/\s+/u)
		.at(-1)!
		.toLowerCase()
		.replace(/['\u2019]s$/u, '');

/** Whether the phrase's head (its last word before "of …") is a person or role noun, or one the engine learned for this person. */
export function isRoleHead(role: string, entity: Entity): boolean {
	const head = roleHead(role);
	const singular = head.replace(/s$/u, '');
	return [head, singular].some(
		(w) => PERSON_NOUNS.has(w) || entity.roles.has(w) || entity.descriptors.has(w)
	);
}

/**
 * Heads of a role only one person holds at a time, so that giving it to another is false: "the
 * Westbury coach", "the panel chair", "the House Speaker" (not "candidate", "senator" or
 * "spokesman", which many hold).
 */
export const ONE_HOLDER = new Set(
	'ceo coach manager chair chairman chairwoman chairperson president mayor director speaker leader governor premier commissioner principal superintendent chancellor editor founder captain headteacher headmaster headmistress chief treasurer sheriff nominee commander administrator secretary'.split(
		' '
	)
);
/** Words that end a title read backwards from the name: what stands before it is no part of it. */
const BEFORE_TITLE =
	/^(?:the|a|an|of|in|on|at|by|for|to|from|with|and|or|nor|but|if|whether|because|although|though|unless|where|how|what|why|said|says|told|tells|according|as|than|that|who|whom|which|when|while|after|before|since|meanwhile|also|then|so|even|just|now|once|not|his|her|their|its|our|my|your|this|these|those|is|was|are|were|be|been|has|have|had|i|you|he|she|we|they|it|will|would|can|could|should|may|might|must|do|does|did|like|about|against|between|among|under|over|into|onto|during|including|via|per|ago|last|next|night|day|week|morning|evening|afternoon|today|yesterday|tonight)$/iu;
/** Before a title, words that make it somebody's or one of several: "his deputy manager", "a coach". */
const NOT_THE_HOLDER = /^(?:a|an|his|her|their|its|our|my|your|this|these|those)$/iu;
/** Words that make a title a past, shared or stand-in one: "Former Secretary of State". */
const NOT_ONE_HOLDER =
	/^(?:former|ex|then|late|deputy|assistant|associate|acting|interim|fellow|co|(?:ex|co|vice)-.*)$/iu;

/** Words that make a title one not held yet: "presumptive Republican nominee". */
const NOT_YET = /^(?:presumptive|presumed|likely|probable|apparent|expected|would-be)$/u;

/** Lower-case words that make a capitalised title a smaller one: "state GOP chair", "county Labour leader". */
const NARROWING =
	/^(?:state|county|city|district|local|regional|national|provincial|municipal|ward|branch)$/u;

/**
 * A title written before a name ("Westbury coach Mark Delaney", "panel chair Judith Rowe") as a role
 * only one person holds, with "the": null when it is no such title.
 */
export function titleBefore(before: string): string | null {
	const tokens = before.trimEnd().split(/\s+/u);
	const title: string[] = [];
	while (tokens.length > 0 && title.length < 4) {
		const word = tokens.at(-1)!;
		// A verb ("wrote film director Osman Abu Laban", "interviewed"): the title starts after it.
		if (
			!/^\p{L}[\p{L}'\u2019-]*$/u.test(word) ||
			BEFORE_TITLE.test(word) ||
			/^\p{Ll}+ed$|^(?:wrote|writes|adds|met|sent|gave|took|made|called|named|says)$/u.test(word)
		)
			break;
		title.unshift(tokens.pop()!);
	}
	// A title is capitalised words, then lower-case ones, then its head ("Democratic vice presidential
	// nominee"): a lower-case word before a capitalised one is no part of it ("5 percent prefer
	// Libertarian nominee", "why he believes GOP nominee").
	const cut = title.findLastIndex(
		(w, i) => i < title.length - 1 && /^\p{Ll}/u.test(w) && /^\p{Lu}/u.test(title[i + 1]!)
	);
	// Unless the word cut off narrows or dates the title: "former state GOP chair" is neither the
	// party's chair nor today's.
	if (cut >= 0 && (NOT_ONE_HOLDER.test(title[cut]!) || NARROWING.test(title[cut]!))) return null;
	// "presumptive Republican nominee": a word that says the post is not held yet stays with it.
	if (cut >= 0 && NOT_YET.test(title[cut]!)) {
		if (title.slice(0, cut).length > 0) tokens.push(...title.splice(0, cut));
	} else if (cut >= 0) tokens.push(...title.splice(0, cut + 1));
	const stop = tokens.at(-1) ?? '';
	// "Christian and corporate speaker": one of two roles joined, cut in two.
	if (/^(?:and|or|nor)$/iu.test(stop)) return null;
	// Four words and more before the name: where the title starts is not clear.
	if (title.length < 2 || (title.length === 4 && /^\p{L}/u.test(stop) && !BEFORE_TITLE.test(stop)))
		return null;
	// "a acclaimed film director": an article before the adjective the title was cut after.
	const beyond = BEFORE_TITLE.test(stop) ? '' : (tokens.at(-2) ?? '');
	if (NOT_THE_HOLDER.test(stop) || NOT_THE_HOLDER.test(beyond)) return null;
	if (title.some((w) => NOT_ONE_HOLDER.test(w))) return null;
	const head = title.at(-1)!.toLowerCase();
	if (!ONE_HOLDER.has(head)) return null;
	// "motivational speaker" gives talks; the House Speaker is written with a capital.
	if (head === 'speaker' && !/^\p{Lu}/u.test(title.at(-1)!)) return null;
	// "Breitbart News' editor": a possessive inside the title reads wrong after "the".
	if (title.slice(1).some((w) => /['\u2019]s?$/u.test(w))) return null;
	// "community leader" is one of many; "Senate Majority Leader" is one.
	if (head === 'leader' && !title.slice(0, -1).some((w) => /^\p{Lu}/u.test(w))) return null;
	return /['\u2019]s$/u.test(title[0]!) ? title.join(' ') : `the ${title.join(' ')}`;
}

/** "the Presumptive Democratic nominee" at a sentence's start → "the presumptive …", as the text writes it inside one. */
function asWritten(article: Article, title: string | null): string | null {
	if (!title) return null;
	const { capital, lower } = writtenCase(article);
	return title.replace(
		/^(the\s+)?(\p{Lu}[\p{Ll}'\u2019-]*)/u,
		(all, the: string | undefined, word: string) =>
			(lower.has(word.toLowerCase()) || TITLE_QUALIFIERS.has(word.toLowerCase())) &&
			!capital.has(word.toLowerCase())
				? `${the ?? ''}${word.toLowerCase()}`
				: all
	);
}

/** Words whose "'s" is "is" or "has": "What's more", "It's", "There's". */
const CONTRACTED =
	/^(?:what|it|that|there|here|who|let|he|she|where|how|why|when|this|everyone|nobody|one)$/iu;

/** "Morag Henderson, the union's branch secretary," or "The union's branch secretary, Morag Henderson,". */
function roleFacts(
	article: Article,
	named: NamedIn[]
): { entity: Entity; role: string; sentence: number }[] {
	const found: { entity: Entity; role: string; sentence: number }[] = [];
	const seen = new Set<Entity>();
	for (const n of named) {
		if (seen.has(n.entity) || goneFromPost(article, n.entity)) continue;
		const s = article.sentenceList[n.sentence]!;
		if (OF_A_YEAR.test(s.text)) continue;
		const text = article.masked[s.paragraph]!;
		const following = text.slice(n.end, Math.min(s.end, n.end + 80));
		// ", the union's branch secretary," or ", station commander at Westshire Fire and Rescue,".
		const after =
			/^,\s+(the\s+[^,.;:\uFFFC]{3,60}?)(?=,|\.\s|\.$|\s+(?:who|said|says|told)\b)/iu.exec(
				following
			) ?? AT_ORGANISATION.exec(following);
		// Not "The museum, Mr. Bush said, celebrated …": a speech tag set in the sentence.
		const tag = /^\s+(?:said|says|added|noted|argued|wrote|explained|recalled)\b/u.test(following);
		// "The harbour master, Maya Brooks,", "Voltra's chief executive, Martin Keane,": opening the
		// sentence. Not a person's ("Keane's lawyer": one of several, maybe).
		const before = tag
			? null
			: /(?:^|[.;]\s+|^\s*)((?:the|\p{Lu}[\p{L}&-]*['\u2019]s)\s+[^,.;:\uFFFC]{3,60}?),\s+$/iu.exec(
					text.slice(Math.max(s.start, n.pos - 80), n.pos)
				);
		const owner = /^(\p{Lu}[\p{L}&-]*)['\u2019]s\s/u.exec(before?.[1] ?? '')?.[1];
		// "What's more, Trump's decision": a contraction is nobody's.
		if (owner && CONTRACTED.test(owner)) continue;
		if (owner && article.entities.some((e) => e.kind === 'person' && e.names.includes(owner)))
			continue;
		const role =
			(after?.[1] ?? before?.[1])?.trim() ??
			asWritten(article, titleBefore(text.slice(Math.max(s.start, n.pos - 80), n.pos)));
		if (!role || !ROLE.test(role) || NOT_ROLES.test(role) || role.split(/\s+/u).length > 6)
			continue;
		// "a spokesman for Mrs." (cut at a title's full stop), "the governor there", "the only problem":
		// no role that stands on its own.
		if (/\s(?:Mrs|Mr|Ms|Dr|Sen|Gov|Rep|St|Gen|Prof|there|here|then)$|\bonly\b/u.test(role))
			continue;
		// "the firm's co-founders": a role several people share.
		if (/s$/u.test(roleHead(role)) && !/ss$/u.test(roleHead(role))) continue;
		// A role ends with a noun for a person or a role ("the council's chief engineer", "the mother
		// of Sean Smith"), as the engine read it: ", the reports show" is a clause, not a role.
		if (!isRoleHead(role, n.entity)) continue;
		// "the nation's largest coal company" is what an organisation is, not a person's role.
		if (ORG_WORDS.has(roleHead(role))) continue;
		// A role is somebody's own: a second person with the same role makes the swap unfair.
		if (found.some((f) => f.role.toLowerCase() === role.toLowerCase())) continue;
		seen.add(n.entity);
		found.push({ entity: n.entity, role: role.replace(/^The\b/u, 'the'), sentence: n.sentence });
	}
	return found;
}

/** "Margaret Ellison, 78,", "Priya Okoro, a 38-year-old pharmacist". */
function ageFacts(
	article: Article,
	named: NamedIn[]
): { entity: Entity; age: number; sentence: number }[] {
	const found: { entity: Entity; age: number; sentence: number }[] = [];
	for (const n of named) {
		if (found.some((f) => f.entity === n.entity)) continue;
		const s = article.sentenceList[n.sentence]!;
		const text = article.masked[s.paragraph]!;
		const m = /^,\s+(?:(\d{1,3}),|an?\s+(\d{1,3})-year-old\b)/u.exec(text.slice(n.end, n.end + 24));
		// "a 22-year-old intern" in a story of the past is the age then: only beside the words the
		// person says ("said Priya Okoro, a 38-year-old pharmacist", "Tom Hale, an 81-year-old
		// widower, said").
		if (
			m?.[2] &&
			!/\b(?:said|says|told)\s+$/u.test(text.slice(Math.max(s.start, n.pos - 12), n.pos)) &&
			!/^,[^,.;]*,\s+(?:said|says|told)\b/u.test(text.slice(n.end, s.end))
		)
			continue;
		const age = Number(m?.[1] ?? m?.[2]);
		if (m && age >= 5 && age <= 110) found.push({ entity: n.entity, age, sentence: n.sentence });
	}
	return found;
}

/**
 * A role given to another person is false only when one person holds it: "the union's branch
 * secretary", "president of NDN", but not "a spokesman for Exxon Mobil" (one of several), "the
 * owner of a shopping center" (one of many) nor "the president's former speechwriter" (there may
 * have been others).
 */
export function heldByOne(role: string): boolean {
	const definite =
		/^(?:the\s|\p{Lu}[\p{L}'\u2019-]*['\u2019]s\s)/u.test(role) ||
		ONE_HOLDER.has(role.split(/\s+/u)[0]!.toLowerCase());
	// "the owner of a shopping center": one of many shopping centres, each with its owner.
	if (/\s(?:of|at|for|in|with)\s+(?:a|an|one|some|several)\s/iu.test(role)) return false;
	return definite && !role.split(/\s+/u).some((w) => NOT_ONE_HOLDER.test(w));
}

/** The role facts: "X is the union's branch secretary", refuted by naming another person with a role. */
export function roles(article: Article, named: NamedIn[]): Fact[] {
	const list = roleFacts(article, named);
	return list.flatMap((fact, i): Fact[] => {
		const id = sentenceId(article, fact.sentence);
		const sentenceText = article.sentenceList[fact.sentence]!.text;
		// Reworded, not copied: "X is <role>" may not repeat more than six of the sentence's words.
		if (longestSharedRun(`${fact.entity.label} is ${fact.role}.`, sentenceText) > MOST_COPIED)
			return [];
		const other = list[(i + 1) % list.length];
		const supported = claim(
			`${fact.entity.label} is ${fact.role}.`,
			'supported',
			[id],
			`The article names ${fact.entity.label} as ${fact.role}.`,
			true,
			''
		);
		// The sentence naming the real holder refutes the swap; it must not name the other person too.
		const text = article.sentenceList[fact.sentence]!.text;
		const refuted =
			other &&
			other !== fact &&
			heldByOne(fact.role) &&
			other.entity !== fact.entity &&
			!other.entity.names.some((name) => text.includes(name))
				? claim(
						`${other.entity.label} is ${fact.role}.`,
						'refuted',
						[id],
						`${capitalise(fact.role)} is ${fact.entity.label}; ${other.entity.label} is ${other.role}.`,
						true,
						'',
						[sentenceId(article, other.sentence)]
					)
				: null;
		// "the Democratic nominee" is a claim on the person's party too: one claim on it (parties.ts).
		const key =
			partiesNamed(fact.role).size > 0 ? partyKey(fact.entity.label) : `role:${fact.entity.label}`;
		return [{ key, kind: 'role', supported, refuted }];
	});
}

/** The age facts: "X is 78 years old", refuted with another age the article gives. */
export function ages(article: Article, named: NamedIn[]): Fact[] {
	const list = ageFacts(article, named);
	return list.map((fact, i) => {
		const id = sentenceId(article, fact.sentence);
		const text = article.sentenceList[fact.sentence]!.text;
		const other = list.find(
			(o, j) => j !== i && Math.abs(o.age - fact.age) >= 3 && !text.includes(String(o.age))
		);
		return {
			key: `age:${fact.entity.label}`,
			kind: 'age',
			supported: claim(
				`${fact.entity.label} is ${fact.age} years old.`,
				'supported',
				[id],
				`The article gives ${fact.entity.label}'s age as ${fact.age}.`,
				true,
				''
			),
			refuted: other
				? claim(
						`${fact.entity.label} is ${other.age} years old.`,
						'refuted',
						[id],
						`The article gives ${fact.entity.label}'s age as ${fact.age}, not ${other.age} (${other.age} is ${other.entity.label}'s age).`,
						true,
						''
					)
				: null
		};
	});
}

/** A person's name and nothing else: two or three capitalised words, no title ("Staff Jeremy Bash"). */
const PLAIN_NAME = /^\p{Lu}[\p{Ll}'\u2019-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'\u2019-]+){1,2}$/u;

/** At most this many claims of an age the article never gives. */
const MOST_UNSTATED = 2;

/**
 * People whose age the article never gives (no "Name, 54,", and no "54-year-old", "aged 54" or "at
 * 54" anywhere, which could be anyone's): a claim of an age for one of them is not in the article.
 */
/**
 * Clues to an age in the sentences about a person: a death, a past century's year, decades or "40
 * years" of something ("covered the White House for 40 years", "died in 1963", "a quarter-century
 * in Congress"). An age made up for them could be one the text rules out.
 */
const AGE_CLUE =
	/\b(?:died|dies|death|dead|late|decades?|quarter-century|half-century|century|veteran|retired|widow(?:er)?|grand(?:mother|father|children|son|daughter)s?|1[89]\d\d|[1-9]\d\s+years)\b/iu;

/**
 * Clues that a person holds no post now: a death or a post left ("who died in 1981", "before
 * leaving Congress", "stepped down"). A role told in the present ("X is a representative") would be
 * false of them.
 */
const GONE =
	/\b(?:died|the\s+late\s+\p{Lu}|(?:before|after|since|on|upon)\s+(?:leaving|(?:he|she)\s+left)\b|retired\s+(?:from|in|as)\b|stepped\s+down\b|resigned\s+(?:from|as|in)\b)/u;

/**
 * A year named in a sentence: a role told there is the role that year ("In 1999, Representative …").
 * "Since 2009" runs up to now.
 */
export const OF_A_YEAR = /(?<!\bsince\s)\b(?:1[6-9]\d\d|20\d\d)\b/u;

/** Whether a sentence naming or meaning this person tells that they died or left their post. */
export function goneFromPost(article: Article, entity: Entity): boolean {
	for (const [sentence, list] of article.mentions)
		if (list.some((m) => m.entity === entity) && GONE.test(article.sentenceList[sentence]!.text))
			return true;
	return false;
}

function ageHinted(article: Article, entity: Entity): boolean {
	for (const [sentence, list] of article.mentions)
		if (
			list.some((m) => m.entity === entity) &&
			AGE_CLUE.test(article.sentenceList[sentence]!.text)
		)
			return true;
	return false;
}

export function unstatedAges(
	article: Article,
	named: NamedIn[],
	text: string,
	speakers: ReadonlySet<string>
): GeneratedClaim[] {
	// Any age anywhere ("the 58-year-old", "aged 40", "at 62", "Trump's eldest daughter, 34,", "turns
	// 70", "his 70th birthday", "born in 1947", "in his early 60s") could be someone's: then none is
	// claimed. ("looked at 12 glaciers" counts things: no age.)
	if (
		/\b\d{1,3}-years?-old\b|\baged\s+\d|\bages?\s+(?:of\s+)?\d|\bat\s+\d{2}\b(?!\s+\p{Ll}+s\b|\s*(?:%|per\s?cent))|\bturn(?:s|ed|ing)?\s+\d|\b\d{1,3}(?:st|nd|rd|th)\s+birthday|\bborn\b|\bin\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?\d0s\b|\byears\s+old\b/iu.test(
			text
		)
	)
		return [];
	// "Trump's eldest daughter, 34,": an age after a noun, not a name (in its own case).
	if (/\b\p{Ll}+,\s+\d{1,3},/u.test(text)) return [];
	const { lower } = writtenCase(article);
	const commonFirst = (label: string) => {
		const first = label.split(/\s+/u)[0]!.toLowerCase();
		return (
			lower.has(first) || PERSON_NOUNS.has(first) || PERSON_NOUNS.has(first.replace(/s$/u, ''))
		);
	};
	const given = ageFacts(article, named);
	const withAge = new Set(given.map((g) => g.entity));
	// The people the article names in full, the most mentioned first.
	const people = [...new Set(named.map((n) => n.entity))]
		.filter(
			(e) =>
				!withAge.has(e) &&
				e.age === undefined &&
				// A person the text calls "he" or "she": an organisation taken for a person never is.
				(e.gender === 'f' || e.gender === 'm') &&
				speakers.has(e.label) &&
				PLAIN_NAME.test(e.label) &&
				!ageHinted(article, e) &&
				// No common word first: "Half Clinton" of a headline, "Vermonter Bernie Sanders".
				!commonFirst(e.label) &&
				!e.label
					.split(/\s+/u)
					.some((w) => ORG_WORDS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()))
		)
		.sort((a, b) => b.mentioned - a.mentioned)
		.slice(0, MOST_UNSTATED);
	// Ages like those the article gives, a few years over and under each (never the same for two
	// people), or a plain middle age when it gives none.
	const near = [
		...given.map((g) => g.age + 7),
		...given.map((g) => (g.age - 6 >= 21 ? g.age - 6 : g.age + 13))
	].filter((age) => !given.some((g) => g.age === age));
	// With none given, an adult age from the name: the same figure in every article would give the
	// answer away.
	const fromName = (label: string) =>
		34 + ([...label].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1009, 7) % 31);
	const taken = new Set<number>();
	return people.map((someone, i) => {
		const first = named.find((n) => n.entity === someone)!;
		let age = near.length > 0 ? near[i % near.length]! : fromName(someone.label);
		while (near.length === 0 && taken.has(age)) age += 3;
		taken.add(age);
		return claim(
			`${someone.label} is ${age} years old.`,
			'not-in-article',
			[sentenceId(article, first.sentence)],
			`The article never gives ${someone.label}'s age.`,
			false,
			`Make sure the article gives ${someone.label}'s age nowhere (the engine found none).`
		);
	});
}
