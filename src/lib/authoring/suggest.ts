// Authoring suggestions: from an article's text, the sentences with their ids, the people and bodies
// it names (with the epithets it uses for them), and every direct quote, piece of reported speech and
// bracketed aside of the writer's, each with a suggested speaker, cue and form. Pure TypeScript (no
// Svelte, DOM or server imports): the endpoint, the bench and the tests call it alike.
//
// Attribution is a sieve, in the order the quote-attribution literature uses (e.g. Muzny et al.,
// "A Two-stage Sieve Approach for Quote Attribution", 2017): for each quote,
//   1. an explicit cue next to it names the speaker ("said Reilly", "Whitlock went on");
//   2. a pronoun or epithet cue ("she added", "said the committee chair") is resolved to the last
//      matching person: gender from titles and pronouns, epithets from appositions ("The mayor, Helen
//      Achterberg,") and coreference (an epithet used right after a person is introduced);
//   3. a quote with no cue carries on the previous quote's speaker: in the same paragraph, or in the
//      paragraph before (quotes that run over paragraphs);
//   4. failing that, a paragraph-opening quote goes to the person the paragraph before was about.
// Mentions are searched Hobbs-style: this sentence, then the ones before it, each left to right, so a
// sentence's subject comes before its object. Names inside quotes never count as mentions.
import * as L from './lexicon';
import { findQuotes, quoteStyle, type QuoteSpan } from './quotes';
import {
	capitalise,
	capitalRuns,
	classifyRun,
	epithetKey,
	epithetText,
	groupLabelIn,
	isDemonym,
	type Run
} from './names';
import { blocks, slug, tokens, type Block, type SentenceRange, type Token } from './text';
import { endsWithComma, firstIndex, overlapping, SPACE } from './suggest/search';
import type { SuggestedSource, SuggestedStatement, Suggestions } from './suggest/types';

export type {
	SourceKind,
	StatementForm,
	SuggestedSentence,
	SuggestedSource,
	SuggestedStatement,
	Suggestions
} from './suggest/types';

type Gender = 'f' | 'm' | 'they';

interface Entity {
	kind: 'person' | 'body';
	label: string;
	/** The name's words without titles ("Priya", "Natarajan"); empty for unnamed bodies. */
	names: string[];
	gender?: Gender;
	/** Heads of every epithet: "chair", "driver". */
	descriptors: Set<string>;
	/** Role nouns from titles and appositions: "councillor", "shopkeeper", "mayor", "glaciologist". */
	roles: Set<string>;
	/** The text's own phrases for it, as they are written: "the committee chair". */
	epithets: string[];
	/** Lower-cased epithet phrases without their determiner, for lookup. */
	epithetKeys: Set<string>;
	demonym?: string;
	age?: number;
	/** A named person is kept as a source only once something shows it is a person. */
	confirmed: boolean;
	speaks: boolean;
	/** When it was found, and where it is first mentioned: the sources come in the article's order. */
	first: number;
	firstMention?: number;
	/** For "her office": whose. */
	owner?: Entity;
}

interface Mention {
	entity: Entity;
	sentence: number;
	pos: number;
	end: number;
	paragraph: number;
	kind: 'name' | 'pronoun' | 'np';
	text: string;
}

interface Quote extends QuoteSpan {
	paragraph: number;
	/** Its place among the paragraph's quotes. */
	order: number;
	sentences: SentenceRange[];
	embedded: boolean;
	speaker?: Entity | null;
	cue: string | null;
	/** How the speaker was found: which rule of the sieve. */
	rule?: 'cue' | 'continuation' | 'mention';
}

interface Cue {
	speaker: Entity | null;
	cue: string;
	/** Where its verb is, so the verb is not read again as reported speech. */
	verbAt: number;
}

interface Report {
	statement: Omit<SuggestedStatement, 'source'>;
	speaker: Entity | null;
	at: number;
	end: number;
	p: number;
}

const MASK = '\uFFFC';
/** Where the name of a source after "according to" ends: "a copy of the contract | seen by…". */
const ACCORDING_STOP =
	/^(?:who|which|that|seen|by|published|obtained|released|written|posted|in|on|at|from|with)$/u;
/** Nouns too general to be an epithet for someone already named: "the man was arrested". */
const GENERIC_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'baby']);
/** What "the company" or "the club" may stand for in an organisation's name. */
const ORG_SYNONYMS: Record<string, string[]> = {
	company: ['company', 'ltd', 'inc', 'corp', 'corporation', 'plc', 'co', 'group'],
	firm: ['ltd', 'inc', 'corp', 'plc', 'llp', 'firm'],
	club: ['club', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'wanderers', 'rangers'],
	team: ['team', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'racing'],
	force: ['police', 'force', 'constabulary']
};
const NEGATION = /^(?:not|never|no|declined|refused|n't|cannot|didn't|wouldn't|won't)$/u;
/** Nouns for what was said or written: "the statement said" speaks for whoever made it. */
const DOCUMENT_NOUNS = new Set([
	'statement',
	'letter',
	'message',
	'email',
	'post',
	'note',
	'tweet'
]);
/**
 * How many of a sentence's mentions (from its start) a pronoun or epithet is tried against. News
 * sentences have a few; without a bound, a 20,000-character sentence of "FIA he FIA he …" tried
 * every pronoun against every name before it.
 */
const MENTIONS_SEARCHED = 100;
const ADVERB = /^(?:\p{L}+ly|also|later|then|again|once|simply|just|still|previously|long)$/u;

/** Everything about one article the sieve needs, built once. */
class Article {
	readonly blocks: Block[];
	readonly masked: string[];
	readonly quotes: Quote[][];
	readonly entities: Entity[] = [];
	readonly mentions = new Map<number, Mention[]>();
	/** The same mentions by paragraph, in order. */
	readonly byParagraph = new Map<number, Mention[]>();
	/** Pronouns nobody fits ("p:pos"): a cue with one has no speaker rather than a guessed one. */
	readonly unresolved = new Set<string>();
	readonly toks: Token[][];
	private readonly byName = new Map<string, Entity[]>();
	private readonly byFull = new Map<string, Entity>();
	private readonly bodies = new Map<string, Entity>();
	private order = 0;
	/** Every sentence, by its index in the article. */
	private readonly sentenceList: SentenceRange[];
	/** Where each entity was last mentioned (sentence × 100,000 + position), for `latest`. */
	private readonly lastMention = new Map<Entity, number>();
	/** Per paragraph: the commas' positions, and how far the walk over leading adverbial chunks got. */
	private readonly commas = new Map<number, number[]>();
	private readonly adverbialChunks = new Map<string, { count: number; stopped: boolean }>();
	/** Per paragraph: how many of its first n tokens are body or person nouns. */
	private readonly groupNouns = new Map<number, number[]>();
	/** Per paragraph: its mentions that are a person's name between commas ("Its chair, Sunita Rao,"). */
	private readonly apposed = new Map<number, number[]>();
	/** "the statement said": whether sentence s names the noun (`s:noun`). */
	private readonly namesNoun = new Map<string, boolean>();

	constructor(text: string) {
		this.blocks = blocks(text);
		const style = quoteStyle(text);
		this.quotes = this.blocks.map((block) =>
			// Written out rather than spread ({ ...span, … }): V8 made those objects slow to build, 40 ms
			// for the 6,000 quotes a 20,000-character paragraph can hold.
			findQuotes(block.text, style).map((span, order) => ({
				open: span.open,
				close: span.close,
				start: span.start,
				end: span.end,
				text: span.text,
				paragraph: block.index,
				order,
				sentences: overlapping(block.sentences, span.start, span.end),
				embedded: false,
				cue: null
			}))
		);
		// The paragraph with every quote blanked out: names inside quotes are not mentions.
		this.masked = this.blocks.map((block, p) => {
			const parts: string[] = [];
			let at = 0;
			for (const q of this.quotes[p]!) {
				const to = q.close === null ? q.end : q.close + 1;
				parts.push(block.text.slice(at, q.open), MASK.repeat(to - q.open));
				at = to;
			}
			parts.push(block.text.slice(at));
			return parts.join('');
		});
		this.toks = this.masked.map((m) => tokens(m));
		this.sentenceList = this.blocks.flatMap((b) => b.sentences);
	}

