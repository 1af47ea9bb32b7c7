// Stage 2, names: the people and organisations an article names, with their titles and appositions
// ("Karen Whitlock, the Rovers manager,"), before any mention is resolved.
import { firstNameGender } from '../first-names';
import * as L from '../lexicon';
import { capitalise, capitalRuns, classifyRun } from '../names';
import { tokens, type Token } from '../text';
import { firstIndex } from './search';
import { type Article, type Entity, type Gender, sentenceAt } from './article';
import { addEpithet, body, learnTitles, newEntity, person, titleGender } from './entities';
import { isGroupNoun } from './unnamed';
import { GOVERNED, nextToSpeech, ROLE_NOUNS, rolesNext } from './phrases';

/** Place words that are never a surname: a name ending in one that speaks is an institution. */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'square', 'lane', 'drive', 'crescent']);

/** The lower-case word just before a name. */
const WORD_BEFORE = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+$/u;

/**
 * The word for a kind of business or group just before a name (L.BUSINESS_NOUNS): "the Leeds firm
 * Voltra Mobility", "the online retailer ScootDirect", "Consumer group Which?". The name after it is
 * a body's, unless it is a person's we know ("the firm Trump founded") or opens with a first name
 * ("the retailer Jane Doe").
 */
function businessWordBefore(article: Article, p: number, start: number): string | undefined {
	const word = WORD_BEFORE.exec(article.masked[p]!.slice(Math.max(0, start - 20), start))?.[1];
	return word && L.BUSINESS_NOUNS.has(word) ? word : undefined;
}

/**
 * A name's question or exclamation mark inside a sentence is part of it ("Which? welcomed",
 * "Yahoo! said").
 */
function withMark(article: Article, p: number, end: number, word: string): string {
	const mark = /^([?!])\s+\p{Ll}/u.exec(article.masked[p]!.slice(end, end + 4));
	return mark ? word + mark[1] : word;
}

/**
 * Every capitalised run of the article classified (a person, an organisation, a single word), with
 * what its titles and appositions tell.
 */
