// The timeline question from an article: how long one event came after another, in hours or days,
// where the text fixes both times (weekdays, dates of one month or of given years, clock times, "two
// days later", "a fortnight before").
//
// Read outside quotes only (a plan someone talks about is not an event), one sentence at a time with
// bounded patterns: linear in the text. It never guesses a year, a month or a week: two weekdays
// count within one week and only in an order the text gives (stated, "after"; else the article's
// order within one paragraph, marked check), and any "last", "next", past perfect or approximate
// wait is refused.
//
// The accepted range: ±½ day for a wait in days (the hour of a weekday or date is unknown; a stated
// "two days later" is read the same way), ±½ hour for a wait in hours (clock times to the minute,
// or a stated "24 hours later").
import type { SentenceRange } from '../text';
import type { Article } from '../suggest/article';
import { firstIndex } from '../suggest/search';
import type { GeneratedEvent, GeneratedWait } from '../suggest/types';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

/** "on Saturday", "at dawn on Saturday", "late on Friday", "Monday night", "last Friday". */
const WEEKDAY_RE =
	/(?:\b(at dawn|at dusk|early|late|last|next|this)\s+)?(?:\bon\s+)?\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['\u2019]s)?(?:\s+(?:morning|afternoon|evening|night))?\b/giu;
/** "on March 5", "5 March", "March 5, 2024", "the 5th of March". */
const DATE_RE = new RegExp(
	String.raw`(?:\bon\s+)?(?:\b${MONTH}\s+(\d{1,2})${ORDINAL}|\b(?:the\s+)?(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH})(?:,?\s+(\d{4}))?\b`,
	'gu'
);
/** "at 2.15pm", "9 a.m.", "at 15:30", "noon"; "by 6pm" and "about 9pm" are no exact times. */
const CLOCK_RE =
	/(?:\b(at|by|until|till|from|before|after|around|about|approximately|roughly|after|since|shortly)\s+)?(?:\b(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)|\b(\d{1,2}):(\d{2})\b|\b(noon|midday|midnight)\b)/giu;
/** "two days later", "24 hours after", "a fortnight before", "about three weeks later". */
const RELATIVE_RE =
	/(?:\b(about|around|nearly|almost|some|over|under|within|roughly|approximately|for|least|than|to)\s+)?\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|thirty-six|forty-eight|seventy-two|\d{1,3})\s+(hours?|days?|weeks?|fortnights?|months?|years?|minutes?|nights?)\s+(later|after|before|earlier)\b/giu;
/** "the next day", "the following morning", "the day after", "the day before". */
const NEXT_DAY_RE = /\bthe\s+(?:(next|following)\s+(day|morning)|day\s+(after|before))\b/giu;

const NUMBERS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	'twenty-four': 24,
	'thirty-six': 36,
	'forty-eight': 48,
	'seventy-two': 72
};

/** A time the text fixes, where it is written in its paragraph. */
interface Moment {
	sentence: SentenceRange;
	start: number;
	end: number;
	weekday?: number;
	/** "last", "next", "this": which week is then unknown. */
	relativeWeek?: boolean;
	date?: { month: number; day: number; year?: number };
	/** Minutes after midnight. */
	clock?: number;
}

/** A stated wait: "two days later" (after the time before it), "24 hours after <event>". */
interface Stated {
	sentence: SentenceRange;
	start: number;
	end: number;
	hours: number;
	unit: 'hours' | 'days';
	/** later/earlier: relative to the time before it; after/before: to the event that follows it. */
	direction: 'later' | 'earlier' | 'after' | 'before';
}

/** Where an event's time is written; its words, read only for the wait chosen. */
interface Event {
	sentence: SentenceRange;
	start: number;
	end: number;
	what?: () => string | null;
}

interface Candidate {
	from: Event;
	to: Event;
	unit: 'hours' | 'days';
	amount: number;
	reason: string | null;
}

