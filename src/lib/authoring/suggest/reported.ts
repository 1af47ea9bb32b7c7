// Stage 6, reported speech: "X said (that) …", "…, X said." and "according to X", each with its
// source, skipping the verbs that already cue a direct quote.
import * as L from '../lexicon';
import { capitalise, epithetKey } from '../names';
import { type SentenceRange, type Token } from '../text';
import { endsWithComma, firstIndex, overlapping } from './search';
import { type Article, type Entity, type Quote, mentionAt, mentionFrom, tokensIn } from './article';
import { body } from './entities';
import { nounPhrase } from './phrases';
import { subjectBefore, subjectIn } from './subject';
import type { FoundStatement } from './types';

export interface Report {
	statement: Omit<FoundStatement, 'source'>;
	speaker: Entity | null;
	at: number;
	end: number;
	p: number;
}

/** The source after "according to": no comma, and no quote as its first word. */
const SOURCE = '([^,;:\\uFFFC][^,;:]{1,119}?)';

/**
 * "…, according to X." and the words after X that are not the report: ", who…", " - …", ", but…".
 * Without its comma only after a word: `…nuclear test," according to…` is the quote's own cue.
 */
const ACCORDING_AFTER = new RegExp(
	`(?:,\\s+|(?<=[\\p{L}\\p{N}])\\s+)(according\\s+to)\\s+${SOURCE}(?:[.!]?$|,\\s+(?:who|which|where|whose|but)\\b|\\s+(?:[\\u2014\\u2013]|--?)\\s)`,
	'u'
);

/**
 * "According to X, …" and "As reported by X, …" opening the sentence, after a colon, a bracket or
 * "But".
 */
const ACCORDING_BEFORE = new RegExp(
	`(?:^\\(?|:\\s+|^(?:But|And|Yet|Still|So),?\\s+)([Aa]ccording\\s+to|[Aa]s\\s+(?:first\\s+|previously\\s+|originally\\s+)?reported\\s+by)\\s+${SOURCE},\\s+`,
	'u'
);

/** "…, according to X, the pier…": in commas, the clause going on after them. */
const ACCORDING_MIDDLE = new RegExp(
	`,\\s+(according\\s+to)\\s+${SOURCE},\\s+(?!(?:who|which|that|where|whose|when|as)\\b)[\\p{L}\\p{N}$]`,
	'u'
);