export function findNames(article: Article): void {
	const singles: {
		word: string;
		title?: string;
		paragraph: number;
		start: number;
		speaks: boolean;
		business: string | undefined;
	}[] = [];
	article.blocks.forEach((block, p) => {
		const toks = article.toks[p]!;
		const starts = new Set(
			block.sentences.map((s) => toks[firstIndex(toks, (t) => t.start < s.start)]?.start ?? -1)
		);
		const indexOf = (t: Token) => firstIndex(toks, (x) => x.start < t.start);
		// A headline in Title Case gives every word a capital: its runs are no names.
		const headlines = block.sentences.filter((s) => titleCase(s.text));
		for (const run of capitalRuns(toks, starts)) {
			if (headlines.some((s) => run.start >= s.start && run.start < s.end)) continue;
			// "Air Force 1st Lt. Tyler Livingston": a branch before a rank, no one who speaks.
			const past = indexOf(run.tokens[0]!) + run.tokens.length;
			if (
				toks[past]?.joined &&
				/^\d+(?:st|nd|rd|th)$/u.test(toks[past]!.lower) &&
				toks[past + 1]?.capital &&
				L.TITLES.has(toks[past + 1]!.lower)
			)
				continue;
			let found = classifyRun(run);
			// "Jo Park said": a name that ends like a place, but speaks.
			if (found.kind === 'place') {
				const i = indexOf(run.tokens[0]!);
				// "Michael Green", "Tom Hill": a first name we know makes the place word a surname.
				const known = found.names.length === 2 && firstNameGender(found.names[0]!) !== undefined;
				const speaks =
					nextToSpeech(toks, i, run.tokens.length) ||
					speaksAfterApposition(article, p, found.start, run.end);
				const street = STREET_WORDS.has(found.names[found.names.length - 1]!.toLowerCase());
				if (!speaks && (street || !known)) continue;
				// "Rep. Lee Zeldin of New York, a supporter, said": where the person before is from.
				const from = /\b(?:of|from|in)\s+$/u.test(
					article.masked[p]!.slice(Math.max(0, found.start - 6), found.start)
				);
				if (from && !known) continue;
				// "Downing Street said", "Wall Street says": a street speaks for who works there.
				if (street) {
					const entity = body(article, found.label);
					entity.names = found.names;
					article.byFull.set(found.names.join(' '), entity);
					continue;
				}
				found = { ...found, kind: 'person' };
			}
			// "Former House speaker Maya Brooks": the organisation only says whose role it is.
			const whose = rolesNext(toks, indexOf(run.tokens[0]!) + run.tokens.length);
			if (found.kind === 'org' && whose) continue;
			if (found.kind === 'org') {
				const before = article.masked[p]!.slice(Math.max(0, found.start - 4), found.start);
				const label = /\bthe\s$/iu.test(before) ? `The ${found.label}` : found.label;
				const entity = body(article, label, found.label.toLowerCase());
				entity.names = found.label.split(' ');
			} else if (
				found.kind === 'person' &&
				found.titles.length === 0 &&
				firstNameGender(found.names[0]!) === undefined &&
				businessWordBefore(article, p, found.start)
			) {
				const entity = body(article, found.label, found.label.toLowerCase());
				entity.names = found.names;
				entity.descriptors.add(businessWordBefore(article, p, found.start)!);
			} else if (found.kind === 'person') {
				// "Rep. Lee Zeldin of New York, a supporter, said": after "of", a name with no first
				// name we know and no title is where the person before is from.
				if (
					found.titles.length === 0 &&
					firstNameGender(found.names[0]!) === undefined &&
					/\b(?:of|from)\s+$/u.test(
						article.masked[p]!.slice(Math.max(0, found.start - 6), found.start)
					)
				)
					continue;
				const entity = person(article, found.names);
				if (entity.names.length === found.names.length) entity.label = found.label;
				// "Vice President Tom Reilly": the run's rank word was cut off before its titles.
				const rank = SECOND_RANK_BEFORE.exec(
					article.masked[p]!.slice(Math.max(0, found.start - 12), found.start)
				);
				learnTitles(entity, rank ? [rank[1]!.toLowerCase(), ...found.titles] : found.titles);
				learnApposition(article, entity, p, found.start, run.end);
				// "Simon Adair told the court", "said Karen Whitlock"
				const i = indexOf(run.tokens[0]!);
				if (nextToSpeech(toks, i, run.tokens.length)) entity.confirmed = true;
				if (introducesQuote(article, p, found.start, run.end)) entity.confirmed = true;
				// "Tom Reilly disagreed": a first name we know, then a surname, is a person's name.
				if (entity.gender !== undefined && found.names.length > 1) entity.confirmed = true;
			} else if (found.kind === 'single') {
				const i = indexOf(run.tokens[0]!);
				// "Archer said", not "the Kremlin said": see lonePerson.
				const the = run.tokens[0]!.lower === 'the' || toks[i - 1]?.lower === 'the';
				const speaks =
					!the &&
					(nextToSpeech(toks, i, run.tokens.length) ||
						adverbThenSpeech(toks, i + run.tokens.length));
				singles.push({
					word: found.word,
					title: found.title,
					paragraph: p,
					start: found.start,
					speaks,
					business: found.title ? undefined : businessWordBefore(article, p, found.start)
				});
			}
		}
	});
	// Single words: a known person's name (which confirms them), or a person named by title alone.
	for (const single of singles) {
		// Outside quotes a person is called by the last name ("Reilly"); a first name alone is too weak.
		// "Ms. Okoro" after "her husband, James Okoro": someone else, of the title's gender.
		const gender = titleGender(single.title);
		const known = article.byName
			.get(single.word)
			?.filter((e) => e.kind === 'person' && e.names[e.names.length - 1] === single.word)
			.filter((e) => !gender || !e.gender || e.gender === gender);
		// "Mr. Lou" after "Lou Jiwei": a title goes before the surname, which some names give first.
		if (known?.length === 0 && single.title && !L.TITLE_MODIFIERS.has(single.title))
			known.push(...surnameFirst(article, single.word, gender));
		if (known && known.length > 0) {
			// Of several, the first introduced: whom the article is about, more often than a relative.
			const entity = known[0]!;
			entity.confirmed = true;
			// "President Bush" when Jeb and George W. Bush are both named: whose title it is is unknown.
			if (known.length > 1) continue;
			if (single.title) learnTitles(entity, [single.title]);
			// "said Solberg, a glaciologist who …": an apposition after the surname alone.
			learnApposition(
				article,
				entity,
				single.paragraph,
				single.start,
				single.start + single.word.length
			);
		} else if (single.business) {
			const label = withMark(
				article,
				single.paragraph,
				single.start + single.word.length,
				single.word
			);
			const entity = body(article, label, single.word.toLowerCase());
			entity.names = [single.word];
			entity.descriptors.add(single.business);
		} else if (single.title && !L.TITLE_MODIFIERS.has(single.title)) {
			// "Mr Okoro", but not "Former Calder": a modifier alone is no title.
			const entity = gender
				? newEntity(article, 'person', single.word, [single.word])
				: person(article, [single.word]);
			entity.label = `${capitalise(single.title)} ${single.word}`;
			learnTitles(entity, [single.title]);
		}
	}
	lonePeople(article, singles);
	// A first or last name used alone inside a quote also shows the name is a person's ("Valtteri").
	article.blocks.forEach((block, p) => {
		for (const q of article.quotes[p]!) {
			for (const t of tokens(block.text, q.start, q.end)) {
				if (!t.capital) continue;
				for (const entity of article.byName.get(t.bare) ?? []) {
					if (entity.kind === 'person' && entity.names.length > 1) entity.confirmed = true;
				}
			}
		}
	});
}