/** The wait a teacher would ask about, or null when the text does not determine one. */
export function generateWait(article: Article): GeneratedWait | null {
	const moments: Moment[] = [];
	const stated: Stated[] = [];
	const bySentence = new Map<number, Moment[]>();
	for (const s of article.sentenceList) {
		const text = article.masked[s.paragraph]!.slice(s.start, s.end);
		const here = momentsIn(text, s);
		bySentence.set(s.index, here);
		for (const m of here) moments.push(m);
		for (const w of statedIn(text, s)) stated.push(w);
	}
	const candidates: Candidate[] = [];
	for (const w of stated) {
		const c = fromStated(article, w, bySentence);
		if (c) candidates.push(c);
	}
	for (let k = 0; k + 1 < moments.length; k++) {
		const c = betweenMoments(article, moments[k]!, moments[k + 1]!);
		if (c) candidates.push(c);
		// "on Feb. 8 … at 9 p.m. that night … until Feb. 15": a clock time of no day told in the
		// paragraph of the day before it is a time of that day; the two days are read as next to each
		// other. Not a clock time that heads a paragraph of its own (a live blog's "9:15 p.m.").
		const day = moments[k]!;
		if (!hasDay(day) || hasDay(moments[k + 1]!)) continue;
		const after = moments.slice(k + 1);
		const skip = after.findIndex(
			(m) => hasDay(m) || m.sentence.paragraph !== day.sentence.paragraph
		);
		const next = skip >= 0 && hasDay(after[skip]!) ? after[skip] : undefined;
		const skipped = next && betweenMoments(article, moments[k]!, next);
		if (skipped) candidates.push(skipped);
	}
	// The sure ones first, then the earliest in the article: the story's main events open it. The
	// first whose two events a player can read.
	const best = candidates.sort(
		(a, b) =>
			Number(a.reason !== null) - Number(b.reason !== null) ||
			Math.min(a.from.sentence.index, a.to.sentence.index) -
				Math.min(b.from.sentence.index, b.to.sentence.index)
	);
	for (const c of best) {
		const wait = toWait(article, c);
		if (wait) return wait;
	}
	return null;
}