/** A source's first words with its quotation marks dropped, up to a word that ends its name. */
function quotedSource(source: string): string[] {
	const words: string[] = [];
	for (const w of source.replace(/["\u201C\u201D\u2018\u2019]/gu, '').split(/\s+/u)) {
		if (words.length === 6 || (words.length > 0 && ACCORDING_STOP.test(w.toLowerCase()))) break;
		if (w) words.push(w);
	}
	return words;
}

/** "went according to plan": no one's account. */
const NO_SOURCE = /^(?:the\s+)?(?:plan|schedule|script|rules|law|tradition|custom)\b/iu;

/** Where the name of a source after "according to" ends: "a copy of the contract | seen by…". */
const ACCORDING_STOP =
	/^(?:who|which|that|seen|by|published|obtained|released|written|posted|in|on|at|from|with)$/u;

/**
 * After its verb, a quoted phrase the clause goes on after: `said "it makes me angry" every time`,
 * `The pier, Brooks said, "is a fine example" of…`.
 */
const QUOTE_INSIDE = /^\s*,?\s*\uFFFC+\s+\p{Ll}/u;

/**
 * Speech verbs the shared reporting list leaves out. Most also mean something else ("responded
 * with vitriol", "mentioned above"): after them, only a clause opened by "that" is a report
 * ("recalled that…", "tweeted Monday that…"); before them, the words before ", X recalled.".
 */
const MORE_REPORTING = new Set(
	`recalled recalls tweeted responded responds replied reiterated reiterates concluded concludes
	lamented emphasized emphasizes emphasised emphasises mentioned boasted asserted asserts contended
	contends testified testifies commented joked quipped cautioned hinted signaled signalled
	alleged alleges speculated countered observed remarked charged recounted recounts`.split(/\s+/u)
);

/**
 * Plurals in the present that are never nouns: "critics argue (that)…", never after "to" ("to
 * argue the case").
 */
const PLURAL_REPORTING = new Set(
	'argue insist contend assert admit deny acknowledge suggest maintain note write warn predict concede'.split(
		' '
	)
);

/** What follows "asked" or "requested" in an unnamed source's aside: "not to be named", "anonymity". */
const ANONYMITY = /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|anonymity)\b/u;
const NEGATION = /^(?:not|never|no|declined|refused|n't|cannot|didn't|wouldn't|won't)$/u;

/** Every sentence's reported speech: "according to", then each reporting verb no quote took. */
export function reported(article: Article, cueVerbs: Set<string>): Report[] {
	const found: Report[] = [];
	for (const block of article.blocks) {
		const p = block.index;
		const text = article.masked[p]!;
		for (const sentence of block.sentences) {
			const toks = tokensIn(article, p, sentence.start, sentence.end);
			let coveredTo = -1;
			const according = accordingTo(article, p, sentence);
			if (according) {
				found.push(according);
				coveredTo = according.end;
			}
			toks.forEach((t, k) => {
				if (PARTICIPLES.has(t.lower)) {
					const report = participleReport(article, p, sentence, toks, k, found, cueVerbs);
					if (report && t.start >= coveredTo) {
						coveredTo = report.end;
						found.push(report);
					}
					return;
				}
				// "Reilly's promise to build…", "her claim that…": a noun that carries its owner's report.
				if (REPORT_NOUNS.has(t.lower)) {
					const report =
						t.start >= coveredTo ? nounReport(article, p, sentence, toks, k) : undefined;
					if (report) {
						coveredTo = report.end;
						found.push(report);
					}
					return;
				}
				// "pointed out that…": a speech verb of two words.
				if (/^(?:pointed|points)$/u.test(t.lower) && toks[k + 1]?.lower === 'out') {
					// "As Brooks pointed out, the new rules…": the cue in commas, its report around it.
					const inCommas = /^\s*,/u.test(text.slice(toks[k + 1]!.end, toks[k + 1]!.end + 3));
					let report: Report | undefined;
					if (t.start < coveredTo) report = undefined;
					else if (toks[k + 2]?.lower === 'that')
						report = reportAfter(article, p, sentence, toks, k);
					else if (inCommas) report = reportAround(article, p, sentence, toks, k);
					if (report) {
						coveredTo = report.end;
						found.push(report);
					}
					return;
				}
				// "…, they note, there are…": a plural's cue in commas.
				const plural =
					PLURAL_REPORTING.has(t.lower) &&
					toks[k - 1]?.lower !== 'to' &&
					(toks[k + 1]?.lower === 'that' ||
						clauseSoon(toks, k) ||
						/^,\s/u.test(text.slice(t.end, t.end + 2)));
				const reporting =
					plural ||
					L.REPORTING_VERBS.has(t.lower) ||
					MORE_REPORTING.has(t.lower) ||
					OBJECT_REPORTS.has(t.lower);
				const describes =
					L.RULING_VERBS.has(t.lower) && !reporting && quotesSoonAfter(article, p, toks, k);
				// "called for a ban", "accused the council of": speech acts with their content after them.
				const act =
					ACCUSE.has(t.lower) ||
					(PROMISES.has(t.lower) && toks[k + 1]?.lower === 'to') ||
					(CALLS.has(t.lower) && /^(?:for|on)$/u.test(toks[k + 1]?.lower ?? ''));
				if ((!reporting && !describes && !act) || t.capital) return;
				// "the rules for…", "her claims": after a determiner, a plural noun, not a verb.
				const det = toks[k - 1];
				if (
					det &&
					/s$/u.test(t.lower) &&
					((L.DETERMINERS.has(det.lower) && det.lower !== 'that') || det.possessive)
				)
					return;
				if (t.start < coveredTo) return;
				// A verb that cued a quote reports only a clause after it: one the quote is a phrase of
				// (`said "it makes me angry" every time…`) or one after the quote it cued (`On "Harbour
				// Hour," Reilly said if…`), not "said of…" or "told CNN…". A window, not the sentence's
				// rest: one call stays linear.
				const cued = cueVerbs.has(`${p}:${t.start}`);
				const next = text.slice(t.end, Math.min(sentence.end, t.end + 300));
				// Never `"…," said Solberg, a glaciologist`: the cue after the quote needs its subject first.
				const subjectFirst = k > 0 && /^,?\s+$/u.test(text.slice(toks[k - 1]!.end, t.start));
				// "said that…", "told the Gazette that…": the clause opens right after the verb or its
				// listener.
				const opens = [1, 2, 3].some(
					(n) =>
						(n === 1 || (L.OBJECT_VERBS.has(t.lower) && toks[k + n]?.joined)) &&
						/^(?:that|if|whether)$/u.test(toks[k + n]?.lower ?? '')
				);
				// `…it "made a costly mistake," Reilly said.`: the narrated words the quote ends.
				const fragment = cued && fragmentBefore(article, p, sentence, t) !== undefined;
				if (cued && !QUOTE_INSIDE.test(next) && !(subjectFirst && opens) && !fragment) return;
				// The words just before the verb in its own clause: "…is not good enough, said X" is
				// not a negated "said".
				let from = k;
				while (from > Math.max(0, k - 3) && toks[from]!.joined) from--;
				const back = toks.slice(from, k).map((b) => b.lower);
				if (back.some((w) => NEGATION.test(w))) return;
				// "who asked not to be named": a source's condition, not something it reports.
				if (ANONYMITY.test(next)) return;
				if (back.length > 0 && /^(?:was|were|been|being|is|are|be)$/u.test(back.at(-1)!)) return;
				const after =
					hasComplement(article, p, sentence, toks, k) &&
					(!MORE_REPORTING.has(t.lower) || thatSoon(toks, k) || objectReport(toks, k));
				// "Those who…, she said, must…": a verb in commas is read as an aside first.
				const aside = /^\s*,/u.test(next) ? reportAround(article, p, sentence, toks, k) : undefined;
				if (cued && !after && !fragment && !aside) return;
				const report =
					aside ??
					(after
						? reportAfter(article, p, sentence, toks, k)
						: (reportAround(article, p, sentence, toks, k) ??
							reportBefore(article, p, sentence, toks, k, cued)));
				if (!report) return;
				coveredTo = Math.max(coveredTo, report.end);
				found.push(report);
			});
		}
	}
	return found;
}

/** Speech verbs as participles that open a clause of the sentence's speaker: ", saying that…". */
const PARTICIPLES = new Set(
	`saying adding noting arguing suggesting telling explaining recalling insisting warning claiming
	acknowledging stressing asserting predicting promising vowing urging asking declaring conceding
	complaining stating writing announcing accusing tweeting pledging alleging reiterating
	emphasizing emphasising recounting calling`.split(/\s+/u)
);

/** Participles whose report may be a noun phrase: ", announcing the appointment of…". */
const OBJECT_PARTICIPLES = new Set('announcing recalling recounting noting calling'.split(' '));

/** Participles whose report is what is promised: ", promising to campaign across the state". */
const PROMISING = new Set('promising pledging vowing'.split(' '));

/**
 * `Brooks defended the plan, saying the pier would reopen` and `"…," Reilly said, adding that…`: the
 * participle's clause, its speaker the one of the quote before it in the sentence, else the one of
 * the report before it, else the sentence's subject.
 */
function participleReport(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number,
	found: Report[],
	cueVerbs: Set<string>
): Report | undefined {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	if (cueVerbs.has(`${p}:${verb.start}`)) return undefined;
	// After a comma or a dash, after "by"/"before"… ("won the vote by saying…"), or as what someone
	// named after "with" did: "voters saying they…" is no one's speech.
	const prev = toks[k - 1];
	if (!prev) return undefined;
	// The comma may be inside the quote before: `blamed it on a “bad engine,” claiming…`.
	const gap = article.blocks[p]!.text.slice(Math.max(prev.end, verb.start - 4), verb.start);
	const afterComma =
		/[,\u2014\u2013]\s*$/u.test(text.slice(prev.end, verb.start)) ||
		/,["\u201D\u2019']\s*$/u.test(gap);
	const gerund = !afterComma && verb.joined && GERUND_AFTER.test(prev.lower);
	// "After arguing that the pier was safe, Brooks voted…": the gerund's phrase opens the sentence.
	const opening = gerund && (k === 1 || /,\s*$/u.test(text.slice(sentence.start, prev.start)));
	// "Brooks is arguing that…": the participle is the sentence's verb.
	const progressive =
		!afterComma && k >= 1 && verb.joined && /^(?:is|are|was|were)$/u.test(prev.lower);
	const withWho =
		afterComma || gerund || progressive ? undefined : namedAfterWith(article, p, toks, k);
	if (!afterComma && !gerund && !progressive && !withWho) return undefined;
	const next = toks[k + 1];
	// ", announcing the appointment of…", ", promising to campaign…": what is announced or promised.
	const object =
		next?.joined === true &&
		((OBJECT_PARTICIPLES.has(verb.lower) &&
			!L.PREPOSITIONS.has(next.lower) &&
			!L.COMPLEMENTISERS.has(next.lower)) ||
			(PROMISING.has(verb.lower) && next.lower === 'to'));
	if (!object && !hasComplement(article, p, sentence, toks, k)) return undefined;
	const quote = article.quotes[p]!.filter(
		(q) =>
			!q.embedded &&
			q.end <= verb.start &&
			q.speaker !== undefined &&
			q.sentences.some((s) => s.id === sentence.id)
	).at(-1);
	const before = found.at(-1);
	let speaker: Entity | null | undefined;
	if (withWho) speaker = withWho;
	else if (gerund || progressive) speaker = subjectIn(article, p, sentence.start, prev.start);
	else if (quote) speaker = quote.speaker;
	else if (before && before.p === p && before.at >= sentence.start) speaker = before.speaker;
	else speaker = subjectIn(article, p, sentence.start, verb.start);
	// An opening gerund's phrase ends at its comma; its speaker is the subject after it.
	const comma = opening ? text.indexOf(',', verb.end) : -1;
	const closes = comma > 0 && comma < sentence.end;
	if (opening && closes && speaker === undefined)
		speaker = subjectIn(article, p, comma + 1, sentence.end);
	// "Other advisers have urged a default, saying that…": a group with no name, still a source
	// (not "The veteran lawmaker…, saying…": an epithet another stage resolves).
	if (speaker === undefined && afterComma && !quote && groupOpens(toks)) speaker = null;
	if (speaker === undefined) return undefined;
	const end = opening && closes ? comma : reportEnd(article, p, sentence, toks, k);
	const content = article.blocks[p]!.text.slice(verb.start, end).replace(/[\s,;:.]+$/u, '');
	if (content.split(/\s+/u).length < 4) return undefined;
	return makeReport(article, p, content, verb, verb.start, end, speaker);
}

/** Words that open a group with no name: "Other advisers…", "Many of the fishermen…". */
const GROUP_OPENERS = /^(?:other|some|many|several|most|few|both|all|critics|officials|experts)$/u;

/** Whether the sentence opens with a group ("But other advisers…", "Many of…", "Analysts…"). */
function groupOpens(toks: Token[]): boolean {
	const first = /^(?:but|and|yet|still)$/u.test(toks[0]?.lower ?? '') ? toks[1] : toks[0];
	if (!first) return false;
	const plural = (t: Token | undefined) =>
		t !== undefined && /^\p{Ll}+s$/u.test(t.text) && !/(?:ss|us|is)$/u.test(t.text);
	// "The departments declined…", "The two unions…": a plural after "the" (not "The veteran
	// lawmaker", one person).
	if (first.lower === 'the') {
		const i = toks.indexOf(first);
		return plural(toks[i + 1]) || plural(toks[i + 2]);
	}
	return GROUP_OPENERS.test(first.lower) || (plural(first) && !first.capital);
}

/** Nouns that carry a report when someone owns them: "Reilly's promise to…", "her claim that…". */
const REPORT_NOUNS = new Set(
	'claim promise vow warning assertion insistence pledge contention allegation'.split(' ')
);

/** Possessive pronouns that own a report noun: "her claim that…". */
const OWNERS = new Set(['his', 'her', 'their', 'its']);

/**
 * `Brooks mocked Reilly's promise to build a pier`: the noun and the clause after it ("that…", or
 * "to…" for a promise), given to who owns it; nothing when no one does ("The claim that…").
 */
function nounReport(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number
): Report | undefined {
	const noun = toks[k]!;
	const owner = toks[k - 1];
	if (!owner || !noun.joined || (!owner.possessive && !OWNERS.has(owner.lower))) return undefined;
	// "claim that…", "claim in November that…", "promise to build…".
	let n = k + 1;
	if (toks[n]?.lower === 'in' && toks[n + 2]?.lower === 'that') n += 2;
	const link = toks[n]?.lower;
	if (!toks[n]?.joined || (link !== 'that' && link !== 'to')) return undefined;
	// The owner as named or resolved: the mention that holds the owner's word.
	const list = article.byParagraph.get(p) ?? [];
	const at = firstIndex(list, (m) => m.pos <= owner.start) - 1;
	const m = list[at];
	if (!m || m.end < owner.end - 2) return undefined;
	const end = reportEnd(article, p, sentence, toks, k);
	const content = article.blocks[p]!.text.slice(noun.start, end).replace(/[\s,;:.]+$/u, '');
	if (content.split(/\s+/u).length < 4) return undefined;
	return makeReport(article, p, content, noun, noun.start, end, m.entity);
}

/** Prepositions a participle's clause can follow as a gerund: "by saying", "before insisting". */
const GERUND_AFTER = /^(?:by|before|after|while|since)$/u;

/** "…, with Maya Brooks noting that…": the person named between "with" and the participle. */
function namedAfterWith(article: Article, p: number, toks: Token[], k: number): Entity | undefined {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	for (let w = k - 2; w >= Math.max(0, k - 6); w--) {
		if (toks[w]!.lower !== 'with') continue;
		const m = mentionFrom(article, p, toks[w + 1]!.start, verb.start);
		return m && m.kind === 'name' && /^\s+$/u.test(text.slice(m.end, verb.start))
			? m.entity
			: undefined;
	}
	return undefined;
}

/** `called the measure "painful but necessary"`: a partial quote within a few words of the verb. */
function quotesSoonAfter(article: Article, p: number, toks: Token[], k: number): boolean {
	const verb = toks[k]!;
	const limit = toks[Math.min(toks.length - 1, k + 4)]!.end + 2;
	const quotes = article.quotes[p]!;
	const next = quotes[firstIndex(quotes, (q) => q.open <= verb.end)];
	return next !== undefined && next.open <= limit;
}

/**
 * Whether a body's report quotes a person its clause names before the quote: "Her office said she
 * would "respect…"" may be her words, not the office's. A person quoting another ("Reilly said Brooks
 * was "a disaster"") quotes their own words.
 */
export function aboutSomeoneElse(article: Article, report: Report, q: Quote): boolean {
	if (report.speaker?.kind !== 'body') return false;
	const subject = (article.byParagraph.get(q.paragraph) ?? []).find(
		(m) => m.pos > report.at && m.end <= q.open && m.entity.kind === 'person'
	);
	if (!subject || !report.speaker) return false;
	// "The Brooks campaign said she would "…"": a campaign speaks for its candidate in its own words
	// (her office's report of her words stays reported).
	const campaign = /\b(?:campaign|camp)$/iu.test(report.speaker.label);
	return (
		subject.entity !== report.speaker && !(campaign && subject.entity === report.speaker.owner)
	);
}

/**
 * `…recommended doses, according to the county's public health department.` and
 * `According to the police, the man was arrested…`: the report and who it is from.
 */
/** A document and its maker after "according to": "an analysis by", "a recent report from". */
const MADE_BY =
	/^(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:analys[ie]s|reports?|study|studies|surveys?|polls?|reviews?|posts?|statements?|letters?|memos?|tweets?|estimates?|calculations|counts?|tally|filings?|declarations?|data|figures|records)\s+(?:by|from)\s+/u;

function accordingTo(article: Article, p: number, sentence: SentenceRange): Report | undefined {
	const text = article.masked[p]!;
	const inSentence = text.slice(sentence.start, sentence.end);
	let source: [number, number];
	let content: [number, number];
	let cue: string;
	// "…, according to X.", also "…, according to X, who…", "… according to X - …" and without the
	// comma: "…by 271 delegates according to a count by the AP, but…".
	const after = ACCORDING_AFTER.exec(inSentence);
	// "According to X, …", also after a colon, "But" or a bracket: "But according to X, …".
	const before = ACCORDING_BEFORE.exec(inSentence);
	// "Since the storm, according to X, the pier…": the source in commas, the sentence its report.
	// Not "…, according to public filings, which…": that is the words before it.
	const middle = ACCORDING_MIDDLE.exec(inSentence);
	if (after) {
		const from = sentence.start + after.index + after[0].indexOf(after[2]!);
		source = [from, from + after[2]!.length];
		content = [sentence.start, sentence.start + after.index];
		cue = after[1]!;
	} else if (before) {
		const from = sentence.start + before.index + before[0].indexOf(before[2]!);
		source = [from, from + before[2]!.length];
		content = [sentence.start + before.index + before[0].length, sentence.end];
		cue = before[1]!;
	} else if (middle) {
		const from = sentence.start + middle.index + middle[0].indexOf(middle[2]!);
		source = [from, from + middle[2]!.length];
		content = [sentence.start, sentence.end];
		cue = middle[1]!;
	} else return undefined;
	const [from, to] = source;
	if (NO_SOURCE.test(text.slice(from, to))) return undefined;
	// "according to the Rev. Ada Nwosu", "according to Sen. Brooks": the name after its title.
	const named = mentionFrom(article, p, from, to);
	const titled =
		named && /^(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,2}$/u.test(text.slice(from, named.pos))
			? named
			: undefined;
	const atStart = mentionAt(article, p, from) ?? titled;
	// "according to an analysis by the Harbour Policy Institute", "a post from Maya Brooks": who made
	// the document, when the text names them right after "by" or "from".
	const maker = MADE_BY.exec(text.slice(from, to));
	const makerMention =
		maker && !atStart ? mentionFrom(article, p, from + maker[0].length, to) : undefined;
	const made =
		makerMention && /^(?:the\s+)?$/iu.test(text.slice(from + maker![0].length, makerMention.pos))
			? makerMention
			: undefined;
	let speaker: Entity | undefined = (atStart ?? made)?.entity;
	if (!speaker) {
		// "according to a copy of the contract seen by…": the source is what the phrase names.
		const words: string[] = [];
		for (const t of tokensIn(article, p, from, to)) {
			if (words.length > 0 && (!t.joined || ACCORDING_STOP.test(t.lower))) break;
			words.push(t.text);
			if (words.length === 6) break;
		}
		// `according to the "Harbour Plan" document`: the quoted title is part of the source's name.
		if (words.length === 1 && L.DETERMINERS.has(words[0]!.toLowerCase()))
			words.splice(0, 1, ...quotedSource(article.blocks[p]!.text.slice(from, to)));
		if (words.length === 0) return undefined;
		const label = capitalise(words.join(' '));
		speaker = body(article, label, epithetKey(label));
	}
	const said = article.blocks[p]!.text.slice(content[0], content[1])
		// "(According to the police, the pier…)": the bracket closes the sentence, not the report.
		.replace(/^([^()]*)\)[.!]?$/u, '$1')
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
function reportAfter(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number
): Report | undefined {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	const before = toks[k - 1];
	let speaker: Entity | null | undefined;
	// "Whitfield, she said, was …": a cue in commas.
	const aside = before && mentionAt(article, p, before.start);
	if (aside && endsWithComma(text, sentence.start, before.start) && text[verb.end] === ',') {
		speaker = aside.entity;
	} else if (before && article.unresolved.has(`${p}:${before.start}`)) speaker = null;
	else
		speaker =
			subjectBefore(article, p, sentence.start, verb.start) ??
			subjectIn(article, p, sentence.start, verb.start);
	// "Sixty percent said they…", "Some advocates said…": a report whose source has no name.
	const unnamed = speaker === undefined;
	// "Harbour workers argue that…", "officials noted that…": a clause after "that" is a report
	// whoever its source is (a verb in the past or a plural, not "states that" or "reports that").
	const byThat =
		PLURAL_REPORTING.has(verb.lower) || (toks[k + 1]?.lower === 'that' && /ed$/u.test(verb.lower));
	if (
		unnamed &&
		!SAY.has(verb.lower) &&
		!/^(?:told|tells)$/u.test(verb.lower) &&
		!byThat &&
		// "Readers asked questions about…" asks, it does not report.
		!(!/^ask/u.test(verb.lower) && groupBefore(article, p, sentence, toks, k))
	)
		return undefined;
	const end = reportEnd(article, p, sentence, toks, k);
	const content = article.blocks[p]!.text.slice(verb.start, end).replace(/[\s,;:.]+$/u, '');
	if (content.split(/\s+/u).length < (unnamed ? 5 : 3)) return undefined;
	return makeReport(article, p, content, verb, verb.start, end, speaker ?? null);
}

/** `…for most of Monday, the company that runs the network said.`: the words before the cue. */
function reportBefore(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number,
	cued = false
): Report | undefined {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	// After the verb: a time ("said on Friday"), a name and its title ("said Tom Reilly, the…"), or
	// another clause after a semicolon ("…, she said; the ferry…").
	// A dash or a semicolon ends what is said of the cue: "…, the office reported on Tuesday -- a
	// development that…".
	const closed = CLAUSE_BREAK.exec(text.slice(verb.end, sentence.end));
	const tail = closed ? verb.end + closed.index : sentence.end;
	let after = 0;
	while (toks[k + 1 + after] && toks[k + 1 + after]!.start < tail) after++;
	// "…, said Tom Reilly, a senior engineer at…": a name right after the verb may have a long title.
	// "…, said former harbour master Tom Reilly, who…": what the person is, then the name.
	const inverted =
		/,\s*$/u.test(text.slice(sentence.start, verb.start)) &&
		(toks[k + 1]?.capital === true ||
			toks[k + 1]?.lower === 'the' ||
			namedToTheEnd(article, p, toks, k) !== undefined);
	if (after > (inverted ? 30 : 12)) return undefined;
	// A quote in the words before the cue is theirs, unless it is a quoted phrase ending them: then
	// the words run to the quote's end (its comma is inside it).
	const before = fragmentBefore(article, p, sentence, verb);
	if (cued && !before) return undefined;
	// A quoted phrase no cue took ends the words when its comma is inside it: `a “burn bag,” the…`.
	const inside = before ? article.blocks[p]!.text.slice(before.close! - 2, before.close!) : '';
	const fragment = cued || /,\s*$/u.test(inside) ? before : undefined;
	// The comma before the verb, looked for in this sentence only.
	let comma = verb.start;
	if (fragment) comma = fragment.close! + 1;
	else while (comma > sentence.start && text[comma] !== ',') comma--;
	if (comma <= sentence.start) return undefined;
	// A quote no cue took ("the new "Harbour Days" fair") may stand in narrated words of their own.
	if (!cued && /\uFFFC/u.test(text.slice(sentence.start, comma)))
		if (!SAID_BEFORE.test(verb.lower) || wordsFrom(text, sentence.start, comma, 4) < 4)
			return undefined;
	const region = tokensIn(article, p, comma + 1, verb.start);
	// "…, said Sen. Maya Brooks." / "…, said the Rev. Ada Nwosu.": the name after the verb.
	if (region.length === 0) {
		// "…, said several residents.": a group with no name, still a source.
		const named = namedToTheEnd(article, p, toks, k);
		const speaker = named ?? (SAY.has(verb.lower) ? groupToTheEnd(toks, k) : undefined);
		if (speaker === undefined) return undefined;
		const content = article.blocks[p]!.text.slice(sentence.start, comma).trim();
		if (content.split(/\s+/u).length < 4) return undefined;
		return makeReport(article, p, content, verb, sentence.start, comma, speaker);
	}
	// "…, Comey has said.": the auxiliary of the cue's verb is no part of its subject.
	const subject = /^(?:has|have|had)$/u.test(region.at(-1)!.lower) ? region.slice(0, -1) : region;
	if (
		subject.length === 0 ||
		subject.length > 7 ||
		// "…, Brooks said in a video message to supporters.": where it was said may run on.
		(after > 4 && !whereSaid(toks, k)) ||
		subject.some((t) => L.FINITE_AUX.has(t.lower) && t.lower !== 'runs')
	)
		return undefined;
	let speaker = subjectIn(article, p, comma + 1, verb.start);
	if (speaker === undefined)
		speaker = describedBody(
			article,
			toks,
			toks.findIndex((t) => t.start === region[0]!.start)
		);
	// "…, analysts say.", "…, the groups said.": a group named by a plural noun, with no name.
	if (
		speaker === undefined &&
		pluralGroup(region) &&
		(SAY.has(verb.lower) || PLURAL_REPORTING.has(verb.lower))
	)
		speaker = null;
	if (speaker === undefined) return undefined;
	const content = article.blocks[p]!.text.slice(sentence.start, comma).trim();
	if (content.split(/\s+/u).length < 4) return undefined;
	return makeReport(article, p, content, verb, sentence.start, comma, speaker);
}

/**
 * `The pier, Maya Brooks said, would reopen on Monday.`: a cue set in commas inside its report; the
 * whole sentence is the report.
 */
function reportAround(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number
): Report | undefined {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	if (L.RULING_VERBS.has(verb.lower)) return undefined;
	// "…, Reilly told the Gazette, the shop…": who was told is part of the cue.
	let last = k;
	// "As Brooks pointed out, …": a verb of two words.
	if (/^(?:pointed|points)$/u.test(verb.lower) && toks[k + 1]?.lower === 'out') last = k + 1;
	else if (L.OBJECT_VERBS.has(verb.lower))
		while (
			last < k + 3 &&
			toks[last + 1]?.joined &&
			!/^\s*,/u.test(text.slice(toks[last]!.end, toks[last]!.end + 3))
		)
			last++;
	if (!/^,\s*[\p{L}\uFFFC]/u.test(text.slice(toks[last]!.end, toks[last]!.end + 20)))
		return undefined;
	// The comma that opens the aside, at most six words before the verb; or "As X reported, …" and
	// "But as X noted, …" opening the sentence.
	let i = k - 1;
	while (i >= 0 && k - i <= 6 && !endsWithComma(text, sentence.start, toks[i]!.start)) i--;
	const as = toks[0]?.lower === 'as' ? 0 : toks[1]?.lower === 'as' && k > 1 ? 1 : -1;
	const opening = as >= 0 && (as === 0 || /^(?:but|and|yet|so)$/u.test(toks[0]!.lower));
	if (opening && k - as <= 7) i = as + 1;
	else if (i < 1 || k - i > 6) return undefined;
	// ", as the Gazette reported, …": the "as" is no part of the source.
	if (toks[i]?.lower === 'as' && i + 1 < k) i++;
	const region = toks.slice(i, k);
	// "…, officials in both towns insist, …": a preposition may follow the source's noun, not open it.
	if (region.some((t, n) => L.FINITE_AUX.has(t.lower) || (n === 0 && L.PREPOSITIONS.has(t.lower))))
		return undefined;
	const placed = region.findIndex((t) => L.PREPOSITIONS.has(t.lower) || t.lower === 'of');
	// "…, she said, …": the pronoun as resolved, else the clause's subject.
	const one = region.length === 1 ? mentionAt(article, p, region[0]!.start) : undefined;
	let speaker = one ? one.entity : subjectIn(article, p, region[0]!.start, verb.start);
	// "…, analysts said, …", "…, they say, …": a source with no name, still a report.
	// "…, they note, …": a plural or a pronoun nobody fits, the same.
	const anyone =
		SAY.has(verb.lower) ||
		PLURAL_REPORTING.has(verb.lower) ||
		(region.length === 1 && SUBJECTS.has(region[0]!.lower));
	// "…, a wide range of economists say, …": a group named by a plural noun, however described.
	const group =
		region.length <= 6 && /^\p{Ll}+s$/u.test(region.at(-1)!.text) && !region.at(-1)!.possessive;
	if (speaker === undefined && anyone && (region.length <= 4 || group)) speaker = null;
	if (speaker === undefined) return undefined;
	// A place or a part after the source's noun is said of someone with no name only.
	if (placed > 0 && speaker !== null && !group) return undefined;
	// Where the report ends, read from the word after the cue's comma.
	const end = toks[last + 1] ? reportEnd(article, p, sentence, toks, last + 1, true) : sentence.end;
	if (wordsFrom(article.blocks[p]!.text, toks[last]!.end, end, 3) < 3) return undefined;
	// "(As the Gazette reported, …)": a sentence in brackets, the report inside them.
	const content = article.blocks[p]!.text.slice(sentence.start, end)
		.replace(/^\(([^()]*)\)[.!]?$/u, '$1')
		.replace(/[\s,;:.]+$/u, '');
	return makeReport(article, p, content, verb, sentence.start, end, speaker);
}

/**
 * `The council tried…, and in doing so it "made a costly mistake," Reilly said.`: the quote the
 * verb cued is a phrase ending the narrated words before it (four words or more before the quote,
 * and none after it), so those words are a report too.
 */
function fragmentBefore(
	article: Article,
	p: number,
	sentence: SentenceRange,
	verb: Token
): Quote | undefined {
	const quotes = article.quotes[p]!;
	const i = firstIndex(quotes, (q) => q.open < verb.start) - 1;
	const q = quotes[i];
	if (!q || q.close === null || q.open < sentence.start) return undefined;
	return wordsFrom(article.blocks[p]!.text, sentence.start, q.open, 4) >= 4 ? q : undefined;
}

/** "said in a video message…", "said at the meeting…": where it was said, not what. */
function whereSaid(toks: Token[], k: number): boolean {
	let i = k + 1;
	// "told the court in his filing": who was told first.
	if (L.OBJECT_VERBS.has(toks[k]!.lower)) {
		const to = i + 3;
		while (i < to && toks[i]?.joined && !/^(?:in|on|at|during)$/u.test(toks[i]!.lower)) i++;
		if (i === to) i = k + 1;
	}
	// "said Wednesday morning on Harbour Radio", "said this week at…": when, then where.
	const from = i;
	while (
		i <= from + 1 &&
		(WHEN.test(toks[i]?.lower ?? '') || WHEN_BEFORE.test(toks[i]?.lower ?? ''))
	)
		i++;
	const where = toks[i]?.lower ?? '';
	if (!/^(?:in|on|at|during)$/u.test(where)) return false;
	// "said on Thursday, two days after…": a day, then what else happened.
	const next = toks[i + 1]?.lower ?? '';
	return (i > from || WHEN.test(next) || L.DETERMINERS.has(next)) && next !== 'that';
}

/** Words between a clause's subject and its verb: "have long insisted", "had also warned". */
const BETWEEN = /^(?:have|has|had|also|long|repeatedly|publicly|already|often|now|since)$/u;

/**
 * "Local traders warned the fees…", "Republican lawmakers have vowed to…": the verb's subject is a
 * group named by a plural noun, the clause's first words.
 */
function groupBefore(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number
): boolean {
	const text = article.masked[p]!;
	let i = k - 1;
	while (i >= 0 && toks[i + 1]!.joined && BETWEEN.test(toks[i]!.lower)) i--;
	let from = i;
	while (from > 0 && toks[from]!.joined && i - from < 5) from--;
	if (from > 0 && !endsWithComma(text, sentence.start, toks[from]!.start)) return false;
	const region = toks.slice(from, i + 1);
	return region.length > 0 && region.length <= 4 && pluralGroup(region);
}

/**
 * A few words that end in a plural noun and open with no preposition: "analysts", "the groups",
 * "some party officials". Not "his friends'" (an owner).
 */
function pluralGroup(region: Token[]): boolean {
	const last = region.at(-1);
	return (
		last !== undefined &&
		region.length <= 4 &&
		/^\p{Ll}+s$/u.test(last.text) &&
		!/ss$/u.test(last.text) &&
		!L.PREPOSITIONS.has(region[0]!.lower) &&
		region.every((t, n) => (n === 0 || t.joined) && !L.FINITE_AUX.has(t.lower))
	);
}

/** "said several residents", "said some analysts": a group named by a plural noun, to the end. */
function groupToTheEnd(toks: Token[], k: number): null | undefined {
	const rest = toks.length - k - 1;
	if (rest < 2 || rest > 4) return undefined;
	const first = toks[k + 1]!.lower;
	const last = toks[toks.length - 1]!;
	const plural = /^\p{Ll}+s$/u.test(last.text) && !last.possessive;
	return plural && /^(?:several|some|many|other|two|three|four|five|most|both)$/u.test(first)
		? null
		: undefined;
}

/**
 * The person or body named from after the verb at toks[k] to the sentence's end, titles and all,
 * and what they are before the name: "…, said Democratic strategist Maya Brooks."
 */
function namedToTheEnd(article: Article, p: number, toks: Token[], k: number): Entity | undefined {
	const last = toks[toks.length - 1];
	let i = k + 1;
	if (toks[i]?.lower === 'the' && L.TITLES.has(toks[i + 1]?.bare.toLowerCase() ?? '')) i++;
	const from = toks[i];
	if (!from || !last) return undefined;
	const m = mentionFrom(
		article,
		p,
		toks[k]!.end,
		toks[Math.min(i + DESCRIBED, toks.length - 1)]!.end
	);
	if (!m || m.kind !== 'name') return undefined;
	// The words before the name say what the person is: no clause, phrase or pause among them.
	const described = toks.slice(k + 1).filter((t) => t.end <= m.pos);
	if (
		described.length > DESCRIBED ||
		described.some(
			(t) =>
				!t.joined ||
				L.PREPOSITIONS.has(t.lower) ||
				L.NP_BREAKERS.has(t.lower) ||
				L.FINITE_AUX.has(t.lower) ||
				(L.DETERMINERS.has(t.lower) && t !== described[0])
		)
	)
		return undefined;
	// "…, said Tom Reilly, the harbour master.": a title in apposition ends the sentence.
	const apposed = m.end < last.end && /^,\s/u.test(article.masked[p]!.slice(m.end, m.end + 2));
	return m.end === last.end || apposed ? m.entity : undefined;
}

/** How many words may say what a person is between "said" and the name: "said harbour strategist". */
const DESCRIBED = 3;

/** "the company that runs the network": a body named by what it is. */
function describedBody(article: Article, toks: Token[], i: number): Entity | undefined {
	const t = toks[i];
	if (!t || !L.DETERMINERS.has(t.lower)) return undefined;
	const np = nounPhrase(toks, i);
	if (!np || !L.BODY_NOUNS.has(np.head)) return undefined;
	const text = `${t.lower} ${toks
		.slice(i + 1, np.last + 1)
		.map((x) => x.bare)
		.join(' ')}`;
	return body(article, capitalise(text), epithetKey(text));
}

/** A report of these words, its cue the verb, over the sentences it overlaps. */
function makeReport(
	article: Article,
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
			sentences: overlapping(article.blocks[p]!.sentences, start, end).map((s) => s.id)
		},
		speaker,
		at: start,
		end,
		p
	};
}