/**
 * "Archer has said", "Archer never said": one word between, then a speech verb, even after a
 * preposition ("to Archer, …" aside) where nextToSpeech would see a place.
 */
function adverbThenSpeech(toks: Token[], k: number): boolean {
	const between = toks[k];
	const verb = toks[k + 1];
	return (
		between !== undefined &&
		verb !== undefined &&
		between.joined &&
		verb.joined &&
		(/ly$/u.test(between.lower) || BEFORE_VERB.has(between.lower)) &&
		L.SPEECH_VERBS.has(verb.lower)
	);
}

/** Words that may stand between a speaker and the speech verb, besides "-ly" adverbs. */
const BEFORE_VERB = new Set(['also', 'later', 'then', 'once', 'again', 'never', 'has', 'had']);

/**
 * "On Monday, Archer rejected the plan. … Archer told reporters": a surname that no full name
 * introduces, but that speaks somewhere ("Archer said", "said Archer"), is a person everywhere the
 * article uses it, before and after, so a later "he said" or a quote paragraph can stand for them.
 * Not a word that names an organisation ("Wheelhouse said" after "Wheelhouse Energy") or an
 * institution ("Parliament said").
 */
function lonePeople(article: Article, singles: { word: string; speaks: boolean }[]): void {
	const bodyWords = new Set([...article.bodies.values()].map((b) => b.names[0]));
	for (const single of singles) {
		if (!single.speaks || article.byName.has(single.word) || bodyWords.has(single.word)) continue;
		const lower = single.word.toLowerCase();
		if (L.BODY_NOUNS.has(lower) || L.ORG_WORDS.has(lower) || isGroupNoun(lower)) continue;
		const entity = person(article, [single.word]);
		entity.confirmed = true;
	}
}

/**
 * The people of two-word names whose first word is this one, of the title's gender: written surname
 * first ("Lou Jiwei", "Gao Junlan"), as a title before that word shows ("Mr. Lou", "Ms. Gao").
 */
function surnameFirst(article: Article, word: string, gender: Gender | undefined): Entity[] {
	return (article.byName.get(word) ?? []).filter(
		(e) =>
			e.kind === 'person' &&
			e.names.length === 2 &&
			e.names[0] === word &&
			(!gender || !e.gender || e.gender === gender)
	);
}

/** "of Berenberg", "of the Harbour Institute", "from Ashcombe": a person's firm or place. */
const AFFILIATION =
	/^\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}.&'\u2019-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'\u2019-]*){0,5}/u;

/**
 * "Marcus Webb, whose two daughters attend Lakeview, said", "Yun Shu, director of the Institute of
 * Coastal Studies, calls it": the name at [start, end) is the subject of a verb of speech, report or
 * judgement after an apposition in commas.
 */
