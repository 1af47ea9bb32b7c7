// Reading names in news copy: runs of capitals ("Councillor Priya Natarajan", "Westshire Fire and
// Rescue Service") told apart as people, organisations and places, and the small text helpers for
// epithets and labels.
import { firstNameGender } from './first-names';
import * as L from './lexicon';
import type { Token } from './text';

export function isDemonym(word: string): boolean {
	return /^\p{Lu}/u.test(word) && L.PERSON_NOUNS.has(word.toLowerCase());
}

/** Words that follow a group's name rather than belong to it: "have", "also", "quickly". */
const GROUP_TAIL =
	/^(?:has|have|had|was|were|is|are|will|would|can|could|also|later|then|\p{L}+ly)$/u;
/** White space, or a blanked-out quote. */
const isGap = (c: string) => c === '\uFFFC' || /\s/u.test(c);

/**
 * Where a group's label in text[start, end) ends once the words after it are dropped. Read
 * backwards from `end`, word by word, so that the cost is the dropped words', not the text's.
 */
function labelEnd(text: string, start: number, end: number): number {
	let e = end;
	while (e > start && isGap(text[e - 1]!)) e--;
	for (;;) {
		let word = e;
		while (word > start && !isGap(text[word - 1]!)) word--;
		let gap = word;
		while (gap > start && isGap(text[gap - 1]!)) gap--;
		// The first word stays, whatever it is.
		if (word === e || gap === start || !GROUP_TAIL.test(text.slice(word, e))) return e;
		e = gap;
	}
}

/** "Health officials in Carver County have" → "Health officials in Carver County". */
export function groupLabel(text: string): string {
	return groupLabelIn(text, 0, text.length, Infinity) ?? '';
}

/**
 * groupLabel(text.slice(start, end)) when it has at most `maxWords` words, else undefined: found
 * without reading the rest of a long stretch, which a clause's subject may be.
 */
