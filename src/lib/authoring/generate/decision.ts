// The claim about a body's decision, from the ruling the article reports: "The stewards declared it
// a racing incident." True as the sentence tells it (cut before a second decision joined by "and"),
// false with the opposite decision where one is plain ("fined" → "cleared", "approved" → "rejected").
import type { Article } from '../suggest/article';
import type { GeneratedRuling } from '../suggest/types';
import { claim, longestSharedRun, MOST_COPIED, type Fact } from './claim';

/** Decisions with a plain opposite: the one the body did not take. */
const OPPOSITE: Record<string, string> = {
	approved: 'rejected',
	rejected: 'approved',
	upheld: 'overturned',
	overturned: 'upheld',
	granted: 'refused',
	refused: 'granted',
	fined: 'cleared',
	banned: 'cleared',
	suspended: 'cleared',
	convicted: 'acquitted',
	acquitted: 'convicted',
	cleared: 'fined'
};
const REASON = "Make sure the claim gives the body's decision as the sentence does.";
/** Words of a decision that deny a penalty: "not warranting punishment", "no further action". */
const DENIES_PENALTY =
	/\b(?:no|not|without)\s+(?:\p{L}+\s+){0,2}?(?:punishment|penalty|penalties|sanctions?|further action|fine|ban)\b|\bnot\s+to\s+(?:fine|ban|suspend|punish|sanction|penalise|penalize|discipline)\b/iu;

/** The decision as a claim, or null when it would copy more than six words or is told in the passive. */
export function decisionFact(
	article: Article,
	ruling: GeneratedRuling,
	bodyLabel: string,
	penalisedLabels: string[] = [],
	people: string[] = []
): Fact | null {
	// The sentence that tells the decision: the evidence may also hold one that tells the penalty.
	const told = (id: string) =>
		article.sentenceList.find((s) => s.id === id)?.text.includes(ruling.decision) ?? false;
	const id = ruling.evidence.find(told) ?? ruling.evidence[0];
	const sentence = article.sentenceList.find((s) => s.id === id)?.text;
	if (!id || !sentence || /^(?:was|were|has been|had been)\b/u.test(ruling.decision)) return null;
	const evidence = namingEvidence(article, id, sentence, bodyLabel);
	if (!evidence) return null;
	// "declared it a racing incident and therefore not warranting punishment": the first decision.
	const first = ruling.decision.split(/\s(?:and|but|while)\s/u)[0]!.trim();
	// "suspended its finance director" (", Gregory Lyle," after it): the one penalised by name.
	const owned = /^(\p{Ll}+)\s+(?:its|his|her|their)(?:\s+\p{Ll}+){1,3}$/u.exec(first);
	const words = owned && penalisedLabels.length === 1 ? `${owned[1]} ${penalisedLabels[0]}` : first;
	if (words.split(/\s+/u).length < 2) return null;
	const body =
		OFFICE_HEAD.test(bodyLabel) && !/^the\b/iu.test(bodyLabel)
			? `The ${bodyLabel}`
			: bodyLabel.replace(/^the\b/u, 'The');
	const verb = words.split(/\s+/u)[0]!;
	const opposite = OPPOSITE[verb];
	const full = `${body} ${words}.`;
	// "fined the online retailer ScootDirect £250,000 for continuing to sell …" copies too much: the
	// penalty, the one penalised by name and the sum are the decision ("fined ScootDirect £250,000").
	const cut =
		longestSharedRun(full, sentence) > MOST_COPIED && opposite
			? penalty(first, verb, penalisedLabels)
			: null;
	const text = cut ? `${body} ${cut.words}.` : full;
	if (longestSharedRun(text, sentence) > MOST_COPIED) return null;
	// The opposite of a penalty clears the one penalised: no sum.
	const object = cut ? ` ${cut.whom}` : words.slice(verb.length);
	// "declared it a racing incident and therefore not warranting punishment": nobody penalised, so
	// penalising the person its sentence names (else the first the article quotes) is the opposite.
	const spared =
		!opposite && ruling.penalised.length === 0 && DENIES_PENALTY.test(ruling.decision)
			? (people.find((label) =>
					label.split(/\s+/u).some((w) => w.length > 2 && sentence.includes(w))
				) ?? people[0])
			: undefined;
	return {
		key: `decision:${id}`,
		kind: 'decision',
		supported: claim(
			text,
			'supported',
			evidence,
			`The article says ${body.replace(/^The\b/u, 'the')} ${words}.`,
			false,
			REASON
		),
		refuted: spared
			? claim(
					`${body} penalised ${spared}.`,
					'refuted',
					evidence,
					`The article says ${body.replace(/^The\b/u, 'the')} ${ruling.decision}: nobody was penalised.`,
					false,
					REASON
				)
			: opposite
				? claim(
						`${body} ${opposite}${object}.`,
						'refuted',
						evidence,
						`The article says ${body.replace(/^The\b/u, 'the')} ${verb}, not ${opposite}.`,
						false,
						REASON
					)
				: null
	};
}

/**
 * The decision's sentence, with the sentence before it that names the body when it does not ("However,
 * it fined …"), and the one "it" carries on from when it opens the sentence. Null when no sentence
 * before names the body.
 */
function namingEvidence(
	article: Article,
	id: string,
	sentence: string,
	bodyLabel: string
): string[] | null {
	const name = bodyLabel.replace(/^the\s+/iu, '');
	if (sentence.includes(name)) return [id];
	const at = article.sentenceList.findIndex((s) => s.id === id);
	let naming = at - 1;
	while (naming >= 0 && !article.sentenceList[naming]!.text.includes(name)) naming--;
	if (naming < 0) return null;
	const opensWithIt = /^(?:\p{L}+,\s+)?it\b/iu.test(sentence);
	const before = opensWithIt && at - 1 > naming ? [article.sentenceList[at - 1]!.id] : [];
	return [article.sentenceList[naming]!.id, ...before, id];
}

/** Names whose head is an office's noun take "the": "the Ethics Commission", "the Planning Board". */
const OFFICE_HEAD =
	/\b(?:Commission|Board|Committee|Council|Court|Department|Agency|Authority|Office|Tribunal|Panel|Inspectorate|Ombudsman)$/u;

/** A sum of money: "£250,000", "$1.2m", "€3 million". */
const SUM = /^[£$€]\d[\d,.]*(?:\s?(?:m|bn|k|million|billion)\b)?/u;

/**
 * The penalty cut to its verb, the ones penalised by name and the sum right after them: "fined the
 * online retailer ScootDirect £250,000 for …" → "fined ScootDirect £250,000". Null unless the
 * decision names each of them, one after the other.
 */
function penalty(
	decision: string,
	verb: string,
	penalised: string[]
): { words: string; whom: string } | null {
	// Each named in full, or by surname ("fined Whitaker $2,500"): the claim names them in full.
	const named = penalised.map((label) => {
		const surname = label.split(/\s+/u).at(-1)!;
		if (decision.includes(label)) return label;
		return decision.split(/[^\p{L}'\u2019-]+/u).includes(surname) ? surname : null;
	});
	if (penalised.length === 0 || named.some((n) => n === null)) return null;
	const whom = penalised.join(' and ');
	const last = named.at(-1)!;
	const at = decision.indexOf(last) + last.length;
	const sum = SUM.exec(decision.slice(at).trimStart())?.[0];
	return { words: `${verb} ${whom}${sum ? ` ${sum}` : ''}`, whom };
}
