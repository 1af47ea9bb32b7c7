// Claims told in a description between commas: "Jamal Okonkwo, a nurse who …," → "Jamal Okonkwo is
// a nurse."; "Ruth Adeyemi, who chairs the committee," → "Ruth Adeyemi chairs the committee."; "The
// Flood Group, formed by residents after …," → "The Flood Group was formed by residents." True
// claims only: a description given to somebody else is not something the text contradicts.
import type { Article, Entity } from '../suggest/article';
import {
	capitalOnlyAtOpening,
	claim,
	longestSharedRun,
	MOST_COPIED,
	sentenceId,
	type Fact
} from './claim';
import { PERSON_NOUNS, TITLE_MODIFIERS, TITLES } from '../lexicon';
import { goneFromPost, isRoleHead, OF_A_YEAR, ONE_HOLDER, type NamedIn } from './people';
import { entailedPart } from './said';
import { partiesNamed, partyKey } from './parties';

/** ", a nurse who …", ", an engineer at …": a role with "a", its head a person or role noun. */
const INDEFINITE_ROLE =
	/^,\s+(an?)\s+(\p{Ll}[\p{L}'\u2019-]*(?:\s+\p{Ll}[\p{L}'\u2019-]*){0,3}?)(?=,|\s+(?:who|at|of|for|with|from)\b)/u;
