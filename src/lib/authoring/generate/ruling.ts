// The ruling question from an article: a body's decision about someone (fined, banned, cleared,
// voted to suspend, took no further action…), which body decided, whom it penalised, in its words.
//
// Read outside quotes only (a decision someone talks about is not one taken), one sentence at a time
// over its tokens: linear in the text. It refuses rather than guesses: the body must be a source of
// kind body, everyone penalised a source, the answer one the pack can hold (nobody, one, or every
// candidate), and no decision of that body nor any penalty in the passive left unread.
import * as L from '../lexicon';
import { slug, type Token } from '../text';
import { tokensIn, type Article, type Entity, type Mention } from '../suggest/article';
import type { GeneratedRuling, SuggestedSource, Suggestions } from '../suggest/types';

/** Past forms that penalise their object. */
const PENALTY = new Set(
	`fined banned suspended convicted recalled sacked disqualified penalised penalized reprimanded
	expelled censured sentenced barred jailed relegated deselected`.split(/\s+/u)
);
/** Past forms that clear their object: nobody was penalised. */
const CLEARING = new Set(['cleared', 'acquitted', 'exonerated']);
/** The same penalties after "voted to", "decided not to", "did not". */
const PENALTY_BASE = new Set(
	`fine ban suspend convict recall sack disqualify penalise penalize reprimand expel censure
	sentence bar jail relegate deselect punish sanction`.split(/\s+/u)
);
/** Nouns that tell of a penalty given, whatever the verb. */
const PENALTY_NOUNS = new Set(
	`penalty penalties fine fines ban bans suspension suspensions sanction sanctions reprimand
	punishment disqualification deduction sentence jail prison`.split(/\s+/u)
);
/**
 * Past forms of a decision that penalises nobody by itself ("halted work", "declared it a racing
 * incident", "voted to pause the scheme"): read only when an official body or a judge takes it.
 */
const NEUTRAL = new Set(
	`halted paused declared approved rejected ordered upheld overturned blocked scrapped granted
	refused adopted quashed lifted postponed delayed cancelled dismissed`.split(/\s+/u)
);
/** Head nouns of the bodies whose decisions are rulings: a company halting a service is none. */
const OFFICIAL = new Set(
	`court courts committee council councils stewards panel tribunal board commission authority
	regulator jury inquiry inspectorate ombudsman parliament senate assembly cabinet government
	ministry department federation association league watchdog judges magistrates`.split(/\s+/u)
);
/** People whose decisions are rulings: "Judge Anna Price fined …", "the coroner ruled …". */
const JUDGING = new Set(['judge', 'justice', 'magistrate', 'coroner', 'sheriff']);
/** Words that deny a penalty noun after them: "not warranting punishment", "no penalty". */
const DENYING = new Set(['no', 'not', 'without', 'nor', 'never']);
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
const MONTH =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;
/** Verbs of deciding that take "to …" or "not to …". */
const DECIDING = new Set(['voted', 'decided', 'agreed', 'chose', 'opted', 'resolved']);
/** Words that may stand between a subject and its verb ("has", "unanimously"). */
const BETWEEN = new Set(
	'has had have also then later subsequently eventually finally formally already yesterday today'.split(
		' '
	)
);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Words between an auxiliary and its verb. */
const SKIPPED = new Set([
	'also',
	'then',
	'later',
	'subsequently',
	'eventually',
	'already',
	'previously'
]);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'is', 'are']);
/**
 * A decision that is only possible, conditional, claimed or denied is no decision taken: what the
 * sentence says of it is unknown, and a ruling about its body is refused.
 */
const HYPOTHETICAL = new Set(
	`if unless until whether could would might may should claimed claims claim alleged allegedly alleges
	denied denies deny accused accuses reportedly rumoured rumored`.split(/\s+/u)
);

/** One sentence's mentions, found by where they start and end: no search per decision. */
interface Mentions {
	first?: Mention;
	byStart: Map<number, Mention>;
	byEnd: Map<number, Mention>;
}

interface Decision {
	/** The sentence's id. */
	sentence: string;
	/** Who decided: a mention in the sentence, or none found. */
	subject?: Mention;
	/** Who was penalised: empty for nobody; undefined when the text does not say whom in a way read here. */
	penalised?: Mention[];
	/** "voted to approve the fine": a penalty told in another sentence, given to whom that one says. */
	approvesPenaltyTold?: boolean;
	passive: boolean;
	/** Cleared, no further action, decided not to: nobody penalised, whoever is named. */
	nobody: boolean;
	/** A decision that penalises nobody by itself ("halted work"), taken by an official body or a judge. */
	neutral: boolean;
	/** The words between subject and verb are not only "has", "also" and adverbs. */
	distant: boolean;
	/** Where the decision's words start in the paragraph, and where its sentence ends. */
	from: number;
	sentenceEnd: number;
	paragraph: number;
}

