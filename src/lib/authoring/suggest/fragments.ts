// Who a quoted fragment belongs to when no report holds it: the speaker of the clause whose verb
// frames it ("dismissed the plan as "…"", "calling it "…"", "what Reyes called "…"").
import * as L from '../lexicon';
import { type Token } from '../text';
import {
	type Article,
	type Entity,
	type Mention,
	type Quote,
	mentionFrom,
	tokensIn
} from './article';
import { nounPhrase } from './phrases';
import { firstIndex } from './search';
import { subjectIn } from './subject';

/**
 * Verbs that put words in their subject's mouth without reporting a clause: "called the plan
 * "reckless"", "dismissed it as "…"", "accusing him of "…"". Speech verbs count too, for the reports
 * the reported-speech stage could not frame.
 */
const FRAMING = new Set(
	`called calls calling described describes describing dismissed dismisses
	dismissing denounced denounces denouncing condemned condemns condemning
	praised praises praising introduced introduces introducing accuse accused accuses accusing
	labeled labelled labels labeling labelling branded brands branding dubbed dubs dubbing termed
	terms terming blasted blasts blasting slammed slams slamming mocked mocks mocking criticized
	criticised criticizes criticises criticizing criticising decried decries decrying lamented
	laments lamenting hailed hails hailing touted touts touting vowing pledging promising insisting
	arguing claiming warning saying adding telling characterized characterised characterizes
	characterises characterizing characterising derided derides deriding ridiculed ridicules
	ridiculing lambasted lambastes lambasting assailed assails assailing applauded applauds
	applauding commended commends commending lauded lauds lauding ripped rips ripping`.split(/\s+/u)
);

/** How many words a framing verb may stand before its fragment: "called the new harbour plan "…"". */
const REACH = 8;

/**
 * The speaker of a quoted fragment framed by a verb in its sentence: the one named right before the
 * verb ("Reyes called", "what she called"), or for a participle after a comma the subject that opens
 * the sentence; with no such verb, `bySubject`, the sentence's subject (for a fragment long enough not
 * to be a scare quote or a title). undefined when its speaker is unclear.
 */
