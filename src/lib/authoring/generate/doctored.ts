// Doctored quotes: a real direct quote with one meaningful change — a negation flipped, a number
// changed, a word swapped for its opposite or a stronger one — offered as said by the same speaker.
// The right answer is that nobody said it; the feedback shows the real line beside it. Only changes
// from the lists below are made, so every one turns the meaning, and none can be told from its form.
import { normaliseWords } from '../../content/schema';
import type { GeneratedDecoy, SuggestedSource, SuggestedStatement } from '../suggest/types';
import { besideSure, quoteSentences } from './claim';
import { SMALL_NUMBERS } from './reword';

/** Auxiliaries that take "not" after them, and their contracted negatives. */
const NEGATABLE: Record<string, string> = {
	is: 'is not',
	are: 'are not',
	was: 'was not',
	were: 'were not',
	will: 'will not',
	would: 'would not',
	can: 'cannot',
	could: 'could not',
	should: 'should not',
	must: 'must not'
};
/** Words before "better" or "worse" that make it a comparison: "is better", "much worse". */
const COMPARED = new Set(
	'is was are were be been being get gets got getting feel feels felt look looks looked much far no even a the any still'.split(
		' '
	)
);
/** A subject and "am", "is" or "are" in one word: they take "not" after them. */
const CONTRACTED = new Set([
	"i'm",
	"it's",
	"that's",
	"there's",
	"we're",
	"they're",
	"you're",
	"he's",
	"she's"
]);
/** Adverbs that stand between an auxiliary and its verb: "will almost certainly", "is also". */
const ADVERB =
	/^(?:\p{L}+ly|almost|also|just|still|already|even|ever|always|often|soon|quite|rather|very|too|then|sort|kind)$/u;
/** Words of comparison after a quantifier: "some more than others". */
const COMPARATIVE = /^(?:more|less|fewer|better|worse|\p{L}+er)$/u;
/** Subjects whose plain verb is denied with "don't", and the verbs: "we trust" → "we don't trust". */
const PLAIN_SUBJECTS = new Set(['i', 'we', 'you', 'they']);
const PLAIN_VERBS = new Set(
	'want think know believe need expect trust respect accept support like feel agree understand see'.split(
		' '
	)
);
/** Subject pronouns: after an auxiliary, they make a question ("was I wrong"). */
const ASKED = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'there']);
const POSITIVE: Record<string, string> = {
	"isn't": 'is',
	"aren't": 'are',
	"wasn't": 'was',
	"weren't": 'were',
	"won't": 'will',
	"wouldn't": 'would',
	"can't": 'can',
	cannot: 'can',
	"couldn't": 'could',
	"shouldn't": 'should',
	"don't": 'do',
	"doesn't": 'does',
	"didn't": 'did',
	"haven't": 'have',
	"hasn't": 'has',
	never: 'always'
};

/**
 * Words and their opposites or stronger forms: each swap turns what the line claims. Both ways unless
 * the change is a strengthening ("concerned" → "furious" is stronger; the reverse is not the same
 * change). Only words whose swap keeps the sentence grammatical in any position.
 */
