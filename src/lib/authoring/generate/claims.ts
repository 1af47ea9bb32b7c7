// Claims to judge, made from facts the article states in a form the engine reads without doubt:
// who holds a role ("Morag Henderson, the union's branch secretary,"), a person's age ("Ellison,
// 78,"), a figure in a short clause ("Turnout was 42%"), and what happened on a named day. Each fact
// gives a supported claim, or a refuted one with one detail swapped for another of the same kind that
// the article itself gives (another person's role, another age, another figure of the same unit,
// another day): never an alternative that gives itself away. A person whose age the article never
// gives yields a claim that is not in the article, always for the teacher to check.
import type { Article, Entity } from '../suggest/article';
import type { GeneratedClaim, SuggestedStatement, Suggestions } from '../suggest/types';
import { saidClaims, saidFacts } from './said';

/** The longest run of the article's words a claim may copy: it is reworded, not copied. */
export const MOST_COPIED = 6;

const DISCUSS = {
	supported: 'Which sentence says so, and in which words?',
	refuted: 'Which detail is wrong, and what does the article say instead?',
	absent: 'What does the article say about this person, and what does it leave out?'
} as const;

/** One fact, with the claims it gives: the true one, and a false one when the article has an alternative. */
export interface Fact {
	/** Which detail it is about, to keep two claims on one detail out of the same quiz. */
	key: string;
	kind: 'role' | 'age' | 'figure' | 'day' | 'said';
	supported: GeneratedClaim;
	refuted: GeneratedClaim | null;
}

