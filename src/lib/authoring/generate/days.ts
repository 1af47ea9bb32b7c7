// Claims about what happened on a named day ("Harbour Council voted on Tuesday to close the pier"),
// refuted with another weekday the article names. For the teacher to check: the event is cut from
// its sentence by rule.
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
	/^(?:\p{Ll}+ed|met|went|began|broke|took|made|held|won|lost|came|left|struck|fell|rose|sent|gave|found|ran|shut|set|hit|put|sold|bought|paid|chose|drove|flew|spent|wrote|became|began|brought|caught|built)$/u;
const DAY_EVENT = new RegExp(
	"^(?<subject>(?:The\\s+)?\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+[\\p{L}'\u2019-]+){0,3}?)\\s+(?<verb>\\p{Ll}+)(?<particle>\\s+(?:up|out|down|off|back|away))?\\s+on\\s+(?<day>" +
		WEEKDAYS.join('|') +
		")(?<rest>\\s+to\\s+[\\p{L}'\u2019 -]{3,40}?)?(?=[,.;:]|\\s+(?:after|before|when|because|as|and|but|in|for|at)\\b|$)",
	'u'
);
const SPEECH =
	/^(?:said|told|added|claimed|announced|stated|confirmed|denied|warned|argued|insisted|explained|noted|reported|revealed|suggested|tweeted|wrote|asked)$/u;

/** "Harbour Council voted on Tuesday to close the pier": what happened, and the day it did. */
export function days(article: Article): Fact[] {
	const named = new Map<string, number>();
	for (const [index] of article.sentenceList.entries())
		for (const m of maskedSentence(article, index).matchAll(
			new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'gu')
		))
			if (!named.has(m[0])) named.set(m[0], index);
	const facts: Fact[] = [];
	for (const [index, range] of article.sentenceList.entries()) {
		const found = DAY_EVENT.exec(maskedSentence(article, index).trim());
		if (!found?.groups) continue;
		const { subject, verb, particle = '', day, rest = '' } = found.groups;
		if (!PAST.test(verb!) || SPEECH.test(verb!) || PRONOUN_OPENING.test(subject!)) continue;
		const event = `${subject} ${verb}${particle}${rest}`;
		const text = `${event} on ${day}.`;
		if (longestSharedRun(text, range.text) > MOST_COPIED) continue;
		// Another day the article names, nowhere in this sentence.
		const other = [...named.keys()].find((d) => d !== day && !range.text.includes(d));
		const reason = 'Make sure the event and its day are as the sentence says.';
		facts.push({
			key: `day:${range.id}`,
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
						`${event} on ${other}.`,
						'refuted',
						[range.id],
						`The article says this happened on ${day}, not ${other}.`,
						false,
						reason
					)
				: null
		});
	}
	return facts;
}