export function fragmentSpeaker(
	article: Article,
	q: Quote,
	bySubject: boolean
): Entity | null | undefined {
	const p = q.paragraph;
	const sentence = q.sentences[0];
	if (!sentence) return undefined;
	const text = article.masked[p]!;
	const toks = tokensIn(article, p, sentence.start, q.open);
	for (let k = toks.length - 1; k >= Math.max(0, toks.length - REACH); k--) {
		const verb = toks[k]!;
		if (verb.capital || (!FRAMING.has(verb.lower) && !L.REPORTING_VERBS.has(verb.lower))) continue;
		// "Reyes is labeling it "…"": the progressive is the verb of whoever is named before it.
		const ing = /ing$/u.test(verb.lower);
		const aux = ing && k > 0 && verb.joined && PROGRESSIVE.has(toks[k - 1]!.lower) ? k - 1 : -1;
		if (ing && aux < 0) {
			// "Reyes issued a statement on Monday saying "…"": the words of whoever put out the statement.
			if (issuedBefore(toks, k)) return subjectIn(article, p, sentence.start, toks[k - 1]!.start);
			// "with Reyes (recently) promising to "…"": the person named right before the participle.
			const before = participleSubject(article, p, toks, k);
			if (before) return before;
			// ", calling it "…"" / "by calling it "…"": the sentence's subject, when it opens the
			// sentence. Without either ("a sign saying "…"") the words are the thing's, not anyone's.
			const by = k > 0 && toks[k]!.joined && BY.has(toks[k - 1]!.lower);
			if (
				!by &&
				(k === 0 || !/[,\u2014\u2013]\s*$/u.test(text.slice(toks[k - 1]!.end, verb.start)))
			)
				return undefined;
			const first = mentionFrom(article, p, sentence.start, verb.start);
			const opening = toks.slice(0, 6).some((t) => t.start === first?.pos);
			if (first && opening) return subjectIn(article, p, sentence.start, verb.start);
			return epithetSubject(article, p, toks, k);
		}
		// "Reyes dismissed the plan as", "what she called": the one named right before the verb.
		const at = aux >= 0 ? aux : k;
		const named = nameBefore(article, p, toks, at);
		// "Reyes, who chairs the committee, branded it "…"": the subject, across its apposition.
		if (!named && at > 0) return apposedSubject(article, q, toks[at]!);
		// "Trump's call for", "Republican claims of": a noun, not a verb.
		if (!named || /['\u2019]s?$/u.test(named.text) || named.kind === 'np') return undefined;
		return named.entity;
	}
	return sentenceSubject(article, q, toks, !bySubject);
}

/**
 * `The veteran lawmaker began by talking about it, saying "…"`: a sentence that opens with "the" and
 * a noun for a person, then its verb, is about the person that epithet stands for.
 */
function epithetSubject(article: Article, p: number, toks: Token[], k: number): Entity | undefined {
	if (toks[0]?.lower !== 'the') return undefined;
	const np = nounPhrase(toks, 0);
	const next = np && toks[np.last + 1];
	if (!np || !next || np.last + 1 >= k || !next.joined || next.capital) return undefined;
	if (!L.PERSON_NOUNS.has(np.head)) return undefined;
	const who = subjectIn(article, p, toks[0]!.start, toks[np.last]!.end);
	return who && who.kind === 'person' ? who : undefined;
}

/** Words before a participle that make the clause's subject its doer: "answered by calling it". */
const BY = new Set(['by', 'after', 'before', 'while']);

/**
 * `with Reyes recently promising to "…"`: the person named right before the participle at k (an
 * adverb in between at most), not an owner ("Reyes's").
 */
function participleSubject(
	article: Article,
	p: number,
	toks: Token[],
	k: number
): Entity | undefined {
	let b = k - 1;
	if (b > 0 && /ly$/u.test(toks[b]!.lower) && !toks[b]!.capital && toks[b + 1]!.joined) b--;
	if (b < 0 || !toks[b + 1]!.joined) return undefined;
	const named = mentionEndingAt(article, p, toks[b]!.end);
	return named && named.kind === 'name' && named.entity.kind === 'person' && !OWNER.test(named.text)
		? named.entity
		: undefined;
}

/** What a person or body puts out in its own words: "issued a statement saying "…"". */
const ISSUED = new Set(
	`statement statements email emails e-mail letter letters tweet tweets video ad ads advert
	message memo note op-ed post release`.split(/\s+/u)
);
/** How many words may stand between such a thing and the participle: "a statement on Monday night". */
const ISSUED_REACH = 4;

/**
 * `issued a statement on Monday saying "…"` / `released a video condemning "…"`: the participle at
 * k follows, within a few words and no comma, a statement, an e-mail, a video… (not "a sign saying").
 */
function issuedBefore(toks: Token[], k: number): boolean {
	for (let j = k - 1; j >= 0 && j >= k - ISSUED_REACH; j--) {
		const t = toks[j]!;
		if (!toks[j + 1]!.joined) return false;
		if (ISSUED.has(t.lower))
			return j > 0 && /^(?:a|an|the|its|his|her|their)$/u.test(toks[j - 1]!.lower);
	}
	return false;
}

/**
 * `Reyes, who chairs the committee, branded the plan "…"` / `The leader, Ana Reyes, dismissed it as
 * "…"`: a framing verb right after the comma that closes an apposition frames the words of the
 * sentence's subject, a person named right before that apposition opens.
 */
function apposedSubject(article: Article, q: Quote, verb: Token): Entity | undefined {
	const p = q.paragraph;
	const sentence = q.sentences[0]!;
	const text = article.masked[p]!;
	if (!/,\s*$/u.test(text.slice(Math.max(sentence.start, verb.start - 3), verb.start)))
		return undefined;
	const subject = subjectIn(article, p, sentence.start, verb.start);
	if (!subject || subject.kind !== 'person') return undefined;
	const list = article.byParagraph.get(p) ?? [];
	const from = firstIndex(list, (m) => m.pos < sentence.start);
	const mention = list.slice(from, from + NEAR).find((m) => m.entity === subject);
	if (!mention || OWNER.test(mention.text) || !/^\s*,/u.test(text.slice(mention.end, verb.start)))
		return undefined;
	// "mocked Reyes's call for "…"": another's words, not the subject's.
	const after = tokensIn(article, p, verb.end, q.open);
	return after.length <= REACH && !after.some((_, i) => ownsWords(after, i)) ? subject : undefined;
}

/** Owners in the words before a fragment: "Reyes's call for", "his plan to", "their pledge of". */
const OWNER = /^(?:his|her|their|its)$|['\u2019]s?$/iu;
/** "he's", "it's", "that's": a pronoun and its verb, not an owner. */
const CONTRACTION = /^(?:he|she|it|that|there|here|what|who|where|how|let)['\u2019]s$/iu;

/** Nouns for what someone said or wrote, or proposes: "Reyes's call for", "his past descriptions of". */
const WORDS_NOUNS = new Set(
	`call calls claim claims pledge pledges promise promises vow vows remark remarks comment comments
	word words statement statements description descriptions label labels phrase slogan slogans term
	terms line lines quote quotes tweet tweets post posts speech speeches message messages argument
	arguments warning warnings charge charges accusation accusations suggestion suggestions
	characterization characterisation assertion assertions insistence demand demands request requests
	plea pleas proposal proposals plan plans idea ideas letter letters email emails memo ad ads book
	column op-ed report reports account accounts answer answers reply response question questions
	language rhetoric criticism attack attacks dismissal portrayal view views promise position stance
	motto mantra catchphrase refrain pitch offer threat threats boast boasts`.split(/\s+/u)
);

/**
 * `mocked Reyes's call for "…"` / `told of Reilly's past descriptions of the town as "…"`: an owner
 * at toks[i] whose noun, a few words on, is someone's words, so the fragment may be theirs. An owner
 * of something else ("credited the mayor's win to", "Reilly's staff") leaves the fragment its subject's.
 */
function ownsWords(toks: Token[], i: number): boolean {
	const t = toks[i]!;
	if (!OWNER.test(t.text) || CONTRACTION.test(t.text)) return false;
	for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
		if (!toks[j]!.joined) return false;
		if (WORDS_NOUNS.has(toks[j]!.lower)) return true;
	}
	return false;
}

/**
 * "Reyes thanked the mayor for "…"" / "Reyes worried that the plan was "…"": with no verb framing
 * it, a fragment in a sentence whose subject is a person is that person's words, unless the words
 * between them make it someone else's ("mocked Reyes's call for "…"", "his pledge to "…"").
 */
function sentenceSubject(
	article: Article,
	q: Quote,
	toks: Token[],
	short: boolean
): Entity | undefined {
	const p = q.paragraph;
	const sentence = q.sentences[0]!;
	const subject = subjectIn(article, p, sentence.start, q.open);
	if (!subject || subject.kind !== 'person') return undefined;
	const list = article.byParagraph.get(p) ?? [];
	// The subject's mention: the first of the sentence's few first mentions that is it.
	const from = firstIndex(list, (m) => m.pos < sentence.start);
	let first = -1;
	for (let k = from; k < list.length && k < from + NEAR && list[k]!.pos < q.open; k++) {
		if (list[k]!.entity === subject) {
			first = k;
			break;
		}
	}
	if (first < 0) return undefined;
	// "A friend called him "…"" (when "a friend" is no mention): an object is not the subject.
	if (/^(?:him|her|them)$/iu.test(list[first]!.text)) return undefined;
	// "The inquiry has angered Reyes and …": nor is a name after a verb.
	if (!opensClause(toks, list[first]!.pos)) return undefined;
	// Near the fragment (bounded: a 20,000-character sentence is not read once per quote).
	const after = toks.filter((t) => t.start >= list[first]!.end);
	if (after.length > REACH * 4) return undefined;
	if (short && !shortSpoken(article, q, toks, list, first)) return undefined;
	// "the ad's claim", "his pledge", "Reilly's descriptions of": another's words. "Reyes thanked her
	// staff for": an owner that stands for the subject is the subject's own.
	const own = new Set<number>();
	for (let k = first + 1; k < list.length && list[k]!.pos < q.open; k++)
		if (list[k]!.entity === subject) own.add(list[k]!.end);
	return after.some((t, i) => ownsWords(after, i) && !own.has(t.end)) ? undefined : subject;
}

/**
 * Whether the mention at pos is no object of a verb before it in its clause: no verb ("has
 * angered", "emailed", "accuses") stands between it and the sentence's start, a comma or a word that
 * opens a clause ("that", "while", "who").
 */
function opensClause(toks: Token[], pos: number): boolean {
	let i = toks.findIndex((t) => t.start >= pos);
	if (i < 0) i = toks.length;
	for (let j = i - 1; j >= 0; j--) {
		if (!toks[j + 1]?.joined && j + 1 < toks.length) return true;
		const t = toks[j]!;
		if (L.COMPLEMENTISERS.has(t.lower) || L.SUBORDINATORS.has(t.lower)) return true;
		if (t.capital) continue;
		const verb =
			L.FINITE_AUX.has(t.lower) ||
			FRAMING.has(t.lower) ||
			L.REPORTING_VERBS.has(t.lower) ||
			/[^e]ed$/u.test(t.lower);
		if (verb) return false;
	}
	return true;
}

/**
 * A few words are a scare quote unless the subject's own verb is one of speaking about something
 * ("Reyes talked up her "harbour first" plan", not "Reyes drove a "green" bus"), no one else's
 * clause stands between them, and they are not a term the sentence names ("the phrase "…"").
 */
function shortSpoken(
	article: Article,
	q: Quote,
	toks: Token[],
	list: Mention[],
	first: number
): boolean {
	const subject = list[first]!.entity;
	if (OWNER.test(list[first]!.text) && !CONTRACTION.test(list[first]!.text)) return false;
	if (TERM_NOUNS.has(toks.at(-1)?.lower ?? '')) return false;
	// The subject's last mention before the fragment: "As she spoke, Reyes bought a "…"" is Reyes's verb.
	let last = first;
	for (let k = first + 1; k < list.length && list[k]!.pos < q.open; k++) {
		// "…, and Sen. Reilly kept …": another's clause. "attacked Reilly for being a "…"": an object.
		if (list[k]!.entity !== subject) {
			if (list[k]!.entity.kind === 'person' && opensClause(toks, list[k]!.pos)) return false;
		} else if (!OWNER.test(list[k]!.text)) last = k;
	}
	return speaksAbout(toks.filter((t) => t.start >= list[last]!.end));
}

/** Nouns that name a term rather than quote anyone: "the phrase "…"", "the hashtag "…"". */
const TERM_NOUNS = new Set(
	`phrase phrases term terms word words label labels slogan slogans name names moniker nickname
	hashtag expression headline title motto catchphrase`.split(/\s+/u)
);

/** Verbs of speaking about something, beyond the framing ones: "talked about", "referred to". */
const SPEAKING_OF = new Set(
	`talked talks talking spoke speaks speaking referred refers pointed points blamed blames attacked
	attacks hailed boasted boasts pushed pushes advocated advocates advocating championed champions
	mentioned mentions invoked invokes cited cites defended defends embraced embraces rejected rejects
	pitched pitches proposed proposes floated floats unveiled unveils outlined outlines discussed
	discusses questioned challenged challenges promoted promotes railed rails hit hits knocked
	knocks`.split(/\s+/u)
);

/**
 * Whether the first verb after a subject (across an adverb or an auxiliary: "has repeatedly
 * pointed to") is one of speaking, framing or reporting.
 */
function speaksAbout(after: Token[]): boolean {
	for (const t of after.slice(0, 4)) {
		if (t.capital) return false;
		if (SPEAKING_OF.has(t.lower) || FRAMING.has(t.lower) || L.SPEECH_VERBS.has(t.lower))
			return true;
		if (!BETWEEN.has(t.lower) && !/ly$/u.test(t.lower)) return false;
	}
	return false;
}

/** How many of a sentence's first mentions may be its subject's. */
const NEAR = 4;

/** "Reyes is labeling", "Reyes was calling": a progressive before a participle. */
const PROGRESSIVE = new Set(['is', 'was', 'are', 'were', 'been', 'be']);

/** Words that may stand between a name and its verb: "Reyes also praised", "Reyes has called". */
const BETWEEN = new Set(
	`also then later again still once never just recently now first even openly publicly privately
	has had have will would`.split(/\s+/u)
);
/** "Reyes on Monday called": a day between the name and its verb. */
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/**
 * The mention that ends right before the verb at toks[k], across an adverb or an auxiliary ("Reyes
 * also praised", "Reyes has called"), a day ("who Reyes on Monday called") or the place a person is
 * from ("Ana Reyes of Eastport condemned"): at most a few words.
 */
function nameBefore(article: Article, p: number, toks: Token[], k: number): Mention | undefined {
	let b = k - 1;
	for (let n = 0; n < 4 && b >= 0 && toks[b + 1]!.joined; n++) {
		const t = toks[b]!;
		const m = mentionEndingAt(article, p, t.end);
		// "Ana Reyes of Eastport": the person before "of", not the place.
		const of = m ? tokenBefore(toks, b, m.pos) : -1;
		if (m && of > 0 && toks[of]!.lower === 'of' && toks[of + 1]!.joined && toks[of]!.joined) {
			const person = mentionEndingAt(article, p, toks[of - 1]!.end);
			if (person?.kind === 'name' && person.entity.kind === 'person') return person;
		}
		// "Cruz and Reyes have slammed": two people's words, not the last one's.
		if (m && of > 0 && /^(?:and|or|&)$/u.test(toks[of]!.lower)) return undefined;
		if (m) return m;
		if (!t.capital && (BETWEEN.has(t.lower) || /ly$/u.test(t.lower))) b--;
		else if (DAY.test(t.lower) && b > 0 && toks[b - 1]!.lower === 'on' && t.joined) b -= 2;
		else if (t.capital && b > 1 && toks[b - 1]!.lower === 'of' && t.joined && toks[b - 1]!.joined)
			b -= 2;
		else return undefined;
	}
	return undefined;
}

/** The index of the last token that starts before pos, looking back from toks[from] (-1 for none). */
function tokenBefore(toks: Token[], from: number, pos: number): number {
	let j = from;
	while (j >= 0 && toks[j]!.start >= pos) j--;
	return j;
}

/** Paragraph p's mention that ends at end. */
function mentionEndingAt(article: Article, p: number, end: number) {
	const list = article.byParagraph.get(p) ?? [];
	const m = list[firstIndex(list, (x) => x.end < end)];
	return m?.end === end ? m : undefined;
}

/** How many words may stand between two quotes of one sentence that share a speaker. */
const SIBLING_REACH = 24;

/**
 * `Reyes called it "a new low" and "a bizarre attempt to …"` / `Guns are "…" and "…," Reyes said`:
 * a quote whose speaker nothing else found shares the speaker of another quote in its sentence, the
 * one right before it or right after it, when no one else is mentioned between the two.
 */
export function siblingSpeaker(article: Article, q: Quote): Entity | undefined {
	const quotes = article.quotes[q.paragraph]!;
	const sentence = q.sentences[0];
	const last = q.sentences.at(-1);
	const before = quotes[q.order - 1];
	const after = quotes[q.order + 1];
	const candidates: [Quote | undefined, number, number][] = [
		[before?.sentences.at(-1)?.id === sentence?.id ? before : undefined, before?.end ?? 0, q.open],
		[after?.sentences[0]?.id === last?.id ? after : undefined, q.end, after?.open ?? 0]
	];
	for (const [other, from, to] of candidates) {
		const speaker = other?.speaker;
		// A fragment, not a whole quote its cue frames ("…," said Reyes, the author of "…").
		if (!other?.embedded || !speaker || to <= from || titleLike(other.text)) continue;
		// "the "anchor baby" — a play on the phrase "…"": an aside between them is about words.
		if (/[\u2014\u2013();]|\s-\s/u.test(article.masked[q.paragraph]!.slice(from, to))) continue;
		const between = tokensIn(article, q.paragraph, from, to);
		// "to his call for a "…"": another's words, or words that belong to no one here.
		if (between.length > SIBLING_REACH || between.some((_, i) => ownsWords(between, i))) continue;
		const list = article.byParagraph.get(q.paragraph) ?? [];
		let clear = true;
		for (let k = firstIndex(list, (m) => m.pos < from); k < list.length && list[k]!.pos < to; k++)
			if (list[k]!.entity !== speaker) clear = false;
		if (clear) return speaker;
	}
	return undefined;
}

/**
 * `Reyes starred in "Harbour Lights" and "The Long Winter"`: a few words, each capitalised (not shouted
 * in capitals), name a title, a film, a slogan on a hat, not anybody's words.
 */
export function titleLike(text: string): boolean {
	const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
	if (words.length === 0 || words.length > 8) return false;
	const shouted = words.every((w) => !/\p{Ll}/u.test(w));
	return !shouted && words.every((w) => /^\P{L}*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** The small words a title leaves in lower case: "Destiny and Power", "Lord of the Flies". */
const TITLE_SMALL_WORDS = new Set([
	'a',
	'an',
	'and',
	'at',
	'for',
	'in',
	'of',
	'on',
	'or',
	'the',
	'to'
]);
