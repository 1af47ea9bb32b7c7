// Who a clause is about: its first mention after any leading adverbial chunk, a name in apposition,
// an epithet or a group ("Residents of Ashcombe"). Asked by the cues and by reported speech.
import * as L from '../lexicon';
import { capitalise, epithetKey, groupLabelIn } from '../names';
import { firstIndex, SPACE } from './search';
import {
	type Article,
	type Entity,
	type Mention,
	mentionAt,
	sentenceAt,
	tokenRange
} from './article';
import { resolveEpithet } from './coreference';
import { addEpithet, body, newEntity } from './entities';

/**
 * Who a clause is about: the first mention in [from, to) after any leading adverbial chunk
 * ("In the moments after the crash,", "Prosecuting,"), preferring a name in apposition ("Its chair,
 * Sunita Rao,"). undefined when nothing there names anyone; null for a pronoun nobody fits.
 */
export function subjectIn(
	article: Article,
	p: number,
	from: number,
	to: number
): Entity | null | undefined {
	// Everything here is found by position (binary searches and counts kept per paragraph), not by
	// reading [from, to) again: reported speech asks this for every verb of a sentence.
	const text = article.masked[p]!;
	const list = article.byParagraph.get(p) ?? [];
	// "…, but said the plan…": a second clause with no subject of its own is the first one's.
	const second = secondClause(text, from, to);
	const own = second > from && (list[firstIndex(list, (m) => m.pos < second)]?.end ?? to + 1) <= to;
	const start = afterDateline(text, clauseFrom(article, p, own ? second : from, to), to);
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
	// "The Gazette's Maya Brooks wrote", "Reilly's campaign manager, Maya Brooks, said": the person
	// named last before the verb, not the outlet or person whose she is.
	if (j < k && /['\u2019]s$/u.test(list[j]!.text)) {
		const last = list[k - 1]!;
		if (
			k - 1 > j &&
			last.kind === 'name' &&
			last.entity.kind === 'person' &&
			/^[\s,]*$/u.test(text.slice(last.end, to))
		)
			return last.entity;
		// "Brooks's harbour chairman, Tom Reilly, a former captain who…, said": the name in commas.
		const apposed = apposedAfter(article, p, list[j]!, j, k, to);
		if (apposed) return apposed.entity;
	}
	const first = firstAt < k ? list[firstAt] : undefined;
	// "Another delegate on the Brooks slate, Tom Reilly, said": a name after a preposition is no
	// subject; the name in commas after it is.
	if (first && OBJECT_BEFORE.test(text.slice(Math.max(start, first.pos - 12), first.pos))) {
		const apposed = apposedAfter(article, p, first, firstAt, k, to);
		if (apposed) return apposed.entity;
	}
	// "Health officials in Carver County have confirmed": the group, not the place it is in.
	if (first) {
		const [lo, hi] = tokenRange(article, p, start, first.pos);
		const nouns = groupNounCounts(article, p);
		if (hi > lo && L.PREPOSITIONS.has(article.toks[p]![hi - 1]!.lower) && nouns[hi]! > nouns[lo]!) {
			const region = groupLabelIn(text, start, to, 8);
			if (region !== undefined) return body(article, capitalise(region), epithetKey(region));
		}
	}
	if (first) {
		// "Its chair, Sunita Rao, said" / "Wheelhouse's chief executive, Dana K. Morales, said"
		if (first.kind !== 'name' || first.entity.kind !== 'person') {
			const apposed = apposedAfter(article, p, first, firstAt, k, to);
			if (apposed) return apposed.entity;
		}
		return first.entity;
	}
	const [lo, hi] = tokenRange(article, p, start, to);
	const head = hi > lo ? article.toks[p]![lo] : undefined;
	if (head && article.unresolved.has(`${p}:${head.start}`)) return null;
	// A cue's "the specialist" whose noun the lexicon lacks: an epithet all the same.
	const det = head?.lower;
	if (det && hi - lo >= 2 && hi - lo <= 5 && /^(?:the|a|an)$/u.test(det)) {
		const toks = article.toks[p]!.slice(lo, hi);
		const words = toks.slice(1);
		if (words.every((t) => t.joined && !L.NP_BREAKERS.has(t.lower) && !t.possessive)) {
			const text = toks.map((t) => t.text).join(' ');
			if (det !== 'the') {
				const entity = newEntity(article, 'person', capitalise(text));
				entity.descriptors.add(words[words.length - 1]!.lower);
				return entity;
			}
			const sentence = sentenceAt(article, p, start);
			const entity = resolveEpithet(article, text, sentence.index, start, new Set());
			if (entity) {
				addEpithet(entity, text);
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
		return body(article, capitalise(region), epithetKey(region));
	}
	return undefined;
}

/** A dateline before a wire story's first sentence: "Ashcombe (AFP) – ", "LONDON (Reuters) - ". */
const DATELINE =
	/^\s*\p{Lu}[\p{L}. '-]{0,40}?\s*\(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\)\s*[-\u2013\u2014]+\s*/u;

/** Where a clause starts after a dateline at `start`, if one is there (read in 80 characters). */
function afterDateline(text: string, start: number, to: number): number {
	const m = DATELINE.exec(text.slice(start, Math.min(to, start + 80)));
	return m ? start + m[0].length : start;
}

/**
 * What opens a second clause in a sentence: ", while Reilly…", ", but Reilly…" (not a semicolon,
 * which also parts the items of a list: "as a fan of Brooks, "…"; and as one who…").
 */
const SECOND_CLAUSE = /,\s+(?:while|whereas|but|although|though)\s+/giu;
/** How far before a verb a second clause is looked for: a sentence is not read again per verb. */
const SECOND_CLAUSE_REACH = 200;

/**
 * Where the clause ending at `to` starts, if a second clause opens after `from`: "Brooks signed an
 * order, while Reilly, the harbour master, said…" is Reilly's.
 */
function secondClause(text: string, from: number, to: number): number {
	const lo = Math.max(from, to - SECOND_CLAUSE_REACH);
	let start = from;
	SECOND_CLAUSE.lastIndex = 0;
	for (const m of text.slice(lo, to).matchAll(SECOND_CLAUSE)) start = lo + m.index + m[0].length;
	return start;
}

/**
 * Where a clause in [from, to) starts: after its leading adverbial chunks ("In the moments after
 * the crash,", "Prosecuting,"), each up to a comma; the chunk after the last comma is never one.
 * How many chunks from `from` are adverbial is kept, so asking again with a later `to` goes on
 * from there instead of reading the sentence again.
 */
function clauseFrom(article: Article, p: number, from: number, to: number): number {
	let commas = article.commas.get(p);
	if (!commas) {
		commas = [];
		const text = article.masked[p]!;
		for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas.push(i);
		article.commas.set(p, commas);
	}
	const lo = firstIndex(commas, (c) => c < from);
	const chunks = Math.max(0, firstIndex(commas, (c) => c < to) - lo);
	const key = `${p}:${from}`;
	const walk = article.adverbialChunks.get(key) ?? { count: 0, stopped: false };
	article.adverbialChunks.set(key, walk);
	const chunkStart = (c: number) => (c === 0 ? from : commas[lo + c - 1]! + 1);
	while (!walk.stopped && walk.count < chunks) {
		const [a, b] = tokenRange(article, p, chunkStart(walk.count), commas[lo + walk.count]! + 1);
		const first = b > a ? article.toks[p]![a]!.lower : '';
		// "As Maya Brooks, an expert on ports, noted:": "as" and a name alone is the clause's subject
		// with an apposition to come, not a clause of its own ("As Brooks noted, …").
		const asName =
			first === 'as' && b - a > 1 && article.toks[p]!.slice(a + 1, b).every((t) => t.capital);
		const adverbial =
			!asName &&
			(L.ADVERBIAL_STARTERS.has(first) ||
				L.SUBORDINATORS.has(first) ||
				/^\d/u.test(first) ||
				/^\p{L}+ing$/u.test(first) ||
				// "Preceded at the lectern by Reilly, Reyes …": a participle, not a name such as "Ted".
				(/^\p{L}+ed$/u.test(first) && !mentionAt(article, p, article.toks[p]![a]!.start)));
		if (adverbial) walk.count++;
		else walk.stopped = true;
	}
	return chunkStart(Math.min(walk.count, chunks));
}

/** How many of paragraph p's first n tokens are body or person nouns, for every n. */
function groupNounCounts(article: Article, p: number): number[] {
	let counts = article.groupNouns.get(p);
	if (!counts) {
		counts = [0];
		for (const t of article.toks[p]!) {
			const noun = L.BODY_NOUNS.has(t.lower) || L.PERSON_NOUNS.has(t.lower);
			counts.push(counts[counts.length - 1]! + (noun ? 1 : 0));
		}
		article.groupNouns.set(p, counts);
	}
	return counts;
}

/**
 * The first person's name among the mentions list[firstAt + 1, k) that stands in commas after
 * `first`: a comma (and spaces) before it, and a comma or the end of the clause (at `to`) after.
 */
function apposedAfter(
	article: Article,
	p: number,
	first: Mention,
	firstAt: number,
	k: number,
	to: number
): Mention | undefined {
	const text = article.masked[p]!;
	const list = article.byParagraph.get(p)!;
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
	let candidates = article.apposed.get(p);
	if (!candidates) {
		candidates = [];
		list.forEach((m, i) => {
			if (named(m) && commaBefore(m) >= 0 && text[afterName(m)] === ',') candidates!.push(i);
		});
		article.apposed.set(p, candidates);
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

/**
 * What may stand between a verb and the subject named right before it: a party and state in
 * brackets ("Reilly (D-Vt.) said"), auxiliaries and adverbs ("has also said", "later noted"), and one
 * short phrase of where or when ("in a blog post said", "on Monday said").
 */
const BETWEEN_SUBJECT_AND_VERB = new RegExp(
	[
		'^(?:\\s*\\([^()]{1,30}\\))?',
		'(?:\\s+(?:has|have|had|also|then|later|again|previously|still|now|once|often|never|just|\\p{Ll}+ly))*',
		"(?:\\s+(?:in|on|at|during|via)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?[\\p{L}'\u2019-]+(?:\\s+[\\p{L}'\u2019-]+){0,2})?",
		'(?:\\s+(?:has|have|had|also|\\p{Ll}+ly))*\\s*$'
	].join(''),
	'u'
);
/** Words that make the mention after them an object, not a subject: "the report by Reilly said". */
const OBJECT_BEFORE =
	/\b(?:of|to|with|by|for|from|at|on|in|about|against|like|than|towards?|and|or|nor)\s+(?:(?:the|a|an)\s+)?$/iu;

/**
 * The subject named right before a verb at `verb`, within [from, verb): "…, while Reilly in a blog
 * post said", "after Gazette editor Tom Reilly noted". Only when nothing but auxiliaries, adverbs and
 * one short phrase stand between, and the mention is nobody's object or owner; else undefined (and
 * the clause's subject, `subjectIn`, is asked instead).
 */
export function subjectBefore(
	article: Article,
	p: number,
	from: number,
	verb: number
): Entity | undefined {
	const list = article.byParagraph.get(p) ?? [];
	const m = list[firstIndex(list, (x) => x.end <= verb) - 1];
	// A few words at most: nothing long is read again for each verb.
	if (!m || m.pos < from || verb - m.end > 80 || /['\u2019]s?$/u.test(m.text)) return undefined;
	const text = article.masked[p]!;
	if (!BETWEEN_SUBJECT_AND_VERB.test(text.slice(m.end, verb))) return undefined;
	if (OBJECT_BEFORE.test(text.slice(Math.max(from, m.pos - 12), m.pos))) return undefined;
	return m.entity;
}
