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
/** A verb in the past: the regular ones, and the irregular ones news tells events with. */
const PAST_WORD =
	'\\p{Ll}+ed|met|went|began|broke|burst|took|made|held|won|lost|came|left|struck|fell|rose|sent|gave|found|ran|set|hit|sold|bought|paid|chose|drove|flew|spent|became|brought|caught|built';
const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019-]*";
/**
 * "The River Leat", "Harbour Council", "the school board": a subject of at most four words, a name
 * or "the" and a noun in lower case.
 */
const SUBJECT = `(?:(?:[Tt]he\\s+)?${NAME_WORD}(?:\\s+[\\p{L}'\u2019-]+){0,3}?|[Tt]he(?:\\s+\\p{Ll}[\\p{Ll}-]*){1,3}?)`;
/** "on Tuesday", "Tuesday night" (American news leaves out "on"), never "Tuesday's". */
const DAY = `(?:at\\s+dawn\\s+|early\\s+|late\\s+)?(?:on\\s+)?(?<day>${WEEKDAYS.join('|')})(?!['\u2019])(?:\\s+(?:morning|afternoon|evening|night))?`;
/** A verb in the past, or a passive ("was convened"). */
const VERB = `(?<passive>(?:was|were)\\s+)?(?<verb>(?:${PAST_WORD})(?![\\p{L}'\u2019-]))`;
/** Where the event's words end: a stop, or a word that opens another part of the sentence. */
const EVENT_END = `(?=[,.;:](?!\\d)|\\s+(?:after|before|when|because|as|and|but|in|for|at|(?<!\\b(?:lead|victory|win|edge|advantage|margin|control|power)\\s+)over|(?!during|morning|evening)\\p{Ll}+ing)\\b|$)`;
/**
 * After a verb with nothing between it and its day, only the sentence's end or a new part of it:
 * "called Wednesday for Ginsburg to resign", "spent Saturday delivering pep talks" and "was joined
 * Monday … by Buddy Valastro" have lost what the verb needs.
 */
const BARE_VERB_END = /^(?:[,.;:]|\s+(?:after|before|when|because|as|and|but)\b|\s*$)/u;
/** Words no subject holds after its first: "Soon after Wasserman Schultz", "Gruenberg is", "New polls released". */
const NOT_IN_SUBJECT =
	/\s(?:after|before|as|when|while|if|in|on|at|of|for|with|by|from|to|out|up|off|down|over|and|but|or|is|are|was|were|has|have|had|will|would|can|could|who|which|that|whose|\p{Ll}+ed)(?![\p{L}-])/u;
/**
 * First words that open no subject: "As the convention resumed", "Something rare happened", "With
 * mixed results on Tuesday night" (a preposition's phrase).
 */
const NOT_A_SUBJECT =
	/^(?:As|Soon|In|On|At|After|Before|When|While|Since|Until|Then|Later|Earlier|Also|But|And|So|Meanwhile|However|It|Each|Every|Something|Nothing|Everything|Someone|Somebody|Everyone|Everybody|Nobody|With|Without|For|From|By|Under|Over|Amid|Despite|Through|During|Following|Among|Against|Like|Unlike|Of|To|Into|About|Across|Behind|Beyond|Within|Upon|Toward|Towards)\b/u;
/** An object that says whom by a pronoun of somebody else, or that opens a passive's agent. */
const NOT_AN_OBJECT = /^\s+(?:by|that)\b|\b(?:her|him|them)\b/u;
/** Words of an event told more than once: another day is no false claim ("made similar comments"). */
const REPEATED = /\b(?:again|similar|another|more|second|other)\b/u;
/**
 * The event: a subject, its verb in the past, at most six words of object, then the day ("voted on
 * Tuesday to close the pier": the day may also stand before the verb's "to …").
 */
const DAY_EVENT = new RegExp(
	`^(?<subject>${SUBJECT})\\s+${VERB}(?<particle>\\s+(?:up|out|down|off|back|away))?(?<object>(?:\\s+(?:[\\p{L}'\u2019£$€\\d-]|[.,](?=\\d))+){0,6}?)\\s+${DAY}(?<rest>\\s+to\\s+[\\p{L}'\u2019 -]{3,40}?)?${EVENT_END}`,
	'u'
);
/** The day before the verb: "Senator Ruth Keller on Friday endorsed the mayor's challenger". */
const DAY_FIRST_EVENT = new RegExp(
	`^(?<subject>${SUBJECT})\\s+${DAY}\\s+${VERB}(?<particle>\\s+(?:up|out|down|off|back|away))?(?<object>(?:\\s+(?:[\\p{L}'\u2019£$€\\d-]|[.,](?=\\d))+){0,6}?)(?<rest>)${EVENT_END}`,
	'u'
);
/** Where an event's clause may start besides the sentence's start: after "after", "when"… */
const CLAUSE_OPENING =
	/(?:\b(?:after|before|when|as|because|while|until|since)|,\s+and)\s+(?=[Tt]he\s|\p{Lu})/gu;