/** Verbs in the past that do not end in -ed: "suggested Brooks went too far". */
const IRREGULAR_PAST = new Set(
	`went came took gave made got knew thought felt kept lost won ran saw found held brought began
	became fell sold paid met led left spent sent built stood understood chose broke spoke wrote
	drove rose grew threw drew forgot hid sought taught bought fought caught meant`.split(/\s+/u)
);

/** Pronouns that can only be a clause's subject: after "said", they open the report. */
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A subject pronoun, its auxiliary run in or not: "he", "he’d", "they'll". */
const isSubject = (w: string): boolean =>
	SUBJECTS.has(w) || /^(?:he|she|they|we|i)['’](?:d|ll|s|re|ve|m)$/u.test(w);

/** A verb with its auxiliary or negation run in: "didn't", "won’t", "he'll". */
const CONTRACTED = /^\p{L}+(?:n['’]t|['’](?:ll|re|ve|d))$/u;

/** Who is told, in one word: "told reporters this was…", "told him it would…". */
const LISTENERS = new Set('reporters journalists me him her us them'.split(' '));

/** "vowed to reopen": the promise is the report. */
const PROMISES = new Set('vowed vows pledged pledges promised promises'.split(' '));

/** "agreed to pay back the grant": the agreement is the report. */
const AGREED = new Set(['agreed', 'agrees']);

/**
 * Verbs whose report may be a noun phrase: "announced a series of new steps", "tweeted a photograph
 * of…", "posted his thoughts on…", "reported spending $2 million", "reiterated her support for…".
 */
const OBJECT_REPORTS = new Set(
	`announced announces reported reports tweeted tweets posted posts recalled recalls acknowledged
	acknowledges stated reiterated reiterates stressed stresses emphasized emphasizes emphasised
	emphasises mentioned mentions recounted recounts`.split(/\s+/u)
);

/** Verbs whose report may be a gerund: "reported spending…", "acknowledged urging…". */
const GERUND_REPORTS = /^(?:report|recall|acknowledg)/u;

/** Whether the verb at toks[k] reports the noun phrase after it (not "a reported $2 million"). */
function objectReport(toks: Token[], k: number): boolean {
	const verb = toks[k]!;
	const next = toks[k + 1];
	const prev = toks[k - 1];
	if (!OBJECT_REPORTS.has(verb.lower) || !next?.joined) return false;
	if (prev && L.DETERMINERS.has(prev.lower)) return false;
	// "reported a few days later": when, not what.
	if (toks.slice(k + 1, k + 5).some((t) => WHEN.test(t.lower) || LATER.test(t.lower))) return false;
	const noun = L.DETERMINERS.has(next.lower) && next.lower !== 'that';
	// "recalled Brooks's kindness", "acknowledged Mr. Reilly's…": a name's thing.
	const owned = toks.slice(k + 1, k + 4).some((t, n) => t.possessive && (n === 0 || t.capital));
	// "reported spending…", "reported 906 attacks": a gerund or a number after "reported".
	const counted =
		GERUND_REPORTS.test(verb.lower) &&
		(/^\p{Ll}+ing$/u.test(next.text) || (/^report/u.test(verb.lower) && /^\p{N}/u.test(next.text)));
	return noun || owned || counted;
}

/** Words that make a noun phrase a time: "a few days later", "two weeks ago". */
const LATER = /^(?:days|weeks|months|years|hours|later|ago|earlier)$/u;

/** "accused the council of neglect": the charge is the report. */
const ACCUSE = new Set(['accused', 'accuses', 'accusing']);

/** "called for a ban", "calls on the council to": a demand. */
const CALLS = new Set(['called', 'calls']);

/** Verbs that close narrated words holding a quoted phrase: "…a “burn bag,” the Gazette reported." */
const SAID_BEFORE =
	/^(?:said|says|reported|reports|wrote|writes|added|adds|explained|explains|noted|notes|recalled|recalls|told|tells)$/u;

/** The verb "say": what follows it is what was said. */
const SAY = new Set(['say', 'says', 'said']);

/** What one says that is no report: "said goodbye", "says nothing". */
const SAID_THINGS = new Set(
	'goodbye hello grace thanks sorry nothing little much so yes no something anything a an'.split(
		' '
	)
);

/** "said Wednesday he…": a day is when, not who. */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** A dash or a semicolon that closes a clause: "…, she said; the ferry…", "… -- a development". */
const CLAUSE_BREAK = /;|\s(?:[\u2014\u2013]|--)\s/u;

/** A time first: "on Thursday", "Tuesday", "this week" (not "called on the council to…"). */
const whenFirst = (toks: Token[], i: number): boolean => {
	const t = toks[i]?.lower ?? '';
	const next = toks[i + 1]?.lower ?? '';
	return (
		WHEN.test(t) ||
		(WHEN_BEFORE.test(t) && WHEN.test(next)) ||
		(/^(?:on|in|at|during)$/u.test(t) && WHEN.test(next))
	);
};

/** Words before a time: "this week", "last month", "earlier this year". */
const WHEN_BEFORE = /^(?:this|last|earlier|early|late|later)$/u;

/** When a report was made: "said on Friday", "said last week". */
const WHEN =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night|month|year|morning|evening)$/u;

