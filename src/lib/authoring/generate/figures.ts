// Claims about figures the writer gives in a short clause ("Turnout was 42%", "The repairs would
// cost £2.4m"), framed by whom they are reported from; refuted with another figure of the same unit
// and size from elsewhere in the article. Always for the teacher to check: the clause is cut from
// its sentence by rule.
import type { Article } from '../suggest/article';
import type { SuggestedStatement, Suggestions } from '../suggest/types';
import {
	capitalise,
	claim,
	inSentence,
	longestSharedRun,
	maskedSentence,
	MOST_COPIED,
	PRONOUN_OPENING,
	sentenceId,
	type Fact
} from './claim';

/** A figure and its unit class: money, per cent, or a plain count. */
const FIGURE =
	/(?:[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b)|\b\d[\d,]*(?:\.\d+)?\b)/giu;

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

/** Where a clause may start: "that" after a preposition is a determiner ("for that space"). */
const CLAUSE_BREAK =
	/(?:^|[,;:\u2013\u2014]\s+|\s+(?:and|but|while|after|before|because|when|as|(?<!\b(?:for|of|in|on|at|to|with|by|from|about|into|like|than|all)\s+)that|since|although|if)\s+)/giu;
const VERB =
	/\b(?:was|were|is|are|had|has|have|will|would|could|can|cost|costs|rose|fell|raised|paid|spent|received|won|lost|scored|took|reached|dropped|grew|earned|owed|needed|totalled|totaled|attracted|drew|injured|killed|affected|left|hit)\b|\b\p{L}+ed\b/iu;
/** A clause cut after a comma that opens with its verb has lost its subject: "…, said she had lost 40". */
const VERB_OPENING =
	/^(?:said|says|told|added|was|were|is|are|has|have|had|will|would|could|can|cost|costs|rose|fell|paid|spent|won|lost|took|reached|grew|drew|hit|left|got|gave|made|saw|came|went|\p{Ll}+ed|\p{Ll}+ing)\b/u;
/** A speech verb in the clause: it frames what someone said. */
const REPORTING =
	/\b(?:said|says|say|told|tells|added|stated|claimed|announced|argued|insisted|warned|explained|noted|reported|estimated|according)\b/iu;
const TIME_WORDS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|am|pm|a\.m|p\.m)\b/iu;

/** Words that follow a figure without being what it counts: "Rubio has 163 and …", "46 to 40". */
const FUNCTION_WORDS =
	/^(?:and|or|but|nor|to|of|in|on|at|by|for|from|with|than|as|into|per|out|apiece|each|more|less|fewer|percent|points?|percentage|times|the|a|an|this|that|these|those|is|are|was|were|be|been|will|would|who|which|where|when|while|if|so|then|there|here|now|later|earlier|ago)$/u;

/** Words that stand between a count and what it counts: "89 other senators", "15.6 million votes". */
const BEFORE_NOUN =
	/^(?:other|likely|additional|new|extra|registered|eligible|total|former|million|billion|trillion|thousand|hundred|dozen|\p{Ll}+ly)$/u;
/** The noun after a count, with the words that stand before it. */
const COUNTED =
	/^\s+((?:(?:other|likely|additional|new|extra|registered|eligible|total|former|million|billion|trillion|thousand|hundred|dozen|\p{Ll}+ly)\s+){0,2}[\p{Ll}][\p{Ll}-]+)/u;
/** A clause with no subject of its own: "Officially signed by …", "What worked to win …". */
const NO_SUBJECT = /^(?:\p{L}+ly\s+\p{Ll}+(?:ed|en)\b|(?:what|which|who|how|why|whatever)\b)/iu;

/** Words after a count's noun that go on with the clause, not the noun: "12 glaciers around …". */
const AFTER_COUNT =
	/^(?:around|across|near|within|without|each|apiece|already|still|ago|so|too|because|since|including|across|nationwide|worldwide|overall|altogether|instead|again|alone|too|\p{Ll}+ing|\p{Ll}+ly)$/u;