/**
 * The ruling the article reports, or null when there is none the pack can hold for sure; with the
 * body as a new source when it never speaks ("The transport committee voted …").
 */
export function generateRuling(
	article: Article,
	suggestions: Suggestions
): { ruling: GeneratedRuling; newSource?: SuggestedSource } | null {
	// Bodies by the head noun of their label ("stewards"), for a body phrase the engine did not record.
	const bodies = new Map<string, Entity[]>();
	for (const e of article.entities) {
		if (e.kind !== 'body') continue;
		const head = e.label.toLowerCase().split(/\s+/u).at(-1)!;
		const same = bodies.get(head);
		if (same) same.push(e);
		else bodies.set(head, [e]);
	}
	const decisions = article.sentenceList.flatMap((s) => decisionsIn(article, s, bodies));
	const sourceOf = sourceFinder(suggestions.sources);
	// The decisions taken by a body, or by a judge who is a source: the first body's ruling, else the
	// next one's ("nobody" beside another body's penalty is refused; that penalty is the ruling).
	const taken = decisions.filter(
		(d) =>
			d.subject &&
			(d.subject.entity.kind === 'body' ||
				(official(d.subject) && sourceOf(d.subject.entity) !== undefined))
	);
	const tried = new Set<Entity>();
	for (const chosen of taken) {
		if (tried.has(chosen.subject!.entity)) continue;
		tried.add(chosen.subject!.entity);
		const found = rulingOf(article, suggestions, decisions, chosen, sourceOf);
		if (found) return found;
	}
	return null;
}

/** The ruling of the body that took the decision chosen, or null when the text leaves it open. */
function rulingOf(
	article: Article,
	suggestions: Suggestions,
	decisions: Decision[],
	chosen: Decision,
	sourceOf: (e: Entity) => SuggestedSource | undefined
): { ruling: GeneratedRuling; newSource?: SuggestedSource } | null {
	const body = chosen.subject!.entity;
	const newSource = sourceOf(body) ? undefined : sourceFor(body, suggestions.sources);
	const bodySource = sourceOf(body) ?? newSource!;
	const told = toldPenalty(decisions);
	const mine = decisions
		.filter((d) => d.subject?.entity === body)
		.map((d) => (d.approvesPenaltyTold && told ? { ...d, penalised: told.penalised } : d));
	if (mine.some((d) => d.penalised === undefined)) return null;
	const penalised = new Set(mine.flatMap((d) => d.penalised!.map((m) => m.entity)));
	// A penalty that names nobody who decided ("Hart was fined"): it may be this body's, so it must be
	// about someone already penalised; about anyone ("two drivers were fined"), "nobody" is no answer.
	for (const d of decisions) {
		if (d.subject || d.nobody) continue;
		if (
			d.penalised === undefined
				? penalised.size === 0
				: d.penalised.some((m) => !penalised.has(m.entity))
		)
			return null;
	}
	if (penalised.has(body)) return null;
	if (
		penalised.size === 0 &&
		penaltyElsewhere(article, decisions, new Set(mine.map((d) => d.sentence)))
	)
		return null;
	const ids = new Set<string>();
	for (const entity of penalised) {
		const source = sourceOf(entity);
		if (!source) return null;
		ids.add(source.id);
	}
	const candidates = suggestions.sources.filter(
		(s) => s.kind !== 'writer' && s.id !== bodySource.id
	);
	if (candidates.length === 0) return null;
	// The pack's answers: nobody, one of them, or all of them.
	if (ids.size > 1 && ids.size !== candidates.length) return null;
	const chosenOnes = candidates.filter((c) => ids.has(c.id));

	const reasons = [...new Set(mine.flatMap((d) => doubts(article, d)))];
	const approving = mine.filter((d) => d.approvesPenaltyTold);
	if (approving.length > 0 && told)
		reasons.push(
			`"${wordsOf(article, approving[0]!)}" names a penalty told in another sentence: check it is the one given there.`
		);
	// "decided not to prosecute Voltra … However, it fined ScootDirect": the decision that penalised.
	const shown = (penalised.size > 0 && mine.find((d) => d.penalised?.length)) || chosen;
	const decision = wordsOf(article, shown);
	const order = new Map(article.sentenceList.map((s) => [s.id, s.index]));
	const evidence = [
		...new Set([
			...mine.map((d) => d.sentence),
			...(approving.length > 0 && told ? [told.sentence] : [])
		])
	].sort((a, b) => order.get(a)! - order.get(b)!);
	const who =
		chosenOnes.length === 0
			? 'nobody was penalised'
			: `${chosenOnes.map((c) => c.label).join(' and ')} ${chosenOnes.length > 1 ? 'were' : 'was'} penalised`;
	const ruling: GeneratedRuling = {
		body: bodySource.id,
		decision,
		penalised: chosenOnes.map((c) => c.id),
		evidence,
		explanation: `${evidence.join(', ')}: ${shown.passive ? '' : `${lowerThe(bodySource.label)} `}"${decision}", so ${who}.`,
		discuss: 'Who took this decision, and which words of the article show whom it affected?',
		confidence: reasons.length === 0 ? 'sure' : 'check',
		reason: reasons.length === 0 ? null : reasons.join(' ')
	};
	return newSource ? { ruling, newSource } : { ruling };
}