/** The times one sentence fixes, a clock time joined to the day next to it ("at 9pm on Friday"). */
function momentsIn(text: string, s: SentenceRange): Moment[] {
	const found: Moment[] = [];
	for (const m of text.matchAll(WEEKDAY_RE)) {
		// "knock on doors for Monday night", "votes counted through Tuesday": a deadline or a count's
		// end, not when something happened.
		if (
			/\b(?:for|through|thru|by|until|till|ahead\s+of)\s+$/iu.test(
				text.slice(Math.max(0, m.index - 12), m.index)
			)
		)
			continue;
		const modifier = m[1]?.toLowerCase();
		found.push({
			sentence: s,
			start: s.start + m.index,
			end: s.start + m.index + m[0].length,
			weekday: WEEKDAYS.indexOf(m[2]!.toLowerCase()),
			// "Tuesday's primary": the day of a noun, not of the clause's event; unusable as "last".
			relativeWeek:
				modifier === 'last' ||
				modifier === 'next' ||
				modifier === 'this' ||
				/['\u2019]s\b/u.test(m[0])
		});
	}
	for (const m of text.matchAll(DATE_RE)) {
		const month = monthOf(m[1] ?? m[4]!);
		const day = Number(m[2] ?? m[3]);
		const year = m[5] ? Number(m[5]) : undefined;
		if (day < 1 || day > 31) continue;
		// "July 18-21": a run of days, no one time.
		if (/^\s?[-\u2013]\s?\d/u.test(text.slice(m.index + m[0].length))) continue;
		found.push({
			sentence: s,
			start: s.start + m.index,
			end: s.start + m.index + m[0].length,
			date: { month, day, year }
		});
	}
	for (const m of text.matchAll(CLOCK_RE)) {
		const preposition = m[1]?.toLowerCase();
		// "the vote was not taken until 10.15pm": the time it was taken (the words before "until" are
		// read without their "not", as for a date). Without the "not", when something ended.
		const notUntil =
			(preposition === 'until' || preposition === 'till') &&
			/\b(?:not|never)\b[^,;:.]*$|n['\u2019]t\b[^,;:.]*$/iu.test(text.slice(0, m.index));
		// "by 6pm", "about 9pm": no exact time.
		if (preposition && preposition !== 'at' && preposition !== 'from' && !notUntil) continue;
		const clock = clockOf(m);
		if (clock === undefined) continue;
		const skip = notUntil ? m[0].length - m[0].slice(m[1]!.length).trimStart().length : 0;
		found.push({
			sentence: s,
			start: s.start + m.index + skip,
			end: s.start + m.index + m[0].length,
			clock
		});
	}
	found.sort((a, b) => a.start - b.start);
	// Two matches over the same words: keep the first.
	const moments: Moment[] = [];
	for (const m of found) {
		const last = moments.at(-1);
		if (last && m.start < last.end) continue;
		// "at 9pm on Friday", "on Friday at 9pm", "Monday, March 5": one time.
		const gap = last ? text.slice(last.end - s.start, m.start - s.start) : '';
		if (last && /^[\s,]{0,3}$/u.test(gap) && (joinable(last, m) || joinable(m, last))) {
			moments[moments.length - 1] = { ...last, ...m, start: last.start, end: m.end };
			continue;
		}
		moments.push(m);
	}
	return moments;
}

/** A time with its day: a weekday or a date. */
const hasDay = (m: Moment) => m.weekday !== undefined || m.date !== undefined;

/** A clock time and a day, or a weekday and a date: two parts of one time. */
const joinable = (a: Moment, b: Moment) =>
	(a.clock !== undefined && b.clock === undefined) ||
	(a.weekday !== undefined &&
		!a.date &&
		a.clock === undefined &&
		b.date &&
		b.weekday === undefined);

function monthOf(name: string): number {
	const lower = name.toLowerCase().replace(/\.$/u, '');
	return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
}

function clockOf(m: RegExpMatchArray): number | undefined {
	if (m[7]) {
		const word = m[7].toLowerCase();
		return word === 'midnight' ? 0 : 12 * 60;
	}
	if (m[5] !== undefined) {
		const h = Number(m[5]);
		const min = Number(m[6]);
		return h < 24 && min < 60 ? h * 60 + min : undefined;
	}
	const h = Number(m[2]);
	const min = m[3] ? Number(m[3]) : 0;
	if (h < 1 || h > 12 || min > 59) return undefined;
	const pm = m[4]!.toLowerCase().startsWith('p');
	return ((h % 12) + (pm ? 12 : 0)) * 60 + min;
}

/** The waits one sentence states in so many words. */
function statedIn(text: string, s: SentenceRange): Stated[] {
	const out: Stated[] = [];
	for (const m of text.matchAll(RELATIVE_RE)) {
		// "about 24 hours", "within two days", "for two days after": no exact wait.
		if (m[1]) continue;
		const count = NUMBERS[m[2]!.toLowerCase()] ?? Number(m[2]);
		const unit = m[3]!.toLowerCase().replace(/s$/u, '');
		const hours =
			unit === 'hour'
				? count
				: unit === 'day'
					? count * 24
					: unit === 'week'
						? count * 7 * 24
						: unit === 'fortnight'
							? count * 14 * 24
							: undefined;
		// Months and years have no fixed length; minutes and nights are left out.
		if (hours === undefined || !(count > 0)) continue;
		const start = s.start + m.index + (m[0].length - m[0].trimStart().length);
		out.push({
			sentence: s,
			start,
			end: s.start + m.index + m[0].length,
			hours,
			unit: unit === 'hour' ? 'hours' : 'days',
			direction: m[4]!.toLowerCase() as Stated['direction']
		});
	}
	for (const m of text.matchAll(NEXT_DAY_RE)) {
		out.push({
			sentence: s,
			start: s.start + m.index,
			end: s.start + m.index + m[0].length,
			hours: 24,
			unit: 'days',
			direction: m[1] ? 'later' : (m[3]!.toLowerCase() as 'after' | 'before')
		});
	}
	return out;
}

/**
 * A stated wait's two events: "two days later" after the last time fixed before it (in its sentence
 * or the one before); "two days after <event>" between the sentence's main event and that event.
 */
function fromStated(
	article: Article,
	w: Stated,
	bySentence: Map<number, Moment[]>
): Candidate | null {
	const amount = w.unit === 'hours' ? w.hours : w.hours / 24;
	const here = { sentence: w.sentence, start: w.start, end: w.end };
	// The last time before it in its sentence (found by halving: a sentence may hold thousands), else
	// the last of the sentence before: "later" follows the last event told.
	const same = bySentence.get(w.sentence.index) ?? [];
	const before = firstIndex(same, (m) => m.end <= w.start);
	if (w.direction === 'after' || w.direction === 'before') {
		const text = article.masked[w.sentence.paragraph]!;
		// Words on both sides: "The power came back 24 hours after the storm hit".
		if (
			!/[\p{L})\]][\s,]{0,3}$/u.test(text.slice(Math.max(w.sentence.start, w.start - 4), w.start))
		)
			return null;
		if (!/^\s{0,2}\p{L}/u.test(text.slice(w.end, w.end + 3))) return null;
		const main = () => clauseBefore(text, w.sentence.start, w.start);
		const other = () => clauseAfter(text, w.end, w.sentence.end);
		// "in the last two weeks after he ratcheted up his attacks": a span, no wait between two events.
		if (
			/\b(?:in|over|during|for|within)\s+the\s+(?:last|past|next|first|final)\s+$/iu.test(
				text.slice(Math.max(w.sentence.start, w.start - 40), w.start)
			)
		)
			return null;
		// "a week before Republicans hold their primary", "It falls four days before the primary": a
		// wait before an event still to come, or of an event told in the present, is a plan.
		if (w.direction === 'before') {
			const later = text
				.slice(w.end, Math.min(w.sentence.end, w.end + WINDOW))
				.split(/[,;:.!?\u2014]/u)[0]!;
			const earlier = text.slice(Math.max(w.sentence.start, w.start - WINDOW), w.start);
			if (
				FUTURE.test(later) ||
				/\b(?:would|is|are)\b|\b(?:they|we|\p{L}+s)\s+(?:hold|vote|go|begin|start|open|meet)\b/iu.test(
					later
				) ||
				/^\s*\p{L}+\s+(?:falls|comes)\s*$/iu.test(earlier) ||
				!PAST_CLAUSE.test(earlier)
			)
				return null;
		}
		// "The strike began on Saturday, two days after …": the main event's own time, when it has one.
		const own = before > 0 ? same[before - 1]! : undefined;
		// "… on Sunday recounted an interaction that took place three weeks after …": the wait is of
		// the relative clause's event, whose time is not the sentence's.
		if (own && /\b(?:that|which|who|whom|where|when)\b/iu.test(text.slice(own.end, w.start)))
			return null;
		const mainEvent =
			own && !own.relativeWeek
				? { sentence: own.sentence, start: own.start, end: own.end, what: main }
				: { ...here, what: main };
		const otherEvent = { ...here, what: other };
		return w.direction === 'after'
			? { from: otherEvent, to: mainEvent, unit: w.unit, amount, reason: null }
			: { from: mainEvent, to: otherEvent, unit: w.unit, amount, reason: null };
	}
	const anchor = before > 0 ? same[before - 1] : bySentence.get(w.sentence.index - 1)?.at(-1);
	if (!anchor || anchor.relativeWeek) return null;
	const then = { sentence: anchor.sentence, start: anchor.start, end: anchor.end };
	return w.direction === 'later'
		? { from: then, to: here, unit: w.unit, amount, reason: null }
		: { from: here, to: then, unit: w.unit, amount, reason: null };
}