const PREPOSITION_OPENING =
	/^(?:in|on|at|for|with|by|from|after|before|during|since|of|to|over|under|about|through|among|between|than|as|like|including)\b/iu;

/** The most figure facts read from one article. */
const MOST_FIGURES = 40;

interface FigureIn {
	sentence: number;
	figure: string;
	/** The claim's words: a short clause of the sentence ending with the figure (and its noun). */
	clause: string;
	/** Where the figure is in the clause. */
	at: number;
	/** What a plain count counts ("points", "cents"): swapped only for a count of the same. */
	noun?: string;
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
			// A range ("finished 1-2 in"), or a figure of one: no amount of its own.
			if (/^[-\u2013]\d/u.test(afterText) || /\d[-\u2013]$/u.test(text.slice(0, m.index))) continue;
			// The noun after a plain count ("40 homes"); a count of time is a duration, left to the
			// timeline; a function word ("163 and", "46 to") is no noun.
			// Words between the count and its noun go with it: "89 other senators", "996 likely voters",
			// "15.6 million votes".
			const noun = COUNTED.exec(afterText)?.[1];
			if (
				unitOf(figure) === 'count' &&
				(!noun ||
					TIME_WORDS.test(noun) ||
					FUNCTION_WORDS.test(noun) ||
					BEFORE_NOUN.test(noun.split(/\s+/u).at(-1)!))
			)
				continue;
			const end =
				m.index +
				m[0].length +
				(unitOf(figure) === 'count' ? afterText.indexOf(noun!) + noun!.length : 0);
			// "13 security personnel": a noun of two words, cut after its first.
			const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end))?.[1];
			if (
				unitOf(figure) === 'count' &&
				next &&
				!FUNCTION_WORDS.test(next) &&
				!PREPOSITION_OPENING.test(next) &&
				!VERB.test(next) &&
				!AFTER_COUNT.test(next)
			)
				continue;
			// The clause's start: the last break before the figure.
			let start = 0;
			let previous = 0;
			let bare = false;
			let condition = false;
			for (const b of text.slice(0, m.index).matchAll(CLAUSE_BREAK)) {
				previous = start;
				start = b.index + b[0].length;
				bare = /^\s+(?:and|or)\s+$/iu.test(b[0]);
				condition = /^\s+if\s+$/iu.test(b[0]);
			}
			// "he would only do the debate if CNN donated 5 million dollars": a condition, no fact.
			if (condition) continue;
			// "colleges and universities soared": an "and" with no verb before it since the last break
			// joins nouns, not clauses; the subject would be cut in two.
			if (bare && !VERB.test(text.slice(previous, start))) continue;
			// "a $1.5 million ad buy", "a 5 percent rise": the figure qualifies the noun after it, which
			// a clause cut at the figure would lose.
			if (
				unitOf(figure) !== 'count' &&
				/^\s+\p{Ll}/u.test(text.slice(end)) &&
				!/^\s+(?:to|in|at|on|for|from|of|and|or|but|with|by|than|over|under|after|before|since|while|when|which|who|that|this|last|next|the|up|down|compared|against|among|overall|so|as|into)\b/u.test(
					text.slice(end)
				)
			)
				continue;
			// "Revenue fell by 17.7 percent at Trump Taj Mahal": a place or group after the figure
			// restricts it; the clause cut before it would say more than the sentence.
			if (/^\s+(?:at|among|in|for|of|from|on|against|versus|vs)\b/iu.test(text.slice(end)))
				continue;
			// "50 more delegates than Cruz": a difference, cut from what it is compared with.
			if (/^\s+than\b/iu.test(text.slice(end))) continue;
			// "57 percent higher than its fall average": a difference, which the figure alone misstates.
			if (
				/^\s+(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger|above|below)\b/iu.test(
					text.slice(end)
				)
			)
				continue;
			// "…, and he had $5m", "…, while the Dow lost 0.8 percent": the clause starts after its
			// conjunction; a condition gives no figure as a fact.
			const opened = text.slice(start, end).trim();
			const clause = opened.replace(
				/^(?:and|but|or|so|yet|while|whereas|although|though|because|since|as|when)\s+/iu,
				''
			);
			if (/^(?:if|unless|whether|until)\b/iu.test(clause)) continue;
			// A clause that opens with a phrase ("in February he raised") is cut in the wrong place.
			if (PREPOSITION_OPENING.test(clause)) continue;
			const n = clause.split(/\s+/u).length;
			if (
				n < 3 ||
				n > 9 ||
				PRONOUN_OPENING.test(clause) ||
				VERB_OPENING.test(clause) ||
				NO_SUBJECT.test(clause) ||
				!VERB.test(clause.slice(0, clause.indexOf(figure)))
			)
				continue;
			if (/\uFFFC/u.test(clause)) continue;
			// "McAuliffe has said about 20 people": the report's frame, not the figure's fact.
			if (REPORTING.test(clause)) continue;
			out.push({
				sentence: index,
				figure,
				clause,
				at: clause.indexOf(figure),
				noun: unitOf(figure) === 'count' ? noun : undefined
			});
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