const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.split(/[^\p{L}\p{N}'%£$€.]+/u)
		.map((w) => w.replace(/\.$/u, ''))
		.filter(Boolean);

/** The longest run of consecutive words a claim shares with a sentence. */
export function longestSharedRun(claim: string, sentence: string): number {
	const a = words(claim);
	const b = words(sentence);
	let best = 0;
	// Small inputs (a claim of a dozen words, one sentence): the plain dynamic programme is enough.
	let previous = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++)
			if (a[i - 1] === b[j - 1]) {
				row[j] = previous[j - 1]! + 1;
				if (row[j]! > best) best = row[j]!;
			}
		previous = row;
	}
	return best;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A label as it reads inside a sentence: "the council", "a report", but "Tom Reilly". */
const inSentence = (label: string) => label.replace(/^(The|A|An)\b/u, (w) => w.toLowerCase());

/** The sentence's own words with quotes blanked (names and figures inside quotes are someone's words). */
function maskedSentence(article: Article, index: number): string {
	const s = article.sentenceList[index]!;
	return article.masked[s.paragraph]!.slice(s.start, s.end);
}

interface NamedIn {
	entity: Entity;
	sentence: number;
	/** The mention's end in the masked paragraph. */
	pos: number;
	end: number;
}

/** Every place a person is named, in the article's order. */
function namings(article: Article): NamedIn[] {
	const out: NamedIn[] = [];
	for (const [sentence, list] of article.mentions)
		for (const m of list)
			if (m.kind === 'name' && m.entity.kind === 'person' && !m.entity.unnamed)
				out.push({ entity: m.entity, sentence, pos: m.pos, end: m.end });
	return out.sort((a, b) => a.sentence - b.sentence || a.pos - b.pos);
}

/** A role phrase fit for "X is <role>": definite, short, a role and not a description. */
const ROLE = /^the\s+(?:[\p{L}'\u2019-]+\s+){0,3}[\p{L}-]+$/iu;
const NOT_ROLES =
	/\b(?:man|woman|boy|girl|person|people|victim|pair|couple|family|one|other|latter|former|same)$/iu;

/** "Morag Henderson, the union's branch secretary," or "The union's branch secretary, Morag Henderson,". */
function roleFacts(
	article: Article,
	named: NamedIn[]
): { entity: Entity; role: string; sentence: number }[] {
	const found: { entity: Entity; role: string; sentence: number }[] = [];
	const seen = new Set<Entity>();
	for (const n of named) {
		if (seen.has(n.entity)) continue;
		const s = article.sentenceList[n.sentence]!;
		const text = article.masked[s.paragraph]!;
		const after =
			/^,\s+(the\s+[^,.;:\uFFFC]{3,60}?)(?=,|\.\s|\.$|\s+(?:who|said|says|told)\b)/iu.exec(
				text.slice(n.end, Math.min(s.end, n.end + 80))
			);
		const before = /(?:^|[.;]\s+|^\s*)(the\s+[^,.;:\uFFFC]{3,60}?),\s+$/iu.exec(
			text.slice(Math.max(s.start, n.pos - 80), n.pos)
		);
		const role = (after?.[1] ?? before?.[1])?.trim();
		if (!role || !ROLE.test(role) || NOT_ROLES.test(role) || role.split(/\s+/u).length > 5)
			continue;
		// A role is somebody's own: a second person with the same role makes the swap unfair.
		if (found.some((f) => f.role.toLowerCase() === role.toLowerCase())) continue;
		seen.add(n.entity);
		found.push({ entity: n.entity, role: role.replace(/^The\b/u, 'the'), sentence: n.sentence });
	}
	return found;
}

/** "Margaret Ellison, 78," */
function ageFacts(
	article: Article,
	named: NamedIn[]
): { entity: Entity; age: number; sentence: number }[] {
	const found: { entity: Entity; age: number; sentence: number }[] = [];
	for (const n of named) {
		if (found.some((f) => f.entity === n.entity)) continue;
		const s = article.sentenceList[n.sentence]!;
		const m = /^,\s+(\d{1,3}),/u.exec(article.masked[s.paragraph]!.slice(n.end, n.end + 8));
		if (m && Number(m[1]) >= 5 && Number(m[1]) <= 110)
			found.push({ entity: n.entity, age: Number(m[1]), sentence: n.sentence });
	}
	return found;
}

const sentenceId = (article: Article, index: number) => article.sentenceList[index]!.id;

function claim(
	text: string,
	label: GeneratedClaim['label'],
	evidence: string[],
	explanation: string,
	sure: boolean,
	reason: string
): GeneratedClaim {
	return {
		claim: text,
		label,
		evidence: label === 'not-in-article' ? [] : [...new Set(evidence)],
		related: label === 'not-in-article' ? evidence : [],
		explanation,
		discuss:
			label === 'supported'
				? DISCUSS.supported
				: label === 'refuted'
					? DISCUSS.refuted
					: DISCUSS.absent,
		confidence: sure ? 'sure' : 'check',
		reason: sure ? null : reason
	};
}

/** The role facts: "X is the union's branch secretary", refuted by naming another person with a role. */
function roles(article: Article, named: NamedIn[]): Fact[] {
	const list = roleFacts(article, named);
	return list.map((fact, i) => {
		const id = sentenceId(article, fact.sentence);
		const other = list[(i + 1) % list.length];
		const supported = claim(
			`${fact.entity.label} is ${fact.role}.`,
			'supported',
			[id],
			`The article names ${fact.entity.label} as ${fact.role}.`,
			true,
			''
		);
		const refuted =
			other && other !== fact && other.entity !== fact.entity
				? claim(
						`${other.entity.label} is ${fact.role}.`,
						'refuted',
						[id, sentenceId(article, other.sentence)],
						`${capitalise(fact.role)} is ${fact.entity.label}; ${other.entity.label} is ${other.role}.`,
						true,
						''
					)
				: null;
		return { key: `role:${fact.entity.label}`, kind: 'role', supported, refuted };
	});
}

/** The age facts: "X is 78 years old", refuted with another age the article gives. */
function ages(article: Article, named: NamedIn[]): Fact[] {
	const list = ageFacts(article, named);
	return list.map((fact, i) => {
		const id = sentenceId(article, fact.sentence);
		const other = list.find((o, j) => j !== i && Math.abs(o.age - fact.age) >= 3);
		return {
			key: `age:${fact.entity.label}`,
			kind: 'age',
			supported: claim(
				`${fact.entity.label} is ${fact.age} years old.`,
				'supported',
				[id],
				`The article gives ${fact.entity.label}'s age as ${fact.age}.`,
				true,
				''
			),
			refuted: other
				? claim(
						`${fact.entity.label} is ${other.age} years old.`,
						'refuted',
						[id],
						`The article gives ${fact.entity.label}'s age as ${fact.age}, not ${other.age} (${other.age} is ${other.entity.label}'s age).`,
						true,
						''
					)
				: null
		};
	});
}

/**
 * People whose age the article never gives (no "Name, 54,", no "54-year-old", no "aged 54" anywhere):
 * a claim of an age for one of them is not in the article. Only when the article gives another's
 * age, so the claim is of a kind the article could have settled.
 */
function unstatedAges(article: Article, named: NamedIn[], text: string): GeneratedClaim[] {
	const given = ageFacts(article, named);
	if (given.length === 0 || /\b\d{1,3}-year-old\b|\baged\s+\d|\bage\s+(?:of\s+)?\d/iu.test(text))
		return [];
	const withAge = new Set(given.map((g) => g.entity));
	const people = [...new Set(named.map((n) => n.entity))].filter(
		(e) => !withAge.has(e) && e.age === undefined && e.names.length >= 2
	);
	const someone = people[0];
	if (!someone) return [];
	const first = named.find((n) => n.entity === someone)!;
	const age = given[0]!.age + 7;
	return [
		claim(
			`${someone.label} is ${age} years old.`,
			'not-in-article',
			[sentenceId(article, first.sentence)],
			`The article never gives ${someone.label}'s age.`,
			false,
			`Make sure the article gives ${someone.label}'s age nowhere (the engine found none).`
		)
	];
}

/** A figure and its unit class: money, per cent, or a plain count. */
const FIGURE =
	/(?:[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion))?|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b)|\b\d[\d,]*(?:\.\d+)?\b)/giu;

function unitOf(figure: string): 'money' | 'percent' | 'count' {
	if (/^[£$€]/u.test(figure)) return 'money';
	if (/%|per\s?cent/iu.test(figure)) return 'percent';
	return 'count';
}

function valueOf(figure: string): number {
	const n = Number(/\d[\d,]*(?:\.\d+)?/u.exec(figure)![0].replace(/,/g, ''));
	return /(?:m|million)$/iu.test(figure)
		? n * 1e6
		: /(?:bn|billion)$/iu.test(figure)
			? n * 1e9
			: /k$/iu.test(figure)
				? n * 1e3
				: n;
}

/** The words that open a clause a claim can stand on: no pronoun whose meaning is elsewhere. */
const PRONOUN_OPENING =
	/^(?:it|its|they|their|them|he|she|his|her|this|that|these|those|which|who|we|i|you|there)\b/iu;
const CLAUSE_BREAK =
	/(?:^|[,;:\u2013\u2014]\s+|\s+(?:and|but|while|after|before|because|when|as|that|since|although|if)\s+)/giu;
const VERB =
	/\b(?:was|were|is|are|had|has|have|will|would|could|can|cost|costs|rose|fell|raised|paid|spent|received|won|lost|scored|took|reached|dropped|grew|earned|owed|needed|totalled|totaled|attracted|drew|injured|killed|affected|left|hit)\b|\b\p{L}+ed\b/iu;
/** A clause cut after a comma that opens with its verb has lost its subject: "…, said she had lost 40". */
const VERB_OPENING =
	/^(?:said|says|told|added|was|were|is|are|has|have|had|will|would|could|can|\p{Ll}+ed|\p{Ll}+ing)\b/u;
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|am|pm|a\.m|p\.m)\b/iu;