/**
 * Whether the reporting verb at toks[k] has its report after it ("said that…", "told the meeting
 * it…"), not before.
 */
function hasComplement(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number
): boolean {
	const text = article.masked[p]!;
	const verb = toks[k]!;
	// "declared the vote void": the ruling after it; not "declared on Thursday, two days after…".
	if (L.RULING_VERBS.has(verb.lower) && !whenFirst(toks, k + 1))
		return toks[k + 1] !== undefined && toks[k + 1]!.joined;
	let j = k + 1;
	// "said — on the radio, as it happens — that…", "said, through a translator, that…".
	if (asideBeforeThat(text, verb.end) > 0) return true;
	// "…, Brooks recalled, asked her…": a verb in commas has its report around it, not after it.
	if (!SAY.has(verb.lower) && /^\s*,/u.test(text.slice(verb.end, verb.end + 3))) return false;
	// "…, she said; the ferry…": a semicolon or a dash closes the cue, nothing after it is reported.
	if (/^\s*[;\u2014\u2013]/u.test(text.slice(verb.end, verb.end + 3))) return false;
	// "told the meeting that", "asked the Finn if", "urged the council to", "accused them of"
	const accuses = ACCUSE.has(verb.lower);
	if (L.OBJECT_VERBS.has(verb.lower) || accuses) {
		// "warned the council against raising…": a warning's content after "against".
		const link = accuses
			? 'of'
			: /^warn/u.test(verb.lower) && toks.slice(j, j + 4).some((t) => t.lower === 'against')
				? 'against'
				: 'to';
		let n = 0;
		// "accused harbour board chairman Tom Reilly of…": a charge's object may be a long name.
		const reach = accuses ? 7 : 4;
		while (
			toks[j] &&
			n < reach &&
			!L.COMPLEMENTISERS.has(toks[j]!.lower) &&
			toks[j]!.lower !== link
		) {
			// "told reporters he thought…": the clause's subject after the one told.
			// Not "told his advisers as he worked…": a subordinate clause's subject.
			if (
				n > 0 &&
				!accuses &&
				isSubject(toks[j]!.lower) &&
				toks[j]!.joined &&
				!L.SUBORDINATORS.has(toks[j - 1]!.lower)
			)
				return true;
			// "warned the new fees would…": no one told, a clause's auxiliary after its subject.
			if (n > 1 && !accuses && L.FINITE_AUX.has(toks[j]!.lower) && toks[j]!.joined) return true;
			j++;
			n++;
		}
		// "asked not to be named" asks for nothing to be reported.
		if (j > k + 1 && toks[j]?.lower === link && toks[k + 1]!.lower !== 'not') return true;
		// "told reporters this was…": after a listener named in one word, the clause.
		if (LISTENERS.has(toks[k + 1]?.lower ?? '')) j = k + 2;
		if (accuses) return false;
	}
	// "vowed to reopen the pier": a promise's content is what it promises to do.
	if (PROMISES.has(verb.lower) && toks[j]?.lower === 'to' && toks[j]!.joined) return true;
	// "agreed to pay back the grant": what is agreed to.
	if (AGREED.has(verb.lower) && toks[j]?.lower === 'to' && toks[j]!.joined) return true;
	if (objectReport(toks, k)) return true;
	// "said on Friday she would…": a short time phrase, then the clause's subject.
	if (toks[j] && /^(?:on|last|this|late|early|in)$/u.test(toks[j]!.lower)) {
		const w = toks[j + 1]?.lower ?? '';
		const s = toks[j + 2]?.lower ?? '';
		if (WHEN.test(w) && SUBJECTS.has(s)) return true;
	}
	// "said Wednesday he…", "said Wednesday morning she…": a time, then the clause's subject.
	if (toks[j] && WHEN.test(toks[j]!.lower)) {
		const s = WHEN.test(toks[j + 1]?.lower ?? '') ? j + 2 : j + 1;
		if (toks[s]?.joined && isSubject(toks[s]!.lower)) return true;
	}
	// "said she plans…": a subject pronoun opens the clause a speech verb reports.
	if (toks[j] && SUBJECTS.has(toks[j]!.lower) && toks[j]!.joined) return true;
	// "says the new rules … are too strict", "says it's …": after "say", a word that is neither a
	// preposition nor one of the few things one says ("said goodbye") opens the report.
	const next = toks[j];
	// `said "it makes me angry" every time…`: a quoted phrase right after the verb opens the report.
	const quoteFirst =
		next !== undefined && /^\s*\uFFFC+\s+$/u.test(text.slice(verb.end, next.start));
	// After a comma or a quote, "…, said David Lee, an analyst" names who spoke: no report follows.
	const inverted =
		k > 0 && /[,\uFFFC\u2014\u2013]\s*$/u.test(text.slice(toks[k - 1]!.end, verb.start));
	// "…, said harbour strategist Maya Brooks.": what the speaker is, then the name, and nothing after.
	if (inverted && namedToTheEnd(article, p, toks, k) !== undefined) return false;
	if (
		SAY.has(verb.lower) &&
		// "said Wednesday morning on Harbour Radio", "said this week at…": a time first, then a clause
		// or nothing.
		!WHEN.test(next?.lower ?? '') &&
		!(WHEN_BEFORE.test(next?.lower ?? '') && WHEN.test(toks[j + 1]?.lower ?? '')) &&
		!(
			inverted &&
			((next?.capital && !WEEKDAY.test(next.lower)) ||
				next?.lower === 'former' ||
				// "…, said the Rev. Ada Nwosu", "…, said the Harbour Trust": a title or a name.
				(next?.lower === 'the' && toks[j + 1]?.capital))
		) &&
		j === k + 1 &&
		(next?.joined || quoteFirst) &&
		!L.PREPOSITIONS.has(next!.lower) &&
		!SAID_THINGS.has(next!.lower) &&
		// The words of a quoted phrase count: `said the mayor's "mind is shot."`.
		wordsFrom(article.blocks[p]!.text, verb.end, sentence.end, 4) >= 4
	)
		return true;
	// "said in a statement read to the court that…": after a preposition, only "that" will do.
	const prepositional = toks[j] !== undefined && L.PREPOSITIONS.has(toks[j]!.lower);
	// "told the story of a man she met": not after a verb whose listener comes first.
	const irregular = (w: string) => IRREGULAR_PAST.has(w) && !L.OBJECT_VERBS.has(verb.lower);
	// Up to thirteen words: a clause's subject may be long ("argued the council's plan to sell the
	// old harbour buildings to a developer would…").
	for (let n = 0; toks[j] && n < 13; n++, j++) {
		const w = toks[j]!.lower;
		if (L.COMPLEMENTISERS.has(w) && (n === 0 || prepositional || w === 'that')) return true;
		// "told his advisers as he worked…": a subordinate clause, not the report.
		if (n > 0 && L.SUBORDINATORS.has(w) && !L.COMPLEMENTISERS.has(w)) return false;
		// "reported on Tuesday -- a development that…": past a dash, another clause.
		if (CLAUSE_BREAK.test(text.slice(toks[j]!.end, toks[j + 1]?.start ?? toks[j]!.end)))
			return false;
		// "says despite the storm, she plans…": the clause after the fronted phrase.
		if (
			prepositional &&
			n > 0 &&
			SUBJECTS.has(w) &&
			/,\s*$/u.test(text.slice(toks[j - 1]!.end, toks[j]!.start))
		)
			return true;
		// "said in an interview he would…": a short phrase of where, then the clause's subject.
		if (
			prepositional &&
			n > 1 &&
			n <= 6 &&
			SUBJECTS.has(w) &&
			toks[j]!.joined &&
			!L.PREPOSITIONS.has(toks[j - 1]!.lower)
		)
			return true;
		if (prepositional) continue;
		if (
			n > 0 &&
			(L.FINITE_AUX.has(w) ||
				/ed$/u.test(w) ||
				CONTRACTED.test(w) ||
				irregular(w) ||
				presentVerb(toks, j))
		)
			return true;
		// A clause goes on over a quoted phrase ("was "deeply remorseful" and had…"), not over a comma.
		const gap = text.slice(toks[j]!.end, toks[j + 1]?.start ?? toks[j]!.end);
		if (n > 0 && !/^[\s\uFFFC]*$/u.test(gap) && !/^\uFFFC/u.test(gap.trim())) return false;
	}
	return false;
}

