// How bench:authoring judges each generated quiz item against the hand-written expectations of its
// article (fixtures/NAME.quiz.json, written from the text before the generator ran) and its key
// of direct quotes. The rules are those of bench/quiz-expectations.md; an item no rule confirms is
// wrong. Plain JavaScript with no import from the app: the judge must not share the generator's code.

import { contains, sameSpeaker } from './key-match.mjs';

/** Words as compared here: lower-case, quote marks and punctuation dropped (hyphens split words). */
const NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];
export const wordsOf = (text) =>
	String(text)
		.toLowerCase()
		.replace(/[\u2018\u2019']/g, "'")
		// Contractions as their full words: "doesn't" is "does not", "they're" is "they are".
		.replace(/\bwon't\b/g, 'will not')
		.replace(/\bcan't\b/g, 'can not')
		.replace(/\bcannot\b/g, 'can not')
		.replace(/n't\b/g, ' not')
		.replace(/'re\b/g, ' are')
		.replace(/'ve\b/g, ' have')
		.replace(/'ll\b/g, ' will')
		.replace(/'m\b/g, ' am')
		.replace(/'d\b/g, ' had')
		.replace(/\b(it|that|there|what|who|he|she)'s\b/g, '$1 is')
		.replace(/'s\b/g, '')
		// Small numbers as figures: "two years" is "2 years".
		.replace(/\b[a-z]+\b/g, (w) => {
			const n = NUMBER_WORDS.indexOf(w);
			return n >= 2 ? String(n) : w;
		})
		.split(/[^\p{L}\p{N}%£$€.]+/u)
		.map((w) => w.replace(/^[.']+|[.']+$/g, ''))
		.filter(Boolean);

/** A word without a plain ending: "wants" and "want", "tested" and "test". */
const stem = (w) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/u, '') : w);
/**
 * A word matches one that shares its first five letters ("flooded", "flooding"), or is the same
 * word with another plain ending ("wants", "want").
 */
const sameWord = (a, b) =>
	a === b ||
	stem(a) === stem(b) ||
	(a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

/** Whether the phrase's words occur consecutively in the text's words. */
export function hasPhrase(text, phrase) {
	const t = wordsOf(text);
	const p = wordsOf(phrase);
	if (p.length === 0) return false;
	for (let i = 0; i + p.length <= t.length; i++)
		if (p.every((w, j) => sameWord(t[i + j], w))) return true;
	return false;
}

const NEGATIONS = ['not', 'no', 'never', "n't", 'nobody', 'none', 'neither', 'nor'];
/** How many negations a text holds ("isn't" counts). */
export function negations(text) {
	const lower = String(text)
		.toLowerCase()
		.replace(/\u2019/g, "'");
	return (
		(lower.match(/n't\b/g) ?? []).length +
		wordsOf(lower).filter((w) => NEGATIONS.includes(w) && w !== "n't").length
	);
}

/** Money, per cent or a plain figure: a refuted figure must be swapped for one of the same unit. */
export function unitOf(value) {
	if (/^[£$€]/u.test(value)) return 'money';
	if (/%|per ?cent/iu.test(value)) return 'percent';
	if (/\d/u.test(value)) return 'count';
	return 'words';
}

/** Whether a text holds these exact words in a row (possessive "'s" aside: "the union" in "the union's"). */
function hasWords(text, words) {
	const t = ` ${wordsOf(text).join(' ')} `;
	return t.includes(` ${wordsOf(words).join(' ')} `);
}

/** The sentences of the article that hold a fact's `sentence` words. */
const factIn = (fact, sentenceTexts) =>
	sentenceTexts.some((sentence) => hasWords(sentence, fact.sentence));

const PRONOUNS = new Set([
	'they',
	'them',
	'their',
	'he',
	'she',
	'him',
	'her',
	'his',
	'hers',
	'said',
	'that',
	// Auxiliaries a report puts in its own tense ("are" → "were"): grammar, not what was said.
	'were',
	'have',
	'would',
	'could',
	'does'
]);

/**
 * A claim that someone said something ("Morag Henderson said they have been patient"), judged by the
 * key's quotes and reports: the one holding every content word of it (four letters or more, at least
 * two) is what it is about; it is right when it names that item's speaker (supported) or another
 * speaker of the key (refuted). Null when no single item holds its words.
 */
function judgeBySpeaker(claim, key) {
	const m = /^(.+?) said (.+)$/u.exec(claim.claim);
	if (!m || !key) return null;
	const [, label, said] = m;
	const content = wordsOf(said).filter((w) => w.length >= 4 && !PRONOUNS.has(w));
	if (content.length < 2) return null;
	const quotes = [...key.direct, ...key.reported].filter((k) => {
		const words = wordsOf(k.content);
		return content.every((w) => words.some((q) => sameWord(q, w)));
	});
	if (quotes.length !== 1 || quotes[0].speaker === null) return null;
	const own = sameSpeaker(quotes[0].speaker, { label });
	if (claim.label === 'supported') return own ? 'right' : 'wrong';
	const speakers = [...key.direct, ...key.reported].map((k) => k.speaker).filter((s) => s !== null);
	return !own && speakers.some((s) => sameSpeaker(s, { label })) ? 'right' : 'wrong';
}

/**
 * Judges one generated claim: `sentenceTexts` are the texts of its evidence sentences. Returns null
 * when right, or why it is wrong. The key's direct quotes judge claims of who said what.
 */
export function judgeClaim(claim, sentenceTexts, expected, key) {
	const byFacts = judgeByFacts(claim, sentenceTexts, expected);
	if (byFacts === null) return null;
	const bySpeaker = judgeBySpeaker(claim, key);
	if (bySpeaker === 'right') return null;
	if (bySpeaker === 'wrong') return `${byFacts}; and the key gives the quote to another speaker`;
	return byFacts;
}

function judgeByFacts(claim, sentenceTexts, expected) {
	const text = claim.claim;
	if (claim.label === 'not-in-article') {
		const silent = (expected.silent ?? []).some((s) => s.about.every((a) => hasPhrase(text, a)));
		return silent ? null : 'no silent detail of the expectations matches it';
	}
	const facts = expected.facts.filter((f) => factIn(f, sentenceTexts));
	if (facts.length === 0) return 'no fact of the expectations is stated in its evidence';
	const about = facts.filter((f) => f.about.every((a) => hasPhrase(text, a)));
	if (about.length === 0) return 'it is about no fact stated in its evidence';
	const sentenceNegations = Math.max(...sentenceTexts.map(negations));
	const addsNegation = negations(text) > sentenceNegations;
	if (claim.label === 'supported') {
		const right = about.some((f) => hasPhrase(text, f.value));
		if (!right)
			return `it does not give the stated value (${about.map((f) => f.value).join(' / ')})`;
		if (addsNegation) return 'it adds a negation the sentence lacks';
		// Every figure it gives is one its evidence gives: "$4" is no "$4.2 million".
		const figures = (t) => wordsOf(t).filter((w) => /\d/u.test(w));
		const stated = new Set(sentenceTexts.flatMap(figures));
		const unstated = figures(text).find((f) => !stated.has(f));
		if (unstated) return `it gives ${unstated}, a figure its evidence does not give`;
		return null;
	}
	// Refuted: another value of the same kind, a contrary word, or a negation the sentence lacks.
	for (const f of about) {
		const hasValue = hasPhrase(text, f.value);
		if (hasValue && addsNegation) return null;
		if ((f.contrary ?? []).some((c) => hasPhrase(text, c))) return null;
		if (hasValue) continue;
		const others = expected.facts.filter(
			(o) =>
				o !== f &&
				o.kind === f.kind &&
				o.value !== f.value &&
				(f.kind !== 'number' || unitOf(o.value) === unitOf(f.value))
		);
		if (others.some((o) => hasPhrase(text, o.value))) return null;
	}
	return 'it keeps the stated value, or swaps in no other value of the same kind';
}

/** Whether two labels name the same body or person, articles and titles aside. */
const sameName = (a, b) => sameSpeaker(a, { label: b }) || hasPhrase(a, b) || hasPhrase(b, a);

/** Judges a doctored quote against the key's direct quotes and the article. */
export function judgeDecoy(decoy, speakerLabel, articleText, key) {
	if (contains(articleText, decoy.content)) return 'it is in the article';
	const real = key.direct.find(
		(k) => contains(k.content, decoy.original) || contains(decoy.original, k.content)
	);
	if (!real) return 'its real line is no direct quote of the key';
	if (real.speaker === null || !sameSpeaker(real.speaker, { label: speakerLabel }))
		return `the real line is ${real.speaker ?? 'nobody named'}'s, not ${speakerLabel}'s`;
	const a = wordsOf(decoy.original);
	const b = wordsOf(decoy.content);
	// Words that differ, aligned from both ends.
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (
		end < a.length - start &&
		end < b.length - start &&
		a[a.length - 1 - end] === b[b.length - 1 - end]
	)
		end++;
	const changed = Math.max(a.length - start - end, b.length - start - end);
	if (changed === 0) return 'it is the real line';
	if (changed > 3) return `it changes ${changed} words`;
	return null;
}

/** Judges the generated ruling: `labels` maps source ids to labels; `evidenceTexts` its sentences. */
export function judgeRuling(ruling, labels, evidenceTexts, expected) {
	const body = labels.get(ruling.body) ?? '';
	const penalised = ruling.penalised.map((id) => labels.get(id) ?? id);
	const match = (expected.rulings ?? []).find(
		(r) =>
			sameName(r.body, body) &&
			r.penalised.length === penalised.length &&
			r.penalised.every((p) => penalised.some((q) => sameName(p, q))) &&
			evidenceTexts.some((s) => hasWords(s, r.sentence))
	);
	return match ? null : 'no hand-written ruling has this body, these penalised and this sentence';
}

/** Judges the generated wait. */
export function judgeWait(wait, expected) {
	const match = (expected.waits ?? []).find(
		(w) =>
			w.unit === wait.unit &&
			wait.min <= w.amount &&
			w.amount <= wait.max &&
			w.min <= wait.amount &&
			wait.amount <= w.max
	);
	return match ? null : 'no hand-written wait has this unit and amount';
}

/**
 * Judges a reference question (who the article means by a phrase): right when a role fact names
 * this person and every one of its `about` words is in the phrase, or the phrase gives a number
 * fact about this person ("the 58-year-old").
 */
export function judgeReference(phrase, label, expected) {
	const surname = wordsOf(label).at(-1);
	const match = expected.facts.some(
		(f) =>
			(f.kind === 'role' &&
				sameName(f.value, label) &&
				f.about.every((a) => hasPhrase(phrase, a))) ||
			// "the 58-year-old": a number fact about this person whose value is in the phrase.
			(f.kind === 'number' &&
				hasPhrase(phrase, f.value) &&
				f.about.some((a) => wordsOf(a).includes(surname)))
	);
	return match ? null : 'no fact names this person by this phrase';
}