/** ", who chairs the committee,": a description closed by its comma. */
const WHO = /^,\s+who\s+([^,;:\uFFFC"\u201c\u201d]{3,120}?),/u;
/**
 * ", formed by residents after …,": what was done to it, closed by its comma; its participle takes
 * a preposition, not an object (", led the way," is a verb in the past).
 */
const DONE_TO =
	/^,\s+((?:formed|founded|set up|created|established|built|based|run|owned|led)\s+(?:by|in|at|on|from|after|for|with|as|during|since|under|near|outside|inside|between)\s+[^,;:\uFFFC"\u201c\u201d]{3,120}?),/u;
/** A verb told as a fact: in the present ("chairs", "is") or the past ("built", "was"). */
const FACT_VERB =
	/^(?:is|was|has|had|\p{Ll}{3,}(?:s|ed)|built|ran|led|won|lost|made|took|held|wrote|left|grew|became|began|sold|bought|founded|owns|runs|leads|works|lives)$/u;
/** Words in "-s" that are no verb: "who unless he trips, …". */
const NO_VERB =
	/^(?:unless|thus|always|perhaps|sometimes|besides|nevertheless|regardless|towards|afterwards|across|less|yes|this|whereas|its|his|hers|ours|theirs)$/u;
/** Verbs of saying: their words are elsewhere. */
const SAYING =
	/^(?:said|says|declared|declares|told|tells|added|adds|argued|argues|insisted|insists|noted|notes|wrote|writes|warned|warns|stated|states|explained|explains|announced|announces|asked|asks|remarked|replied|responded|tweeted|quipped)$/u;
/** Words that make a description anything but a plain fact. */
const NOT_PLAIN =
	/\b(?:not|no|never|nobody|nothing|will|would|could|might|may|should|must|reportedly|allegedly|said|says|claimed)\b|n['\u2019]t\b/iu;
/** The namings of one person or body read for a description, and the longest sentence read. */
const MOST_TRIED = 4;
const LONGEST_SENTENCE = 1200;
const REASON =
	'The engine read this from a description between commas: make sure it says what the sentence says.';

/** Each description of a named person or body between commas, as a true claim. */
export function described(article: Article, named: NamedIn[]): Fact[] {
	const facts: Fact[] = [];
	const seen = new Set<Entity>();
	const bodies: NamedIn[] = [];
	for (const [sentence, list] of article.mentions)
		for (const m of list)
			if (m.kind === 'name' && m.entity.kind === 'body')
				bodies.push({ entity: m.entity, sentence, pos: m.pos, end: m.end });
	const tried = new Map<Entity, number>();
	for (const n of [...named, ...bodies]) {
		if (seen.has(n.entity)) continue;
		// "Freddy, a fun-loving airline pilot," who "died in 1981" is a pilot no more.
		if (n.entity.kind === 'person' && goneFromPost(article, n.entity)) continue;
		// A description comes with the first namings: a few are read for each, not thousands.
		const tries = tried.get(n.entity) ?? 0;
		if (tries >= MOST_TRIED) continue;
		tried.set(n.entity, tries + 1);
		const s = article.sentenceList[n.sentence]!;
		// "In 1999, Representative Tom Reilly …": a person's role that year, maybe not now.
		if (n.entity.kind === 'person' && OF_A_YEAR.test(s.text)) continue;
		// Real sentences are far shorter; comparing a claim with one this long costs more than it is worth.
		if (s.text.length > LONGEST_SENTENCE) continue;
		const following = article.masked[s.paragraph]!.slice(n.end, Math.min(s.end, n.end + 160));
		const label = n.entity.label;
		const mention = (article.mentions.get(n.sentence) ?? []).find((m) => m.pos === n.pos);
		const before = article.masked[s.paragraph]!.slice(Math.max(s.start, n.pos - 40), n.pos);
		const wordings = [
			...candidates(n.entity, following),
			...titled(article, n.entity, mention?.text ?? '', before)
		];
		const text = wordings
			.flatMap((w) => [w.whole, w.part].filter((t): t is string => t !== null))
			.find((t) => longestSharedRun(t, s.text) <= MOST_COPIED);
		if (!text) continue;
		seen.add(n.entity);
		const id = sentenceId(article, n.sentence);
		facts.push({
			// "a Republican strategist" is a claim on the person's party too: one claim on it (parties.ts);
			// "a station manager" on the person's role, as "the station manager" would be (people.ts).
			key:
				partiesNamed(text).size > 0
					? partyKey(label)
					: text.startsWith(`${label} is a`)
						? `role:${label}`
						: `described:${label}`,
			kind: 'described',
			supported: claim(
				text,
				'supported',
				[id],
				`The article describes ${label} so.`,
				false,
				REASON
			),
			refuted: null
		});
	}
	return facts;
}

/** Courtesy titles and abbreviations: no role ("Dr", "Mrs", "Cllr"). */
const COURTESY = new Set(
	`mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father fr hon cllr sgt capt
	gen col lt maj adm atty amb cmdr sen sens gov supt rep reps`.split(/\s+/u)
);

/**
 * "Station Commander Raj Patel", "Councilmember Ruth Adeyemi", "Industry analyst Leah Raman": the
 * role before the name, told as "X is a station commander".
 */
function titled(
	article: Article,
	entity: Entity,
	mentionText: string,
	before: string
): { whole: string; part: string | null }[] {
	if (entity.kind !== 'person' || entity.names.length === 0) return [];
	// The title inside the mention, before the name's first word.
	const first = mentionText.indexOf(entity.names[0]!);
	let title = first > 0 ? mentionText.slice(0, first).trim() : '';
	// Or a role in lower case right before it, opening the sentence: "Industry analyst Leah Raman".
	let opening = false;
	if (!title) {
		const m = /(?:^|[.;:]\s+)((?:\p{Lu}\p{Ll}+\s+)?\p{Ll}[\p{Ll}-]+)\s+$/u.exec(before);
		// Not "Her son John": a possessive or an article opens no title.
		if (
			m &&
			PERSON_NOUNS.has(m[1]!.split(/\s+/u).at(-1)!) &&
			!/^(?:her|his|their|its|our|my|your|the|a|an|this|that)\s/iu.test(m[1]!)
		)
			title = m[1]!;
		opening = title !== '';
	}
	// "As President Barack Obama …", "So Labor Secretary …": the sentence's opening word is no title's.
	const written = title
		.split(/\s+/u)
		.filter(Boolean)
		.filter((w, i) => i > 0 || !OPENING_WORD.test(w));
	const words = written.map((w) => w.toLowerCase());
	const head = words.at(-1);
	if (!head || words.length > 3 || words.some((w) => COURTESY.has(w.replace(/\.$/u, ''))))
		return [];
	if (!TITLES.has(head) && !PERSON_NOUNS.has(head)) return [];
	// "former President Bill Clinton", "ex-Senator …": a title held before, no role held now.
	if (/\b(?:former|ex|then|late|onetime|one-time)[\s-]*$/iu.test(before)) return [];
	// "President Obama" is the engine's label: "President Obama is a president" says nothing.
	if (entity.label.toLowerCase().split(/\s+/u).includes(head)) return [];
	// "President Barack Obama", "Chairman Tom Hale": a post one person holds says nothing without
	// what it is the post of.
	if (ONE_HOLDER.has(head) && words.length === 1) return [];
	// Role words in lower case, and a first word capitalised only as the sentence's opening; a name
	// or an initialism keeps its capitals ("NYPD commissioner", "Democratic nominee").
	const role = written
		.map((w, i) =>
			(ROLE_WORDS.has(words[i]!) && !/^\p{Lu}{2,}$/u.test(w)) ||
			(i === 0 && opening && capitalOnlyAtOpening(article, w))
				? words[i]!
				: w
		)
		.join(' ');
	// A post one person holds, named by its body, place or party, is the post ("the Wells Fargo CEO",
	// "the Flint mayor"); a deputy's or one many hold is one of several ("a deputy director", "a CNN
	// analyst").
	const the =
		ONE_HOLDER.has(head) &&
		!words.some((w) => SHARED_POST.test(w)) &&
		role
			.split(/\s+/u)
			.slice(0, -1)
			.some((w) => /^\p{Lu}/u.test(w));
	return [{ whole: `${entity.label} is ${the ? 'the' : indefinite(role)} ${role}.`, part: null }];
}

/** Words that open a sentence and are no part of a title before a name. */
const OPENING_WORD =
	/^(?:As|But|So|And|Or|Yet|When|While|If|After|Before|Then|Now|Even|Like|With|Under|For|Since|Until|Once|Because|Although|Though|Still|Also|Meanwhile|Later|Earlier|Today|Yesterday|Here|There|Why|How|What|Where|Asked|Said|Says|Told|Thanks|Unlike|Including)$/u;

/** Words that make a post one of several: "deputy director", "vice chair". */
const SHARED_POST = /^(?:deputy|assistant|associate|fellow|co|vice|(?:co|vice)-.*)$/u;
/**
 * Roles that say nothing without what they are of: "a member of the Democratic National Committee",
 * "a spokeswoman for the council", "the director of the museum".
 */
const RELATIONAL = new Set([
	...ONE_HOLDER,
	...'member spokesman spokeswoman spokesperson aide adviser advisor son daughter wife husband mother father brother sister friend ally supporter critic resident native'.split(
		' '
	)
]);

const ROLE_WORDS = new Set([
	...TITLES,
	...TITLE_MODIFIERS,
	...PERSON_NOUNS,
	...'interim associate managing executive'.split(' ')
]);
/** "an" before a vowel's sound: "an analyst", "an NYPD commissioner", "a union official", "a European". */
const indefinite = (role: string) =>
	/^(?:[aioAIO](?![A-Z])|[eE](?![uA-Z])|[uU](?!ni|s[eu])(?![A-Z])|[AEFHILMNORSX][A-Z]+\b)/u.test(
		role
	)
		? 'an'
		: 'a';

/** The claims a description allows: whole, and the part it entails. */
function candidates(entity: Entity, following: string): { whole: string; part: string | null }[] {
	const label = entity.label;
	const role = INDEFINITE_ROLE.exec(following);
	if (role && entity.kind === 'person' && isRoleHead(role[2]!, entity)) {
		if (
			RELATIONAL.has(role[2]!.split(/\s+/u).at(-1)!) &&
			/^\s+(?:of|for|to)\b/u.test(following.slice(role[0].length))
		)
			return [];
		return [{ whole: `${label} is ${role[1]} ${role[2]}.`, part: null }];
	}
	const who = WHO.exec(following);
	if (who && entity.kind === 'person') {
		const description = who[1]!.trim();
		const verb = description.split(/\s+/u)[0]!;
		if (NOT_PLAIN.test(description) || !FACT_VERB.test(verb) || NO_VERB.test(verb)) return [];
		// "who declared in the debate spin room, …": what was said comes after; the verb alone says nothing.
		if (SAYING.test(verb)) return [];
		const part = entailedPart(`${label} ${description}`);
		return [{ whole: `${label} ${description}.`, part: part && `${part}.` }];
	}
	const done = DONE_TO.exec(following);
	if (done) {
		const description = done[1]!.trim();
		if (NOT_PLAIN.test(description)) return [];
		const be = /^(?:based|run|owned|led)\b/u.test(description) ? 'is' : 'was';
		const part = entailedPart(`${label} ${be} ${description}`);
		return [{ whole: `${label} ${be} ${description}.`, part: part && `${part}.` }];
	}
	return [];
}