const MS_DAY = 24 * 60 * 60 * 1000;

/** 95 minutes: 1.58 hours, not 1.5833333333333321. */
const hundredths = (x: number) => Math.round(x * 100) / 100;

/** The wait between two times the text fixes in a row, when the text determines it. */
function betweenMoments(article: Article, a: Moment, b: Moment): Candidate | null {
	if (a.relativeWeek || b.relativeWeek) return null;
	// "debates on April 4 and April 14", "between Monday and Friday": times listed in one phrase are
	// options or a span, not two events.
	if (
		a.sentence === b.sentence &&
		/^\s*(?:,|and|or|,\s*(?:and|or))\s*(?:on\s+)?$/iu.test(
			article.masked[a.sentence.paragraph]!.slice(a.end, b.start)
		)
	)
		return null;
	let days: number | undefined;
	let reason: string | null = null;
	let first = a;
	let second = b;
	// Two dates of events still to come ("will go to the caucuses on Feb. 1"): a plan, not a wait.
	const planned = (m: Moment) => {
		// The words around it: a sentence may hold thousands.
		const text = article.masked[m.sentence.paragraph]!.slice(
			Math.max(m.sentence.start, m.start - WINDOW),
			Math.min(m.sentence.end, m.end + WINDOW)
		);
		return FUTURE.test(text) || /\bwould\b/iu.test(text);
	};
	if (a.date && b.date && (planned(a) || planned(b))) return null;
	if (a.date && b.date) {
		// Never guess a year: two dates of one month, two dates with their years, or two dates whose
		// weekdays fix the days between them.
		const sameMonth = a.date.month === b.date.month && a.date.year === b.date.year;
		if (!sameMonth && (a.date.year === undefined || b.date.year === undefined)) {
			const fixed = byWeekdays(a, b);
			if (!fixed) return null;
			[first, second, days] = fixed;
			reason = `No year is given: only ${days} days take "${words(article, first)}" to "${words(article, second)}" on those weekdays. Check that both fall within one year.`;
		} else {
			const at = (d: NonNullable<Moment['date']>) => Date.UTC(d.year ?? 2001, d.month, d.day);
			days = (at(b.date) - at(a.date)) / MS_DAY;
			if (days < 0 || (days === 0 && (b.clock ?? 0) < (a.clock ?? 0))) {
				[first, second] = [b, a];
				days = -days;
			}
		}
	} else if (a.weekday !== undefined && b.weekday !== undefined && !a.date && !b.date) {
		const order = statedOrder(article, a, b);
		if (order === null) return null;
		if (order === 'reversed') [first, second] = [b, a];
		days = (second.weekday! - first.weekday! + 7) % 7;
		const sameDayByClock =
			days === 0 &&
			first.clock !== undefined &&
			second.clock !== undefined &&
			second.clock > first.clock;
		if (days === 0 && !sameDayByClock) return null;
		// The article's order alone, across sentences, is no order in time: news tells the latest
		// first, and a weekday is often another event's ("late Sunday … On Saturday"). On PolNeAR train
		// such waits were wrong four times in five.
		// Clock times on two days next to each other ("9pm on Friday … 6am on Saturday") keep it: the
		// other order would be six days and more.
		const overnight = days === 1 && first.clock !== undefined && second.clock !== undefined;
		if (order === 'text' && !sameDayByClock && !overnight) return null;
		if (order === 'text' && overnight)
			reason = `The article does not say which came first: I took "${words(article, first)}" to come before "${words(article, second)}", the next day. Check the order.`;
	} else if (
		a.clock !== undefined &&
		b.clock !== undefined &&
		a.weekday === undefined &&
		b.weekday === undefined &&
		!a.date &&
		!b.date
	) {
		// Clock times with no day: the same day, in the article's order, when the second is later.
		if (b.clock <= a.clock || b.sentence.paragraph !== a.sentence.paragraph) return null;
		days = 0;
		reason = `No day is given: I took "${words(article, a)}" and "${words(article, b)}" to be on the same day.`;
	} else return null;
	if (days === undefined || !Number.isFinite(days)) return null;
	const clocked = first.clock !== undefined && second.clock !== undefined;
	const hours = days * 24 + (clocked ? (second.clock! - first.clock!) / 60 : 0);
	if (!(hours > 0)) return null;
	const event = (m: Moment) => ({ sentence: m.sentence, start: m.start, end: m.end });
	// Hours when both clock times are known and they are under two days apart; days otherwise.
	return clocked && hours < 48
		? { from: event(first), to: event(second), unit: 'hours', amount: hundredths(hours), reason }
		: {
				from: event(first),
				to: event(second),
				unit: 'days',
				amount: Math.round(hours / 12) / 2,
				reason
			};
}