function speaksAfterApposition(article: Article, p: number, start: number, end: number): boolean {
	const text = article.masked[p]!;
	// Not a name after "of" ("Dan Ferris of Port Calder, a council ally, said"): the one before speaks.
	if (GOVERNED.test(text.slice(Math.max(0, start - 6), start))) return false;
	// A few hundred characters at most: a long sentence is not copied again for each name.
	let rest = text.slice(end, Math.min(sentenceAt(article, p, start).end, end + 400));
	// "Holger Schmieding of Berenberg, a German bank, warned": a firm or a place after the name.
	const affiliation = AFFILIATION.exec(rest);
	if (affiliation) rest = rest.slice(affiliation[0].length);
	// A title's full stop ("an adviser to Mr. Sanders,") does not end the clause.
	const clause =
		/^,(?:[^.;:!?\uFFFC]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr))\.){1,150}?,\s+(?:\p{L}+ly\s+)?(\p{Ll}+)\b/u.exec(
			rest
		) ?? (affiliation ? /^\s+(?:\p{L}+ly\s+)?(\p{Ll}+)\b/u.exec(rest) : null);
	const verb = clause?.[1];
	return (
		verb !== undefined &&
		(L.SPEECH_VERBS.has(verb) || L.REPORTING_VERBS.has(verb) || L.RULING_VERBS.has(verb))
	);
}

/** Words a headline in Title Case leaves in lower case. */
const TITLE_CASE_LOWER = new Set(
	'the and but for nor with from into over via per off out yet'.split(' ')
);

/**
 * A sentence in Title Case, as headlines are written ("Howard Dean Tells Democratic Convention"):
 * at least three words of three letters or more after the first, and every one with a capital
 * (articles, short prepositions and conjunctions aside).
 */