/**
 * "insist the pier is safe": a clause right after the verb, its verb an auxiliary within five words
 * and no relative word before it (not "deny responsibility that a board would…").
 */
function clauseSoon(toks: Token[], k: number): boolean {
	for (let i = k + 1; i <= k + 5 && toks[i]; i++) {
		const w = toks[i]!.lower;
		if (!toks[i]!.joined || /^(?:that|which|who|to)$/u.test(w)) return false;
		if (i > k + 1 && (L.FINITE_AUX.has(w) || CONTRACTED.test(w))) return true;
		if (i === k + 1 && SUBJECTS.has(w)) return true;
		// "argue the council ignored…": a verb in the past after its subject's noun (not "argue the
		// proposed plan", where the word before is a determiner).
		const prev = toks[i - 1]!.lower;
		if (i > k + 2 && /ed$/u.test(w) && !L.DETERMINERS.has(prev) && !L.PREPOSITIONS.has(prev))
			return true;
		if (i > k + 2 && presentVerb(toks, i)) return true;
	}
	return false;
}

/** What a verb in the present does to: "makes him", "gives the board", "costs too much". */
const PRESENT_OBJECT = /^(?:him|them|it|us|me|too|more|less|no|nothing|little|much)$/u;

/**
 * "the plan makes him…", "the system gives too much power…": a verb in the present without an
 * auxiliary, told from a plural noun by the words around it (a noun before, an object after; not
 * "the plans for", "his rules the").
 */