	/** Index range [lo, hi) of paragraph p's tokens that lie wholly in [from, to). */
	private tokenRange(p: number, from: number, to: number): [number, number] {
		const all = this.toks[p]!;
		const lo = firstIndex(all, (t) => t.start < from);
		return [
			lo,
			Math.max(
				lo,
				firstIndex(all, (t) => t.end <= to)
			)
		];
	}

	/** The last of paragraph p's tokens that lie wholly in [from, to). */
	lastTokenIn(p: number, from: number, to: number): Token | undefined {
		const [lo, hi] = this.tokenRange(p, from, to);
		return hi > lo ? this.toks[p]![hi - 1] : undefined;
	}

	/** Paragraph p's mention that starts at pos. */
	mentionAt(p: number, pos: number): Mention | undefined {
		const list = this.byParagraph.get(p) ?? [];
		const m = list[firstIndex(list, (x) => x.pos < pos)];
		return m?.pos === pos ? m : undefined;
	}

	/** The paragraph's tokens that lie wholly in [from, to): found by binary search, not re-read. */
	tokensIn(p: number, from: number, to: number): Token[] {
		const all = this.toks[p]!;
		let lo = 0;
		let hi = all.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (all[mid]!.start < from) lo = mid + 1;
			else hi = mid;
		}
		return all.slice(
			lo,
			Math.max(
				lo,
				firstIndex(all, (t) => t.end <= to)
			)
		);
	}

	// ------------------------------------------------------------------------------------------
	// Entities

	newEntity(kind: Entity['kind'], label: string, names: string[] = []): Entity {
		const entity: Entity = {
			kind,
			label,
			names,
			descriptors: new Set(),
			roles: new Set(),
			epithets: [],
			epithetKeys: new Set(),
			confirmed: kind === 'body',
			speaks: false,
			first: this.order++
		};
		this.entities.push(entity);
		for (const name of names) {
			const list = this.byName.get(name) ?? [];
			list.push(entity);
			this.byName.set(name, list);
		}
		if (names.length > 0) this.byFull.set(names.join(' '), entity);
		return entity;
	}

	person(names: string[]): Entity {
		const full = names.join(' ');
		const known = this.byFull.get(full);
		if (known) return known;
		// "Mrs Ellison" after "Margaret Ellison": the same person.
		if (names.length === 1) {
			const same = this.byName.get(names[0]!)?.filter((e) => e.kind === 'person');
			if (same && same.length > 0) return same[same.length - 1]!;
		}
		return this.newEntity('person', full, names);
	}

	body(label: string, key = label.toLowerCase()): Entity {
		const known = this.bodies.get(key);
		if (known) return known;
		const entity = this.newEntity('body', label);
		this.bodies.set(key, entity);
		return entity;
	}

	/** A single capitalised word: a person's first or last name, or an organisation's word. */
	lookupName(word: string): Entity | undefined {
		const list = this.byName.get(word);
		if (list && list.length > 0) return list[list.length - 1];
		// "Rovers" for "Harbourside Rovers", "FIA": an organisation's own word, not a place in its name.
		if (!L.ORG_WORDS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)) return undefined;
		for (const entity of this.entities) {
			if (entity.kind === 'body' && entity.names.includes(word)) return entity;
		}
		return undefined;
	}

	addEpithet(entity: Entity, text: string, role = false): void {
		const key = epithetKey(text);
		if (!key || entity.epithetKeys.has(key)) return;
		entity.epithetKeys.add(key);
		entity.epithets.push(epithetText(text));
		const head = key.split(' ').pop()!;
		entity.descriptors.add(head);
		if (role) entity.roles.add(head);
		if (L.FEMALE_NOUNS.has(head)) entity.gender ??= 'f';
		if (L.MALE_NOUNS.has(head)) entity.gender ??= 'm';
		const original = text.split(' ').pop()!;
		if (isDemonym(original)) entity.demonym ??= head;
		const age = /^(\d{1,3})-year-old$/u.exec(head);
		if (age) entity.age ??= Number(age[1]);
	}

	sentenceAt(paragraph: number, pos: number): SentenceRange {
		const list = this.blocks[paragraph]!.sentences;
		const at = list[firstIndex(list, (s) => s.start <= pos) - 1];
		return at && pos < at.end ? at : list[list.length - 1]!;
	}

	// ------------------------------------------------------------------------------------------
	// Pass 1: names, titles, appositions

	findNames(): void {
		const singles: { word: string; title?: string; paragraph: number; start: number }[] = [];
		this.blocks.forEach((block, p) => {
			const toks = this.toks[p]!;
			const starts = new Set(
				block.sentences.map((s) => toks[firstIndex(toks, (t) => t.start < s.start)]?.start ?? -1)
			);
			const indexOf = (t: Token) => firstIndex(toks, (x) => x.start < t.start);
			for (const run of capitalRuns(toks, starts)) {
				let found = classifyRun(run);
				// "Jo Park said": a name that ends like a place, but speaks.
				if (found.kind === 'place') {
					const i = indexOf(run.tokens[0]!);
					if (!this.nextToSpeech(toks, i, run.tokens.length)) continue;
					found = { ...found, kind: 'person', titles: [] };
				}
				if (found.kind === 'org') {
					const before = this.masked[p]!.slice(Math.max(0, found.start - 4), found.start);
					const label = /\bthe\s$/iu.test(before) ? `The ${found.label}` : found.label;
					const entity = this.body(label, found.label.toLowerCase());
					entity.names = found.label.split(' ');
				} else if (found.kind === 'person') {
					const entity = this.person(found.names);
					if (entity.names.length === found.names.length) entity.label = found.label;
					this.learnTitles(entity, found.titles);
					this.learnApposition(entity, p, found.start, run.end);
					// "Simon Adair told the court", "said Karen Whitlock"
					const i = indexOf(run.tokens[0]!);
					if (this.nextToSpeech(toks, i, run.tokens.length)) entity.confirmed = true;
				} else if (found.kind === 'single') {
					singles.push({ word: found.word, title: found.title, paragraph: p, start: found.start });
				}
			}
		});
		// Single words: a known person's name (which confirms them), or a person named by title alone.
		for (const single of singles) {
			// Outside quotes a person is called by the last name ("Reilly"); a first name alone is too weak.
			const known = this.byName
				.get(single.word)
				?.filter((e) => e.kind === 'person' && e.names[e.names.length - 1] === single.word);
			if (known && known.length > 0) {
				const entity = known[known.length - 1]!;
				entity.confirmed = true;
				if (single.title) this.learnTitles(entity, [single.title]);
			} else if (single.title) {
				const entity = this.person([single.word]);
				entity.label = `${capitalise(single.title)} ${single.word}`;
				this.learnTitles(entity, [single.title]);
			}
		}
		// A first or last name used alone inside a quote also shows the name is a person's ("Valtteri").
		this.blocks.forEach((block, p) => {
			for (const q of this.quotes[p]!) {
				for (const t of tokens(block.text, q.start, q.end)) {
					if (!t.capital) continue;
					for (const entity of this.byName.get(t.bare) ?? []) {
						if (entity.kind === 'person' && entity.names.length > 1) entity.confirmed = true;
					}
				}
			}
		});
	}

	learnTitles(entity: Entity, titles: string[]): void {
		for (const title of titles) {
			if (L.TITLE_MODIFIERS.has(title)) continue;
			entity.confirmed = true;
			entity.roles.add(
				title === 'dr'
					? 'doctor'
					: title === 'prof'
						? 'professor'
						: title === 'cllr'
							? 'councillor'
							: title
			);
			if (L.FEMALE_TITLES.has(title)) entity.gender = 'f';
			if (L.MALE_TITLES.has(title)) entity.gender = 'm';
		}
	}

	/** "Karen Whitlock, the Rovers manager," / "The mayor, Helen Achterberg," / "Margaret Ellison, 78," */
	learnApposition(entity: Entity, p: number, start: number, end: number): void {
		const text = this.masked[p]!;
		const after = text.slice(end, end + 90);
		const age = /^,\s+(\d{1,3}),/u.exec(after);
		if (age) {
			entity.age = Number(age[1]);
			entity.confirmed = true;
		}
		if (/^,\s+(?:who|whose)\b/u.test(after) || /^\s+(?:of|from)\s+the\b/u.test(after))
			entity.confirmed = true;
		// "Marcus Webb, whose two daughters attend Lakeview, said": the subject of a reporting verb.
		const sentence = this.sentenceAt(p, start);
		const rest = text.slice(end, sentence.end);
		const clause = /^,[^.;:!?\uFFFC]{1,150}?,\s+(?:\p{L}+ly\s+)?(\p{Ll}+)\b/u.exec(rest);
		if (clause && (L.SPEECH_VERBS.has(clause[1]!) || L.REPORTING_VERBS.has(clause[1]!)))
			entity.confirmed = true;
		const np = /^,\s+((?:the|a|an)\s+[^,.;:!?\uFFFC]{2,60}?)(?=,|\.|;|\s+who\b|\s+whose\b|$)/u.exec(
			after
		);
		if (np && this.isEpithet(np[1]!)) {
			this.addEpithet(entity, np[1]!, true);
			entity.confirmed = true;
		}
		const before = text.slice(Math.max(0, start - 90), start);
		const lead =
			/(?:^|[^\p{L}])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|\p{Lu}[\p{L}-]*['\u2019]s)\s+[^,.;:!?\uFFFC]{2,50}?),\s+((?:(?:[\p{Ll}][\p{L}-]*|\p{Lu}[\p{L}-]*)\s+){0,2})$/u.exec(
				before
			);
		const between = lead?.[2]?.trim().split(/\s+/u).filter(Boolean) ?? [];
		const roleWords =
			between.length === 0 ||
			(L.PERSON_NOUNS.has(between[between.length - 1]!.toLowerCase()) &&
				between.every((w) => /^\p{Lu}/u.test(w) || L.PERSON_NOUNS.has(w.toLowerCase())));
		if (lead && roleWords && this.isEpithet(lead[1]!)) {
			this.addEpithet(entity, lead[1]!, true);
			entity.confirmed = true;
		}
		// "shopkeeper Tom Reilly", "Millbrook manager Graham Lowe"
		const role = /(?:^|\s)([\p{Ll}][\p{L}-]*)\s+$/u.exec(before)?.[1];
		if (role && L.PERSON_NOUNS.has(role)) {
			entity.roles.add(role);
			entity.confirmed = true;
		}
	}

	isEpithet(np: string): boolean {
		const words = np.split(/\s+/u);
		if (words.length < 2 || words.length > 6) return false;
		return words.slice(1).every((w) => !L.NP_BREAKERS.has(w.toLowerCase()) && !/\d{4}/u.test(w));
	}

	// ------------------------------------------------------------------------------------------
	// Pass 2: mentions in document order, with pronouns and epithets resolved

	record(mention: Mention): void {
		mention.entity.firstMention ??= mention.sentence * 1_000_000 + mention.pos;
		const at = mention.sentence * 100_000 + mention.pos;
		if (at > (this.lastMention.get(mention.entity) ?? -1)) this.lastMention.set(mention.entity, at);
		const list = this.mentions.get(mention.sentence) ?? [];
		list.push(mention);
		this.mentions.set(mention.sentence, list);
		const inParagraph = this.byParagraph.get(mention.paragraph) ?? [];
		inParagraph.push(mention);
		this.byParagraph.set(mention.paragraph, inParagraph);
	}

	/** Hobbs-style: this sentence before `pos`, then earlier sentences, each left to right. */
	resolve(
		sentence: number,
		pos: number,
		ok: (entity: Entity) => boolean,
		exclude: Set<Entity> = new Set(),
		prefer: (entity: Entity) => boolean = () => false,
		fromSentence = sentence
	): Entity | undefined {
		for (let s = fromSentence; s >= 0 && s >= sentence - 12; s--) {
			// In one sentence, someone known to fit comes before someone who only might.
			let first: Mention | undefined;
			const list = this.mentions.get(s) ?? [];
			for (let k = 0; k < list.length && k < MENTIONS_SEARCHED; k++) {
				const m = list[k]!;
				if (s === sentence && m.pos >= pos) break; // a sentence's mentions are in order
				if (exclude.has(m.entity) || !ok(m.entity)) continue;
				if (prefer(m.entity)) return m.entity;
				first ??= m;
			}
			if (first) return first.entity;
		}
		return undefined;
	}

	pronounFits(gender: Gender) {
		return (entity: Entity) =>
			gender === 'they'
				? entity.kind === 'body' || entity.gender === 'they'
				: entity.kind === 'person' && (entity.gender === undefined || entity.gender === gender);
	}

	resolvePronoun(
		word: string,
		sentence: number,
		pos: number,
		speaking = false
	): Entity | undefined {
		const gender = L.PRONOUNS[word.toLowerCase()]!;
		// "Whitfield, she said, was remorseful": the one speaking is not the one spoken of.
		const entity = this.resolve(
			sentence,
			pos,
			this.pronounFits(gender),
			new Set(),
			(e) => e.gender === gender,
			speaking ? sentence - 1 : sentence
		);
		if (entity && entity.kind === 'person' && entity.gender === undefined && gender !== 'they') {
			entity.gender = gender;
		}
		return entity;
	}

	/** A definite epithet ("the committee chair", "the 58-year-old") to the person it names. */
	resolveEpithet(
		np: string,
		sentence: number,
		pos: number,
		exclude: Set<Entity>
	): Entity | undefined {
		const key = epithetKey(np);
		const known = this.entities.filter((e) => e.kind === 'person' && e.epithetKeys.has(key));
		if (known.length > 0) return this.latest(known);
		const words = key.split(' ');
		const head = words[words.length - 1]!;
		const age = /^(\d{1,3})-year-old$/u.exec(head);
		if (age) {
			const same = this.entities.filter((e) => e.age === Number(age[1]));
			if (same.length > 0) return this.latest(same);
		}
		const original = np.split(' ').pop()!;
		const demonym = isDemonym(original) ? head : undefined;
		const gender = L.FEMALE_NOUNS.has(head) ? 'f' : L.MALE_NOUNS.has(head) ? 'm' : undefined;
		// "the Williams driver" is not the one already called "the Mercedes driver".
		const conflicts = (e: Entity) =>
			words.length > 1 &&
			[...e.epithetKeys].some((k) => k !== key && k.includes(' ') && k.split(' ').pop() === head);
		const fits = (e: Entity) =>
			e.kind === 'person' &&
			e.confirmed !== false &&
			!conflicts(e) &&
			(!demonym || !e.demonym || e.demonym === demonym) &&
			(!gender || !e.gender || e.gender === gender) &&
			(!age || e.age === undefined || e.age === Number(age[1]));
		const described = this.entities.filter((e) => fits(e) && e.roles.has(head));
		if (described.length > 0 && !demonym) return this.latest(described);
		return this.resolve(sentence, pos, fits, exclude);
	}

	/** The entity among these mentioned most recently (or first introduced, if never mentioned). */
	latest(list: Entity[]): Entity {
		let best = list[0]!;
		let bestAt = -1;
		for (const entity of list) {
			const at = this.lastMention.get(entity) ?? -1;
			if (at > bestAt) {
				bestAt = at;
				best = entity;
			}
		}
		return best;
	}

	findMentions(): void {
		for (const block of this.blocks) {
			const p = block.index;
			for (const sentence of block.sentences) {
				const inSentence = this.tokensIn(p, sentence.start, sentence.end);
				this.sentenceMentions(p, sentence, inSentence);
			}
		}
	}

	private sentenceMentions(p: number, sentence: SentenceRange, toks: Token[]): void {
		const text = this.masked[p]!;
		const starts = new Set(toks.length > 0 ? [toks[0]!.start] : []);
		const used = new Set<Token>();
		let subject: Entity | undefined;
		const add = (entity: Entity, kind: Mention['kind'], from: Token, to: Token) => {
			this.record({
				entity,
				sentence: sentence.index,
				pos: from.start,
				end: to.end,
				paragraph: p,
				kind,
				text: text.slice(from.start, to.end)
			});
			subject ??= entity;
		};
		const runs = new Map<Token, Run>();
		for (const run of capitalRuns(toks, starts)) runs.set(run.tokens[0]!, run);

		for (let i = 0; i < toks.length; i++) {
			const t = toks[i]!;
			if (used.has(t)) continue;
			const prev = toks[i - 1];
			// Names
			const run = runs.get(t);
			if (run) {
				const found = classifyRun(run);
				let entity: Entity | undefined;
				if (found.kind === 'person' || found.kind === 'place')
					entity = this.byFull.get(found.names.join(' '));
				else if (found.kind === 'org') entity = this.bodies.get(found.label.toLowerCase());
				else if (found.kind === 'single') {
					const last = run.tokens[run.tokens.length - 1]!;
					const speaks = this.nextToSpeech(toks, i, run.tokens.length);
					entity = this.lookupName(found.word);
					// "Wheelhouse said", "Wheelhouse's chief executive": the organisation of that name.
					if (!entity && (speaks || last.possessive)) entity = this.bodyByFirstWord(found.word);
					if (!entity && speaks && L.BODY_NOUNS.has(found.word.toLowerCase())) {
						entity = this.body(found.word, found.word.toLowerCase());
						entity.names = [found.word];
					} else if (!entity && speaks) {
						entity = this.person([found.word]);
						entity.confirmed = true;
					}
				}
				if (entity && (entity.kind === 'body' || entity.confirmed)) {
					run.tokens.forEach((r) => used.add(r));
					const last = run.tokens[run.tokens.length - 1]!;
					add(entity, 'name', run.tokens[0]!, last);
					i += run.tokens.length - 1;
					// "Adeyemi's office", "Wheelhouse's chief executive"
					if (last.possessive) {
						const np = this.nounPhrase(toks, i);
						const owned = np && this.possessed(entity, np, p, toks, i, subject);
						if (np && owned) {
							for (let k = i + 1; k <= np.last; k++) used.add(toks[k]!);
							add(owned, 'np', toks[i + 1]!, toks[np.last]!);
							i = np.last;
						}
					}
					continue;
				}
			}
			const lower = t.lower;
			// Determiner + noun phrase: "the Briton", "her office", "a council spokesperson"
			if (
				(L.DETERMINERS.has(lower) || lower === 'one' || lower === 'another') &&
				!['this', 'that'].includes(lower)
			) {
				const np = this.nounPhrase(toks, i);
				if (np) {
					const entity = this.npEntity(np, p, sentence, toks, i, subject);
					if (entity) {
						for (let k = i; k <= np.last; k++) used.add(toks[k]!);
						add(entity, 'np', t, toks[np.last]!);
						i = np.last;
						continue;
					}
				}
			}
			if (lower in L.PRONOUNS && !(prev && /^(?:of|to)$/u.test(prev.lower) && lower === 'them')) {
				const next = toks[i + 1];
				const speaking =
					next !== undefined &&
					next.joined &&
					(L.SPEECH_VERBS.has(next.lower) || L.REPORTING_VERBS.has(next.lower)) &&
					endsWithComma(text, sentence.start, t.start) &&
					i > 0;
				const entity = this.resolvePronoun(lower, sentence.index, t.start, speaking);
				if (entity) add(entity, 'pronoun', t, t);
				else this.unresolved.add(`${p}:${t.start}`);
			}
		}
	}

	/** "Adeyemi's office" (a body of hers), "Millbrook's captain" (an epithet), "Wheelhouse's chief executive". */
	private possessed(
		owner: Entity,
		np: { last: number; head: string },
		p: number,
		toks: Token[],
		i: number,
		subject: Entity | undefined
	): Entity | undefined {
		const noun = toks
			.slice(i + 1, np.last + 1)
			.map((t) => t.bare)
			.join(' ');
		const text = `${toks[i]!.text} ${noun}`;
		const after = this.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
		if (/^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after)) return undefined;
		if (!this.strongPosition(toks, i + 1, np.last) && !(subject === undefined)) return undefined;
		if (L.BODY_NOUNS.has(np.head) && !L.PERSON_NOUNS.has(np.head) && owner.kind === 'person') {
			const entity = this.body(
				`${owner.label}'s ${noun}`,
				`${owner.label}'s ${noun}`.toLowerCase()
			);
			entity.owner = owner;
			this.addEpithet(entity, text);
			return entity;
		}
		if (!L.PERSON_NOUNS.has(np.head)) return undefined;
		const known = this.entities.find(
			(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
		);
		if (known) return known;
		if (!this.strongPosition(toks, i + 1, np.last)) return undefined;
		const entity = this.newEntity('person', text);
		entity.descriptors.add(np.head);
		return entity;
	}

	bodyByFirstWord(word: string): Entity | undefined {
		return [...this.bodies.values()].find((b) => b.names[0] === word && b.names.length > 1);
	}

	/** Whether a single word sits next to a speech verb ("said Smith", "Smith said"). */
	nextToSpeech(toks: Token[], i: number, length: number): boolean {
		const before = toks[i - 1];
		const after = toks[i + length];
		// "Residents of Ashcombe say": after a preposition, a place.
		if (before && /^(?:of|in|at|from|to|for|by|on|near|into)$/u.test(before.lower)) return false;
		return (
			(before !== undefined && L.SPEECH_VERBS.has(before.lower) && toks[i]!.joined) ||
			(after !== undefined &&
				after.joined &&
				(L.SPEECH_VERBS.has(after.lower) || L.REPORTING_VERBS.has(after.lower)))
		);
	}

	/** "the committee chair" in tokens from i (the determiner): up to five words ending in a noun we know. */
	nounPhrase(toks: Token[], i: number): { last: number; head: string } | undefined {
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
				/^\d{1,3}-year-old$/u.test(head)
			) {
				best = { last: k, head };
			}
		}
		return best;
	}

	/** Whether token i starts the sentence's main clause (after nothing, or after a leading chunk and a comma). */
	private clauseStart(toks: Token[], i: number): boolean {
		if (i === 0) return true;
		const first = toks[0]!.lower;
		return (
			!toks[i]!.joined &&
			(L.ADVERBIAL_STARTERS.has(first) || L.SUBORDINATORS.has(first) || /ing$/u.test(first))
		);
	}

	sentenceByIndex(index: number): SentenceRange | undefined {
		return this.sentenceList[index];
	}

	/** Whether the noun phrase ending at token `last` is used as a mention (a subject, speaker or object of speech). */
	private strongPosition(toks: Token[], first: number, last: number): boolean {
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

	/** Whether sentence s has the word (case aside): asked once per sentence and noun. */
	private sentenceNames(s: number, noun: string): boolean {
		const key = `${s}:${noun}`;
		let found = this.namesNoun.get(key);
		if (found === undefined) {
			const text = this.sentenceByIndex(s)?.text;
			found = text !== undefined && new RegExp(`\\b${noun}\\b`, 'iu').test(text);
			this.namesNoun.set(key, found);
		}
		return found;
	}

	private npEntity(
		np: { last: number; head: string },
		p: number,
		sentence: SentenceRange,
		toks: Token[],
		i: number,
		subject: Entity | undefined
	): Entity | undefined {
		const det = toks[i]!.lower;
		const text = `${toks[i]!.text} ${toks
			.slice(i + 1, np.last + 1)
			.map((t) => (t.possessive ? t.text : t.bare))
			.join(' ')}`;
		const after = this.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
		const appositive = /^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after);
		// "The mayor, Helen Achterberg,": the name that follows is the mention.
		if (appositive) {
			const named = this.entities.find(
				(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
			);
			if (named) return named;
		}
		const sentenceSubject = subject === undefined && this.clauseStart(toks, i);
		if (!this.strongPosition(toks, i, np.last) && !(sentenceSubject && det !== 'the'))
			return undefined;
		if (DOCUMENT_NOUNS.has(np.head)) {
			// "the statement said": whoever made the statement the article last spoke of.
			if (det !== 'the') return undefined;
			for (let s = sentence.index - 1; s >= 0 && s >= sentence.index - 8; s--) {
				if (!this.sentenceNames(s, np.head)) continue;
				const first = this.mentions.get(s)?.[0];
				if (first) return first.entity;
			}
			return undefined;
		}
		const isBody = L.BODY_NOUNS.has(np.head) && !L.PERSON_NOUNS.has(np.head);
		if (['his', 'her', 'their', 'its'].includes(det)) {
			if (!isBody) return undefined;
			// "Her office": the office of the person "her" is.
			const owner =
				det === 'its'
					? undefined
					: this.resolve(sentence.index, toks[i]!.start, this.pronounFits(L.PRONOUNS[det]!));
			if (!owner) return this.body(capitalise(text), text.toLowerCase());
			if (owner.kind === 'person' && owner.gender === undefined && det !== 'their') {
				owner.gender = L.PRONOUNS[det] as Gender;
			}
			const ownerName = owner.epithets.find((e) => e.startsWith('the ')) ?? owner.label;
			const noun = text.split(' ').slice(1).join(' ');
			const label = capitalise(`${ownerName}'s ${noun}`);
			const entity = this.body(label, `${owner.label}'s ${noun}`.toLowerCase());
			entity.owner = owner;
			this.addEpithet(entity, text);
			return entity;
		}
		if (det === 'a' || det === 'an' || det === 'one' || det === 'another') {
			// Someone new: "A council spokesperson said", "One resident's son, who…, said".
			const pp =
				/^\s+((?:for|of|at|from)\s+(?:the\s+)?[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)/u.exec(
					after
				);
			const label = capitalise(pp ? `${text} ${pp[1]}` : text);
			const entity = this.newEntity(isBody ? 'body' : 'person', label);
			entity.descriptors.add(np.head);
			return entity;
		}
		if (isBody) {
			// "the council", "the service", "the company": an organisation already named, else a body.
			const words = ORG_SYNONYMS[np.head] ?? [np.head];
			const named = [...this.bodies.values()].filter((b) =>
				b.names.some((n) => words.includes(n.toLowerCase()))
			);
			if (named.length > 0) return this.latest(named);
			return this.body(capitalise(text), epithetKey(text));
		}
		// "the man was arrested": most likely someone new, not the last person named.
		if (GENERIC_NOUNS.has(np.head)) return undefined;
		const exclude = new Set<Entity>();
		if (subject) exclude.add(subject);
		const entity = this.resolveEpithet(text, sentence.index, toks[i]!.start, exclude);
		if (entity) this.addEpithet(entity, text);
		return entity;
	}

	// ------------------------------------------------------------------------------------------
	// Quotes

	/** The first mention in paragraph p that starts in [pos, limit). */
	mentionFrom(p: number, pos: number, limit: number): Mention | undefined {
		const list = this.byParagraph.get(p) ?? [];
		const m = list[firstIndex(list, (x) => x.pos < pos)];
		return m && m.pos < limit ? m : undefined;
	}

	/** The speech verb (one or two words) at toks[k], as a word count; 0 when there is none. */
	private verbLength(toks: Token[], k: number): number {
		const t = toks[k];
		if (!t) return 0;
		const next = toks[k + 1];
		if (next?.joined && L.SPEECH_PHRASES.includes(`${t.lower} ${next.lower}`)) return 2;
		return L.SPEECH_VERBS.has(t.lower) ? 1 : 0;
	}

	/**
	 * Who a clause is about: the first mention in [from, to) after any leading adverbial chunk
	 * ("In the moments after the crash,", "Prosecuting,"), preferring a name in apposition ("Its chair,
	 * Sunita Rao,"). undefined when nothing there names anyone; null for a pronoun nobody fits.
	 */
	subjectIn(p: number, from: number, to: number): Entity | null | undefined {
		// Everything here is found by position (binary searches and counts kept per paragraph), not by
		// reading [from, to) again: reported speech asks this for every verb of a sentence.
		const text = this.masked[p]!;
		const start = this.clauseFrom(p, from, to);
		const list = this.byParagraph.get(p) ?? [];
		// The mentions in [start, to) are list[j, k): in order, and they do not overlap.
		const j = firstIndex(list, (m) => m.pos < start);
		const k = Math.max(
			j,
			firstIndex(list, (m) => m.end <= to)
		);
		// "Adeyemi's office said": the office, not its owner.
		let firstAt = j;
		if (j < k && /['\u2019]s$/u.test(list[j]!.text) && j + 1 < k && list[j + 1]!.kind === 'np')
			firstAt = j + 1;
		const first = firstAt < k ? list[firstAt] : undefined;
		// "Health officials in Carver County have confirmed": the group, not the place it is in.
		if (first) {
			const [lo, hi] = this.tokenRange(p, start, first.pos);
			const nouns = this.groupNounCounts(p);
			if (hi > lo && L.PREPOSITIONS.has(this.toks[p]![hi - 1]!.lower) && nouns[hi]! > nouns[lo]!) {
				const region = groupLabelIn(text, start, to, 8);
				if (region !== undefined) return this.body(capitalise(region), epithetKey(region));
			}
		}
		if (first) {
			// "Its chair, Sunita Rao, said" / "Wheelhouse's chief executive, Dana K. Morales, said"
			if (first.kind !== 'name' || first.entity.kind !== 'person') {
				const apposed = this.apposedAfter(p, first, firstAt, k, to);
				if (apposed) return apposed.entity;
			}
			return first.entity;
		}
		const [lo, hi] = this.tokenRange(p, start, to);
		const head = hi > lo ? this.toks[p]![lo] : undefined;
		if (head && this.unresolved.has(`${p}:${head.start}`)) return null;
		// A cue's "the specialist" whose noun the lexicon lacks: an epithet all the same.
		const det = head?.lower;
		if (det && hi - lo >= 2 && hi - lo <= 5 && /^(?:the|a|an)$/u.test(det)) {
			const toks = this.toks[p]!.slice(lo, hi);
			const words = toks.slice(1);
			if (words.every((t) => t.joined && !L.NP_BREAKERS.has(t.lower) && !t.possessive)) {
				const text = toks.map((t) => t.text).join(' ');
				if (det !== 'the') {
					const entity = this.newEntity('person', capitalise(text));
					entity.descriptors.add(words[words.length - 1]!.lower);
					return entity;
				}
				const sentence = this.sentenceAt(p, start);
				const entity = this.resolveEpithet(text, sentence.index, start, new Set());
				if (entity) {
					this.addEpithet(entity, text);
					return entity;
				}
			}
		}
		const region = groupLabelIn(text, start, to, 5);
		const words = region?.split(/\s+/u).filter(Boolean) ?? [];
		// "Residents of Ashcombe say", "City transportation officials said": a group.
		if (
			region !== undefined &&
			words.length > 0 &&
			(/^\p{Lu}\p{Ll}+s$/u.test(words[0]!) ||
				L.BODY_NOUNS.has(words[words.length - 1]!.toLowerCase()))
		) {
			return this.body(capitalise(region), epithetKey(region));
		}
		return undefined;
	}

	/**
	 * Where a clause in [from, to) starts: after its leading adverbial chunks ("In the moments after
	 * the crash,", "Prosecuting,"), each up to a comma; the chunk after the last comma is never one.
	 * How many chunks from `from` are adverbial is kept, so asking again with a later `to` goes on
	 * from there instead of reading the sentence again.
	 */
	private clauseFrom(p: number, from: number, to: number): number {
		let commas = this.commas.get(p);
		if (!commas) {
			commas = [];
			const text = this.masked[p]!;
			for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas.push(i);
			this.commas.set(p, commas);
		}
		const lo = firstIndex(commas, (c) => c < from);
		const chunks = Math.max(0, firstIndex(commas, (c) => c < to) - lo);
		const key = `${p}:${from}`;
		const walk = this.adverbialChunks.get(key) ?? { count: 0, stopped: false };
		this.adverbialChunks.set(key, walk);
		const chunkStart = (c: number) => (c === 0 ? from : commas[lo + c - 1]! + 1);
		while (!walk.stopped && walk.count < chunks) {
			const [a, b] = this.tokenRange(p, chunkStart(walk.count), commas[lo + walk.count]! + 1);
			const first = b > a ? this.toks[p]![a]!.lower : '';
			const adverbial =
				L.ADVERBIAL_STARTERS.has(first) ||
				L.SUBORDINATORS.has(first) ||
				/^\d/u.test(first) ||
				/^\p{L}+ing$/u.test(first);
			if (adverbial) walk.count++;
			else walk.stopped = true;
		}
		return chunkStart(Math.min(walk.count, chunks));
	}

	/** How many of paragraph p's first n tokens are body or person nouns, for every n. */
	private groupNounCounts(p: number): number[] {
		let counts = this.groupNouns.get(p);
		if (!counts) {
			counts = [0];
			for (const t of this.toks[p]!) {
				const noun = L.BODY_NOUNS.has(t.lower) || L.PERSON_NOUNS.has(t.lower);
				counts.push(counts[counts.length - 1]! + (noun ? 1 : 0));
			}
			this.groupNouns.set(p, counts);
		}
		return counts;
	}

	/**
	 * The first person's name among the mentions list[firstAt + 1, k) that stands in commas after
	 * `first`: a comma (and spaces) before it, and a comma or the end of the clause (at `to`) after.
	 */
	private apposedAfter(
		p: number,
		first: Mention,
		firstAt: number,
		k: number,
		to: number
	): Mention | undefined {
		const text = this.masked[p]!;
		const list = this.byParagraph.get(p)!;
		const commaBefore = (m: Mention) => {
			let i = m.pos;
			while (i > 0 && SPACE.test(text[i - 1]!)) i--;
			return text[i - 1] === ',' ? i - 1 : -1;
		};
		const afterName = (m: Mention) => {
			let i = m.end;
			while (i < text.length && SPACE.test(text[i]!)) i++;
			return i;
		};
		const named = (m: Mention) => m.kind === 'name' && m.entity.kind === 'person';
		// The names with a comma on both sides, found once per paragraph.
		let candidates = this.apposed.get(p);
		if (!candidates) {
			candidates = [];
			list.forEach((m, i) => {
				if (named(m) && commaBefore(m) >= 0 && text[afterName(m)] === ',') candidates!.push(i);
			});
			this.apposed.set(p, candidates);
		}
		let found: number | undefined;
		for (let c = firstIndex(candidates, (i) => i <= firstAt); c < candidates.length; c++) {
			const i = candidates[c]!;
			if (i >= k) break;
			if (commaBefore(list[i]!) >= first.end) {
				found = i;
				break;
			}
		}
		// The last name of the clause may end it instead of a comma.
		const last = k - 1;
		const m = list[last];
		if (
			m &&
			last > firstAt &&
			(found === undefined || last < found) &&
			named(m) &&
			commaBefore(m) >= first.end &&
			afterName(m) >= to
		)
			found = last;
		return found === undefined ? undefined : list[found];
	}

	/** `"…," said the Briton.` / `"…," he admitted.` / `"…," Wheelhouse's chief executive, Dana K. Morales, said` */
	cueAfter(q: Quote): Cue | undefined {
		if (q.close === null) return undefined;
		const p = q.paragraph;
		const text = this.masked[p]!;
		const sentence = this.sentenceAt(p, q.close);
		const nextOpen = this.quotes[p]![q.order + 1]?.open ?? text.length;
		const limit = Math.min(sentence.end, nextOpen);
		let from = q.close + 1;
		while (from < limit && /[\s,.!?;:\u2014\u2013\uFFFC-]/u.test(text[from]!)) from++;
		const toks = this.tokensIn(p, from, limit);
		if (toks.length === 0) return undefined;
		// Verb first: "said the committee chair", "said Karen Whitlock, the Rovers manager"
		const v = this.verbLength(toks, 0);
		if (v > 0 && toks[v]) {
			const m = this.mentionFrom(p, toks[v - 1]!.end, toks[v]!.end);
			if (m && m.kind !== 'pronoun') {
				return {
					speaker: m.entity,
					cue: text.slice(toks[0]!.start, m.end),
					verbAt: toks[0]!.start
				};
			}
		}
		// Speaker first: "he admitted", "the 58-year-old said", "Wheelhouse's chief executive, …, said"
		for (let k = 1; k < toks.length && k <= 12; k++) {
			const n = this.verbLength(toks, k);
			if (n === 0) {
				if (L.FINITE_AUX.has(toks[k]!.lower) || L.REPORTING_VERBS.has(toks[k]!.lower)) break;
				continue;
			}
			const speaker = this.subjectIn(p, from, toks[k]!.start);
			if (speaker === undefined) break;
			return { speaker, cue: text.slice(from, toks[k + n - 1]!.end), verbAt: toks[k]!.start };
		}
		return undefined;
	}

	/** `she said: "…"` / `A spokesman for the company said: "…"` / `according to Smith, "…"` */
	cueBefore(q: Quote): Cue | undefined {
		const p = q.paragraph;
		const text = this.masked[p]!;
		const sentence = this.sentenceAt(p, q.open);
		const previous = this.quotes[p]![q.order - 1];
		const previousEnd = previous ? (previous.close ?? previous.end - 1) + 1 : 0;
		const from = Math.max(sentence.start, previousEnd);
		const before = text.slice(from, q.open);
		const trimmed = before.replace(/[\s,:\u2014\u2013\uFFFC-]+$/u, '');
		const toks = this.tokensIn(p, from, from + trimmed.length);
		if (toks.length === 0) return undefined;
		// The last speech verb, with at most four words (an object, a time) after it.
		for (let k = toks.length - 1; k >= 0 && k >= toks.length - 5; k--) {
			const n = this.verbLength(toks, k);
			if (n === 0) continue;
			const verb = toks[k]!;
			const after = this.mentionFrom(p, toks[k + n - 1]!.end, toks[k + n - 1]!.end + 2);
			if (after && after.kind !== 'pronoun' && after.end >= toks[toks.length - 1]!.end) {
				return {
					speaker: after.entity,
					cue: text.slice(verb.start, after.end),
					verbAt: verb.start
				};
			}
			const speaker = this.subjectIn(p, from, verb.start);
			if (speaker === undefined) return undefined;
			const cueFrom = text.slice(from, verb.start).search(/[^\s,\uFFFC]/u);
			return {
				speaker,
				cue: text.slice(from + Math.max(0, cueFrom), toks[toks.length - 1]!.end),
				verbAt: verb.start
			};
		}
		const last = toks[toks.length - 1]!;
		const mentions = this.byParagraph.get(p) ?? [];
		const ending = mentions[firstIndex(mentions, (x) => x.end < last.end)];
		const m = ending?.end === last.end ? ending : undefined;
		if (m && /according\s+to\s+$/iu.test(text.slice(from, m.pos))) {
			return { speaker: m.entity, cue: `according to ${m.text}`, verbAt: m.pos };
		}
		return undefined;
	}

	/** A quote that is part of a sentence's grammar (`would "respect whatever…"`), not introduced. */
	isEmbedded(q: Quote): boolean {
		const text = this.masked[q.paragraph]!;
		const sentence = this.sentenceAt(q.paragraph, q.open);
		// What stands right before the opening mark (another quote, punctuation or a word).
		let i = q.open - 1;
		while (i >= sentence.start && /\s/u.test(text[i]!)) i--;
		if (i < sentence.start || /[,:.!?\u2014\u2013\uFFFC-]/u.test(text[i]!)) return false;
		const last = this.lastTokenIn(q.paragraph, sentence.start, i + 1);
		return last !== undefined && !L.SPEECH_VERBS.has(last.lower);
	}

	attribute(): { cueVerbs: Set<string> } {
		const cueVerbs = new Set<string>();
		let previous: Quote | undefined;
		for (const [p, quotes] of this.quotes.entries()) {
			let inParagraph: Quote | undefined;
			for (const q of quotes) {
				q.embedded = this.isEmbedded(q);
				// 1–2. A cue next to the quote: a name, or a pronoun or epithet resolved to a person.
				const cue = this.cueAfter(q) ?? (q.embedded ? undefined : this.cueBefore(q));
				if (cue) {
					q.speaker = cue.speaker;
					q.cue = cue.cue;
					q.rule = 'cue';
					cueVerbs.add(`${p}:${cue.verbAt}`);
				}
				if (q.embedded) continue;
				if (!q.rule && inParagraph?.speaker) {
					// 3. No cue: the speaker of the quote before it in the paragraph…
					q.speaker = inParagraph.speaker;
					q.cue = inParagraph.cue;
					q.rule = 'continuation';
				} else if (!q.rule && !inParagraph && previous?.speaker && previous.paragraph === p - 1) {
					// …or, for a paragraph that opens with a quote, of the last quote before it.
					q.speaker = previous.speaker;
					q.rule = 'continuation';
				} else if (!q.rule && !inParagraph && q.open <= 1 && p > 0) {
					// 4. The person the paragraph before was about.
					const last = this.blocks[p - 1]!.sentences.at(-1)!;
					const entity = this.resolve(
						last.index,
						Number.MAX_SAFE_INTEGER,
						(e) => e.kind === 'person'
					);
					if (entity) {
						q.speaker = entity;
						q.rule = 'mention';
					}
				}
				inParagraph = q;
				previous = q;
			}
			// A cue later in the paragraph also reaches back to its uncued quotes before it.
			for (let k = quotes.length - 2; k >= 0; k--) {
				const q = quotes[k]!;
				const next = quotes[k + 1]!;
				if (!q.embedded && !q.rule && next.speaker && next.rule === 'cue') {
					q.speaker = next.speaker;
					q.cue = next.cue;
					q.rule = 'continuation';
				}
			}
		}
		return { cueVerbs };
	}

	// ------------------------------------------------------------------------------------------
	// Reported speech

	reported(cueVerbs: Set<string>): Report[] {
		const found: Report[] = [];
		for (const block of this.blocks) {
			const p = block.index;
			const text = this.masked[p]!;
			for (const sentence of block.sentences) {
				const toks = this.tokensIn(p, sentence.start, sentence.end);
				let coveredTo = -1;
				const according = this.according(p, sentence);
				if (according) {
					found.push(according);
					coveredTo = according.end;
				}
				toks.forEach((t, k) => {
					const describes =
						L.RULING_VERBS.has(t.lower) &&
						!L.REPORTING_VERBS.has(t.lower) &&
						this.quotesSoonAfter(p, toks, k);
					if ((!L.REPORTING_VERBS.has(t.lower) && !describes) || t.capital) return;
					if (t.start < coveredTo || cueVerbs.has(`${p}:${t.start}`)) return;
					const back = toks.slice(Math.max(0, k - 3), k).map((b) => b.lower);
					if (back.some((w) => NEGATION.test(w))) return;
					if (back.length > 0 && /^(?:was|were|been|being|is|are|be|who)$/u.test(back.at(-1)!))
						return;
					const report = this.hasComplement(text, toks, k)
						? this.reportAfter(p, sentence, toks, k)
						: this.reportBefore(p, sentence, toks, k);
					if (!report) return;
					coveredTo = Math.max(coveredTo, report.end);
					found.push(report);
				});
			}
		}
		return found;
	}

	/** `called the measure "painful but necessary"`: a partial quote within a few words of the verb. */
	private quotesSoonAfter(p: number, toks: Token[], k: number): boolean {
		const verb = toks[k]!;
		const limit = toks[Math.min(toks.length - 1, k + 4)]!.end + 2;
		const quotes = this.quotes[p]!;
		const next = quotes[firstIndex(quotes, (q) => q.open <= verb.end)];
		return next !== undefined && next.open <= limit;
	}

	/** Whether the first person a report's clause names before the quote is not its speaker. */
	aboutSomeoneElse(report: Report, q: Quote): boolean {
		const subject = (this.byParagraph.get(q.paragraph) ?? []).find(
			(m) => m.pos > report.at && m.end <= q.open && m.entity.kind === 'person'
		);
		if (!subject || !report.speaker) return false;
		return subject.entity !== report.speaker;
	}

	/**
	 * `…recommended doses, according to the county's public health department.` and
	 * `According to the police, the man was arrested…`: the report and who it is from.
	 */
	private according(p: number, sentence: SentenceRange): Report | undefined {
		const text = this.masked[p]!;
		const inSentence = text.slice(sentence.start, sentence.end);
		let source: [number, number];
		let content: [number, number];
		let cue: string;
		const after = /,\s+(according\s+to)\s+([^,;:\uFFFC]{2,80}?)[.!]?$/u.exec(inSentence);
		const before = /^(According\s+to)\s+([^,;:\uFFFC]{2,80}?),\s+/u.exec(inSentence);
		if (after) {
			const from = sentence.start + after.index + after[0].indexOf(after[2]!);
			source = [from, from + after[2]!.length];
			content = [sentence.start, sentence.start + after.index];
			cue = after[1]!;
		} else if (before) {
			const from = sentence.start + before[0].indexOf(before[2]!);
			source = [from, from + before[2]!.length];
			content = [sentence.start + before[0].length, sentence.end];
			cue = before[1]!;
		} else return undefined;
		const [from, to] = source;
		const atStart = this.mentionAt(p, from);
		let speaker: Entity | undefined = atStart?.entity;
		if (!speaker) {
			// "according to a copy of the contract seen by…": the source is what the phrase names.
			const words: string[] = [];
			for (const t of this.tokensIn(p, from, to)) {
				if (words.length > 0 && (!t.joined || ACCORDING_STOP.test(t.lower))) break;
				words.push(t.text);
				if (words.length === 6) break;
			}
			if (words.length === 0) return undefined;
			const label = capitalise(words.join(' '));
			speaker = this.body(label, epithetKey(label));
		}
		const said = this.blocks[p]!.text.slice(content[0], content[1])
			.replace(/[\s,;:.!]+$/u, '')
			.trim();
		if (said.split(/\s+/u).length < 4) return undefined;
		return {
			statement: { content: said, cue, form: 'reported', sentences: [sentence.id] },
			speaker,
			at: content[0],
			end: Math.max(content[1], to),
			p
		};
	}

	/** `Lowe said the penalty was "a stonewall decision"`: the words after the verb. */
	private reportAfter(
		p: number,
		sentence: SentenceRange,
		toks: Token[],
		k: number
	): Report | undefined {
		const text = this.masked[p]!;
		const verb = toks[k]!;
		const before = toks[k - 1];
		let speaker: Entity | null | undefined;
		// "Whitfield, she said, was …": a cue in commas.
		const aside = before && this.mentionAt(p, before.start);
		if (aside && endsWithComma(text, sentence.start, before.start) && text[verb.end] === ',') {
			speaker = aside.entity;
		} else if (before && this.unresolved.has(`${p}:${before.start}`)) speaker = null;
		else speaker = this.subjectIn(p, sentence.start, verb.start);
		if (speaker === undefined) return undefined;
		const end = this.reportEnd(p, sentence, toks, k);
		const content = this.blocks[p]!.text.slice(verb.start, end).replace(/[\s,;:.]+$/u, '');
		if (content.split(/\s+/u).length < 3) return undefined;
		return this.report(p, content, verb, verb.start, end, speaker);
	}

	/** `…for most of Monday, the company that runs the network said.`: the words before the cue. */
	private reportBefore(
		p: number,
		sentence: SentenceRange,
		toks: Token[],
		k: number
	): Report | undefined {
		const text = this.masked[p]!;
		const verb = toks[k]!;
		if (toks.length - k - 1 > 4 || /\uFFFC/u.test(text.slice(sentence.start, sentence.end)))
			return undefined;
		// The comma before the verb, looked for in this sentence only.
		let comma = verb.start;
		while (comma > sentence.start && text[comma] !== ',') comma--;
		if (comma <= sentence.start) return undefined;
		const region = this.tokensIn(p, comma + 1, verb.start);
		if (
			region.length === 0 ||
			region.length > 7 ||
			region.some((t) => L.FINITE_AUX.has(t.lower) && t.lower !== 'runs')
		)
			return undefined;
		let speaker = this.subjectIn(p, comma + 1, verb.start);
		if (speaker === undefined)
			speaker = this.describedBody(
				toks,
				toks.findIndex((t) => t.start === region[0]!.start)
			);
		if (speaker === undefined) return undefined;
		const content = this.blocks[p]!.text.slice(sentence.start, comma).trim();
		if (content.split(/\s+/u).length < 4) return undefined;
		return this.report(p, content, verb, sentence.start, comma, speaker);
	}

	/** "the company that runs the network": a body named by what it is. */
	private describedBody(toks: Token[], i: number): Entity | undefined {
		const t = toks[i];
		if (!t || !L.DETERMINERS.has(t.lower)) return undefined;
		const np = this.nounPhrase(toks, i);
		if (!np || !L.BODY_NOUNS.has(np.head)) return undefined;
		const text = `${t.lower} ${toks
			.slice(i + 1, np.last + 1)
			.map((x) => x.bare)
			.join(' ')}`;
		return this.body(capitalise(text), epithetKey(text));
	}

	private report(
		p: number,
		content: string,
		verb: Token,
		start: number,
		end: number,
		speaker: Entity | null
	): Report {
		return {
			statement: {
				content,
				cue: verb.text,
				form: 'reported',
				sentences: overlapping(this.blocks[p]!.sentences, start, end).map((s) => s.id)
			},
			speaker,
			at: start,
			end,
			p
		};
	}

	private hasComplement(text: string, toks: Token[], k: number): boolean {
		const verb = toks[k]!;
		if (L.RULING_VERBS.has(verb.lower)) return toks[k + 1] !== undefined && toks[k + 1]!.joined;
		let j = k + 1;
		// "told the meeting that", "asked the Finn if"
		if (L.OBJECT_VERBS.has(verb.lower)) {
			let n = 0;
			while (
				toks[j] &&
				n < 4 &&
				!L.COMPLEMENTISERS.has(toks[j]!.lower) &&
				toks[j]!.lower !== 'to'
			) {
				j++;
				n++;
			}
		}
		// "said in a statement read to the court that…": after a preposition, only "that" will do.
		const prepositional = toks[j] !== undefined && L.PREPOSITIONS.has(toks[j]!.lower);
		for (let n = 0; toks[j] && n < 11; n++, j++) {
			const w = toks[j]!.lower;
			if (L.COMPLEMENTISERS.has(w) && (n === 0 || prepositional || w === 'that')) return true;
			if (prepositional) continue;
			if (n > 0 && (L.FINITE_AUX.has(w) || /ed$/u.test(w))) return true;
			// A clause goes on over a quoted phrase ("was "deeply remorseful" and had…"), not over a comma.
			const gap = text.slice(toks[j]!.end, toks[j + 1]?.start ?? toks[j]!.end);
			if (n > 0 && !/^[\s\uFFFC]*$/u.test(gap) && !/^\uFFFC/u.test(gap.trim())) return false;
		}
		return false;
	}

	private reportEnd(p: number, sentence: SentenceRange, toks: Token[], k: number): number {
		const text = this.masked[p]!;
		const first = toks[0]?.lower ?? '';
		const verb = toks[k]!;
		const rest = text.slice(verb.end, sentence.end);
		const subordinate = L.SUBORDINATORS.has(first);
		const stop = subordinate
			? /,/u.exec(rest)
			: /,\s+(?=and\s+(?:did|does|do|would|will|was|is|has|had|declined|refused|not)\b|(?:convinced|adding|saying|something|which|although|though|while|but|before|after|including|according|as)\b|\p{L}+ing\b)|;|\s[\u2014\u2013]\s/u.exec(
					rest
				);
		return stop ? verb.end + stop.index : sentence.end;
	}

	// ------------------------------------------------------------------------------------------
	// The writer's asides

	asides(): { statement: SuggestedStatement; at: number; p: number }[] {
		const found: ReturnType<Article['asides']> = [];
		for (const block of this.blocks) {
			const p = block.index;
			const masked = this.masked[p]!;
			for (const match of masked.matchAll(/\(([^()\uFFFC]{2,300})\)/gu)) {
				const inner = match[1]!.trim();
				const words = inner.split(/\s+/u);
				if (words.length < 2 || !/\p{L}/u.test(inner)) continue;
				if (/^(?:about|around|roughly|approximately|some)?\s*[\d.,£$€]/iu.test(inner)) continue;
				const at = match.index + 1;
				found.push({
					statement: {
						content: inner,
						source: 'writer',
						cue: null,
						form: 'writer',
						sentences: overlapping(block.sentences, at, at + inner.length).map((s) => s.id)
					},
					at,
					p
				});
			}
		}
		return found;
	}
}

/** Suggestions for an article: the author confirms or corrects every one. */
export function suggest(text: string): Suggestions {
	const article = new Article(text);
	article.findNames();
	article.findMentions();
	const { cueVerbs } = article.attribute();
	const reports = article.reported(cueVerbs);

	const placed: {
		p: number;
		at: number;
		statement: SuggestedStatement;
		speaker?: Entity | null;
	}[] = [];
	for (const quotes of article.quotes) {
		for (const q of quotes) {
			if (q.embedded) {
				const words = q.text.split(/\s+/u).length;
				const report = reports.find(
					(r) =>
						r.p === q.paragraph &&
						r.at < q.open &&
						r.end >= q.open &&
						r.statement.sentences.some((id) => q.sentences.some((s) => s.id === id))
				);
				if (report) {
					// A partial quote in reported speech ("said the penalty was "a stonewall decision"") is
					// also the reporter's speaker's own words, unless the report is about another person:
					// "Her office said she would "respect whatever the committee decides"" is no quote of hers,
					// and the quiz must not put it in her mouth either.
					if (words < 2 || article.aboutSomeoneElse(report, q)) continue;
					q.speaker = report.speaker;
					q.cue = report.statement.cue;
				} else if (words <= 3 && q.rule !== 'cue') continue; // a scare quote
			}
			placed.push({
				p: q.paragraph,
				at: q.start,
				speaker: q.speaker ?? null,
				statement: {
					content: q.text,
					source: null,
					cue: q.cue,
					form: 'direct',
					sentences: q.sentences.map((s) => s.id)
				}
			});
		}
	}
	for (const r of reports) {
		placed.push({
			p: r.p,
			at: r.at,
			speaker: r.speaker,
			statement: { ...r.statement, source: null }
		});
	}
	for (const a of article.asides()) placed.push(a);
	placed.sort((a, b) => a.p - b.p || a.at - b.at);

	for (const item of placed) {
		if (!item.speaker) continue;
		item.speaker.speaks = true;
		// A speaker first met as a statement's subject ("Residents of Ashcombe say") is ordered there.
		item.speaker.firstMention ??= article.sentenceAt(item.p, item.at).index * 1_000_000 + item.at;
	}
	const kept = article.entities
		.filter((e) =>
			e.kind === 'person' ? (e.confirmed && e.names.length > 0) || e.speaks : e.speaks
		)
		.sort(
			(a, b) =>
				(a.firstMention ?? Number.MAX_SAFE_INTEGER) - (b.firstMention ?? Number.MAX_SAFE_INTEGER) ||
				a.first - b.first
		);
	const ids = new Map<Entity, string>();
	const taken = new Set(['writer']);
	for (const entity of kept) {
		const base =
			entity.kind === 'person' && entity.names.length > 0
				? slug(entity.names[entity.names.length - 1]!)
				: slug(entity.label.replace(/^(?:the|a|an)\s+/iu, ''));
		let id = taken.has(base) && entity.kind === 'person' ? slug(entity.names.join(' ')) : base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(entity, id);
	}
	const sources: SuggestedSource[] = kept.map((entity) => ({
		id: ids.get(entity)!,
		label: entity.label,
		kind: entity.kind,
		epithets: entity.epithets
	}));
	sources.push({ id: 'writer', label: "The article's writer", kind: 'writer', epithets: [] });

	return {
		sentences: article.blocks.flatMap((b) => b.sentences.map((s) => ({ id: s.id, text: s.text }))),
		sources,
		statements: placed.map((item) => ({
			...item.statement,
			source:
				item.statement.form === 'writer'
					? 'writer'
					: item.speaker
						? (ids.get(item.speaker) ?? null)
						: null
		}))
	};
}