/**
 * The one penalty the article tells without saying who decided it ("State regulators fined Northern
 * Prairie Electric"), when whom it penalised is read: what "approved the fine" elsewhere refers to.
 * undefined when there is none, or more than one.
 */
function toldPenalty(decisions: Decision[]): Decision | undefined {
	const told = decisions.filter(
		(d) => !d.subject && !d.nobody && d.penalised && d.penalised.length > 0
	);
	return told.length === 1 ? told[0] : undefined;
}

/** A body that decides but never speaks, as a source with an id no other source has. */
function sourceFor(body: Entity, sources: SuggestedSource[]): SuggestedSource {
	const taken = new Set(sources.map((s) => s.id));
	const base = slug(body.label.replace(/^(?:the|a|an)\s+/iu, '')) || 'body';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return { id, label: body.label, kind: 'body', epithets: body.epithets };
}

/**
 * Whether the article tells of a penalty beside a "nobody" answer: a penalty decided by anyone, or
 * a penalty noun outside quotes ("was given a ten-second penalty", "a two-match ban") in a sentence
 * other than the body's own decisions. Then "nobody was penalised" may be wrong: no ruling.
 */
function penaltyElsewhere(article: Article, decisions: Decision[], own: Set<string>): boolean {
	if (decisions.some((d) => !d.nobody)) return true;
	for (const s of article.sentenceList) {
		if (own.has(s.id)) continue;
		const toks = tokensIn(article, s.paragraph, s.start, s.end);
		for (let i = 0; i < toks.length; i++)
			if (PENALTY_NOUNS.has(toks[i]!.lower) && !denied(toks, i)) return true;
	}
	return false;
}

/** "not warranting punishment", "no penalty": a penalty noun with a denial a few words before it. */
function denied(toks: Token[], i: number): boolean {
	for (let k = Math.max(0, i - 3); k < i; k++) if (DENYING.has(toks[k]!.lower)) return true;
	return false;
}

/** The decision's words, to the end of its clause: read only for the decisions a ruling shows. */
const wordsOf = (article: Article, d: Decision) => {
	const text = article.masked[d.paragraph]!;
	return article.blocks[d.paragraph]!.text.slice(d.from, clauseEnd(text, d.from, d.sentenceEnd));
};

/** "The Harbourside Council" in mid-sentence. */
const lowerThe = (label: string) => label.replace(/^The /u, 'the ');

/** The source an entity became in the suggestions, found by kind and label (the ids are the engine's). */
function sourceFinder(sources: SuggestedSource[]): (e: Entity) => SuggestedSource | undefined {
	const byLabel = new Map(sources.map((s) => [`${s.kind}:${s.label}`, s]));
	return (e) => byLabel.get(`${e.kind}:${e.label}`);
}

/** Why a teacher should look at a decision before accepting it; none when the text is plain. */
function doubts(article: Article, d: Decision): string[] {
	const out: string[] = [];
	const subject = d.subject!;
	if (d.passive)
		out.push(
			`The decision is in the passive ("${wordsOf(article, d)}"): check who decided and who was penalised.`
		);
	if (d.distant)
		out.push(
			`Other words stand between "${subject.text}" and the decision: check it is the one deciding.`
		);
	if (!namesBody(subject))
		out.push(`The body is called "${subject.text}" here: check it is ${subject.entity.label}.`);
	for (const m of d.penalised ?? [])
		if (m.kind !== 'name')
			out.push(`The one penalised is called "${m.text}" here: check it is ${m.entity.label}.`);
	return out;
}

