// Resolving a pronoun or an epithet to the person it stands for, Hobbs-style: this sentence before
// the word, then earlier sentences, each left to right.
import * as L from '../lexicon';
import { epithetKey, isDemonym } from '../names';
import { type Article, type Entity, type Gender, type Mention } from './article';
import { learnState, stateIn, statesOf } from './states';
import { subjectIn } from './subject';

/**
 * How many of a sentence's mentions (from its start) a pronoun or epithet is tried against. News
 * sentences have a few; without a bound, a 20,000-character sentence of "FIA he FIA he …" tried
 * every pronoun against every name before it.
 */
const MENTIONS_SEARCHED = 100;

/**
 * A mention kept by sentence and by paragraph (both in document order), and when its entity was
 * last met.
 */
export function record(article: Article, mention: Mention): void {
	mention.entity.firstMention ??= mention.sentence * 1_000_000 + mention.pos;
	mention.entity.mentioned++;
	const at = mention.sentence * 100_000 + mention.pos;
	if (at > (article.lastMention.get(mention.entity) ?? -1))
		article.lastMention.set(mention.entity, at);
	const list = article.mentions.get(mention.sentence) ?? [];
	list.push(mention);
	article.mentions.set(mention.sentence, list);
	const inParagraph = article.byParagraph.get(mention.paragraph) ?? [];
	inParagraph.push(mention);
	article.byParagraph.set(mention.paragraph, inParagraph);
	learnState(article, mention);
}

