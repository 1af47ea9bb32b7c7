// Stage 4, cues: the speech verb next to a quote and who it names ("said the committee chair",
// "she added:", "according to Smith,"), and whether a quote is part of its sentence's grammar.
import * as L from '../lexicon';
import { type Token } from '../text';
import { firstIndex } from './search';
import {
	type Article,
	type Entity,
	type Mention,
	type Quote,
	lastTokenIn,
	mentionFrom,
	sentenceAt,
	tokensIn
} from './article';
import { subjectBefore, subjectIn } from './subject';
import { ASIDE_OPENERS } from './unnamed';

interface Cue {
	speaker: Entity | null;
	cue: string;
	/** Where its verb is, so the verb is not read again as reported speech. */
	verbAt: number;
}

/** The speech verb (one or two words) at toks[k], as a word count; 0 when there is none. */
function verbLength(toks: Token[], k: number): number {
	const t = toks[k];
	if (!t) return 0;
	const next = toks[k + 1];
	if (next?.joined && L.SPEECH_PHRASES.includes(`${t.lower} ${next.lower}`)) return 2;
	return L.SPEECH_VERBS.has(t.lower) || OUTLET_VERBS.has(t.lower) ? 1 : 0;
}

/** What outlets do with a quote: '"…," The Gazette reported.' */
const OUTLET_VERBS = new Set(['reported', 'reports']);

/**
 * The person named right after a role, a few words after the verb at toks[v - 1]: "said strategist
 * Ada Nwosu", "said Republican strategist Ada Nwosu", "said Brooks campaign adviser Ada Nwosu" (the
 * name before the role is someone else's).
 */
function namedAfterRole(
	article: Article,
	p: number,
	toks: Token[],
	v: number
): Mention | undefined {
	for (let j = v; j < v + 5 && toks[j + 1]; j++) {
		const t = toks[j]!;
		if (!t.joined || !toks[j + 1]!.joined) return undefined;
		if (!L.PERSON_NOUNS.has(t.lower)) continue;
		const m = mentionFrom(article, p, t.end, toks[j + 1]!.end);
		if (m?.kind === 'name' && m.entity.kind === 'person') return m;
	}
	return undefined;
}

/** Role words between an owner and a name: "campaign manager, ", "harbour master ". */
const ROLE_WORDS = /^(?:\s+[\p{Ll}-]+){1,4},?\s+$/u;

/**
 * The person named right after an owner's role ("Brooks's campaign manager, Tom Reilly"), the owner
 * ending at `end`; undefined when no such name follows within a few words.
 */
function afterOwnersRole(article: Article, p: number, end: number): Mention | undefined {
	const list = article.byParagraph.get(p) ?? [];
	const next = list[firstIndex(list, (x) => x.pos < end)];
	if (!next || next.kind !== 'name' || next.entity.kind !== 'person' || next.pos - end > 50)
		return undefined;
	return ROLE_WORDS.test(article.masked[p]!.slice(end, next.pos)) ? next : undefined;
}