/** A body's mention that names it: its name, or its own head noun ("the council" for the Harbourside Council). */
function namesBody(m: Mention): boolean {
	if (m.kind === 'name') return true;
	if (m.kind !== 'np') return false;
	// "the council", "the race stewards": the label's own head noun after "the".
	const words = m.text.toLowerCase().split(/\s+/u);
	const label = m.entity.label.toLowerCase().split(/\s+/u);
	return words[0] === 'the' && label.at(-1) === words.at(-1);
}

/** Every decision in one sentence, read from its tokens outside quotes. */
function decisionsIn(
	article: Article,
	s: Article['sentenceList'][number],
	bodies: Map<string, Entity[]>
): Decision[] {
	const p = s.paragraph;
	const text = article.masked[p]!;
	const toks = tokensIn(article, p, s.start, s.end);
	const list = article.mentions.get(s.index) ?? [];
	const mentions: Mentions = {
		first: list[0],
		byStart: new Map(list.map((m) => [m.pos, m])),
		byEnd: new Map(list.map((m) => [m.end, m]))
	};
	// "The council met on Tuesday. It fined …": the body opening the sentence before, in the paragraph.
	const before = article.sentenceList[s.index - 1];
	const opening = before?.paragraph === p ? article.mentions.get(before.index)?.[0] : undefined;
	const previous =
		opening?.entity.kind === 'body' && text.slice(before!.start, opening.pos).trim() === ''
			? opening
			: undefined;
	const out: Decision[] = [];
	// "If he is fined", "whether to ban him": not a decision taken, but maybe one about the same people.
	let hypothetical = false;
	let read = 0;
	for (let i = 0; i < toks.length; i++) {
		for (; read < i; read++) hypothetical ||= HYPOTHETICAL.has(toks[read]!.lower);
		const found = decisionAt(toks, i);
		if (!found) continue;
		const { verb, objectFrom } = found;
		let { nobody, neutral } = found;
		let approvesPenaltyTold = false;
		// The auxiliary, past "also" or an adverb: "was also banned", "has been formally censured".
		let j = verb - 1;
		while (j >= 0 && verb - j <= 2 && (adverb(toks[j]!) || SKIPPED.has(toks[j]!.lower))) j--;
		const aux = j >= 0 ? toks[j]!.lower : '';
		const passive = !nobody && PASSIVE_AUX.has(aux) && verb === i;
		if (aux === 'be' || aux === 'being' || aux === 'not') continue;
		// "The scheme was paused": what was decided is before the verb, not who decided.
		if (neutral && PASSIVE_AUX.has(aux)) continue;
		const start = passive ? j : verb;
		const subjectFound = subjectBefore(text, toks, start, mentions, bodies, previous);
		let subject = subjectFound?.mention;
		let penalised: Mention[] | undefined;
		if (passive) {
			// "Reilly was banned … by the council": the one penalised before, the body after "by".
			penalised = subject && !subjectFound?.distant ? [subject] : undefined;
			subject = agentAfter(text, toks, verb + 1, mentions);
		} else if (neutral) {
			// Only an official body's or a judge's decision is a ruling; one about a person is no
			// "nobody" ("dismissed the manager", "declared him unfit"): not read here. Nor one of
			// nothing ("the largest recall the regulator has ordered.").
			if (!subject || !official(subject) || !toks[objectFrom]) continue;
			const penalty = penaltyIn(text, toks, objectFrom, s.end);
			if (penalty !== undefined) {
				// "approved the fine against Tom Reilly": a penalty given, to whom it names; "rejected his
				// appeal against the ban", "approved the penalty": whom it leaves penalised is not read.
				const approving = APPROVING.has(toks[objectFrom - 1]!.lower);
				penalised =
					approving && penalty.against !== undefined
						? objectsAt(text, toks, penalty.against, mentions)
						: undefined;
				approvesPenaltyTold = approving && penalised === undefined && penalty.definite;
				nobody = false;
				neutral = false;
			} else {
				const objects = objectsAt(text, toks, objectFrom, mentions);
				penalised = objects?.some((m) => m.entity.kind === 'person') ? undefined : [];
			}
		} else if (nobody) {
			// "cleared the old market site" is no ruling about someone: "cleared" needs a person or body.
			if (CLEARING.has(toks[verb]!.lower) && !objectsAt(text, toks, objectFrom, mentions)) continue;
			penalised = [];
		} else penalised = objectsAt(text, toks, objectFrom, mentions);
		if (hypothetical) {
			penalised = undefined;
			approvesPenaltyTold = false;
		}
		out.push({
			sentence: s.id,
			subject,
			penalised,
			approvesPenaltyTold,
			passive,
			nobody,
			neutral,
			distant: !passive && (subjectFound?.distant ?? false),
			from: toks[start]!.start,
			sentenceEnd: s.end,
			paragraph: p
		});
		i = Math.max(i, objectFrom - 1);
	}
	return out;
}

