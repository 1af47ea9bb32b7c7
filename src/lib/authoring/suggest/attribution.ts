// Stage 5, attribution: the sieve that gives each quote its speaker (a cue; a speech or manner verb
// right after the quote; the paragraph's own narrative before it; the quote before; then whoever spoke
// or was spoken of at the end of the paragraph before).
import * as L from '../lexicon';
import { type SentenceRange, type Token } from '../text';
import {
	type Article,
	type Entity,
	type Quote,
	type Mention,
	mentionAt,
	mentionFrom,
	sentenceAt,
	tokensIn
} from './article';
import { recentSpeaker, resolve } from './coreference';
import { cueAbove, cueAfter, cueBefore, isEmbedded } from './cues';
import { person } from './entities';
import { firstIndex } from './search';
import { subjectIn } from './subject';

/** The quote takes the speaker and cue a rule found; the verb that cued it reports nothing else. */
function takeCue(
	q: Quote,
	found: { speaker: Quote['speaker']; cue: string | null; verbAt?: number },
	p: number,
	cueVerbs: Set<string>
): void {
	q.speaker = found.speaker;
	q.cue = found.cue;
	q.rule = 'cue';
	if (found.verbAt !== undefined) cueVerbs.add(`${p}:${found.verbAt}`);
}

/** The sieve: each quote's speaker, cue and rule, and where the verbs that cued a quote are. */
export function attribute(article: Article): { cueVerbs: Set<string> } {
	const cueVerbs = new Set<string>();
	let previous: Quote | undefined;
	for (const [p, quotes] of article.quotes.entries()) {
		let inParagraph: Quote | undefined;
		for (const q of quotes) {
			if (q.turn !== undefined) {
				// 0. A transcript's turn: whom its heading names.
				q.speaker = turnSpeaker(article, q.turn);
				q.cue = q.turn;
				q.rule = 'cue';
				inParagraph = q;
				previous = q;
				continue;
			}
			q.embedded = isEmbedded(article, q);
			// 1–2. A cue next to the quote: a name, or a pronoun or epithet resolved to a person.
			const cue =
				cueAfter(article, q) ??
				(q.embedded
					? undefined
					: (asClause(article, q) ??
						accordingTo(article, q) ??
						cueBefore(article, q) ??
						cueAbove(article, q)));
			if (cue) {
				takeCue(q, cue, p, cueVerbs);
				// 1a. "he added": the one who spoke before goes on.
				q.speaker = speakerGoingOn(q, cue.cue, previous) ?? q.speaker;
			}
			if (q.embedded) continue;
			const introduced = q.rule ? undefined : introducedAbove(article, q);
			if (introduced) {
				// 2a. "Brooks hit back:" closing the paragraph before, with no speech verb: its subject.
				takeCue(q, introduced, p, cueVerbs);
			}
			const apposed = q.rule ? undefined : nameThenApposition(article, q);
			if (apposed) {
				// 2a'. `"…," Tom Reilly, who was harbour master for years, told reporters`: the name right
				// after the quote, its apposition however long, then the speech verb.
				takeCue(q, apposed, p, cueVerbs);
			}
			const said = q.rule ? undefined : speechAfter(article, q);
			if (said) {
				// 2b. A speech verb after the quote whose speaker the cue did not find: a person named
				// just after it ("said election lawyer Joe Birkenstock"), else nobody ("added another
				// aide"), never the speaker before.
				takeCue(q, said, p, cueVerbs);
			}
			// Narrative of its own before the quote: the paragraph's opening words, or whole sentences
			// after the quote before it ("…," said Brooks. Reilly shook his head. "…").
			const narrative =
				!inParagraph || sentenceAt(article, p, inParagraph.end).start < q.open ? q.open > 1 : false;
			const next = q.rule ? undefined : cueInNextSentence(article, q);
			if (next) {
				// 2c. `"…." Reilly wrote on Twitter.`: the cue the sentence break cut from the quote.
				takeCue(q, next, p, cueVerbs);
			}
			const about =
				!q.rule && narrative ? narrated(article, q, inParagraph ? inParagraph.end : 0) : undefined;
			if (about) {
				// 3. No cue, after the paragraph's own narrative: whom that narrative is about…
				q.speaker = about;
				q.rule = 'mention';
			} else if (!q.rule && inParagraph?.speaker) {
				// …or the speaker of the quote before it in the paragraph…
				q.speaker = inParagraph.speaker;
				q.cue = inParagraph.cue;
				q.rule = 'continuation';
			} else if (!q.rule && !inParagraph && previous?.speaker && previous.paragraph === p - 1) {
				// …or, for a paragraph that opens with a quote, of the last quote before it.
				q.speaker = previous.speaker;
				q.rule = 'continuation';
			} else if (!q.rule && !inParagraph && q.open <= 1 && p > 0) {
				// 4. The person the paragraph before was about.
				const last = article.blocks[p - 1]!.sentences.at(-1)!;
				const isPerson = (e: Entity) => e.kind === 'person';
				const end = Number.MAX_SAFE_INTEGER;
				// Someone who spoke there ("as Joel Pollak observed,") before whoever comes first.
				const entity =
					recentSpeaker(article, last.index, end, isPerson, last.index) ??
					resolve(article, last.index, end, isPerson);
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

/**
 * Whom a transcript heading names: "BROOKS" the person of that surname the article mentions most,
 * "MAYA BROOKS" that person (met here first if need be), "A" (the answers of a Q&A) the person the
 * article is most about; "Q", "MODERATOR" or anyone else not named: nobody.
 */
function turnSpeaker(article: Article, heading: string): Entity | null {
	const isPerson = (e: Entity) => e.kind === 'person' && !e.unnamed && e.names.length > 0;
	const most = (list: Entity[]) =>
		list.reduce<Entity | null>((a, e) => (a && a.mentioned >= e.mentioned ? a : e), null);
	if (heading === 'A') return most(article.entities.filter(isPerson));
	const words = heading
		.split(/\s+/u)
		.map((w) => w.replace(/\.$/u, ''))
		.filter((w) => !L.TITLES.has(w.toLowerCase()))
		.map((w) => w.charAt(0) + w.slice(1).toLowerCase());
	const last = words.at(-1);
	if (!last || heading === 'Q') return null;
	const named = article.entities.filter(
		(e) =>
			isPerson(e) && e.names.at(-1) === last && (words.length === 1 || e.names.includes(words[0]!))
	);
	if (named.length > 0) return most(named);
	return words.length > 1 ? person(article, words) : null;
}

/** How many of the paragraph's sentences, back from the quote's own, an uncued quote looks at. */
const NARRATIVE_SENTENCES = 2;

/**
 * `Tom Reilly disagreed: "It is not."` / `Reilly toured the pier. "It is not safe."`: an uncued quote
 * that follows the paragraph's own narrative belongs to whom that narrative is about (its sentence's
 * subject, else the sentence before), not to the speaker of the paragraph before.
 */
function narrated(article: Article, q: Quote, from: number): Entity | undefined {
	const p = q.paragraph;
	const own = sentenceAt(article, p, q.open);
	const list = article.blocks[p]!.sentences;
	const at = firstIndex(list, (x) => x.start < own.start);
	for (let k = at; k >= 0 && k > at - NARRATIVE_SENTENCES; k--) {
		const s = list[k]!;
		// Not back over the quote before it: that quote's sentence is its cue's, not narrative.
		if (s.start < from) return undefined;
		const end = k === at ? q.open : s.end;
		if (end <= s.start) continue;
		const subject = subjectIn(article, p, s.start, end);
		// "The Gazette put it bluntly: "…"": a clause that ends in a colon introduces the quote, so an
		// organisation it is about speaks too; otherwise a body is only what the narrative is about.
		const introduces = k === at && endsWithColon(article.masked[p]!, s.start, end);
		if (subject) return subject.kind === 'person' || introduces ? subject : undefined;
		// "A spokesman, asked about it, replied: "…"": nobody named; not the one before either.
		if (k === at) return undefined;
	}
	return undefined;
}

/**
 * `After a pause, Brooks hit back:` / `The board released this statement:` closing the paragraph
 * before a quote that opens its own: the clause introduces the quote, so whom it is about (a person or
 * an organisation) speaks, whatever the verb. undefined when the clause names nobody ("It gets
 * better:").
 */
function introducedAbove(article: Article, q: Quote): { speaker: Entity; cue: string } | undefined {
	const p = q.paragraph - 1;
	if (p < 0 || q.order !== 0 || /\S/u.test(article.masked[q.paragraph]!.slice(0, q.open)))
		return undefined;
	const text = article.masked[p]!;
	const colon = text.trimEnd().length - 1;
	if (text[colon] !== ':') return undefined;
	const sentence = sentenceAt(article, p, colon);
	// Not when the colon's sentence holds a quote of its own ("…," she said of it:).
	if ((article.quotes[p]!.at(-1)?.end ?? -1) >= sentence.start) return undefined;
	// "As Pollak reported after the raid:": one speaking there before whom the clause is about.
	const speaking = (article.mentions.get(sentence.index) ?? []).find(
		(m) => m.speaking && m.kind === 'name' && !/['\u2019]s?$/u.test(m.text) && m.pos < colon
	);
	const subject = speaking?.entity ?? subjectIn(article, p, sentence.start, colon);
	if (!subject) return undefined;
	return { speaker: subject, cue: text.slice(sentence.start, colon).trim() };
}

/**
 * The clause right before a quote (from its sentence's start or the quote before), of 3 to `most`
 * words and nothing but a comma, colon or dash after it: where an as- or according-to clause that
 * introduces the quote stands. `a` is its first word after a leading "But", "And"….
 */
function leadClause(article: Article, q: Quote, most: number) {
	const p = q.paragraph;
	const text = article.masked[p]!;
	const sentence = sentenceAt(article, p, q.open);
	const previous = article.quotes[p]![q.order - 1];
	const from = Math.max(sentence.start, previous ? previous.end : 0);
	const toks = tokensIn(article, p, from, q.open);
	if (toks.length < 3 || toks.length > most) return undefined;
	let a = 0;
	while (a < toks.length && AS_LEAD.has(toks[a]!.lower)) a++;
	const last = toks[toks.length - 1]!;
	if (!/^[\s,:\u2014\u2013-]*$/u.test(text.slice(last.end, q.open))) return undefined;
	return { p, text, toks, a, last };
}

/** Words an as-clause may open with before "as": "But as Brooks said, …". */
const AS_LEAD = new Set(['but', 'and', 'so', 'just', 'yet']);
/** How many words an as-clause may run to: "As Brooks said last week at the harbour in Leeds,". */
const AS_CLAUSE_WORDS = 30;

/**
 * `As Brooks said last week at the harbour, "…"` / `As the harbour master, Maya Brooks, put it: "…"`:
 * an as-clause with a speech verb, right before the quote, names its speaker however many words
 * follow the verb.
 */
function asClause(
	article: Article,
	q: Quote
): { speaker: Entity | null; cue: string; verbAt: number } | undefined {
	const lead = leadClause(article, q, AS_CLAUSE_WORDS);
	if (!lead || lead.toks[lead.a]?.lower !== 'as') return undefined;
	const { p, text, toks, a, last } = lead;
	for (let k = a + 2; k < toks.length; k++) {
		const t = toks[k]!;
		const putIt = t.lower === 'put' && toks[k + 1]?.lower === 'it';
		if (!putIt && !L.SPEECH_VERBS.has(t.lower)) continue;
		const speaker = subjectIn(article, p, toks[a]!.start, t.start);
		if (speaker === undefined) return undefined;
		return { speaker, cue: text.slice(toks[a]!.start, last.end), verbAt: t.start };
	}
	return undefined;
}

/** How many words an according-to clause may run to: "According to Maya Brooks, an engineer,". */
const ACCORDING_WORDS = 20;

/**
 * `According to Maya Brooks, a council engineer, "…"` / `But according to Brooks of the trust: "…"`:
 * a clause of "according to", a name (or a description) right after it, and no speech verb, right
 * before the quote: whom it names, whatever the apposition after the name.
 */
function accordingTo(
	article: Article,
	q: Quote
): { speaker: Entity | null; cue: string; verbAt: number } | undefined {
	const lead = leadClause(article, q, ACCORDING_WORDS);
	if (!lead) return undefined;
	const { p, text, toks, a, last } = lead;
	if (toks[a]?.lower !== 'according' || toks[a + 1]?.lower !== 'to') return undefined;
	// "According to the report, Reilly said:": the speech verb's cue, not this one.
	if (toks.some((t) => !t.capital && L.SPEECH_VERBS.has(t.lower))) return undefined;
	const to = toks[a + 1]!;
	const m = mentionFrom(article, p, to.end, last.end);
	if (!m || m.kind === 'pronoun' || /['\u2019]s?$/u.test(m.text)) return undefined;
	// The name right after "to" ("the" aside), not one further on ("according to a report by …").
	if (tokensIn(article, p, to.end, m.pos).some((t) => !/^(?:the|a|an)$/u.test(t.lower)))
		return undefined;
	return { speaker: m.entity, cue: text.slice(toks[a]!.start, last.end), verbAt: toks[a]!.start };
}

/** Where each sentence's last word (anything but spaces, quotes and stops) is, found once each. */
const lastWords = new WeakMap<SentenceRange, number>();
/**
 * The position of the last character of a sentence that is no space, masked quote or stop; -1 if
 * none. Read from the end once per sentence: asking per quote read a long sentence again for each.
 */
function lastWordAt(text: string, sentence: SentenceRange): number {
	let at = lastWords.get(sentence);
	if (at === undefined) {
		at = sentence.end - 1;
		while (at >= sentence.start && /[\s\uFFFC.,!?]/u.test(text[at]!)) at--;
		if (at < sentence.start) at = -1;
		lastWords.set(sentence, at);
	}
	return at;
}

/** How many words may stand before the verb of a cue in the next sentence ("Tom Reilly, a builder,"). */
const NEXT_CUE_SUBJECT_WORDS = 8;
/** How many words may follow it: "wrote on Twitter on Monday". */
const NEXT_CUE_TAIL_WORDS = 8;

/**
 * `"If Brooks thinks so, she is wrong." Reilly wrote on Twitter on Monday.`: a quote that ends its
 * sentence, and a short next sentence made of its cue: a subject (a name, a pronoun, an epithet)
 * and a speech verb with no clause of its own after it (not "Reilly said the plan had failed").
 */
function cueInNextSentence(
	article: Article,
	q: Quote
): { speaker: Entity | null; cue: string; verbAt: number } | undefined {
	if (q.close === null) return undefined;
	const p = q.paragraph;
	const text = article.masked[p]!;
	const list = article.blocks[p]!.sentences;
	const own = sentenceAt(article, p, q.close);
	if (lastWordAt(text, own) > q.close) return undefined;
	const next = list[firstIndex(list, (s) => s.start < own.end)];
	if (!next || next.end - next.start > NEXT_CUE_CHARS) return undefined;
	if (/\uFFFC/u.test(text.slice(next.start, next.end))) return undefined;
	const toks = tokensIn(article, p, next.start, next.end);
	const k = toks.findIndex((t, i) => i > 0 && L.SPEECH_VERBS.has(t.lower) && !t.capital);
	if (k < 0 || k > NEXT_CUE_SUBJECT_WORDS) return undefined;
	const tail = toks.slice(k + 1);
	if (
		tail.length > NEXT_CUE_TAIL_WORDS ||
		tail.some((t) => t.lower === 'that' || L.FINITE_AUX.has(t.lower) || /ed$/u.test(t.lower))
	)
		return undefined;
	const speaker = subjectIn(article, p, next.start, toks[k]!.start);
	if (speaker === undefined) return undefined;
	return { speaker, cue: text.slice(next.start, toks[k]!.end), verbAt: toks[k]!.start };
}

/** The longest next sentence read as a cue: a name, an apposition, a verb, a time and a place. */
const NEXT_CUE_CHARS = 200;

/** Whether text[from, to) ends with a colon (spaces aside): read back from `to`, not from `from`. */
function endsWithColon(text: string, from: number, to: number): boolean {
	let i = to - 1;
	while (i >= from && /\s/u.test(text[i]!)) i--;
	return i >= from && text[i] === ':';
}

/** How many words of a role may stand between a speech verb and the name after it. */
const ROLE_WORDS = 5;

/** Words that make the one named after a speech verb someone else ("said a friend of Reilly"). */
const NOT_THE_SPEAKER = new Set(['a', 'an', 'another', 'one', 'of', 'to', 'for', 'by', 'with']);

/**
 * `"…," said election lawyer Joe Birkenstock` / `"…," added another aide`: a speech verb in the few
 * words after a quote, and the person named right after it (null when nobody is).
 */
function speechAfter(
	article: Article,
	q: Quote
): { speaker: Entity | null; cue: string; verbAt: number } | undefined {
	if (q.close === null) return undefined;
	const p = q.paragraph;
	const text = article.masked[p]!;
	const end = sentenceAt(article, p, q.close).end;
	// A few words after it (bounded: a 20,000-character sentence is read once, not per quote).
	const toks = tokensIn(article, p, q.close + 1, Math.min(end, q.close + 80)).slice(0, 8);
	const verb = toks.find((t) => L.SPEECH_VERBS.has(t.lower));
	if (!verb) return mannerAfter(article, q, toks);
	const m = mentionFrom(article, p, verb.end, Math.min(end, verb.end + 60));
	const between = m ? tokensIn(article, p, verb.end, m.pos) : [];
	const named =
		m !== undefined &&
		m.kind === 'name' &&
		m.entity.kind === 'person' &&
		between.length <= ROLE_WORDS &&
		// "said former secretary of state Maya Brooks": an "of" inside the role is the role's; one
		// right before the name ("said the wife of Tom Reilly") makes the named someone else.
		!between.some(
			(t, i) => NOT_THE_SPEAKER.has(t.lower) && (t.lower !== 'of' || i === between.length - 1)
		) &&
		!/[,;:.]/u.test(text.slice(verb.end, m.pos));
	if (named) return { speaker: m.entity, cue: text.slice(verb.start, m.end), verbAt: verb.start };
	const cue = text.slice(toks[0]!.start, verb.end);
	return { speaker: auxiliarySubject(article, q, toks, verb) ?? null, cue, verbAt: verb.start };
}

/** Auxiliaries that may stand between a cue's subject and its verb: "she has said", "he will say". */
const CUE_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'also']);

/**
 * `"…," she has said.` / `"…," he will say.`: the subject before the auxiliary right after the quote
 * (a pronoun, a name or an epithet), undefined when none is there.
 */
function auxiliarySubject(
	article: Article,
	q: Quote,
	toks: Token[],
	verb: Token
): Entity | undefined {
	const k = toks.indexOf(verb);
	// One or two words of subject, then one or two auxiliaries, then the verb.
	let a = k - 1;
	while (a > 0 && k - a < 3 && CUE_AUX.has(toks[a]!.lower)) a--;
	if (a === k - 1 || a < 0 || a > 2 || CUE_AUX.has(toks[a]!.lower)) return undefined;
	const first = toks[0]!;
	const ending = article.blocks[q.paragraph]!.text.slice(
		Math.max(q.open, q.close! - 3),
		first.start
	);
	if (!/[,!?]/u.test(ending)) return undefined;
	const speaker = subjectIn(article, q.paragraph, first.start, toks[a + 1]!.start);
	return speaker ?? undefined;
}

/** How many words after a quote a name's apposition and its speech verb may run to. */
const APPOSED_CUE_WORDS = 40;

/**
 * `"…," Tom Reilly, who was harbour master under the old council, told reporters` / `"…," Dan
 * Ferris, an adviser to the council, wrote`: right after a quote that ends its clause, a person's
 * name, a comma, and later in the sentence a speech verb right after a comma (the apposition's
 * close) names its speaker, however long the apposition.
 */
function nameThenApposition(
	article: Article,
	q: Quote
): { speaker: Entity; cue: string; verbAt: number } | undefined {
	if (q.close === null) return undefined;
	const p = q.paragraph;
	const text = article.masked[p]!;
	const end = sentenceAt(article, p, q.close).end;
	const toks = tokensIn(article, p, q.close + 1, end).slice(0, APPOSED_CUE_WORDS);
	const first = toks[0];
	if (!first) return undefined;
	const ending = article.blocks[p]!.text.slice(Math.max(q.open, q.close - 3), first.start);
	if (!/[,!?]/u.test(ending)) return undefined;
	const named = mentionAt(article, p, first.start);
	if (
		!named ||
		named.kind !== 'name' ||
		named.entity.kind !== 'person' ||
		/['\u2019]s?$/u.test(named.text) ||
		!/^\s*,/u.test(text.slice(named.end))
	)
		return undefined;
	for (let k = 1; k < toks.length; k++) {
		const t = toks[k]!;
		// Another quote or clause break first: no cue here.
		if (/[\uFFFC;:]/u.test(text.slice(toks[k - 1]!.end, t.start))) return undefined;
		if (t.capital || !L.SPEECH_VERBS.has(t.lower)) continue;
		if (t.start <= named.end || !/,\s*$/u.test(text.slice(toks[k - 1]!.end, t.start))) continue;
		return { speaker: named.entity, cue: text.slice(first.start, t.end), verbAt: t.start };
	}
	return undefined;
}

/** A past-tense verb of manner that is not on the speech list ("beamed", "fumed", "scoffed"). */
const PAST = /^\p{Ll}{3,}ed$/u;

/**
 * `"This is fantastic!" beamed Tom Reilly` / `"…," Reilly fumed`: right after a quote that ends
 * its sentence or clause, a person's name next to a past-tense verb is its speaker, whatever the verb.
 */
function mannerAfter(
	article: Article,
	q: Quote,
	toks: Token[]
): { speaker: Entity; cue: string; verbAt: number } | undefined {
	const p = q.paragraph;
	const text = article.masked[p]!;
	const [first, second] = toks;
	if (!first || !second) return undefined;
	// The quote's last marks, as written ("open," / "fantastic!"), not as masked.
	const ending = article.blocks[p]!.text.slice(Math.max(q.open, q.close! - 3), first.start);
	if (!/[,!?]/u.test(ending)) return undefined;
	const person = (m: Mention | undefined) =>
		m && m.kind === 'name' && m.entity.kind === 'person' ? m : undefined;
	// Verb first: "beamed Tom Reilly"
	const after = PAST.test(first.text) ? person(mentionAt(article, p, second.start)) : undefined;
	if (after)
		return { speaker: after.entity, cue: text.slice(first.start, after.end), verbAt: first.start };
	// Name first: "Mr Reilly fumed"
	const named = person(mentionAt(article, p, first.start));
	const next = named && toks.find((t) => t.start >= named.end);
	if (named && next && next.joined && PAST.test(next.text))
		return { speaker: named.entity, cue: text.slice(first.start, next.end), verbAt: next.start };
	return undefined;
}

/** A cue made of "he" or "she" and its verb, an auxiliary or adverb between: "he added", "she has added". */
const PRONOUN_CUE = /^(he|she)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)(?:\s+on)?$/iu;
/** Verbs that carry on with what was being said ("he added", "she went on"): by whoever spoke last. */
const GOING_ON = new Set(['added', 'adds', 'continued', 'continues', 'went', 'goes']);

/**
 * `After Ferris asked him, Reilly replied, "…". ¶ "…," he added.`: a pronoun that goes on speaking
 * stands for the speaker of the quote before (in this paragraph or the one before), when the
 * pronoun fits them, not for whom the narrative between named first. undefined otherwise.
 */
function speakerGoingOn(
	q: Quote,
	cue: string | null,
	previous: Quote | undefined
): Entity | undefined {
	const m = cue === null ? null : PRONOUN_CUE.exec(cue.trim());
	const speaker = previous?.speaker;
	if (!m || !speaker || speaker === q.speaker || speaker.kind !== 'person') return undefined;
	if (!GOING_ON.has(m[2]!.toLowerCase()) || previous!.paragraph < q.paragraph - 1) return undefined;
	const gender = L.PRONOUNS[m[1]!.toLowerCase()]!;
	return speaker.gender === undefined || speaker.gender === gender ? speaker : undefined;
}