const OPPOSITES: [string, string][] = [
	['increase', 'decrease'],
	['increased', 'decreased'],
	['increasing', 'falling'],
	['rise', 'fall'],
	['rose', 'fell'],
	['higher', 'lower'],
	['better', 'worse'],
	['best', 'worst'],
	['good', 'bad'],
	['safe', 'dangerous'],
	['safer', 'more dangerous'],
	['support', 'oppose'],
	['supported', 'opposed'],
	['right', 'wrong'],
	['always', 'never'],
	['everyone', 'no one'],
	['everybody', 'nobody'],
	['win', 'lose'],
	['won', 'lost'],
	['easy', 'hard'],
	['easier', 'harder'],
	['possible', 'impossible'],
	['likely', 'unlikely'],
	['agree', 'disagree'],
	['strong', 'weak'],
	['stronger', 'weaker'],
	['early', 'late'],
	['earlier', 'later'],
	['first', 'last'],
	['fair', 'unfair'],
	['happy', 'unhappy'],
	['pleased', 'disappointed'],
	['proud', 'ashamed'],
	['success', 'failure'],
	['accept', 'reject'],
	['accepted', 'rejected'],
	['cheap', 'expensive'],
	['cheaper', 'dearer'],
	['small', 'large'],
	['big', 'small'],
	['bigger', 'smaller'],
	['long', 'short'],
	['longer', 'shorter'],
	['open', 'closed'],
	['before', 'after'],
	['less', 'more'],
	['worse', 'better'],
	['worst', 'best'],
	['bad', 'good'],
	['dangerous', 'safe'],
	['wrong', 'right'],
	['oppose', 'support'],
	['opposed', 'supported'],
	['fewer', 'more'],
	['lower', 'higher'],
	['fall', 'rise'],
	['fell', 'rose'],
	['decrease', 'increase'],
	['unlikely', 'likely'],
	['impossible', 'possible'],
	['disagree', 'agree'],
	['lose', 'win'],
	['lost', 'won'],
	['weak', 'strong'],
	['unfair', 'fair'],
	['reject', 'accept'],
	['rejected', 'accepted'],
	['expensive', 'cheap'],
	['disappointed', 'pleased'],
	['nobody', 'everybody'],
	['more', 'less'],
	// Stronger: a hedge made certain, some made all.
	['may', 'will'],
	['might', 'will'],
	['probably', 'certainly'],
	['some', 'all'],
	['many', 'all'],
	['most', 'all'],
	['often', 'always'],
	['sometimes', 'always'],
	['concerned', 'furious'],
	['worried', 'terrified'],
	['hope', 'promise'],
	['hopes', 'promises']
];
const OPPOSITE = new Map(OPPOSITES);
const QUANTIFIERS = new Set(['some', 'many', 'most']);
const DETERMINERS = new Set([
	'the',
	'a',
	'an',
	'his',
	'her',
	'their',
	'its',
	'our',
	'my',
	'your',
	'this',
	'that',
	'these',
	'those',
	'so',
	'too',
	'how'
]);

export type Change = { kind: 'negation' | 'number' | 'opposite'; from: string; to: string };

interface Word {
	text: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.,][\p{L}\p{N}]+)*%?/gu;

const words = (text: string): Word[] =>
	[...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** "it's" and "it’s" alike. */
const plain = (word: string) => word.toLowerCase().replace(/\u2019/g, "'");

/** Where the clause a word stands in starts: after the last comma, semicolon, colon, dash or bracket. */
const clauseBefore = (line: string, at: number) =>
	line.slice(0, at).replace(/^[\s\S]*[,;:\u2013\u2014(]/u, '');
/** The rest of the clause after a word, to its next punctuation. */
const clauseAfter = (line: string, at: number) =>
	line.slice(at).replace(/[,;:.!?\u2013\u2014)][\s\S]*$/u, '');
/**
 * Words that open a clause depending on another ("If they don't support …", "While she is …",
 * "because it could …", "who thinks …"): a negation changed there leaves the line at odds with itself.
 */
const DEPENDENT =
	/\b(?:if|while|when|whenever|although|though|because|unless|whether|since|until|who|whom|which|whose)\b/iu;
/**
 * Words after a negation that need it: "owe anybody anything", "not yet known", "either", "ever", "at
 * all". ("safe for anyone": after a preposition, "any" is any at all, and needs none.)
 */
const NEEDS_DENIAL =
	/\b(?:yet|ever|either|at all|anymore|any\s*(?:more|longer))\b|(?<!\b(?:for|to|with|by|from|of|about|in|on|at|than)\s+)\bany(?:one|body|thing|where)?\b/iu;
/** Auxiliaries: only the first of its clause takes "not" ("has changed the way diplomacy is done"). */
const AUXILIARY =
	/^(?:is|are|was|were|am|be|been|will|would|can|could|should|must|may|might|shall|has|have|had|do|does|did)$/u;

/**
 * Whether the changed figure is one the article gives for the same thing ("only 3 DS agents" where
 * another line says "more than 3 DS agents"): then the doctored line may be true.
 */
function givenElsewhere(whole: string, found: { text: string; change: Change }): boolean {
	if (found.change.kind !== 'number') return false;
	const at = found.text.indexOf(found.change.to);
	const next = /^\s+(\p{L}+)/u.exec(found.text.slice(at + found.change.to.length))?.[1];
	if (at < 0 || !next) return false;
	const to = plain(found.change.to);
	const alike = [to, SMALL_NUMBERS[Number(to)], String(SMALL_NUMBERS.indexOf(to))].filter(
		(f): f is string => f !== undefined && f !== '-1'
	);
	return alike.some((f) => ` ${whole} `.includes(` ${normaliseWords(`${f} ${next}`)} `));
}

/** A month's name, before the day of it. */
const MONTH =
	/^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)\.?$/u;