/**
 * Two dates of no year, each with its weekday ("Thursday 13 February", "Tuesday 25 March"): the
 * order and the days between them that the weekdays allow, each date within a year of the other
 * (in a year of 365 days or a leap year); null unless exactly one count of days fits.
 */
function byWeekdays(a: Moment, b: Moment): [Moment, Moment, number] | null {
	if (a.weekday === undefined || b.weekday === undefined || !a.date || !b.date) return null;
	const fits = new Set<string>();
	let found: [Moment, Moment, number] | null = null;
	// 2001 and 2004: a common year and a leap year; the second date in that year or the next.
	for (const year of [2001, 2004])
		for (const [x, y] of [
			[a, b],
			[b, a]
		] as const)
			for (const later of [0, 1]) {
				const from = Date.UTC(year, x.date!.month, x.date!.day);
				const to = Date.UTC(year + later, y.date!.month, y.date!.day);
				const days = (to - from) / MS_DAY;
				if (days <= 0 || days > 366) continue;
				// This count of days must take the first date's weekday to the second's.
				if ((x.weekday! + days - y.weekday!) % 7 !== 0) continue;
				fits.add(`${x === a}:${days}`);
				found = [x, y, days];
			}
	return fits.size === 1 ? found : null;
}

/**
 * Which of two weekdays came first: stated in one sentence ("on Saturday after … on Thursday",
 * "from Monday to Friday"), or the article's order across the sentences of one paragraph unless the
 * second is told in the past perfect or as earlier ("had broken down on Thursday": it may come
 * first). null: unknown.
 */