function presentVerb(toks: Token[], i: number): boolean {
	const t = toks[i]!;
	const prev = toks[i - 1];
	const next = toks[i + 1];
	if (!prev || !next || !t.joined || !next.joined || t.capital || t.possessive) return false;
	if (!/^\p{Ll}{3,}s$/u.test(t.text) || /(?:ss|us|is)$/u.test(t.text)) return false;
	if (L.DETERMINERS.has(prev.lower) || L.PREPOSITIONS.has(prev.lower)) return false;
	if (/^(?:of|and|or|for|by|about|than|as)$/u.test(prev.lower)) return false;
	return (
		PRESENT_OBJECT.test(next.lower) ||
		(L.DETERMINERS.has(next.lower) && next.lower !== 'that' && !/s$/u.test(prev.lower))
	);
}

/** Words that may stand between a verb and its "that": when and how it was said. */
const THAT_GAP =
	/^(?:on|in|last|this|late|early|yesterday|today|again|also|publicly|privately|repeatedly|recently|earlier|later|twitter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening)$/u;

/**
 * "recalled that", "tweeted Monday that": "that" within three words of the verb (or a subject
 * pronoun within four: "tweeted on Tuesday night he…"), only words of when and how between (not
 * "charged more than that", "hinted at that").
 */