/** `"…," said the Briton.` / `"…," he admitted.` / `"…," Wheelhouse's chief executive, Dana K. Morales, said` */
export function cueAfter(article: Article, q: Quote): Cue | undefined {
	if (q.close === null) return undefined;
	const p = q.paragraph;
	const text = article.masked[p]!;
	const sentence = sentenceAt(article, p, q.close);
	const nextOpen = article.quotes[p]![q.order + 1]?.open ?? text.length;
	const limit = Math.min(sentence.end, nextOpen);
	let from = q.close + 1;
	while (from < limit && /[\s,.!?;:\u2014\u2013\uFFFC-]/u.test(text[from]!)) from++;
	const toks = tokensIn(article, p, from, limit);
	if (toks.length === 0) return undefined;
	// Verb first: "said the committee chair", "said Karen Whitlock, the Rovers manager"
	const v = verbLength(toks, 0);
	const roled = v > 0 ? namedAfterRole(article, p, toks, v) : undefined;
	if (roled) {
		return {
			speaker: roled.entity,
			cue: text.slice(toks[0]!.start, roled.end),
			verbAt: toks[0]!.start
		};
	}
	if (v > 0 && toks[v]) {
		// "said the Rev. Ada Nwosu": the name starts after the article and its title.
		const titled = toks[v]!.lower === 'the' && L.TITLES.has(toks[v + 1]?.bare.toLowerCase() ?? '');
		let m = mentionFrom(article, p, toks[v - 1]!.end, toks[titled ? v + 1 : v]!.end);
		// "said Brooks's campaign manager, Tom Reilly": whose role it is, then the speaker.
		if (m && /['\u2019]s$/u.test(m.text)) m = afterOwnersRole(article, p, m.end);
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
		// "a council official, who was not allowed to speak on the record, told": over the aside.
		if (!toks[k]!.joined && ASIDE_OPENERS.has(toks[k]!.lower)) {
			let close = k + 1;
			while (close < toks.length && close <= k + 14 && toks[close]!.joined) close++;
			if (close >= toks.length || close > k + 14) break;
			k = close - 1;
			continue;
		}
		const n = verbLength(toks, k);
		if (n === 0) {
			if (L.FINITE_AUX.has(toks[k]!.lower) || L.REPORTING_VERBS.has(toks[k]!.lower)) break;
			continue;
		}
		const speaker = subjectIn(article, p, from, toks[k]!.start);
		if (speaker === undefined) break;
		return { speaker, cue: text.slice(from, toks[k + n - 1]!.end), verbAt: toks[k]!.start };
	}
	return undefined;
}

/** `she said: "…"` / `A spokesman for the company said: "…"` / `according to Smith, "…"` */
export function cueBefore(article: Article, q: Quote): Cue | undefined {
	const p = q.paragraph;
	const text = article.masked[p]!;
	const sentence = sentenceAt(article, p, q.open);
	const previous = article.quotes[p]![q.order - 1];
	const previousEnd = previous ? (previous.close ?? previous.end - 1) + 1 : 0;
	const from = Math.max(sentence.start, previousEnd);
	const before = text.slice(from, q.open);
	const trimmed = before.replace(/[\s,:\u2014\u2013\uFFFC-]+$/u, '');
	const toks = tokensIn(article, p, from, from + trimmed.length);
	if (toks.length === 0) return undefined;
	// "Brooks wrote to staff, saying, "…"": a participle hands the quote to its clause's subject.
	const last = toks[toks.length - 1]!;
	// After a comma (or a quote ending in one) only: "a sign saying "…"" is the sign's words.
	if (
		L.PARTICIPLE_CUES.has(last.lower) &&
		/[,\uFFFC]\s*$/u.test(text.slice(sentence.start, last.start))
	) {
		const speaker = subjectIn(article, p, sentence.start, last.start);
		if (speaker) return { speaker, cue: last.text, verbAt: last.start };
	}
	// The last speech verb, with at most four words (an object, a time) after it.
	for (let k = toks.length - 1; k >= 0 && k >= toks.length - 5; k--) {
		const n = verbLength(toks, k);
		if (n === 0) continue;
		const verb = toks[k]!;
		// "said Brooks:" names the speaker; "told Reilly:" or "told Politico, "…"" names whom she told.
		const told = L.OBJECT_VERBS.has(verb.lower);
		// "explained ABN moderator Maya Brooks:": the person after the role, ending the words.
		const roled = told ? undefined : namedAfterRole(article, p, toks, k + n);
		if (roled && roled.end >= toks[toks.length - 1]!.end)
			return { speaker: roled.entity, cue: text.slice(verb.start, roled.end), verbAt: verb.start };
		const after = mentionFrom(article, p, toks[k + n - 1]!.end, toks[k + n - 1]!.end + 2);
		if (after && !told && after.kind !== 'pronoun' && after.end >= toks[toks.length - 1]!.end) {
			return {
				speaker: after.entity,
				cue: text.slice(verb.start, after.end),
				verbAt: verb.start
			};
		}
		const speaker =
			subjectBefore(article, p, from, verb.start) ?? subjectIn(article, p, from, verb.start);
		if (speaker === undefined) return undefined;
		const cueFrom = text.slice(from, verb.start).search(/[^\s,\uFFFC]/u);
		return {
			speaker,
			cue: text.slice(from + Math.max(0, cueFrom), toks[toks.length - 1]!.end),
			verbAt: verb.start
		};
	}
	const mentions = article.byParagraph.get(p) ?? [];
	const ending = mentions[firstIndex(mentions, (x) => x.end < last.end)];
	const m = ending?.end === last.end ? ending : undefined;
	if (m && /according\s+to\s+$/iu.test(text.slice(from, m.pos))) {
		return { speaker: m.entity, cue: `according to ${m.text}`, verbAt: m.pos };
	}
	if (!/:\s*$/u.test(before)) return undefined;
	return speakerHeading(article, p, from, q.open) ?? nameBeforeColon(article, p, from, q.open);
}

/** "Here's Brooks in December 1992:": a name shown speaking, perhaps with a time after it. */
const HERES = /^\s*(?:and\s+)?here(?:['\u2019]s|\s+is)\s+$/iu;

/**
 * `That does not surprise harbour engineer Maya Brooks: "…"` / `Here's Brooks in 1992: "…"`: with
 * no speech verb, the person whose name ends the words before the colon (after a role, not after
 * "to" or "on", whom something was said to or where), or the one "Here's" shows.
 */
function nameBeforeColon(article: Article, p: number, from: number, to: number): Cue | undefined {
	const text = article.masked[p]!;
	const colon = text.lastIndexOf(':', to);
	const list = article.byParagraph.get(p) ?? [];
	const shown = list[firstIndex(list, (x) => x.pos < from)];
	if (
		shown?.kind === 'name' &&
		shown.entity.kind === 'person' &&
		shown.end <= colon &&
		HERES.test(text.slice(from, shown.pos))
	)
		return { speaker: shown.entity, cue: text.slice(from, colon).trim(), verbAt: shown.pos };
	const last = list[firstIndex(list, (x) => x.end <= colon) - 1];
	if (!last || last.pos < from || last.kind !== 'name' || last.entity.kind !== 'person')
		return undefined;
	if (!/^[\s,)]*$/u.test(text.slice(last.end, colon))) return undefined;
	if (/['\u2019]s$/u.test(last.text) || OBJECT_BEFORE.test(text.slice(from, last.pos)))
		return undefined;
	const cueFrom = from + Math.max(0, text.slice(from, colon).search(/[^\s,\uFFFC]/u));
	return { speaker: last.entity, cue: text.slice(cueFrom, last.end), verbAt: last.pos };
}

/** A word that makes the name after it an object or a place: "went to Brooks:", "on Radio Ashcombe:". */
const OBJECT_BEFORE =
	/\b(?:to|on|in|at|from|with|by|for|about|of)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Before a heading's name: nothing, or a headline and a dash ("Talks go on - Maya Brooks:"). */
const HEADING_LEAD = /(?:^|\s[-\u2013\u2014\u2022]\s*)$/u;
/** After it: perhaps an affiliation ("Maya Brooks, Radio North:"), then the colon. */
const HEADING_TAIL = /^(?:,\s+\p{Lu}[^,:;.!?\uFFFC]{0,40})?\s*:\s*$/u;

/**
 * A name standing alone before a colon, as a speaker heading: "Maya Brooks: "…"", "Maya Brooks,
 * Radio North: "…"". No verb, so only a name (not a pronoun or an epithet) counts.
 */
function speakerHeading(article: Article, p: number, from: number, to: number): Cue | undefined {
	const text = article.masked[p]!;
	const mentions = article.byParagraph.get(p) ?? [];
	const at = firstIndex(mentions, (x) => x.pos < from);
	const m = mentions[at];
	if (!m || m.kind !== 'name' || m.end > to) return undefined;
	if (!HEADING_LEAD.test(text.slice(from, m.pos)) || !HEADING_TAIL.test(text.slice(m.end, to)))
		return undefined;
	return { speaker: m.entity, cue: m.text, verbAt: m.pos };
}

/**
 * A quote that opens a paragraph, cued at the end of the paragraph before: "She said:" / "The
 * board wrote to members:" / a heading "Maya Brooks:".
 */
export function cueAbove(article: Article, q: Quote): Cue | undefined {
	const p = q.paragraph - 1;
	if (p < 0 || q.order !== 0 || /\S/u.test(article.masked[q.paragraph]!.slice(0, q.open)))
		return undefined;
	const text = article.masked[p]!;
	const trimmed = text.replace(/[\s\u2014\u2013-]+$/u, '');
	if (!trimmed.endsWith(':') || (article.quotes[p]!.at(-1)?.end ?? 0) >= trimmed.length)
		return undefined;
	const sentence = sentenceAt(article, p, trimmed.length - 1);
	const from = sentence.start;
	const toks = tokensIn(article, p, from, trimmed.length - 1);
	for (let k = toks.length - 1; k >= 0 && k >= toks.length - 5; k--) {
		const n = L.PARTICIPLE_CUES.has(toks[k]!.lower) ? 1 : verbLength(toks, k);
		if (n === 0) continue;
		const verb = toks[k]!;
		const speaker = subjectIn(article, p, from, verb.start);
		if (!speaker) return undefined;
		const cueFrom = from + Math.max(0, text.slice(from, verb.start).search(/[^\s,\uFFFC]/u));
		return { speaker, cue: text.slice(cueFrom, toks[toks.length - 1]!.end), verbAt: verb.start };
	}
	return speakerHeading(article, p, from, trimmed.length);
}

/** A quote that is part of a sentence's grammar (`would "respect whatever…"`), not introduced. */
export function isEmbedded(article: Article, q: Quote): boolean {
	const text = article.masked[q.paragraph]!;
	const sentence = sentenceAt(article, q.paragraph, q.open);
	// What stands right before the opening mark (another quote, punctuation or a word).
	let i = q.open - 1;
	while (i >= sentence.start && /\s/u.test(text[i]!)) i--;
	if (i < sentence.start || /[,:.!?\u2014\u2013\uFFFC-]/u.test(text[i]!)) return false;
	const last = lastTokenIn(article, q.paragraph, sentence.start, i + 1);
	// A participle introduces a quote after a comma only: "a sign saying "…"" holds a fragment.
	const introducing =
		last !== undefined &&
		L.PARTICIPLE_CUES.has(last.lower) &&
		/[,\uFFFC]\s*$/u.test(text.slice(sentence.start, last.start));
	return last !== undefined && !L.SPEECH_VERBS.has(last.lower) && !introducing;
}