/**
 * A decision whose verb is at token i: where the decision's words start (the verb, or "voted",
 * "did"), where its object starts, and whether it penalised nobody.
 */
function decisionAt(
	toks: Token[],
	i: number
): { verb: number; objectFrom: number; nobody: boolean; neutral: boolean } | undefined {
	const w = (k: number) => toks[k]?.lower ?? '';
	const word = w(i);
	const at = (verb: number, objectFrom: number, nobody: boolean, neutral = false) => ({
		verb,
		objectFrom,
		nobody,
		neutral
	});
	if (PENALTY.has(word)) return at(i, i + 1, false);
	if (CLEARING.has(word)) return at(i, i + 1, true);
	if (NEUTRAL.has(word)) return at(i, i + 1, true, true);
	if (DECIDING.has(word)) {
		// "voted to suspend", "voted unanimously to ban", "voted 5-2 to expel", "decided not to fine".
		let k = i + 1;
		while (k < i + 3 && toks[k] && (adverb(toks[k]!) || /\d/u.test(w(k)))) k++;
		// "voted five to two to pause", "voted by seven votes to three to".
		if (w(k) === 'by' && COUNT.test(w(k + 1)) && /^votes?$/u.test(w(k + 2))) k += 3;
		if (COUNT.test(w(k)) && w(k + 1) === 'to' && COUNT.test(w(k + 2))) k += 3;
		// "voted on Tuesday to suspend", "voted on March 17 to close".
		if (w(k) === 'on' && WEEKDAY.test(w(k + 1))) k += 2;
		else if (w(k) === 'on' && MONTH.test(w(k + 1)) && /^\d{1,2}(?:st|nd|rd|th)?$/u.test(w(k + 2)))
			k += 3;
		if (w(k) === 'not' && w(k + 1) === 'to' && PENALTY_BASE.has(w(k + 2)))
			return at(i, k + 3, true);
		if (w(k) === 'to' && PENALTY_BASE.has(w(k + 1))) return at(i, k + 2, false);
		// "voted to pause the scheme", "decided not to renew the contract": a decision of nothing
		// penal, read when an official body takes it.
		const base = w(k) === 'not' && w(k + 1) === 'to' ? k + 2 : w(k) === 'to' ? k + 1 : -1;
		if (base > 0 && toks[base] && !toks[base]!.capital && /^[a-z]+$/u.test(w(base)))
			return at(i, base + 1, true, true);
		return undefined;
	}
	// "found him guilty": a conviction; "found Jack Halloran not guilty": cleared.
	if (word === 'found')
		for (let k = i + 2; k <= i + 5; k++)
			if (w(k) === 'guilty') return at(i, i + 1, w(k - 1) === 'not');
	if (word === 'declined' && w(i + 1) === 'to' && PENALTY_BASE.has(w(i + 2)))
		return at(i, i + 3, true);
	if (
		(word === "didn't" || (word === 'did' && w(i + 1) === 'not')) &&
		PENALTY_BASE.has(w(i + (word === 'did' ? 2 : 1)))
	)
		return at(i, i + (word === 'did' ? 3 : 2), true);
	if (word === 'took' && w(i + 1) === 'no') {
		const k = w(i + 2) === 'further' ? i + 3 : i + 2;
		if (w(k) === 'action') return at(i, k + 1, true);
	}
	return undefined;
}

/** Decisions that give what they are about: "approved the fine", "voted to uphold the ban". */
const APPROVING = new Set(
	'approved approve upheld uphold ordered order granted grant adopted adopt'.split(' ')
);

/**
 * A penalty noun in the decision's clause ("approve the fine", "his appeal against the ban"), not
 * denied ("no penalty"); with where the one it names starts when "against", "on" or "for" follows it
 * ("the fine against Tom Reilly"). undefined when the clause names no penalty.
 */