/** "The local MP, David Hurst, visited …": the name in apposition is the subject. */
const APPOSITION = new RegExp(
	`^(?:[Tt]he\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}[\\p{L}'\u2019-]+,\\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|The Rev)\\.?\\s+)?(?<name>${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}),\\s+(?:who\\s+)?(?=\\p{Ll})`,
	'u'
);
/** Words of a time still to come, or of someone's words: no event told as done. */
const NOT_DONE =
	/\b(?:will|would|could|might|may|should|due|expected|scheduled|slated|plans?|said|says|told|asked|if|whether)\b/iu;
const SPEECH =
	/^(?:said|told|added|claimed|announced|stated|confirmed|denied|warned|argued|insisted|explained|noted|claimed|reported|revealed|suggested|tweeted|wrote|asked)$/u;

/** The clauses read in one sentence, and how far into each: a "sentence" of 20,000 characters stays linear. */
const MOST_CLAUSES = 12;
const CLAUSE_WINDOW = 300;

interface DayEvent {
	event: string;
	day: string;
	/** The event's verb: another day is never one the article tells of the same verb. */
	verb: string;
	/** Told as happening again: it may have happened on another day too. */
	repeated: boolean;
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
		const found = DAY_EVENT.exec(clause) ?? DAY_FIRST_EVENT.exec(clause);
		if (!found?.groups) continue;
		const {
			subject,
			passive = '',
			verb,
			particle = '',
			object = '',
			day,
			rest = ''
		} = found.groups;
		if (SPEECH.test(verb!) || PRONOUN_OPENING.test(subject!)) continue;
		// "The man who …", "New polls released": a subject that holds a verb is cut in the wrong place.
		if (NOT_IN_SUBJECT.test(subject!) || NOT_A_SUBJECT.test(subject!)) continue;
		if (NOT_AN_OBJECT.test(object)) continue;
		// "were hammered out beginning on Sunday": the day is that word's, which the claim would drop.
		if (/\s(?:beginning|starting|ending|from|until|through|since|by)$/u.test(object)) continue;
		const after = clause.slice(found.index + found[0].length);
		if (!object && !rest && !BARE_VERB_END.test(after)) continue;
		// "voted Thursday to hold Bryan Pagliano, a former aide, in contempt": a "to …" cut at a comma
		// or before a participle ("challenges facing their continent") may have lost its end.
		if (rest && !/^(?:[.;:]|\s+(?:after|before|when|because|but)\b|\s*$)/u.test(after)) continue;
		if (NOT_DONE.test(`${verb}${object}${rest}`) || /\uFFFC/u.test(found[0])) continue;
		const event = `${subject} ${passive}${verb}${particle}${object}${rest}`;
		out.push({ event, day: day!, verb: verb!, repeated: REPEATED.test(event) });
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
	// Each weekday the article names, in its order, with the sentences that name it.
	const named = new Map<string, string[]>();
	for (const [index] of article.sentenceList.entries()) {
		const text = maskedSentence(article, index);
		for (const m of text.matchAll(new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu')))
			named.set(m[0], [...(named.get(m[0]) ?? []), text]);
	}
	const facts: Fact[] = [];
	for (const [index, range] of article.sentenceList.entries()) {
		for (const { event, day, verb, repeated } of eventsIn(maskedSentence(article, index).trim())) {
			const text = worded(event, day, range.text);
			if (!text) continue;
			// Another day the article names, nowhere in this sentence, and on which it tells of nothing
			// done with the same verb ("also voted on Tuesday"): the event did not happen that day too.
			const sameVerb = new RegExp(`\\b${verb}\\b`, 'iu');
			const other = repeated
				? undefined
				: [...named.entries()].find(
						([d, texts]) =>
							d !== day && !range.text.includes(d) && !texts.some((t) => sameVerb.test(t))
					)?.[0];
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