function thatSoon(toks: Token[], k: number): boolean {
	// "recalled what it was like…", "recalled how…": a question word right after the verb.
	if (/^(?:what|how|why|when|where|whether)$/u.test(toks[k + 1]?.lower ?? '')) return true;
	for (let i = k + 1; i <= k + 4 && toks[i]; i++) {
		if (toks[i]!.lower === 'that' && i <= k + 3) return true;
		// "tweeted on Tuesday night he considered…": when, then the clause's subject.
		if (i > k + 1 && SUBJECTS.has(toks[i]!.lower) && toks[i]!.joined) return true;
		if (!THAT_GAP.test(toks[i]!.lower) || !toks[i]!.joined) return false;
	}
	return false;
}

/**
 * An aside between a verb and its "that", in dashes or in commas: "said — on the radio, as it
 * happens — that…", "said, through a translator, that…", "said Sunday in Ashby, Devon, that…".
 * Its length from `from` (the verb's end) to the closing dash or comma, else 0.
 */
function asideBeforeThat(text: string, from: number): number {
	const after = text.slice(from, from + 120);
	const m =
		/^\s*(\u2014|\u2013|--?)\s+[^;:\u2014\u2013\uFFFC.!?]{1,80}?\s+\1\s+that\s/u.exec(after) ??
		/^\s*,\s+[^,;:\u2014\u2013\uFFFC.!?]{1,60}?,\s+that\s/u.exec(after) ??
		PLACE_BEFORE_THAT.exec(after);
	return m ? m[0].lastIndexOf('that') : 0;
}