export function figures(article: Article, suggestions: Suggestions): Fact[] {
	const list = figuresIn(article);
	const facts: Fact[] = [];
	// Words written with a capital in mid-sentence are names ("the Journal"): they keep it.
	const names = new Set<string>();
	for (const block of article.blocks)
		for (const m of block.text.matchAll(/[\p{Ll},;]\s+(\p{Lu}[\p{L}'\u2019-]*)/gu))
			names.add(m[1]!);
	const inMidSentence = (clause: string) =>
		clause.replace(/^\p{Lu}[\p{L}'\u2019-]*/u, (w) => (names.has(w) ? w : w.toLowerCase()));
	// Each figure's unit and value, read once: a long article of figures compares every pair.
	const units = list.map((o) => unitOf(o.figure));
	const values = list.map((o) => valueOf(o.figure));
	for (const [i, fact] of list.entries()) {
		// A quiz asks a dozen claims: the first figures are more than enough, and a text of thousands
		// is read no further.
		if (facts.length >= MOST_FIGURES) break;
		const id = sentenceId(article, fact.sentence);
		const sentence = article.sentenceList[fact.sentence]!.text;
		const speaker = reportedBy(suggestions.statements, suggestions.sources, id, fact.clause);
		// Words reported from nobody known: a claim could not say whose they are.
		if (speaker === null) continue;
		const frame = (clause: string) =>
			speaker
				? `According to ${inSentence(speaker)}, ${inMidSentence(clause)}.`
				: `${capitalise(clause)}.`;
		const supportedText = frame(fact.clause);
		if (longestSharedRun(supportedText, sentence) > MOST_COPIED) continue;
		// Another figure of the same unit and size from elsewhere in the article.
		const unit = units[i];
		const value = values[i]!;
		// "Clinton earned 42 percent" of one poll's matchup: with another figure of Clinton's in the
		// article, a swapped one may be hers elsewhere ("30 percent" in another race).
		const subject = /^\p{Lu}[\p{L}'\u2019-]+/u.exec(fact.clause)?.[0];
		const several =
			subject !== undefined &&
			list.some((o, j) => j !== i && units[j] === units[i] && o.clause.startsWith(`${subject} `));
		const other = several
			? undefined
			: list.find(
					(o, j) =>
						j !== i &&
						units[j] === unit &&
						o.noun === fact.noun &&
						values[j] !== value &&
						values[j]! / value <= 4 &&
						value / values[j]! <= 4 &&
						// The figure swapped in is nowhere in the sentence that refutes it.
						!sentence.includes(o.figure)
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