function penaltyIn(
	text: string,
	toks: Token[],
	from: number,
	sentenceEnd: number
): { against?: number; definite: boolean } | undefined {
	const end = from < toks.length ? clauseEnd(text, toks[from]!.start, sentenceEnd) : 0;
	for (let k = from; k < toks.length && toks[k]!.start < end; k++) {
		// "refused to ban all its athletes": a verb after "to", read as the neutral decision's own.
		if (!PENALTY_NOUNS.has(toks[k]!.lower) || denied(toks, k) || toks[k - 1]?.lower === 'to')
			continue;
		const next = toks[k + 1];
		const definite = toks[k - 1]?.lower === 'the';
		return /^(?:against|on|for)$/u.test(next?.lower ?? '') && next!.end < end
			? { against: k + 2, definite }
			: { definite };
	}
	return undefined;
}

/** A count of votes: "5", "five". */
const COUNT =
	/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)$/u;

/** Whether a decision's subject is one whose decisions are rulings: an official body or a judge. */
function official(m: Mention): boolean {
	const words = `${m.entity.label} ${m.text}`.toLowerCase().split(/\s+/u);
	if (m.entity.kind === 'body') return words.some((w) => OFFICIAL.has(w));
	return words.some((w) => JUDGING.has(w)) || [...m.entity.roles].some((r) => JUDGING.has(r));
}

/** "unanimously", "formally": an adverb, not "Reilly". */
const adverb = (t: Token) => !t.capital && t.lower.endsWith('ly');

/** Whether only spaces lie in text[from, to). */
const onlySpace = (text: string, from: number, to: number) => text.slice(from, to).trim() === '';

/**
 * The subject of the verb at token `verb`: the mention ending right before it (perhaps past "has",
 * "also", an adverb), else the mention before "who" or "which" ("The council, which fined …":
 * distant), else the sentence's opening mention with a clause in commas after it ("The panel, which
 * met for two hours, fined …": distant). Never a possessive ("Smith's lawyer").
 */