function statedOrder(
	article: Article,
	a: Moment,
	b: Moment
): 'forward' | 'reversed' | 'text' | null {
	const text = article.masked[b.sentence.paragraph]!;
	if (a.sentence === b.sentence) {
		const between = text.slice(a.end, b.start).toLowerCase();
		if (/\b(?:after|following|since)\b/u.test(between)) return 'reversed';
		if (/\b(?:before|until|till|then|ahead of|to|and)\b/u.test(between)) return 'forward';
		return null;
	}
	// News tells the latest first and its background after: across paragraphs the order is unknown.
	// (A day told as done and one still to come were read in that order once: on PolNeAR train all
	// five such waits were wrong, the day to come often falling before the other.)
	if (a.sentence.paragraph !== b.sentence.paragraph) return null;
	const second = text.slice(b.sentence.start, b.sentence.end).toLowerCase();
	if (/\b(?:had|earlier|previously|before)\b|\w+['\u2019]d\b/u.test(second)) return null;
	// Events still to come are told in any order: "The vote is due on Thursday. They will rally on Tuesday."
	const first = text.slice(a.sentence.start, a.sentence.end).toLowerCase();
	if (FUTURE.test(first) || FUTURE.test(second)) return null;
	return 'text';
}

/** A verb in the past: "halted", "began", "was". */
const PAST_CLAUSE =
	/\b(?:\p{Ll}{2,}ed|was|were|had|began|broke|went|came|made|took|said|told|met|left|fell|rose|struck|won|lost|saw|gave|got|ran|held|kept|sent|spent|found|shut|hit|led|paid|sold|stood|wrote|spoke|brought|caught|built)\b/u;

/** Words of a time still to come. */
const FUTURE =
	/\b(?:will|due|expected|plans?|planned|scheduled|set to|going to|is to|are to)\b|\w+['\u2019]ll\b/u;

/** The article's words for a time. */
const words = (article: Article, m: { sentence: SentenceRange; start: number; end: number }) =>
	article.blocks[m.sentence.paragraph]!.text.slice(m.start, m.end);

/** How far around a time its event's words are looked for. */
const WINDOW = 200;

/** The clause before `at` in its sentence, without the time words: "The power came back". */
function clauseBefore(text: string, from: number, at: number): string | null {
	// Twelve words fit in 200 characters: a sentence with no stop is not read again for each wait.
	const start = Math.max(from, at - WINDOW);
	// "The strike began on Saturday, two days after": the clause before the comma.
	// A remark in brackets is no part of the event: "a petition (a number not yet checked)".
	const clause = text
		.slice(start, at)
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(/[\s,;:\u2014]+$/u, '')
		// '"…," Ann Lowe wrote three days after': the words after the quote tell who spoke.
		.replace(/^[^]*\uFFFC[\s,.:;!?'"\u2018\u2019\u201c\u201d]*/u, '');
	// The last break, not the comma of a number ("1,400 signatures").
	let cut = -1;
	for (const m of clause.matchAll(/[,;:\u2014]/gu))
		if (!/\d/u.test(clause[m.index - 1] ?? '') || !/\d/u.test(clause[m.index + 1] ?? ''))
			cut = m.index;
	// Cut inside a word: start at the next one.
	if (cut < 0 && start > from) cut = clause.indexOf(' ');
	return tidy(clause.slice(cut + 1));
}

/** A full stop that ends a sentence, not a title's ("Ms. Lowe") or an initial's ("U.S."). */
const FULL_STOP = String.raw`(?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Rev|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\p{Lu}))\.(?=\s|$)`;
/** Where a clause ends: a comma, a colon, a dash, a full stop. */
const STOP = new RegExp(String.raw`[,;:!?\u2014]|${FULL_STOP}`, 'u');
/** Where an event's words end after its time: a stop, a quote, or a word joining another clause. */
const EVENT_END = new RegExp(
	String.raw`[,;:!?\u2014\uFFFC]|${FULL_STOP}|\b(?:after|before|following|until|since)\b`,
	'u'
);

/** The clause after `at` up to the next stop or comma: "the storm hit the coast". */
function clauseAfter(text: string, at: number, to: number): string | null {
	const rest = text.slice(at, Math.min(to, at + WINDOW));
	const stop = rest.search(STOP);
	return tidy(stop < 0 ? rest : rest.slice(0, stop));
}

/** A past or present verb, or an auxiliary: an event's words tell what happened. */
const VERB =
	/\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|began|broke|went|came|made|took|said|told|met|left|fell|rose|struck|won|lost|saw|gave|got|ran|held|kept|sent|spent|found|shut|hit|led|paid|sold|stood|wrote|spoke|brought|caught|built|quit|chose|drove|flew|grew|knew|became|began|sank|swore|threw|wore|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b/u;
/** Words an event's words cannot end on: they lead on to words cut off. */
const LEADS_ON =
	/\s(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|between|since|until|till|after|before|as|than|that|he|she|they|it|was|were|is|are|be|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Rep\.?|Gov\.?)$/u;
/** Adverbs before a time that belong to it: "comes just three days after". */
const TIME_ADVERB = /\s+(?:just|only|exactly|barely|nearly|almost|some|about|precisely|roughly)$/iu;
/** A word between two nouns, not two verb phrases: "Ms. Lowe and Mr. Hale", "the flood and storm damage". */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|this|that|these|those)$/iu;

/** A subject of one to four words and a speech verb opening a clause: "She said (that) …". */
const TOLD_BY =
	/^(?:[\p{L}'\u2019.-]+\s+){1,4}?(?:said|says|told\s+(?:reporters|journalists|the\s+\p{L}+))\s+(?:that\s+)?(?=\p{Ll})/u;

/**
 * A clause's words, or null when none is left (or a quote was in it): cut before a second verb
 * phrase joined by "and" once five words are told ("voted to demolish the pier and build…") but not
 * before a name or between two nouns (the words before it tell no verb), at twelve words with "…" to
 * show the cut, and never on a word that leads on.
 */
function tidy(clause: string): string | null {
	if (clause.includes('\uFFFC')) return null;
	const cleaned = clause
		.trim()
		// "She said the family had bought the scooter": the event is what was told, not the telling.
		.replace(TOLD_BY, '')
		// "(The access was restored Saturday morning.)": the brackets and the stop left by the time.
		.replace(/^\(\s*/u, '')
		.replace(/[\s.]*\)?[\s.]*$/u, '')
		.replace(TIME_ADVERB, '');
	const w = cleaned.split(/\s+/u).filter(Boolean);
	const and = w.findIndex(
		(word, i) =>
			i >= 5 &&
			/^(?:and|but)$/iu.test(word) &&
			!/^\p{Lu}/u.test(w[i + 1] ?? '') &&
			!DETERMINER.test(w[i + 1] ?? '') &&
			VERB.test(w.slice(0, i).join(' '))
	);
	let kept = and > 0 && and <= 12 ? w.slice(0, and) : w.slice(0, 12);
	const cut = !(and > 0 && and <= 12) && w.length > 12;
	while (kept.length > 1 && LEADS_ON.test(` ${kept.at(-1)}`)) kept = kept.slice(0, -1);
	const words = kept.join(' ').replace(/,$/u, '');
	if (kept.length === 0) return null;
	return cut ? `${words}\u2026` : words;
}

/** Words that join two clauses: a time's event starts after the last of them before it. */
const JOINING = /\b(?:after|before|following|until|since|when|while|but)\s+/gu;

/** What happened at a time: its clause with the time's words taken out; null when none can be read. */
function whatAt(article: Article, e: Event): string | null {
	if (e.what) return e.what();
	const text = article.blocks[e.sentence.paragraph]!.text;
	const masked = article.masked[e.sentence.paragraph]!;
	const before = masked.slice(e.sentence.start, e.start);
	// "Two days later, residents lodged an appeal": a time opening the sentence, its clause after the comma.
	const lead =
		before.trim() === ''
			? (/^\s*,/u.exec(masked.slice(e.end, e.sentence.end))?.[0].length ?? 0)
			: 0;
	const after = masked.slice(e.end + lead, e.sentence.end);
	// The clause starts after the last stop, joining word or quote before the time ("… after talks
	// collapsed", '"…," Ann Lowe wrote on Friday').
	let cut = Math.max(...[',', ';', ':', '\u2014', '\uFFFC'].map((c) => before.lastIndexOf(c))) + 1;
	// Not the time's own word: "camped outside the court since Monday".
	for (const m of before.matchAll(JOINING))
		if (m.index + m[0].length < before.length) cut = Math.max(cut, m.index + m[0].length);
	const from = e.sentence.start + cut;
	const stop = after.search(EVENT_END);
	const to = stop < 0 ? e.sentence.end : e.end + lead + stop;
	const joined = `${text.slice(from, e.start).trim()} ${text.slice(e.end + lead, to).trim()}`
		.replace(/^[\s.,:;!?'"\u2018\u2019\u201c\u201d]+/u, '')
		.replace(/^(?:and|but|then|after|before|as|when|while|until|following|since)\s+/iu, '')
		.replace(/[\s.]+$/u, '');
	// "did not get power back until Feb. 15": what happened then is that power came back.
	const until = /\buntil\s+$/iu.test(before) ? doneAt(joined) : joined;
	const what = until === null ? null : tidy(until);
	// An event has a verb and more than a word: not "Announced", "Idaho and Utah", "set to end".
	if (!what || what.split(/\s+/u).length < 2 || !VERB.test(what)) return null;
	return what;
}

/** Past forms a "did not … until" event is told in: the irregular verbs news uses most. */
const IRREGULAR_PAST: Record<string, string> = {
	get: 'got',
	come: 'came',
	go: 'went',
	leave: 'left',
	make: 'made',
	take: 'took',
	give: 'gave',
	find: 'found',
	hear: 'heard',
	know: 'knew',
	see: 'saw',
	begin: 'began',
	pay: 'paid',
	send: 'sent',
	hold: 'held',
	meet: 'met',
	win: 'won',
	run: 'ran',
	tell: 'told',
	say: 'said',
	speak: 'spoke',
	rise: 'rose',
	fall: 'fell',
	become: 'became',
	return: 'returned',
	open: 'opened',
	reopen: 'reopened'
};

/**
 * What happened at a time a clause says something did not happen until: "Some customers did not get
 * power back" → "Some customers got power back", "Roads were not reopened" → "Roads were reopened".
 * The clause unchanged when it has no such "not"; null when its verb's past is not known here.
 */
function doneAt(clause: string): string | null {
	const passive = /\b(was|were|is|are)\s+not\s+/iu.exec(clause);
	if (passive) return clause.replace(passive[0], `${passive[1]} `);
	const did = /\b(?:did\s+not|didn['\u2019]t)\s+(\p{Ll}+)/u.exec(clause);
	if (!did) return /\bnot\b|n['\u2019]t\b/iu.test(clause) ? null : clause;
	const verb = did[1]!;
	const past =
		IRREGULAR_PAST[verb] ??
		(/[^aeiou]e$/u.test(verb)
			? `${verb}d`
			: /(?:[aeiou][^aeiouwxy]|[^aeiou]y)$/u.test(verb)
				? undefined
				: `${verb}ed`);
	return past ? clause.replace(did[0], past) : null;
}

/** "1 day", "2 days", "1.5 hours". */
const amountOf = (amount: number, unit: 'hours' | 'days') =>
	`${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;

/**
 * One event's run, "The festival ran from Monday to Friday": its words ("The festival ran"), null
 * when they cannot be read, undefined when the two times are no run of one event.
 */
function runOf(article: Article, c: Candidate): string | null | undefined {
	const [a, b] = [c.from, c.to].sort((x, y) => x.start - y.start);
	if (a!.sentence !== b!.sentence) return undefined;
	const masked = article.masked[a!.sentence.paragraph]!;
	if (!/^[\s,]*(?:to|through|until|till|[-\u2013])[\s,]*$/iu.test(masked.slice(a!.end, b!.start)))
		return undefined;
	const before = /^(.*?)\s+(?:from|between)\s*$/su.exec(masked.slice(a!.sentence.start, a!.start));
	if (!before) return undefined;
	const cut =
		Math.max(...[',', ';', ':', '\u2014', '\uFFFC'].map((ch) => before[1]!.lastIndexOf(ch))) + 1;
	const what = tidy(before[1]!.slice(cut));
	return what && what.split(/\s+/u).length >= 2 && VERB.test(what) ? what : null;
}

/** The longest wait in days a player is asked to count. */
const MOST_DAYS = 92;

/** The wait's question and answer, or null when its events cannot be told in words a player reads. */
function toWait(article: Article, c: Candidate): GeneratedWait | null {
	const run = runOf(article, c);
	if (run === null) return null;
	const fromWhat = run ? `${run} (start)` : whatAt(article, c.from);
	const toWhat = run ? `${run} (end)` : whatAt(article, c.to);
	// Words a player can read: two of them at least ("Even" is none), and two events told apart.
	// A name alone ("the Huffington Post") tells no event.
	const readable = (what: string | null): what is string =>
		what !== null &&
		what.split(/\s+/u).length >= 2 &&
		!LEADS_ON.test(` ${what}`) &&
		!/^(?:the\s+)?\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*$/u.test(what);
	if (!readable(fromWhat) || !readable(toWhat) || fromWhat === toWhat) return null;
	// "whose support cratered": an event told by a relative word for someone named elsewhere; one
	// event's words inside the other's are no two events.
	if ([fromWhat, toWhat].some((w) => /^(?:whose|which)\b/iu.test(w))) return null;
	if (fromWhat.includes(toWhat) || toWhat.includes(fromWhat)) return null;
	// A wait in days over about three months is no sum for a player: "36,100 days since his birth".
	if (c.unit === 'days' && c.amount > MOST_DAYS) return null;
	const event = (e: Event, what: string): GeneratedEvent => ({
		what,
		when: words(article, e),
		sentence: e.sentence.id
	});
	const from = event(c.from, fromWhat);
	const to = event(c.to, toWhat);
	const half = 0.5;
	const sentences = [c.from.sentence, c.to.sentence].sort((x, y) => x.index - y.index);
	const evidence = [...new Set(sentences.map((s) => s.id))];
	const same = from.when === to.when && from.sentence === to.sentence;
	return {
		from,
		to,
		question: run
			? `How many ${c.unit} passed between the start and the end of "${run}"?`
			: `How many ${c.unit} passed between "${from.what}" and "${to.what}"?`,
		unit: c.unit,
		amount: c.amount,
		min: hundredths(Math.max(0, c.amount - half)),
		max: hundredths(c.amount + half),
		evidence,
		explanation: same
			? `The article says "${from.when}": ${amountOf(c.amount, c.unit)}.`
			: `The article gives "${from.when}", then "${to.when}": ${amountOf(c.amount, c.unit)}.`,
		discuss: 'Which words in the article fix each time, and how exact can the answer be?',
		confidence: c.reason === null ? 'sure' : 'check',
		reason: c.reason
	};
}