/** "said Sunday in Madison, Wisconsin, that…": where it was said, a town and its region. */
const PLACE_BEFORE_THAT =
	/^\s+(?:\p{L}+\s+){0,3}?(?:in|at)\s+\p{Lu}[^,;:\uFFFC.!?]{1,40},\s+\p{Lu}[^,;:\uFFFC!?]{1,30},\s+that\s/u;

/** How many words (at most `upTo`) the paragraph's text holds in [from, to), quoted ones too. */
function wordsFrom(text: string, from: number, to: number, upTo: number): number {
	const word = /[\p{L}\p{N}]+/gu;
	word.lastIndex = from;
	let n = 0;
	for (let m = word.exec(text); m && m.index < to && n < upTo; m = word.exec(text)) n++;
	return n;
}

/**
 * Where a report after its verb ends: before the next clause (", adding", "; ") or at the
 * sentence's end.
 */
function reportEnd(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	k: number,
	whole = false
): number {
	const text = article.masked[p]!;
	const first = toks[0]?.lower ?? '';
	const verb = toks[k]!;
	// "said — on the radio, as it happens — that…": the report goes on past the aside.
	const skip = asideBeforeThat(text, verb.end);
	const rest = text.slice(verb.end + skip, sentence.end);
	// "Brooks, who said last week that…, resigned": a relative clause ends at its comma.
	// A report that is the whole sentence ("As the Gazette reported, …") runs on past the first comma.
	// "The fees, which Brooks said had harmed…, were dropped": so does one with its subject between.
	// Not "Brooks, who runs the shop, said…": no comma between the relative word and the verb.
	let r = k - 1;
	while (
		r >= Math.max(0, k - 4) &&
		toks[r + 1]!.joined &&
		!/^(?:who|which|whom)$/u.test(toks[r]!.lower)
	)
		r--;
	const relative =
		r >= Math.max(0, k - 4) && toks[r + 1]!.joined && /^(?:who|which|whom)$/u.test(toks[r]!.lower);
	const subordinate = !whole && (L.SUBORDINATORS.has(first) || relative);
	if (subordinate) {
		const comma = rest.indexOf(',');
		return comma >= 0 ? verb.end + skip + comma : sentence.end;
	}
	// A report that is the whole sentence ("…, they say, the ferry will…, including…") runs on to the
	// next speech cue; one after its verb stops where another clause starts.
	const stops = whole ? WHOLE_STOP : CLAUSE_STOP;
	stops.lastIndex = 0;
	for (let stop = stops.exec(rest); stop; stop = stops.exec(rest)) {
		// "— and at times violent —": a dash with its pair later in the sentence is an aside.
		const dash = /[\u2014\u2013-]/u.test(stop[0]) ? PAIRED_DASH.exec(rest.slice(stop.index)) : null;
		if (!dash) return verb.end + skip + stop.index;
		stops.lastIndex = stop.index + dash[0].length;
	}
	return sentence.end;
}

/** Where the clause after a verb ends: another clause, a semicolon or a dash. */
const CLAUSE_STOP =
	/,\s+(?=and\s+(?:did|does|do|would|will|was|is|has|had|declined|refused|not)\b|(?:convinced|adding|saying|something|which|although|though|while|but|before|after|including|according|as)\b|\p{L}+ing\b)|;|\s(?:[\u2014\u2013]|--)\s/gu;

/** Where a report that is the whole sentence ends: a cue of its own, a semicolon or a dash. */
const WHOLE_STOP =
	/,\s+(?=(?:adding|saying|noting|arguing|according)\b)|;|\s(?:[\u2014\u2013]|--)\s/gu;

/** A dash, the words of an aside, and its closing dash: "— and at times violent —". */
const PAIRED_DASH = /^\s(?:[\u2014\u2013]|--)\s[^;\u2014\u2013]{1,80}?\s(?:[\u2014\u2013]|--)\s/u;