export function groupLabelIn(
	text: string,
	start: number,
	end: number,
	maxWords: number
): string | undefined {
	const e = labelEnd(text, start, end);
	let from = e;
	let words = 0;
	for (let i = e; i > start;) {
		while (i > start && !isGap(text[i - 1]!)) i--;
		from = i;
		if (++words > maxWords) return undefined;
		while (i > start && isGap(text[i - 1]!)) i--;
	}
	// An empty label is still one (empty) word, as "".split(/\s+/) is.
	if (words === 0 && maxWords < 1) return undefined;
	return text.slice(from, e).replace(/\uFFFC+/gu, ' ');
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The mayor" → "the mayor" when the capital is only the sentence's. */
export function epithetText(text: string): string {
	const [first, ...rest] = text.split(' ');
	return first && L.DETERMINERS.has(first.toLowerCase())
		? [first.toLowerCase(), ...rest].join(' ')
		: text;
}

export function epithetKey(text: string): string {
	return text
		.toLowerCase()
		.replace(/\u2019/g, "'")
		.replace(/^(?:the|a|an|his|her|their|its|our|my|your)\s+/u, '')
		.trim();
}

export interface Run {
	tokens: Token[];
	start: number;
	end: number;
	/** Sentence-initial or after a determiner: the first word's capital may be grammar, not a name. */
	sentenceStart: boolean;
}

/** Maximal runs of capitalised words joined by spaces (and "of", "and" inside organisation names). */
export function capitalRuns(toks: Token[], sentenceStarts: Set<number>): Run[] {
	const runs: Run[] = [];
	let i = 0;
	while (i < toks.length) {
		if (!toks[i]!.capital) {
			i++;
			continue;
		}
		const run: Token[] = [toks[i]!];
		// Whether the run has an organisation's word yet: kept, not looked for again at each connector.
		let org = L.ORG_WORDS.has(toks[i]!.lower);
		let j = i + 1;
		while (j < toks.length) {
			const t = toks[j]!;
			const prev = run[run.length - 1]!;
			// "The Allied Bakers’ Union": a plural's apostrophe inside an organisation's name.
			const plural = prev.pluralPossessive !== undefined && t.capital && L.ORG_WORDS.has(t.lower);
			if (!plural && (prev.possessive || !t.joined)) break;
			// "Ms. Yellen The Federal Reserve chairwoman": an article never stands inside a name.
			if (t.capital && (t.lower === 'the' || t.lower === 'a' || t.lower === 'an')) break;
			if (t.capital) {
				run.push(t);
				org ||= L.ORG_WORDS.has(t.lower);
				j++;
				continue;
			}
			// "Institute of Science", "Fire and Rescue Service": a connector inside an organisation.
			const after = toks[j + 1];
			if (
				(t.lower === 'of' || t.lower === 'and' || t.lower === 'for') &&
				after?.capital &&
				after.joined &&
				org
			) {
				run.push(t, after);
				org ||= L.ORG_WORDS.has(t.lower) || L.ORG_WORDS.has(after.lower);
				j += 2;
				continue;
			}
			// "The Committee for a Responsible Federal Budget": "for a" or "for the" inside one.
			const third = toks[j + 2];
			if (
				t.lower === 'for' &&
				org &&
				(after?.lower === 'a' || after?.lower === 'the') &&
				after.joined &&
				third?.capital &&
				third.joined
			) {
				run.push(t, after, third);
				j += 3;
				continue;
			}
			if (
				/^(?:van|von|de|der|del|da|di|du|le|la|bin|al|dos|das|ter|ten)$/u.test(t.lower) &&
				after?.capital &&
				after.joined
			) {
				run.push(t, after);
				org ||= L.ORG_WORDS.has(t.lower) || L.ORG_WORDS.has(after.lower);
				j += 2;
				continue;
			}
			break;
		}
		// "Secretary of State Maya Brooks": the words after "of" name the office, then the person.
		const office = officeWords(toks, i, run);
		if (office > 0) run.splice(0, office);
		runs.push({
			tokens: run,
			start: run[0]!.start,
			end: run[run.length - 1]!.end,
			sentenceStart: sentenceStarts.has(run[0]!.start)
		});
		i = j;
	}
	return runs;
}

/** Titles of an office named after "of": "Secretary of State", "Minister of Home Affairs". */
const OFFICE_TITLES = new Set(['secretary', 'minister', 'commissioner', 'director', 'chancellor']);

/**
 * How many of a run's first words name an office after a title and "of" ("Secretary of State Maya
 * Brooks", "Minister of Home Affairs Maya Brooks"): up to a first name we know, else all but the last
 * two words (a full name), or but the last one.
 */
function officeWords(toks: Token[], i: number, run: Token[]): number {
	const title = toks[i - 2];
	if (toks[i - 1]?.lower !== 'of' || !title?.capital || !OFFICE_TITLES.has(title.lower)) return 0;
	const known = run.findIndex((t, k) => k > 0 && firstNameGender(t.bare) !== undefined);
	if (known > 0) return known;
	return run.length >= 3 ? run.length - 2 : run.length - 1;
}

/**
 * Words that describe a person by party or origin ("Vermont Republican", "Arab Israeli"): a run
 * ending in one names nobody, and one before a name is not part of it.
 */
const DESCRIBING_WORDS = new Set([
	...L.PARTY_WORDS,
	...`american african asian european arab israeli palestinian iranian iraqi syrian afghan
	pakistani indian chinese japanese korean russian ukrainian british french italian
	spanish mexican canadian cuban hispanic latino muslim jewish catholic evangelical conservative
	progressive`
		.trim()
		.split(/\s+/u)
]);

/** Generational suffixes after a surname: "Jr.", "Sr.", "III". */
const SUFFIXES = /^(?:Jr|Sr|II|III|IV)$/u;

/** Titles that are surnames too ("Howard Dean", "John Major", "Scott Judge"). */
const SURNAME_TITLES = new Set([
	'dean',
	'major',
	'judge',
	'marshal',
	'bishop',
	'chancellor',
	'general',
	'admiral',
	'sheriff',
	'constable',
	'captain',
	'coach',
	'principal',
	'chief',
	'officer'
]);

/** Roles written in capitals before a name, besides the titles: "House Speaker", "Chief Executive". */
const CAPITAL_ROLES = new Set(
	`leader speaker secretary chairman chairwoman chair director spokesman spokeswoman spokesperson
	whip attorney adviser advisor administrator executive ceo founder anchor host correspondent
	editor recorder clerk treasurer auditor manager coordinator strategist majority minority mp mep
	msp mla`
		.trim()
		.split(/\s+/u)
);

/** A title ("Sen.", "Mayor") or a role in capitals ("Speaker", "CEO"). */
function isRoleTitle(t: Token): boolean {
	const word = t.lower.replace(/\.$/u, '');
	return L.TITLES.has(word) || CAPITAL_ROLES.has(word);
}

/**
 * Where the titles begin and the name ends in a run of an organisation or office, its role and a
 * person ("Harbour Trust President Maya Brooks": from "President"), if it is one: the words after
 * the titles are a name of two to four words, none an organisation's word or an acronym.
 */
function roleInRun(toks: Token[]): [number, number] | undefined {
	for (let k = 1; k <= 4 && k < toks.length - 2; k++) {
		if (!isRoleTitle(toks[k]!)) continue;
		let m = k;
		while (m < toks.length && (isRoleTitle(toks[m]!) || L.TITLE_MODIFIERS.has(toks[m]!.lower))) m++;
		// "House Speaker Maya Brooks of Vermont": the name ends before the place.
		let end = toks.findIndex((t, i) => i > m && !t.capital);
		if (end < 0) end = toks.length;
		const name = toks.slice(m, end);
		const plain = (t: Token) => !L.ORG_WORDS.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.bare);
		if (name.length < 2 || name.length > 4 || !name.every(plain)) return undefined;
		let from = k;
		while (from > 1 && L.TITLE_MODIFIERS.has(toks[from - 1]!.lower)) from--;
		return [from, end];
	}
	return undefined;
}