/** Hobbs-style: this sentence before `pos`, then earlier sentences, each left to right. */
export function resolve(
	article: Article,
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
		const list = article.mentions.get(s) ?? [];
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

/**
 * Whom a pronoun of this gender may stand for: "they" a body, "she" or "he" a person not known
 * otherwise.
 */
export function pronounFits(gender: Gender) {
	return (entity: Entity) =>
		gender === 'they'
			? entity.kind === 'body' || entity.gender === 'they'
			: entity.kind === 'person' && (entity.gender === undefined || entity.gender === gender);
}

/**
 * A pronoun to its person, who then has its gender; "Whitfield, she said," starts from the
 * sentence before.
 */
export function resolvePronoun(
	article: Article,
	word: string,
	sentence: number,
	pos: number,
	speaking = false,
	speaks = false
): Entity | undefined {
	const gender = L.PRONOUNS[word.toLowerCase()]!;
	// "Whitfield, she said, was remorseful": the one speaking is not the one spoken of.
	const from = speaking ? sentence - 1 : sentence;
	const fits = pronounFits(gender);
	const entity =
		(speaks && gender !== 'they'
			? (topic(article, sentence, pos, fits, !speaking) ??
				recentSpeaker(article, sentence, pos, fits, from))
			: undefined) ??
		resolve(article, sentence, pos, fits, new Set(), (e) => e.gender === gender, from);
	if (
		entity &&
		entity.kind === 'person' &&
		entity.gender === undefined &&
		gender !== 'they' &&
		NOMINATIVE.has(word.toLowerCase())
	) {
		entity.gender = gender;
	}
	return entity;
}

/**
 * Pronouns whose person then has their gender: "he", "she". "Her" and "his" are as often someone
 * else's ("Mukasey criticised her record"), and a wrong gender misleads every later "he said".
 */
const NOMINATIVE = new Set(['he', 'she']);

/** How many sentences back "he said" looks for whom the text is about. */
const TOPIC_SENTENCES = 2;

/**
 * "When Reilly praised it, Archer scoffed. "…," he said." / "Archer hit back: "…," he wrote.": a
 * pronoun that speaks stands for whom the words before it are about (the subject of its own clause
 * before the quote, else of the sentence before), not for someone named in an opening clause or
 * whose remarks were spoken of. The nearest sentence with a subject decides; undefined when that
 * subject does not fit (another gender, a body), so the other rules choose.
 */
function topic(
	article: Article,
	sentence: number,
	pos: number,
	ok: (entity: Entity) => boolean,
	ownClause: boolean
): Entity | undefined {
	const own = article.sentenceList[sentence]!;
	for (
		let s = ownClause ? sentence : sentence - 1;
		s >= 0 && s >= sentence - TOPIC_SENTENCES;
		s--
	) {
		const range = article.sentenceList[s]!;
		const end = s === sentence ? pos : range.end;
		if (s === sentence && range.paragraph !== own.paragraph) break;
		const list = (article.mentions.get(s) ?? []).filter((m) => m.pos < end);
		// "Archer attacked the plan, Reilly said.": the one who spoke there, not the one spoken of;
		// "Ruiz's remarks" is spoken of, not speaking.
		const speaker = list.find(
			(m) => m.speaking && m.kind !== 'pronoun' && !POSSESSIVE.test(m.text) && ok(m.entity)
		);
		if (speaker) return speaker.entity;
		let subject = subjectIn(article, range.paragraph, range.start, end);
		if (subject === undefined) continue;
		// "Days after Tsege's arrest, Nega volunteered": an owner is not the subject; the next
		// person named who owns nothing is.
		const owner = list.find((m) => m.entity === subject);
		if (owner && POSSESSIVE.test(owner.text)) {
			const next = list.find(
				(m) =>
					m.pos > owner.pos &&
					m.kind === 'name' &&
					m.entity.kind === 'person' &&
					!POSSESSIVE.test(m.text)
			);
			if (next) subject = next.entity;
		}
		if (!subject || subject.kind !== 'person' || !ok(subject)) return undefined;
		// "Jaan Okafor … Okafor accused Tom Reilly": a subject the text gave a full name stays the topic,
		// whatever the gender of the first name.
		if (subject.gender || subject.names.length > 1) return subject;
		// "Okafor met Tom Reilly. "…," he said.": a subject called by one word only ("Okafor", or a
		// place read as a name) whose gender is not known yields to someone named there whose gender is
		// the pronoun's; not to an owner ("spoke out against Reilly's influence"), who is spoken of.
		const known = list.find((m) => m.entity.gender && ok(m.entity) && !POSSESSIVE.test(m.text))
			?.entity.gender;
		return known ? undefined : subject;
	}
	return undefined;
}

/** A name written as an owner ("Ruiz's"). */
const POSSESSIVE = /['\u2019]s?$/u;

/** How many sentences back "he said" looks for someone who spoke before falling back to Hobbs. */
const SPEAKER_SENTENCES = 2;

/**
 * "…, Biden said. "…," he said.": a pronoun that speaks stands for the last person who spoke
 * ("Biden said", "said Biden"), not for whoever comes first in the sentence before ("Trump's claim…").
 * The nearest sentence (of two) with such a speaker who fits; its first.
 */
export function recentSpeaker(
	article: Article,
	sentence: number,
	pos: number,
	ok: (entity: Entity) => boolean,
	fromSentence: number
): Entity | undefined {
	for (let s = fromSentence; s >= 0 && s > fromSentence - SPEAKER_SENTENCES; s--) {
		let found: Entity | undefined;
		const list = article.mentions.get(s) ?? [];
		for (let k = 0; k < list.length && k < MENTIONS_SEARCHED; k++) {
			const m = list[k]!;
			if (s === sentence && m.pos >= pos) break;
			if (m.speaking && m.kind !== 'pronoun' && ok(m.entity)) found ??= m.entity;
		}
		if (found) return found;
	}
	return undefined;
}

/**
 * A definite epithet ("the committee chair", "the 58-year-old") to the person it names. `place` is
 * a state named after it ("the senator from Ohio").
 */
export function resolveEpithet(
	article: Article,
	np: string,
	sentence: number,
	pos: number,
	exclude: Set<Entity>,
	place?: string
): Entity | undefined {
	const key = epithetKey(np);
	const known = article.entities.filter((e) => e.kind === 'person' && e.epithetKeys.has(key));
	if (known.length > 0) return latest(article, known);
	const words = key.split(' ');
	const head = words[words.length - 1]!;
	const age = /^(\d{1,3})-year-old$/u.exec(head);
	if (age) {
		const same = article.entities.filter((e) => e.age === Number(age[1]));
		if (same.length > 0) return latest(article, same);
	}
	const original = np.split(' ').pop()!;
	const demonym = isDemonym(original) ? head : undefined;
	const gender = L.FEMALE_NOUNS.has(head) ? 'f' : L.MALE_NOUNS.has(head) ? 'm' : undefined;
	// "the Williams driver" is not the one already called "the Mercedes driver".
	const conflicts = (e: Entity) =>
		words.length > 1 &&
		[...e.epithetKeys].some((k) => k !== key && k.includes(' ') && k.split(' ').pop() === head);
	// "the Ohio senator", "the senator from Ohio": someone the text tied to Ohio, else nobody the
	// text tied to another state.
	const state = place ?? stateIn(np.split(' ').slice(1, -1).join(' '));
	const fitsState = (e: Entity) => !state || statesOf(e).size === 0 || statesOf(e).has(state);
	const fits = (e: Entity) =>
		e.kind === 'person' &&
		fitsState(e) &&
		e.confirmed !== false &&
		!conflicts(e) &&
		(!demonym || !e.demonym || e.demonym === demonym) &&
		(!gender || !e.gender || e.gender === gender) &&
		(!age || e.age === undefined || e.age === Number(age[1]));
	if (state) {
		const there = article.entities.filter((e) => fits(e) && statesOf(e).has(state));
		if (there.length > 0)
			return (
				resolve(article, sentence, pos, (e) => there.includes(e), exclude) ?? latest(article, there)
			);
	}
	const described = article.entities.filter((e) => fits(e) && e.roles.has(head));
	if (described.length > 0 && !demonym) return latest(article, described);
	return resolve(article, sentence, pos, fits, exclude);
}

/** The entity among these mentioned most recently (or first introduced, if never mentioned). */
export function latest(article: Article, list: Entity[]): Entity {
	let best = list[0]!;
	let bestAt = -1;
	for (const entity of list) {
		const at = article.lastMention.get(entity) ?? -1;
		if (at > bestAt) {
			bestAt = at;
			best = entity;
		}
	}
	return best;
}