/**
 * A small count tied to the things the line lists ("the two words 'Radical Islam'", "comfort and
 * culture is two different things", "two choices … between Trump and the nominee"): another count
 * would be at odds with the list, not a different claim.
 */
function countsListed(line: string, w: Word): boolean {
	const small = SMALL_NUMBERS.indexOf(plain(w.text));
	if (!((small >= 0 && small <= 5) || /^[2-5]$/u.test(w.text))) return false;
	return (
		/\b(?:between|both|either|neither)\b/iu.test(line) ||
		/^[^.;!?]{0,25}?["\u2018\u201c:]/u.test(line.slice(w.end)) ||
		/\band\b[^,;]*\b(?:is|are|was|were|makes?)\s+$/iu.test(clauseBefore(line, w.start))
	);
}

/** A break in what is said: a dash, an ellipsis, a filler between commas. */
const BREAK = /[\u2013\u2014\u2026]|--|\.\.\.|,\s*(?:you know|I mean|uh|um|well|look)\s*,/iu;
/** Words too common to tell a false start by. */
const COMMON = /^(?:the|a|an|to|of|and|or|in|on|at|for|it|is|that|this|be|with|as|by)$/u;

/**
 * Whether no denial fits the line at word i: a false start the words after restate ("has voted
 * for, you know, she voted for"; "There's a lot of things — there's a lot"), a piece of a hyphenated
 * word ("he-he-he's"), a clause inside a noun's phrase ("The best way I can describe him"), a line
 * that says what instead ("rather than", "instead of"), or before "some" ("will not be some").
 */
function unfit(line: string, list: Word[], i: number): boolean {
	const w = list[i]!;
	// The same word again across a break (a dash, an ellipsis, "you know"), not across "and".
	const restated = [list[i], list[i + 1]].some(
		(x) =>
			x !== undefined &&
			!COMMON.test(plain(x.text)) &&
			list
				.slice(Math.max(0, i - 8), i + 10)
				.some(
					(y) =>
						y !== list[i] &&
						y !== list[i + 1] &&
						plain(y.text) === plain(x.text) &&
						BREAK.test(line.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)))
				)
	);
	return (
		restated ||
		line[w.start - 1] === '-' ||
		line[w.end] === '-' ||
		/(?:^|\s)(?:the|a|an|every|each|all|any|some|no|everything|anything|something|nothing)\s+(?:\p{L}+\s+){0,3}(?:i|we|you|he|she|they)\s*$/iu.test(
			clauseBefore(line, w.start)
		) ||
		/\b(?:rather than|instead of)\b/iu.test(line) ||
		/^\s+(?:be\s+)?(?:some|something|someone|somebody|somewhat|already)\b/iu.test(line.slice(w.end))
	);
}

/** The same case as the word replaced: "Never" → "Always". */
function likeCase(original: string, replacement: string): string {
	return /^\p{Lu}/u.test(original)
		? replacement.charAt(0).toUpperCase() + replacement.slice(1)
		: replacement;
}

/**
 * Another figure of the same size, that would pass for the real one: one more for small counts,
 * a quarter more (rounded as the original is) for larger ones; never a different order of magnitude.
 */