export type RunKind =
	| { kind: 'person'; names: string[]; label: string; titles: string[]; start: number }
	| { kind: 'org'; label: string; start: number }
	| { kind: 'single'; word: string; title?: string; start: number }
	| { kind: 'place'; names: string[]; label: string; titles: string[]; start: number }
	| { kind: 'other' };

/** A word that opens a sentence before a name: a preposition, an adverbial, an auxiliary. */
function opensSentence(lower: string): boolean {
	return (
		L.SENTENCE_OPENERS.has(lower) ||
		L.ADVERBIAL_STARTERS.has(lower) ||
		L.PREPOSITIONS.has(lower) ||
		L.SUBORDINATORS.has(lower)
	);
}

/** Months that are also surnames: after a first name we know, "Theresa May" is no date. */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);
function monthSurname(toks: Token[], k: number): boolean {
	return (
		k === toks.length - 1 &&
		k > 0 &&
		MONTH_SURNAMES.has(toks[k]!.lower) &&
		firstNameGender(toks[k - 1]!.bare) !== undefined
	);
}

/** A word in capitals of two letters or more: "TURNOUT", "DOESN’T". */
const SHOUTED = /^\p{Lu}[\p{Lu}\p{N}'\u2019.-]+$/u;
/** How many words in capitals make a heading, not a name ("LATE TURNOUT RAISES HOPES"). */
const HEADING_WORDS = 4;

export function classifyRun(run: Run): RunKind {
	// A heading in capitals names nobody, however it ends.
	if (run.tokens.length >= HEADING_WORDS && run.tokens.every((t) => SHOUTED.test(t.text)))
		return { kind: 'other' };
	// A sentence's first word, or "The" before an organisation, is not part of a name; nor is a
	// role at the start of a sentence ("Investor Jo Park said"). Cut once: a run of thousands of
	// such words ("A. A. A. …") was copied again for each.
	let skip = 0;
	while (
		skip < run.tokens.length &&
		(L.NOT_NAMES.has(run.tokens[skip]!.lower) ||
			// "Popular Christian and corporate speaker Lance Wallnau": an adjective, not a name.
			(skip === 0 && L.TITLE_QUALIFIERS.has(run.tokens[0]!.lower)) ||
			(run.sentenceStart &&
				L.PERSON_NOUNS.has(run.tokens[skip]!.lower) &&
				!L.TITLES.has(run.tokens[skip]!.lower)) ||
			(run.sentenceStart && skip === 0 && opensSentence(run.tokens[0]!.lower)))
	)
		skip++;
	// "Republican Maya Brooks" (but "Republican National Committee"); "Added Maya Brooks:".
	const lead = run.tokens[skip]?.lower ?? '';
	if (
		(L.PARTY_WORDS.has(lead) &&
			run.tokens.length > skip + 1 &&
			!run.tokens.some((t) => L.ORG_WORDS.has(t.lower))) ||
		(run.sentenceStart && skip === 0 && L.SPEECH_VERBS.has(lead))
	)
		skip++;
	let toks = run.tokens.slice(skip);
	// "Vermont Republican Maya Brooks", "Presumptive Republican", "Arab Israeli": words of party or
	// origin, unless after a first name we know ("Bill English").
	let describing = -1;
	for (let k = 0; k < toks.length && firstNameGender(toks[k]!.bare) === undefined; k++)
		if (DESCRIBING_WORDS.has(toks[k]!.lower)) describing = k;
	const orgRun = toks.some((t) => L.ORG_WORDS.has(t.lower));
	// What is left is a name of two words or more, or nothing; one word left may be anything
	// ("Central American Minors"): kept whole.
	const left = toks.length - describing - 1;
	if (describing >= 0 && toks.length > 1 && !orgRun && left !== 1)
		toks = toks.slice(describing + 1);
	if (toks.length === 0) return { kind: 'other' };
	// "Harbour Trust President Maya Brooks", "Senate Majority Leader Maya Brooks": an organisation
	// or office, its role in capitals, then the person.
	const role = roleInRun(toks);
	if (role) toks = toks.slice(...role);
	const lowers = toks.map((t) => t.lower);
	const start = toks[0]!.start;
	const acronym = toks.some(
		(t, k) =>
			/^\p{Lu}{2,}$/u.test(t.bare) &&
			!isRoleTitle(t) &&
			!(k === toks.length - 1 && k > 1 && SUFFIXES.test(t.bare))
	);
	if ((toks.length > 1 && lowers.some((w) => L.ORG_WORDS.has(w))) || acronym) {
		return {
			kind: 'org',
			// "Allied Bakers’ Union": a plural's apostrophe kept as written.
			label: toks
				.map((t, i) => (i < toks.length - 1 ? t.bare + (t.pluralPossessive ?? '') : t.bare))
				.join(' '),
			start
		};
	}
	const isTitle = (t: Token) => L.TITLES.has(t.lower.replace(/\.$/u, ''));
	// "Calder Rep." cut off by a sentence break after the title: no name here. But "Howard Dean"
	// and "John Major" end in a surname that is also a title.
	const last = toks[toks.length - 1]!;
	if (
		toks.length > 1 &&
		isTitle(last) &&
		(last.text.endsWith('.') || !SURNAME_TITLES.has(last.lower)) &&
		!isTitle(toks[0]!) &&
		!L.TITLE_MODIFIERS.has(toks[0]!.lower)
	)
		return { kind: 'other' };
	// "Vermont Sen. Maya Brooks", "Calder Deputy Mayor Maya Brooks": a place before the title.
	let placeWords = 0;
	if (!isTitle(toks[0]!) && !L.TITLE_MODIFIERS.has(toks[0]!.lower)) {
		const k = toks.findIndex((t, i) => i > 0 && i <= 2 && i < toks.length - 1 && isTitle(t));
		if (k > 0) placeWords = k;
		while (placeWords > 1 && L.TITLE_MODIFIERS.has(toks[placeWords - 1]!.lower)) placeWords--;
	}
	if (placeWords > 0) toks = toks.slice(placeWords);
	let lastTitle = -1;
	toks.forEach((t, k) => {
		if (isRoleTitle(t) || L.TITLE_MODIFIERS.has(t.lower)) {
			if (k === lastTitle + 1) lastTitle = k;
		}
	});
	const titles = toks.slice(0, lastTitle + 1).map((t) => t.lower.replace(/\.$/u, ''));
	const name = toks
		.slice(lastTitle + 1)
		.filter((t, k, all) => !L.NOT_NAMES.has(t.lower) || monthSurname(all, k));
	// "U.S.", "N.J.": initials alone name a place or a body, not a person.
	if (name.length === 0 || name.every((t) => /^\p{Lu}$/u.test(t.bare))) return { kind: 'other' };
	// "Harbour Road" is a place; "Jo Park" may be a person: the caller looks at what follows.
	if (name.length > 1 && name.length <= 4 && L.PLACE_WORDS.has(name[name.length - 1]!.lower)) {
		return {
			kind: 'place',
			names: name.map((t) => t.bare),
			label: name.map((t) => t.bare).join(' '),
			titles,
			start
		};
	}
	if (name.some((t) => L.PLACE_WORDS.has(t.lower))) return { kind: 'other' };
	// "The Voltra S3", "a Boeing 737": a model number names a product, not a person.
	if (name.some((t) => /\d/u.test(t.bare))) return { kind: 'other' };
	if (name.length === 1) {
		return { kind: 'single', word: name[0]!.bare, title: titles[titles.length - 1], start };
	}
	// "Joseph R. Biden Jr.", "Luther Stan Pate IV": the suffix is in the label, not the surname.
	const suffix = name.length > 2 && SUFFIXES.test(name[name.length - 1]!.bare);
	const surnamed = suffix ? name.slice(0, -1) : name;
	if (surnamed.length > 4) return { kind: 'other' };
	return {
		kind: 'person',
		names: surnamed.map((t) => t.bare),
		// Initials keep their full stops, and no space where the text has none ("G.K. Butterfield").
		label: name
			.map((t, k) => {
				const word = /^\p{Lu}\.$/u.test(t.text) || SUFFIXES.test(t.bare) ? t.text : t.bare;
				return k > 0 && t.start !== name[k - 1]!.end ? ` ${word}` : word;
			})
			.join(''),
		titles,
		start
	};
}