function subjectBefore(
	text: string,
	toks: Token[],
	verb: number,
	mentions: Mentions,
	bodies: Map<string, Entity[]>,
	previous?: Mention
): { mention: Mention; distant: boolean } | undefined {
	let k = verb - 1;
	while (k >= 0 && verb - k <= 2 && (BETWEEN.has(toks[k]!.lower) || adverb(toks[k]!))) k--;
	// "A High Court judge on Tuesday halted": the day between subject and verb.
	if (k > 0 && WEEKDAY.test(toks[k]!.lower) && toks[k - 1]!.lower === 'on') k -= 2;
	const at = toks[verb]!.start;
	// Never a possessive ("Smith's lawyer"), nor "they": a plural pronoun is no body read for sure.
	const usable = (m: Mention | undefined) =>
		m && !/['\u2019]s$/u.test(m.text) && !/^(?:they|them)$/iu.test(m.text);
	if (k >= 0) {
		const m =
			mentions.byEnd.get(toks[k]!.end) ??
			bodyPhrase(text, toks, k, bodies) ??
			courtOf(text, toks, k, mentions);
		if (usable(m) && !/[,;:()\u2014\u2013]/u.test(text.slice(m!.end, at)))
			return { mention: m!, distant: false };
		const it = itsBody(text, toks, k, mentions, previous);
		if (it) return { mention: it, distant: false };
	}
	// "The council, which fined …": the mention before a relative pronoun in commas.
	if (k > 0 && RELATIVE.has(toks[k]!.lower)) {
		const m = mentions.byEnd.get(toks[k - 1]!.end);
		if (usable(m) && /^\s*,\s*$/u.test(text.slice(m!.end, toks[k]!.start)))
			return { mention: m!, distant: true };
	}
	const opening = mentions.first;
	if (!usable(opening) || opening!.pos !== toks[0]?.start || opening!.end > at) return undefined;
	const gap = text.slice(opening!.end, at).trim();
	return gap.startsWith(',') && gap.endsWith(',') && !/[;:.]/u.test(gap)
		? { mention: opening!, distant: true }
		: undefined;
}

/** Verbs after which "it" is their subject again: "The regulator said it had decided …". */
const TELLING = new Set(['said', 'says', 'announced', 'confirmed', 'added', 'stated']);

/**
 * "it" at token k as a body: the body that says it ("The regulator said it had decided"), or the one
 * opening the sentence before when "it" opens this one ("However, it fined …"). Called "it", the
 * ruling is to check.
 */
function itsBody(
	text: string,
	toks: Token[],
	k: number,
	mentions: Mentions,
	previous: Mention | undefined
): Mention | undefined {
	if (toks[k]!.lower !== 'it') return undefined;
	const as = (m: Mention): Mention => ({ ...m, kind: 'pronoun', text: toks[k]!.text });
	if (k >= 2 && TELLING.has(toks[k - 1]!.lower)) {
		const m = mentions.byEnd.get(toks[k - 2]!.end);
		return m?.entity.kind === 'body' ? as(m) : undefined;
	}
	const opens = k === 0 || (k === 1 && /^\s*,\s*$/u.test(text.slice(toks[0]!.end, toks[1]!.start)));
	return opens && previous ? as(previous) : undefined;
}

/** "A High Court judge": the court, named right before its judge at token k, decides. */
function courtOf(text: string, toks: Token[], k: number, mentions: Mentions): Mention | undefined {
	if (k === 0 || !JUDGING.has(toks[k]!.lower)) return undefined;
	const m = mentions.byEnd.get(toks[k - 1]!.end);
	return m?.entity.kind === 'body' && onlySpace(text, m.end, toks[k]!.start) ? m : undefined;
}

/**
 * "The race stewards" ending at token k, when the engine recorded no mention there: "the", a few
 * lower-case words and the head noun of exactly one body's label ("The stewards").
 */
function bodyPhrase(
	text: string,
	toks: Token[],
	k: number,
	bodies: Map<string, Entity[]>
): Mention | undefined {
	const head = toks[k]!.lower;
	const found = bodies.get(head) ?? [];
	if (found.length > 1 || (found.length === 0 && !OFFICIAL.has(head))) return undefined;
	let first = k;
	while (
		first > 0 &&
		k - first < 3 &&
		!toks[first - 1]!.capital &&
		toks[first - 1]!.lower !== 'the'
	)
		first--;
	if (first === 0 || toks[first - 1]!.lower !== 'the') return undefined;
	const from = toks[first - 1]!;
	if (
		!onlySpace(text, from.end, from.end + 1) ||
		/[,;:]/u.test(text.slice(from.start, toks[k]!.end))
	)
		return undefined;
	const words = text.slice(from.start, toks[k]!.end);
	// "the appeals court" is not the Supreme Court: words before the head that the body's label,
	// when it has words of its own, does not hold.
	const label = found[0]?.label.toLowerCase().split(/\s+/u) ?? [];
	const own = label.filter((w) => w !== 'the' && w !== head);
	if (own.length > 0 && toks.slice(first, k).some((t) => !label.includes(t.lower)))
		return undefined;
	// An official body the engine did not record ("The transport committee"): known from here on by
	// its head noun, as the engine's own bodies are.
	if (found.length === 0) bodies.set(head, [unrecordedBody(words)]);
	return {
		entity: bodies.get(head)![0]!,
		sentence: -1,
		pos: from.start,
		end: toks[k]!.end,
		paragraph: -1,
		kind: 'np',
		text: words
	};
}

/** A body named only by a phrase, for this ruling: not added to the article the engine read. */
function unrecordedBody(phrase: string): Entity {
	return {
		kind: 'body',
		label: phrase.charAt(0).toUpperCase() + phrase.slice(1),
		names: [],
		descriptors: new Set(),
		roles: new Set(),
		epithets: [],
		epithetKeys: new Set(),
		statedEpithets: new Set(),
		confirmed: true,
		speaks: false,
		mentioned: 0,
		first: -1
	};
}

/** "… by the Harbourside Council": the body named after "by" in the same clause. */
function agentAfter(
	text: string,
	toks: Token[],
	from: number,
	mentions: Mentions
): Mention | undefined {
	// Within the clause, and a few words: "was banned from the market by the council".
	for (let k = from; k < Math.min(toks.length, from + 12); k++) {
		if (/[,;:]/u.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) return undefined;
		if (toks[k]!.lower !== 'by') continue;
		// "by the Harbourside Council": the name may start after "the".
		const next = toks[k + (toks[k + 1]?.lower === 'the' ? 2 : 1)];
		const m = next && mentions.byStart.get(next.start);
		return m && m.entity.kind === 'body' ? m : undefined;
	}
	return undefined;
}

/**
 * The one or ones penalised, named right after the verb ("fined Tom Reilly", "suspended Councillor Jo
 * Marsh", "fined Maya Brooks and Lewis Hart"); undefined when the object is no person or body read
 * here ("fined two drivers", "banned Ferrari's car").
 */
function objectsAt(
	text: string,
	toks: Token[],
	from: number,
	mentions: Mentions
): Mention[] | undefined {
	const out: Mention[] = [];
	let k = from;
	for (;;) {
		const first = toks[k];
		if (!first) return undefined;
		let name = k;
		while (toks[name] && L.TITLES.has(toks[name]!.lower.replace(/\.$/u, ''))) name++;
		// The mention may start at the title ("Councillor Jo Marsh") or at the name.
		let m: Mention | undefined;
		for (let t = k; t <= name && !m; t++) m = toks[t] && mentions.byStart.get(toks[t]!.start);
		// "suspended its finance director, Gregory Lyle,": the name in apposition to the role.
		m ??= apposed(text, toks, k, mentions) ?? introduced(text, toks, k, mentions);
		if (!m) return undefined;
		const after = text.slice(m.end, m.end + 2);
		if (/^['\u2019]/u.test(after) || m.text.endsWith("'s")) return undefined;
		out.push(m);
		while (toks[k] && toks[k]!.start < m.end) k++;
		if (!toks[k] || toks[k]!.lower !== 'and' || !onlySpace(text, m.end, toks[k]!.start)) break;
		k++;
	}
	return out;
}

/**
 * "its finance director, Gregory Lyle,": a possessive, at most three lower-case words of a role, and
 * a person's name between commas right after them.
 */
function apposed(text: string, toks: Token[], k: number, mentions: Mentions): Mention | undefined {
	if (!/^(?:its|his|her|their)$/u.test(toks[k]?.lower ?? '')) return undefined;
	for (let r = k + 1; r <= k + 3 && toks[r] && !toks[r]!.capital; r++) {
		const next = toks[r + 1];
		if (!next || !/^\s*,\s*$/u.test(text.slice(toks[r]!.end, next.start))) continue;
		const m = mentions.byStart.get(next.start);
		const closed = m && /^\s*,/u.test(text.slice(m.end, m.end + 2));
		return m && m.kind === 'name' && m.entity.kind === 'person' && closed ? m : undefined;
	}
	return undefined;
}

/**
 * "the online retailer ScootDirect": "the", at most three lower-case words, and the name of the body
 * that word introduced (findNames: the word for its kind of business).
 */
function introduced(
	text: string,
	toks: Token[],
	k: number,
	mentions: Mentions
): Mention | undefined {
	if (toks[k]?.lower !== 'the') return undefined;
	for (let r = k + 1; r <= k + 3 && toks[r] && !toks[r]!.capital; r++) {
		const next = toks[r + 1];
		if (!next || !onlySpace(text, toks[r]!.end, next.start)) return undefined;
		const m = mentions.byStart.get(next.start);
		if (
			m &&
			m.kind === 'name' &&
			m.entity.kind === 'body' &&
			m.entity.descriptors.has(toks[r]!.lower)
		)
			return m;
	}
	return undefined;
}

/** Words that lead on to more: a decision's words never end on one. */
const LEADING_ON = new Set(
	'while and but or to of the a an for as when after before until with by in on at that which who'.split(
		' '
	)
);

/** Where the decision's clause ends: a comma, stop, colon, dash or quote (not inside "€5,000"). */
function clauseEnd(text: string, from: number, limit: number): number {
	// Twelve words fit in 200 characters: no need to read further in a sentence with no stop.
	limit = Math.min(limit, from + 200);
	let end = limit;
	for (let i = from; i < limit; i++) {
		const c = text[i]!;
		const digits = /\d/u.test(text[i - 1] ?? '') && /\d/u.test(text[i + 1] ?? '');
		if ((c === ',' || c === '.') && digits) continue;
		if (/[,.;:!?\u2014\u2013(\uFFFC"\u201c]/u.test(c)) {
			end = i;
			break;
		}
	}
	// At most twelve words: the decision, not the whole story; cut there, it ends before a relative
	// clause it would leave unfinished ("… for the bump that concussed Eastport's").
	const all = text.slice(from, end).trimEnd().split(/\s+/u);
	let words = all.slice(0, 12);
	if (all.length > 12) {
		const relative = words.findLastIndex((w) => /^(?:that|which|who|whose|where)$/iu.test(w));
		if (relative > 2) words = words.slice(0, relative);
		// "… $11,000 in campaign" (donations cut off): the phrase cut in two goes whole.
		else if (
			!LEADING_ON.has(words.at(-1)!.toLowerCase()) &&
			/^\p{Ll}+$/u.test(all[12]!) &&
			!LEADING_ON.has(all[12]!)
		) {
			const phrase = words.findLastIndex((w) =>
				/^(?:in|on|at|of|for|from|with|by|into|over)$/iu.test(w)
			);
			if (phrase > 2 && phrase >= words.length - 4) words = words.slice(0, phrase);
		}
	}
	// Never ending on a word that leads on: "… for six weeks while".
	while (words.length > 1 && LEADING_ON.has(words.at(-1)!.toLowerCase())) words.pop();
	return from + words.join(' ').length;
}
