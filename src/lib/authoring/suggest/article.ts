// The data the suggestion stages share (an article's paragraphs, quotes, tokens, entities and
// mentions) and the lookups by position in it, each a binary search.
import type { QuoteSpan } from '../quotes';
import { type Block, type SentenceRange, type Token } from '../text';
import { firstIndex } from './search';

export type Gender = 'f' | 'm' | 'they';

export interface Entity {
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
	/**
	 * The keys of the epithets the text itself ties to the name (an apposition, a title), not found
	 * by reading who a phrase most likely means.
	 */
	statedEpithets: Set<string>;
	demonym?: string;
	age?: number;
	/** A named person is kept as a source only once something shows it is a person. */
	confirmed: boolean;
	speaks: boolean;
	/** How often it has been mentioned so far (mentions are recorded in the article's order). */
	mentioned: number;
	/** When it was found, and where it is first mentioned: the sources come in the article's order. */
	first: number;
	firstMention?: number;
	/** For "her office": whose. */
	owner?: Entity;
	/** A source the article does not name ("a longtime adviser to Brooks"): never a named person. */
	unnamed?: boolean;
}

export interface Mention {
	entity: Entity;
	sentence: number;
	pos: number;
	end: number;
	paragraph: number;
	kind: 'name' | 'pronoun' | 'np';
	text: string;
	/** The subject or object of a speech verb ("Biden said", "said Biden", "Simmons, a consultant, said"). */
	speaking?: boolean;
}

export interface Quote extends QuoteSpan {
	paragraph: number;
	/** Its place among the paragraph's quotes. */
	order: number;
	sentences: SentenceRange[];
	embedded: boolean;
	speaker?: Entity | null;
	cue: string | null;
	/** How the speaker was found: which rule of the sieve. */
	rule?: 'cue' | 'continuation' | 'mention';
	/** A transcript's turn: the heading that names its speaker ("BROOKS", "Q"). */
	turn?: string;
}

/**
 * Everything about one article the stages share: built by readArticle (paragraphs, quotes, tokens),
 * filled by findNames and findMentions (entities, mentions), read by the cues, the attribution and
 * reported speech. A plain object: each stage is a function of it.
 */
export interface Article {
	readonly blocks: Block[];
	/** Each paragraph with every quote blanked out: names inside quotes are not mentions. */
	readonly masked: string[];
	/** Each paragraph's quotes, in order. */
	readonly quotes: Quote[][];
	/** Each masked paragraph's tokens. */
	readonly toks: Token[][];
	/** Every sentence, by its index in the article. */
	readonly sentenceList: SentenceRange[];
	/** Every person and body, in the order they were found (an entity's `first`). */
	readonly entities: Entity[];
	/** The mentions by sentence index, in order. */
	readonly mentions: Map<number, Mention[]>;
	/** The same mentions by paragraph, in order. */
	readonly byParagraph: Map<number, Mention[]>;
	/** Pronouns nobody fits ("p:pos"): a cue with one has no speaker rather than a guessed one. */
	readonly unresolved: Set<string>;
	/** People and bodies by each word of their names, and by their full names. */
	readonly byName: Map<string, Entity[]>;
	readonly byFull: Map<string, Entity>;
	/** Bodies by their lower-cased label. */
	readonly bodies: Map<string, Entity>;
	/** Where each entity was last mentioned (sentence × 100,000 + position), for `latest`. */
	readonly lastMention: Map<Entity, number>;
	/** Per paragraph: the commas' positions, and how far the walk over leading adverbial chunks got. */
	readonly commas: Map<number, number[]>;
	readonly adverbialChunks: Map<string, { count: number; stopped: boolean }>;
	/** Per paragraph: how many of its first n tokens are body or person nouns. */
	readonly groupNouns: Map<number, number[]>;
	/** Per paragraph: its mentions that are a person's name between commas ("Its chair, Sunita Rao,"). */
	readonly apposed: Map<number, number[]>;
	/** "the statement said": whether sentence s names the noun (`s:noun`). */
	readonly namesNoun: Map<string, boolean>;
}

/** Index range [lo, hi) of paragraph p's tokens that lie wholly in [from, to). */
export function tokenRange(
	article: Article,
	p: number,
	from: number,
	to: number
): [number, number] {
	const all = article.toks[p]!;
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
export function lastTokenIn(
	article: Article,
	p: number,
	from: number,
	to: number
): Token | undefined {
	const [lo, hi] = tokenRange(article, p, from, to);
	return hi > lo ? article.toks[p]![hi - 1] : undefined;
}

/** The paragraph's tokens that lie wholly in [from, to): found by binary search, not re-read. */
export function tokensIn(article: Article, p: number, from: number, to: number): Token[] {
	const all = article.toks[p]!;
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

/** The sentence of paragraph `paragraph` that holds `pos` (its last sentence, past the end). */
export function sentenceAt(article: Article, paragraph: number, pos: number): SentenceRange {
	const list = article.blocks[paragraph]!.sentences;
	const at = list[firstIndex(list, (s) => s.start <= pos) - 1];
	return at && pos < at.end ? at : list[list.length - 1]!;
}

/** A sentence by its index in the whole article. */
export function sentenceByIndex(article: Article, index: number): SentenceRange | undefined {
	return article.sentenceList[index];
}

/** Paragraph p's mention that starts at pos. */
export function mentionAt(article: Article, p: number, pos: number): Mention | undefined {
	const list = article.byParagraph.get(p) ?? [];
	const m = list[firstIndex(list, (x) => x.pos < pos)];
	return m?.pos === pos ? m : undefined;
}

/** The first mention in paragraph p that starts in [pos, limit). */
export function mentionFrom(
	article: Article,
	p: number,
	pos: number,
	limit: number
): Mention | undefined {
	const list = article.byParagraph.get(p) ?? [];
	const m = list[firstIndex(list, (x) => x.pos < pos)];
	return m && m.pos < limit ? m : undefined;
}
