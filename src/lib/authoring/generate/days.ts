// Claims about what happened on a named day ("Harbour Council voted on Tuesday to close the pier",
// "The local MP, David Hurst, visited Mill Street on Friday morning", "… after the River Leat burst
// its banks on Thursday evening"), refuted with another weekday the article names. For the teacher
// to check: the event is cut from its sentence by rule.
import type { Article } from '../suggest/article';
import {
	claim,
	longestSharedRun,
	maskedSentence,
	MOST_COPIED,
	PRONOUN_OPENING,
	type Fact
} from './claim';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PAST =
	/^(?:\p{Ll}+ed|met|went|began|broke|burst|took|made|held|won|lost|came|left|struck|fell|rose|sent|gave|found|ran|set|hit|sold|bought|paid|chose|drove|flew|spent|became|brought|caught|built)$/u;
const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
/** "The River Leat", "Harbour Council", "the union": a subject of at most four words. */
const SUBJECT = `(?:[Tt]he\\s+)?${NAME_WORD}(?:\\s+[\\p{L}'\u2019-]+){0,3}?`;
const DAY = `(?:at\\s+dawn\\s+|early\\s+|late\\s+)?on\\s+(?<day>${WEEKDAYS.join('|')})(?:\\s+(?:morning|afternoon|evening|night))?`;
/**
 * The event: a subject, its verb in the past, at most six words of object, then the day ("voted on
 * Tuesday to close the pier": the day may also stand before the verb's "to …").
 */
const DAY_EVENT = new RegExp(
	`^(?<subject>${SUBJECT})\\s+(?<verb>\\p{Ll}+)(?<particle>\\s+(?:up|out|down|off|back|away))?(?<object>(?:\\s+[\\p{L}'\u2019£$€\\d-]+){0,6}?)\\s+${DAY}(?<rest>\\s+to\\s+[\\p{L}'\u2019 -]{3,40}?)?(?=[,.;:]|\\s+(?:after|before|when|because|as|and|but|in|for|at)\\b|$)`,
	'u'
);
/** Where an event's clause may start besides the sentence's start: after "after", "when"… */
const CLAUSE_OPENING =
	/\b(?:after|before|when|as|because|while|until|since)\s+(?=[Tt]he\s|\p{Lu})/gu;
/** "The local MP, David Hurst, visited …": the name in apposition is the subject. */
const APPOSITION = new RegExp(
	`^(?:[Tt]he\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}[\\p{L}'\u2019-]+,\\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|The Rev)\\.?\\s+)?(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),\\s+(?:who\\s+)?(?=\\p{Ll})`,
	'u'
);
/** Words of a time still to come, or of someone's words: no event told as done. */
const NOT_DONE =
	/\b(?:will|would|could|might|may|should|due|expected|plans?|said|says|told|asked|if|whether)\b/iu;
const SPEECH =
	/^(?:said|told|added|claimed|announced|stated|confirmed|denied|warned|argued|insisted|explained|noted|claimed|reported|revealed|suggested|tweeted|wrote|asked)$/u;

/** The clauses read in one sentence, and how far into each: a "sentence" of 20,000 characters stays linear. */
const MOST_CLAUSES = 12;
const CLAUSE_WINDOW = 300;

interface DayEvent {
	event: string;
	day: string;
}

/** The events with their day in one sentence's masked text (quotes hidden). */
function eventsIn(text: string): DayEvent[] {
	const starts = [0];
	for (const m of text.matchAll(CLAUSE_OPENING)) {
		if (starts.length >= MOST_CLAUSES) break;
		starts.push(m.index + m[0].length);
	}
	const out: DayEvent[] = [];
	for (const start of starts) {
		// An event and its day fit in a few dozen words: a clause is read no further than that.
		let clause = text.slice(start, start + CLAUSE_WINDOW);
		// "The local MP, David Hurst, visited" → "David Hurst visited"; "Iain MacLeod, who ran" too.
		const apposed = APPOSITION.exec(clause);
		if (apposed?.groups) clause = `${apposed.groups.name} ${clause.slice(apposed[0].length)}`;
		const found = DAY_EVENT.exec(clause);
		if (!found?.groups) continue;
		const { subject, verb, particle = '', object = '', day, rest = '' } = found.groups;
		if (!PAST.test(verb!) || SPEECH.test(verb!) || PRONOUN_OPENING.test(subject!)) continue;
		if (NOT_DONE.test(`${object}${rest}`) || /\uFFFC/u.test(found[0])) continue;
		out.push({ event: `${subject} ${verb}${particle}${object}${rest}`, day: day! });
	}
	return out;
}

/** The claim's words: the sentence's own order, or the day first when that would copy too much. */
function worded(event: string, day: string, sentence: string): string | null {
	const plain = `${event.charAt(0).toUpperCase()}${event.slice(1)} on ${day}.`;
	if (longestSharedRun(plain, sentence) <= MOST_COPIED) return plain;
	const fronted = `On ${day}, ${event.replace(/^The\b/u, 'the')}.`;
	return longestSharedRun(fronted, sentence) <= MOST_COPIED ? fronted : null;
}

/** What happened on each named day, and the same on another day the article names. */
export function days(article: Article): Fact[] {
	const named = new Map<string, number>();
	for (const [index] of article.sentenceList.entries())
		for (const m of maskedSentence(article, index).matchAll(
			new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu')
		))
			if (!named.has(m[0])) named.set(m[0], index);
	const facts: Fact[] = [];
	for (const [index, range] of article.sentenceList.entries()) {
		for (const { event, day } of eventsIn(maskedSentence(article, index).trim())) {
			const text = worded(event, day, range.text);
			if (!text) continue;
			// Another day the article names, nowhere in this sentence.
			const other = [...named.keys()].find((d) => d !== day && !range.text.includes(d));
			const reason = 'Make sure the event and its day are as the sentence says.';
			facts.push({
				key: `day:${range.id}:${day}`,
				kind: 'day',
				supported: claim(
					text,
					'supported',
					[range.id],
					`The article says this happened on ${day}.`,
					false,
					reason
				),
				refuted: other
					? claim(
							text.replace(day, other),
							'refuted',
							[range.id],
							`The article says this happened on ${day}, not ${other}.`,
							false,
							reason
						)
					: null
			});
		}
	}
	return facts;
}