export function changedNumber(text: string, share = false): string | null {
	const lower = text.toLowerCase();
	const word = SMALL_NUMBERS.indexOf(lower);
	if (word >= 2) return likeCase(text, SMALL_NUMBERS[word + 1] ?? 'twenty');
	const m = /^(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(%?)$/u.exec(text);
	if (!m) return null;
	const whole = Number(m[1]!.replace(/,/g, ''));
	// Years and the like are dates, not amounts: changing "2019" is a date change, not a figure.
	if (!m[2] && !m[3] && whole >= 1900 && whole <= 2100) return null;
	const value = Number(`${whole}${m[2] ?? ''}`);
	if (value < 2) return null;
	const decimals = m[2] ? m[2].length - 1 : 0;
	let next = !decimals && value <= 12 ? value + (value <= 4 ? 1 : 2) : value * 1.25;
	// A share never goes past the whole: "93 percent" becomes less, never 116.
	if ((share || m[3] === '%') && next > 100) next = value * 0.75;
	if (!decimals) {
		// Round as the original is rounded: 40 → 50, 2,400 → 3,000, 17 → 21.
		const zeros = /0*$/.exec(String(whole))![0].length;
		const unit = 10 ** Math.min(zeros, Math.max(0, String(Math.round(next)).length - 1));
		next = Math.round(next / unit) * unit;
		if (next === value) next = value + unit;
	}
	const formatted = decimals
		? next.toFixed(decimals)
		: m[1]!.includes(',')
			? Math.round(next).toLocaleString('en')
			: String(Math.round(next));
	return `${formatted}${m[3]}`;
}

/**
 * The one change to make to a line, by preference: a figure, a negation, an opposite (or only the
 * kind asked for); null if none fits.
 */
export function doctor(
	line: string,
	only?: Change['kind']
): { text: string; change: Change } | null {
	const list = words(line);
	const wanted = (kind: Change['kind']) => only === undefined || only === kind;
	const at = (w: Word, to: string, kind: Change['kind']) => ({
		text: line.slice(0, w.start) + to + line.slice(w.end),
		change: { kind, from: w.text, to }
	});
	for (const [i, w] of wanted('number') ? list.entries() : []) {
		// "after 9/11", "24/7", "9:30": a date or a time, no amount.
		if (/[/:]$/u.test(line.slice(0, w.start)) || /^[/:]\d/u.test(line.slice(w.end))) continue;
		// "3)" numbers a list; "a fighter or two" is a few; a figure the line gives twice ("60 seconds
		// … in the 60 seconds") would be changed in one place only.
		if (/^\)/u.test(line.slice(w.end)) || /\($/u.test(line.slice(0, w.start))) continue;
		if (plain(list[i - 1]?.text ?? '') === 'or') continue;
		// "six or seven months", "10 to 12 weeks": one end of a range changed to the other.
		const isNumber = (x?: Word) =>
			x !== undefined && (/^\d/u.test(x.text) || SMALL_NUMBERS.includes(plain(x.text)));
		if (
			(/^(?:or|to|and)$/u.test(plain(list[i + 1]?.text ?? '')) && isNumber(list[i + 2])) ||
			(/^(?:to|and)$/u.test(plain(list[i - 1]?.text ?? '')) && isNumber(list[i - 2]))
		)
			continue;
		if (list.some((o, j) => j !== i && plain(o.text) === plain(w.text))) continue;
		// "September 11, 2012": a day of a month, no amount.
		if (MONTH.test(plain(list[i - 1]?.text ?? ''))) continue;
		if (countsListed(line, w)) continue;
		const to = changedNumber(w.text, /^(?:percent|per)$/iu.test(list[i + 1]?.text ?? ''));
		if (to) return at(w, to, 'number');
	}
	// "I don't think there's any link": without its negation "any" would not be English.
	const needsNegation =
		/\b(?:there(?:['\u2019]s| is| are| was| were)|is|are|was|were|have|has|had|heard|seen|need)\s+any\b|\bany\s*(?:more|longer)\b|\bat all\b/iu.test(
			line
		);
	// "Who do they think they are not?": a question with a "not" put in gives itself away.
	const asks = /\?\s*['"\u2019\u201d]?\s*$/u.test(line);
	for (const [i, w] of wanted('negation') && !needsNegation && !asks ? list.entries() : []) {
		const lower = plain(w.text);
		const positive = POSITIVE[lower];
		// "I don't know if you heard": a doubt, and "I do know if" is no English.
		const doubt =
			plain(list[i + 1]?.text ?? '') === 'know' &&
			/^(?:if|whether)$/u.test(plain(list[i + 2]?.text ?? ''));
		// Not in a clause that depends on another, nor where a word after it needs the denial, nor
		// where the denial ends its clause ("what is conservative and what isn't").
		if (DEPENDENT.test(clauseBefore(line, w.start)) || unfit(line, list, i)) continue;
		const denialEnd = positive ? w.end : (list[i + 1]?.end ?? w.end);
		if (NEEDS_DENIAL.test(clauseAfter(line, denialEnd)) || !clauseAfter(line, denialEnd).trim())
			continue;
		// "not just for first place, but …", "not walls but bridges": the denial goes with its "but".
		if (/^[^.;!?]*\bbut\b/iu.test(line.slice(denialEnd))) continue;
		if (positive && !doubt) return at(w, likeCase(w.text, positive), 'negation');
		const next = list[i + 1] ? plain(list[i + 1]!.text) : '';
		// "We're not sure how much lower…": a doubt too, and "We're sure how" is no English.
		const unsure =
			/^(?:sure|certain|clear)$/u.test(plain(list[i + 2]?.text ?? '')) &&
			/^(?:how|what|whether|if|why|when|where|who|which)$/u.test(plain(list[i + 3]?.text ?? ''));
		// "is not", "will never", "I'm not": drop the negation.
		if (
			(NEGATABLE[lower] || CONTRACTED.has(lower)) &&
			(next === 'not' || next === 'never') &&
			!unsure
		) {
			const gone = list[i + 1]!;
			return {
				text: line.slice(0, w.end) + line.slice(gone.end),
				change: { kind: 'negation', from: `${w.text} ${gone.text}`, to: w.text }
			};
		}
	}
	// A line that already denies something is not denied again: "Nothing we could not do" is no line.
	const denies =
		/\b(?:not|no|never|nothing|nobody|none|neither|nor|n['\u2019]t|cannot)\b|n['\u2019]t\b/iu.test(
			line
		);
	for (const [i, w] of wanted('negation') && !asks ? list.entries() : []) {
		if (denies) break;
		const lower = plain(w.text);
		const previous = i > 0 ? plain(list[i - 1]!.text) : '';
		// Only the first auxiliary of a clause that depends on no other, nor is a question's ("how he
		// will handle defeat"), nor ends its clause for the words before ("every member he can").
		const before = clauseBefore(line, w.start);
		if (
			(NEGATABLE[lower] || CONTRACTED.has(lower)) &&
			(DEPENDENT.test(before) ||
				unfit(line, list, i) ||
				/\b(?:how|what|why|where|whether)\b/iu.test(before) ||
				!clauseAfter(line, w.end).trim() ||
				words(before).some(
					(b, j, all) =>
						(AUXILIARY.test(plain(b.text)) || CONTRACTED.has(plain(b.text))) &&
						!DETERMINERS.has(plain(all[j - 1]?.text ?? ''))
				))
		)
			continue;
		// "It is safe" → "It is not safe": an auxiliary after its subject; not "is it" at the start,
		// not after a question word, not a noun ("the will of the people", "a tin can").
		const next = plain(list[i + 1]?.text ?? '');
		// "It's a good deal" → "It's not a good deal": the subject is in the word.
		if (CONTRACTED.has(lower) && !['not', 'never'].includes(next) && !ADVERB.test(next))
			if (i === 0 || !/^(?:what|who|how|why|where|when|if|whether|of)$/.test(previous))
				return at(w, `${w.text} not`, 'negation');
		// "but was I wrong": an auxiliary before its subject asks a question, and takes no "not".
		// "will almost certainly nominate": "not" would have to go after the adverbs; left alone.
		if (
			NEGATABLE[lower] &&
			i > 0 &&
			!['not', 'never'].includes(next) &&
			!ASKED.has(next) &&
			!ADVERB.test(next)
		)
			if (
				!/^(?:what|who|how|why|where|when|if|whether|the|a|an|his|her|their|its|our|my|your|of)$/.test(
					previous
				)
			)
				return at(w, likeCase(w.text, NEGATABLE[lower]!), 'negation');
	}
	// "I want" → "I don't want": a plain verb of I, we, you or they, denied with "don't".
	for (const [i, w] of wanted('negation') && !denies && !asks ? list.entries() : []) {
		const subject = i > 0 ? plain(list[i - 1]!.text) : '';
		if (!PLAIN_SUBJECTS.has(subject) || !PLAIN_VERBS.has(plain(w.text))) continue;
		// "Do you understand": a question, whatever its stop.
		if (i > 1 && AUXILIARY.test(plain(list[i - 2]!.text))) continue;
		if (DEPENDENT.test(clauseBefore(line, w.start)) || unfit(line, list, i)) continue;
		// "more than I think", "as you know": an aside, not what is claimed.
		if (i > 1 && /^(?:than|as|what|how|who|whatever|if)$/u.test(plain(list[i - 2]!.text))) continue;
		// "You know, …": a filler, not a verb.
		if (/^\s*,/u.test(line.slice(w.end))) continue;
		return at(w, `don't ${w.text}`, 'negation');
	}
	for (const [i, w] of wanted('opposite') ? list.entries() : []) {
		const to = OPPOSITE.get(plain(w.text));
		if (!to) continue;
		// "support and endorse": turned alone, one of a pair contradicts the other ("oppose and endorse").
		if (/^\s+(?:and|or)\s/u.test(line.slice(w.end))) continue;
		// "the Bible's many warnings" cannot become "the Bible's all warnings": a quantifier is changed
		// only where it opens its phrase.
		const previous = i > 0 ? plain(list[i - 1]!.text) : '';
		// Nor where it is compared: "some more than the others" is no "all more than the others".
		const following = plain(list[i + 1]?.text ?? '');
		if (
			QUANTIFIERS.has(plain(w.text)) &&
			(DETERMINERS.has(previous) || /'s$/u.test(previous) || COMPARATIVE.test(following))
		)
			continue;
		// "some very important races" is no "all very important races".
		if (
			QUANTIFIERS.has(plain(w.text)) &&
			/^(?:very|really|pretty|so|too|\p{Ll}+ly)$/u.test(following)
		)
			continue;
		// "would likely have": an adverb, and "would unlikely have" no English.
		if (
			plain(w.text) === 'likely' &&
			/^(?:will|would|could|should|may|might|must|can|most|more|very|quite|also|less)$/u.test(
				previous
			)
		)
			continue;
		// "might not have had it": a hedge on what did not happen; "will not have had" no English.
		if (
			/^(?:may|might)$/u.test(plain(w.text)) &&
			/^\s+(?:not\s+|never\s+)?have\b/iu.test(line.slice(w.end))
		)
			continue;
		// "Nobody has any idea": "any" and "ever" need the denial.
		if (/^(?:nobody|no-one)$/u.test(plain(w.text)) && /\b(?:any|ever|yet)\b/iu.test(line)) continue;
		// "more" only in "more than", not compared by a quantifier: "once more" is no amount.
		if (
			plain(w.text) === 'more' &&
			(following !== 'than' || /^(?:some|many|most|all|any)$/u.test(previous))
		)
			continue;
		// "the anti-immigrant right", "the right to vote": a noun after its determiner, no judgement.
		if (
			plain(w.text) === 'right' &&
			list.slice(Math.max(0, i - 3), i).some((p) => DETERMINERS.has(plain(p.text))) &&
			(following === '' || /^(?:to|of|and|or|in|on|for|with|wing)$/u.test(following))
		)
			continue;
		// "right?" asks for agreement; "as much right as", "no right to": what one is owed.
		if (
			plain(w.text) === 'right' &&
			(/^\s*\?/u.test(line.slice(w.end)) ||
				/^(?:much|no|every|any|equal|same|legal|constitutional|full)$/u.test(previous))
		)
			continue;
		// "right now", "right away": a word of time, not of judgement.
		if (
			plain(w.text) === 'right' &&
			/^(?:now|away|here|there|then|after|before|back|behind|ahead|through|off|on|up|down|into|out|at|next|outside|inside|in|by|across|under|over|along|around|where|beside|near)$/u.test(
				following
			)
		)
			continue;
		// "for so long", "how long", "no longer": a length of time, whose opposite is no English.
		if (
			/^(?:long|longer)$/u.test(plain(w.text)) &&
			(/^(?:so|how|for|too|as|no|any|much|very|that|this)$/u.test(previous) ||
				!/^\p{Ll}/u.test(line.slice(w.end).trimStart()) ||
				/^(?:as|ago|before|after|enough|since)$/u.test(following))
		)
			continue;
		// Set phrases: "how often", "as often as", "as quickly as possible", "if possible", "as opposed
		// to", "before our very eyes".
		const word = plain(w.text);
		// "big deal, right?" is said in irony already; "more expensive" has no "more cheap"; "opposed
		// to" no "supported to"; "before this Congress" is a place, not a time.
		if (word === 'big' && following === 'deal') continue;
		if (/^(?:more|most|less|least)$/u.test(previous)) continue;
		if (/^(?:opposed|supported)$/u.test(word) && following === 'to') continue;
		if (
			word === 'before' &&
			/^\s+(?:this|the|a|that)\s+(?:\p{Lu}|(?:court|committee|judge|jury|panel|audience|crowd|cameras?|voters)\b)/u.test(
				line.slice(w.end)
			)
		)
			continue;
		// "you might say": an aside. A denied condition turned ("If they don't support …" → "don't
		// oppose") is at odds with itself.
		if (/^(?:may|might)$/u.test(word) && following === 'say') continue;
		const clause = clauseBefore(line, w.start) + clauseAfter(line, w.end);
		if (
			DEPENDENT.test(clauseBefore(line, w.start)) &&
			/\b(?:not|no|never)\b|n['\u2019]t\b/iu.test(clause)
		)
			continue;
		if (/^(?:often|sometimes|always)$/u.test(word) && /^(?:how|as|so|too)$/u.test(previous))
			continue;
		if (word === 'possible' && /^(?:as|if|whenever|wherever|where|when)$/u.test(previous)) continue;
		if (/^(?:opposed|supported)$/u.test(word) && previous === 'as') continue;
		if (
			/^(?:before|after)$/u.test(word) &&
			/^\s+(?:my|our|your|his|her|their)\s+(?:very\s+)?eyes\b/iu.test(line.slice(w.end))
		)
			continue;
		// "She better get well", "you'd better": a warning, not a comparison.
		if (/^(?:better|worse)$/u.test(plain(w.text)) && !COMPARED.has(previous)) continue;
		// "getting support from Latinos", "campaigns of support": a noun, opposed by a noun.
		const noun =
			word === 'support' &&
			/^(?:the|a|an|his|her|their|its|our|my|your|this|that|of|for|from|with|without|no|any|some|much|more|strong|public|broad|\p{Ll}+ing)$/u.test(
				previous
			);
		return at(w, likeCase(w.text, noun ? 'opposition' : to), 'opposite');
	}
	// Last, the denials that need more of the sentence read: "has been" → "has not been", "I'll" →
	// "I won't", "he wants" → "he doesn't want".
	for (const [i, w] of wanted('negation') && !denies && !asks ? list.entries() : []) {
		const lower = plain(w.text);
		const previous = i > 0 ? plain(list[i - 1]!.text) : '';
		const next = list[i + 1];
		const after = next ? plain(next.text) : '';
		// Only in the line's main clause ("what Hillary Clinton has done" is no claim of its own; nor
		// "to have been"), before the participle with nothing but a space.
		if (previous === 'to' || SUBORDINATE.test(line.slice(0, w.start))) break;
		if (unfit(line, list, i)) continue;
		const close = next !== undefined && /^\s+$/u.test(line.slice(w.end, next.start));
		if (
			/^(?:has|have|had)$/u.test(lower) &&
			close &&
			PARTICIPLE.test(after) &&
			i > 0 &&
			!ASKED_AFTER.test(previous)
		)
			return at(w, `${w.text} not`, 'negation');
		const will = /^(i|we|you|he|she|they|it|that|there)['’]ll$/u.exec(lower);
		if (will && close && !ADVERB.test(after))
			return at(w, likeCase(w.text, `${w.text.slice(0, will[1]!.length)} won't`), 'negation');
		if (
			/^(?:he|she|it)$/u.test(previous) &&
			/s$/u.test(lower) &&
			PLAIN_VERBS.has(lower.slice(0, -1)) &&
			(i < 2 || !/^(?:than|as|what|how|who|whatever|if)$/u.test(plain(list[i - 2]!.text)))
		)
			return at(w, `doesn't ${w.text.slice(0, -1)}`, 'negation');
	}
	return null;
}

/** A past participle after "has" or "have": "been", "decided", "taken". */
const PARTICIPLE =
	/^(?:been|done|gone|seen|made|taken|given|known|shown|become|told|written|won|lost|left|met|paid|brought|thought|found|kept|\p{Ll}{2,}ed)$/u;
/** Words that open a clause inside the line: a change after them is not to what the line says. */
const SUBORDINATE =
	/\b(?:what|how|that|which|who|whom|whose|when|if|while|because|as|whether|where|why|since|until|though|although|unless|thought|thinks?|believed?|believes|said|says|knew|knows?|hoped?|hopes|felt|feels?)\b/iu;
/** Words before "has" that make it a question or a clause of its own: "what has been", "who has". */
const ASKED_AFTER = /^(?:what|who|how|why|where|when|if|whether|which)$/u;

/** The quote's sentence-sized piece that holds its first change: a long quote is cut to one sentence. */
function pieces(content: string): string[] {
	return (
		quoteSentences(content)
			.map((s) => s.trim())
			.filter((s) => s.split(/\s+/u).length >= 6 && s.split(/\s+/u).length <= 40)
			// A piece that opens in lower case is part of the writer's sentence, no line of its own.
			.filter((s) => !/^['"\u2018\u201c]?\p{Ll}/u.test(s))
	);
}

/** Sentences of one quote doctored at most: a long quote says more than one thing. */
const PIECES_PER_QUOTE = 2;

/**
 * At most this many doctored quotes per article, and half as many as its direct quotes (two at
 * least): the real lines stay two in three of the who-said questions or more.
 */
const MOST = 5;

/**
 * Doctored quotes from the article's direct quotes of sure speakers (besideSure): one per speaker
 * before a second, each kind of change used in turn, never a line that is anywhere in the text.
 */
export function doctoredQuotes(
	text: string,
	statements: readonly SuggestedStatement[],
	sources: readonly SuggestedSource[]
): GeneratedDecoy[] {
	const whole = normaliseWords(text);
	// A source named by a description ("A manager at the island's only supermarket") is nobody a
	// player could check the line against.
	const labels = new Map(
		sources.filter((s) => !/^(?:A|An|One)\s/u.test(s.label)).map((s) => [s.id, s.label])
	);
	const candidates: {
		statement: SuggestedStatement;
		line: string;
		doctored: string;
		change: Change;
	}[] = [];
	for (const [index, statement] of statements.entries()) {
		// Only a line whose speaker is sure, or that shares its cue with a sure line next to it: the
		// feedback names the speaker of the real line, and the speakers of other lines marked "check"
		// were right 86% of the time on PolNeAR train (those beside a sure line of their cue, 98%).
		if (
			statement.form !== 'direct' ||
			!(statement.confidence === 'sure' || besideSure(statements, index)) ||
			!statement.source ||
			!labels.has(statement.source)
		)
			continue;
		let taken = 0;
		for (const line of pieces(statement.content)) {
			const found = doctor(line);
			if (!found || whole.includes(normaliseWords(found.text)) || givenElsewhere(whole, found))
				continue;
			candidates.push({ statement, line, doctored: found.text, change: found.change });
			if (++taken === PIECES_PER_QUOTE) break;
		}
	}
	// Sure speakers first; then spread over speakers and kinds of change.
	candidates.sort(
		(a, b) => Number(a.statement.confidence !== 'sure') - Number(b.statement.confidence !== 'sure')
	);
	const chosen: typeof candidates = [];
	const speakers = new Map<string, number>();
	const kinds = new Map<string, number>();
	const cost = (c: (typeof candidates)[number]) =>
		(speakers.get(c.statement.source!) ?? 0) * 2 + (kinds.get(c.change.kind) ?? 0);
	const pool = [...candidates];
	const most = Math.min(
		MOST,
		Math.max(2, Math.ceil(statements.filter((s) => s.form === 'direct').length / 2))
	);
	while (chosen.length < most && pool.length > 0) {
		let best = 0;
		for (let i = 1; i < pool.length; i++) if (cost(pool[i]!) < cost(pool[best]!)) best = i;
		const [pick] = pool.splice(best, 1);
		chosen.push(pick!);
		speakers.set(pick!.statement.source!, (speakers.get(pick!.statement.source!) ?? 0) + 1);
		kinds.set(pick!.change.kind, (kinds.get(pick!.change.kind) ?? 0) + 1);
	}
	// In the article's order, as the teacher reads them.
	chosen.sort((a, b) => statements.indexOf(a.statement) - statements.indexOf(b.statement));
	return chosen.map(({ statement, line, doctored, change }) => {
		const speaker = labels.get(statement.source!)!;
		const sure = statement.confidence === 'sure';
		return {
			content: doctored,
			soundsLike: statement.source!,
			original: line,
			related: statement.sentences,
			explanation: `Nobody said this. ${speaker}'s real words are "${line}": "${change.from}" was changed to "${change.to}".`,
			discuss: 'Which word was changed, and how does it change what the speaker meant?',
			confidence: sure ? 'sure' : 'check',
			reason: sure
				? null
				: `The real line's speaker is taken from the sure line next to it (${statement.reason ?? 'check it'}): make sure it is ${speaker}'s.`
		};
	});
}