export function titleCase(sentence: string): boolean {
	const words = (sentence.match(/\p{L}[\p{L}'\u2019-]{2,}/gu)?.slice(1) ?? []).filter(
		(w) => !TITLE_CASE_LOWER.has(w)
	);
	if (words.length < 3) return false;
	return words.every((w) => /^\p{Lu}/u.test(w));
}

/** A rank word right before a run's titles: "Vice President", "Deputy Mayor". */
const SECOND_RANK_BEFORE = /\b(Vice|Deputy|Assistant)[\s-]+$/u;

/** "Karen Whitlock, the Rovers manager," / "The mayor, Helen Achterberg," / "Margaret Ellison, 78," */
function learnApposition(
	article: Article,
	entity: Entity,
	p: number,
	start: number,
	end: number
): void {
	const text = article.masked[p]!;
	const after = text.slice(end, end + 90);
	const age = /^,\s+(\d{1,3}),/u.exec(after);
	if (age) {
		entity.age = Number(age[1]);
		entity.confirmed = true;
	}
	if (/^,\s+(?:who|whose)\b/u.test(after) || /^\s+(?:of|from)\s+the\b/u.test(after))
		entity.confirmed = true;
	if (speaksAfterApposition(article, p, start, end)) entity.confirmed = true;
	// "The director of the Harbour Centre, Ina Kirsch, told": a name in commas, then the verb.
	const verbAfter = /^,\s+(\p{Ll}+)\b/u.exec(after)?.[1];
	if (
		verbAfter &&
		/,\s*$/u.test(text.slice(Math.max(0, start - 3), start)) &&
		(L.SPEECH_VERBS.has(verbAfter) || L.REPORTING_VERBS.has(verbAfter))
	)
		entity.confirmed = true;
	const np = /^,\s+((?:the|a|an)\s+[^,.;:!?\uFFFC]{2,90}?)(?=,|\.|;|\s+who\b|\s+whose\b|$)/u.exec(
		after
	);
	// "a pediatric infectious disease specialist at Carver General Hospital": the role before its
	// place, when the whole is too long for an epithet.
	// Not "a member" cut from "a member of parliament": a relational noun needs its "of".
	const cutAt =
		np && !isEpithet(np[1]!) ? /^(.+?)\s+(at|of|for|from|in|with)\s/u.exec(np[1]!) : null;
	const rolePart =
		cutAt && !(cutAt[2] === 'of' && L.RELATIONAL_NOUNS.has(cutAt[1]!.split(/\s+/u).at(-1)!))
			? cutAt[1]
			: undefined;
	const apposed =
		np && isEpithet(np[1]!) ? np[1]! : rolePart && isEpithet(rolePart) ? rolePart : undefined;
	if (apposed) {
		addEpithet(entity, apposed, true);
		entity.confirmed = true;
	}
	const before = text.slice(Math.max(0, start - 90), start);
	const lead =
		/(?:^|[^\p{L}])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Aa]n?|[Aa]nother|\p{Lu}[\p{L}-]*['\u2019]s)\s+[^,.;:!?\uFFFC]{2,50}?),\s+((?:(?:[\p{Ll}][\p{L}-]*|\p{Lu}[\p{L}-]*)\s+){0,2})$/u.exec(
			before
		);
	// "…as the nominee, Devine suggested": a name with its verb opens a clause; the phrase before it
	// ended the one before, and is no apposition (that closes with a comma: "The mayor, Helen Achterberg, said").
	const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
	const opensClause =
		next !== undefined &&
		!L.PREPOSITIONS.has(next) &&
		// Nor a particle of the name: "Abu Bakr al-Baghdadi", "Ursula von der Leyen".
		!/^(?:of|for|and|or|who|whose|which|that|as|by|al|el|bin|ibn|de|del|della|di|da|du|dos|van|von|der|le|la)$/u.test(
			next
		);
	const between = lead?.[2]?.trim().split(/\s+/u).filter(Boolean) ?? [];
	const roleWords =
		between.length === 0 ||
		(L.PERSON_NOUNS.has(between[between.length - 1]!.toLowerCase()) &&
			between.every((w) => /^\p{Lu}/u.test(w) || L.PERSON_NOUNS.has(w.toLowerCase())));
	// "Counsel for the league, Andrew Fenwick": a phrase after a preposition is not the person.
	const governed =
		lead !== null &&
		/\b(?:for|of|at|in|with|from|to|by|on|about|against|under|over|behind|than|as|representing)\s+$/iu.test(
			before.slice(0, lead.index + lead[0].indexOf(lead[1]!))
		);
	if (lead && roleWords && !governed && !opensClause && isEpithet(lead[1]!)) {
		addEpithet(entity, lead[1]!, true);
		entity.confirmed = true;
	}
	// "shopkeeper Tom Reilly", "Millbrook manager Graham Lowe", "Blaze co-host Stu Burguiere"
	const role = /(?:^|\s)([\p{Ll}][\p{L}-]*)\s+$/u.exec(before)?.[1];
	if (role && ROLE_NOUNS.has(role)) {
		entity.roles.add(role);
		entity.confirmed = true;
	}
}

/** A colon and a quote after a name, perhaps with its affiliation: "Lena Ortiz, Radio North: "…"". */
const COLON_QUOTE = /^(?:,\s+\p{Lu}[^,:;.!?\uFFFC]{0,40})?:\s*(?:\uFFFC|$)/u;
/** A word right before a quote (quotes are masked, their commas too): a cue verb if we know it. */
const WORD_QUOTE = /(?<=[\s,\uFFFC])(\p{Ll}+)[,:]?\s*\uFFFC/gu;

/**
 * Whether the name at [start, end) introduces a quote without a speech verb next to it: "according
 * to Lena Ortiz, "…"", "Lena Ortiz, Radio North: "…"" (a colon after the name and an affiliation),
 * "Lena Ortiz called it "a start," adding, "…"", "Lena Ortiz shrugged and added: "…"" (a cue verb
 * later in the sentence, right before a quote).
 */
function introducesQuote(article: Article, p: number, start: number, end: number): boolean {
	const text = article.masked[p]!;
	if (/\baccording\s+to\s+$/iu.test(text.slice(Math.max(0, start - 14), start))) return true;
	const rest = text.slice(end, Math.min(sentenceAt(article, p, start).end, end + 200));
	if (COLON_QUOTE.test(rest)) return true;
	const stop = rest.search(/[.;!?]/u);
	const clause = stop < 0 ? rest : rest.slice(0, stop);
	for (const [, word] of clause.matchAll(WORD_QUOTE))
		if (L.PARTICIPLE_CUES.has(word!) || L.SPEECH_VERBS.has(word!)) return true;
	return false;
}

/**
 * Whether a phrase is short and plain enough to be an epithet for a person ("the Rovers manager").
 */
function isEpithet(np: string): boolean {
	const words = np.split(/\s+/u);
	if (words.length < 2 || words.length > 6) return false;
	// "the pro-Christie Union Leader": capitalised words to the end are a name, unless the last
	// is a party or a nation ("a Texas Republican", "the Flying Finn").
	const [before, last] = [words.at(-2)!, words.at(-1)!];
	if (
		words.length > 2 &&
		/^\p{Lu}/u.test(last) &&
		!/^\p{Lu}{2,}$/u.test(last) &&
		/^\p{Lu}/u.test(before) &&
		!L.PARTY_WORDS.has(last.toLowerCase()) &&
		!L.NATIONALITY_NOUNS.has(last.toLowerCase())
	)
		return false;
	return words.slice(1).every((w) => !L.NP_BREAKERS.has(w.toLowerCase()) && !/\d{4}/u.test(w));
}