interface FigureIn {
	sentence: number;
	figure: string;
	/** The claim's words: a short clause of the sentence ending with the figure (and its noun). */
	clause: string;
	/** Where the figure is in the clause. */
	at: number;
}

/** Short clauses that state a figure: "Turnout was 42%", "The repairs will cost £2.4m". */
function figuresIn(article: Article): FigureIn[] {
	const out: FigureIn[] = [];
	for (let index = 0; index < article.sentenceList.length; index++) {
		const text = maskedSentence(article, index);
		if (text.length > 400) continue;
		for (const m of text.matchAll(FIGURE)) {
			const figure = m[0].trim();
			const value = valueOf(figure);
			// Years, dates and clock times are not amounts.
			if (unitOf(figure) === 'count' && (value < 2 || (value >= 1900 && value <= 2100))) continue;
			const afterText = text.slice(m.index + m[0].length);
			if (
				unitOf(figure) === 'count' &&
				(/^[:.]\d|^\s*(?:am|pm|a\.m|p\.m)\b/iu.test(afterText) ||
					/\d[:.]$/u.test(text.slice(0, m.index)))
			)
				continue;
			// The noun after a plain count ("40 homes"); a count of time is a duration, left to the timeline.
			const noun = /^\s+([\p{Ll}][\p{Ll}-]+)/u.exec(afterText)?.[1];
			if (unitOf(figure) === 'count' && (!noun || TIME_WORDS.test(noun))) continue;
			const end =
				m.index +
				m[0].length +
				(unitOf(figure) === 'count' ? afterText.indexOf(noun!) + noun!.length : 0);
			// The clause's start: the last break before the figure.
			let start = 0;
			for (const b of text.slice(0, m.index).matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
			const clause = text.slice(start, end).trim();
			const n = clause.split(/\s+/u).length;
			if (
				n < 3 ||
				n > 9 ||
				PRONOUN_OPENING.test(clause) ||
				VERB_OPENING.test(clause) ||
				!VERB.test(clause.slice(0, clause.indexOf(figure)))
			)
				continue;
			if (/\uFFFC/u.test(clause)) continue;
			out.push({ sentence: index, figure, clause, at: clause.indexOf(figure) });
		}
	}
	return out;
}

/** Who the sentence's words are reported from, when a statement of the engine covers the figure. */
function reportedBy(
	statements: readonly SuggestedStatement[],
	sources: Suggestions['sources'],
	id: string,
	clause: string
): string | null | undefined {
	const own = statements.find(
		(s) => s.sentences.includes(id) && s.form !== 'writer' && s.content.includes(clause.slice(-20))
	);
	if (!own) return undefined;
	return own.source ? (sources.find((s) => s.id === own.source)?.label ?? null) : null;
}

function figures(article: Article, suggestions: Suggestions): Fact[] {
	const list = figuresIn(article);
	const facts: Fact[] = [];
	for (const [i, fact] of list.entries()) {
		const id = sentenceId(article, fact.sentence);
		const sentence = article.sentenceList[fact.sentence]!.text;
		const speaker = reportedBy(suggestions.statements, suggestions.sources, id, fact.clause);
		// Words reported from nobody known: a claim could not say whose they are.
		if (speaker === null) continue;
		const frame = (clause: string) =>
			speaker
				? `According to ${inSentence(speaker)}, ${clause.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())}.`
				: `${capitalise(clause)}.`;
		const supportedText = frame(fact.clause);
		if (longestSharedRun(supportedText, sentence) > MOST_COPIED) continue;
		// Another figure of the same unit and size from elsewhere in the article.
		const unit = unitOf(fact.figure);
		const value = valueOf(fact.figure);
		const other = list.find(
			(o, j) =>
				j !== i &&
				unitOf(o.figure) === unit &&
				valueOf(o.figure) !== value &&
				valueOf(o.figure) / value <= 4 &&
				value / valueOf(o.figure) <= 4 &&
				!fact.clause.includes(o.figure)
		);
		const swapped = other
			? fact.clause.slice(0, fact.at) +
				other.figure +
				fact.clause.slice(fact.at + fact.figure.length)
			: null;
		const reason =
			'Make sure the short claim keeps what the sentence means (the engine cut it to its clause).';
		facts.push({
			key: `figure:${id}:${fact.figure}`,
			kind: 'figure',
			supported: claim(
				supportedText,
				'supported',
				[id],
				`The article says ${fact.figure}.`,
				false,
				reason
			),
			refuted: swapped
				? claim(
						frame(swapped),
						'refuted',
						[id],
						`The article gives ${fact.figure}, not ${other!.figure}.`,
						false,
						reason
					)
				: null
		});
	}
	return facts;
}

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
function days(article: Article): Fact[] {
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
		const other = [...named.keys()].find((d) => d !== day && named.get(d) !== index);
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

/** What someone said, in substance, refuted by naming another speaker of the same kind. */
function said(article: Article, suggestions: Suggestions): Fact[] {
	const list = saidFacts(article, suggestions);
	const facts: Fact[] = [];
	for (const [i, fact] of list.entries()) {
		const sentence = fact.statement.sentences
			.map((id) => article.sentenceList.find((s) => s.id === id)?.text ?? '')
			.join(' ');
		/** The wording that copies least, if it copies no more than the rule allows. */
		const reworded = (texts: string[]) =>
			texts
				.map((t) => ({ t, run: longestSharedRun(t, sentence) }))
				.filter((c) => c.run <= MOST_COPIED)
				.sort((a, b) => a.run - b.run)[0]?.t;
		const text = reworded(saidClaims(fact.clause, fact.speaker));
		if (!text) continue;
		// The nearest other speaker of the same kind, before or after.
		const others = list
			.map((o, j) => ({ o, d: Math.abs(j - i) }))
			.filter(({ o }) => o.speaker.id !== fact.speaker.id && o.speaker.kind === fact.speaker.kind)
			.sort((a, b) => a.d - b.d);
		let refuted: GeneratedClaim | null = null;
		for (const { o } of others) {
			const wrong = reworded(saidClaims(fact.clause, o.speaker));
			if (!wrong) continue;
			refuted = claim(
				wrong,
				'refuted',
				fact.statement.sentences,
				`These are ${fact.speaker.label}'s words, not ${o.speaker.label}'s: "${fact.clause}".`,
				true,
				''
			);
			break;
		}
		facts.push({
			key: `said:${fact.statement.sentences.join(',')}:${fact.clause}`,
			kind: 'said',
			supported: claim(
				text,
				'supported',
				fact.statement.sentences,
				`The article quotes ${fact.speaker.label}: "${fact.clause}".`,
				true,
				''
			),
			refuted
		});
	}
	return facts;
}

/** At most this many claims per article: enough for a quiz, few enough to review. */
const MOST = 12;

/** The first of each list, then the second of each, and so on. */
function roundRobin<T>(lists: T[][]): T[] {
	const out: T[] = [];
	for (let i = 0; lists.some((l) => i < l.length); i++)
		for (const l of lists) if (i < l.length) out.push(l[i]!);
	return out;
}

/**
 * The claims for an article: true and false balanced (within one), at most one claim per detail,
 * the surest facts first.
 */
export function generateClaims(
	article: Article,
	suggestions: Suggestions,
	text: string
): GeneratedClaim[] {
	const named = namings(article);
	// Kinds taken in turn, so that no one kind fills the quiz.
	const facts = roundRobin([
		roles(article, named),
		ages(article, named),
		days(article),
		figures(article, suggestions),
		said(article, suggestions)
	]);
	const seen = new Set<string>();
	const supported: GeneratedClaim[] = [];
	const refuted: GeneratedClaim[] = [];
	// Alternate: a fact that can be refuted is used as a false claim when the false ones are behind.
	for (const fact of facts) {
		if (seen.has(fact.key)) continue;
		seen.add(fact.key);
		if (fact.refuted && refuted.length <= supported.length) refuted.push(fact.refuted);
		else supported.push(fact.supported);
	}
	const pairs = Math.min(supported.length, refuted.length);
	const keep = Math.min(MOST / 2, pairs);
	const chosen = [
		...supported.slice(0, keep + (supported.length > keep ? 1 : 0)),
		...refuted.slice(0, keep + (refuted.length > keep && supported.length <= keep ? 1 : 0))
	];
	// In the article's order, so that true and false are mixed as the text runs.
	const order = new Map(article.sentenceList.map((s, i) => [s.id, i]));
	const place = (c: GeneratedClaim) => order.get(c.evidence[0] ?? '') ?? 0;
	chosen.sort((a, b) => place(a) - place(b));
	return [...chosen, ...unstatedAges(article, named, text)];
}
