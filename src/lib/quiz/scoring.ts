// Scores answers against the generated questions: the only place that decides right or wrong.
import * as z from 'zod';
import { judgeCitation, MAX_CITED, type EvidenceMode } from './evidence';
import { MAX_HOURS, type Question } from './questions';
import type { Verdict } from './verdict';

export type { Verdict };

/** What a player sends: an option id for a choice, a number for a timeline question. */
export type GivenAnswer = string | number;

const OptionId = z.string();
const Hours = z.number().finite().min(0).max(MAX_HOURS);

export type AnswerCheck = { ok: true; answer: GivenAnswer } | { ok: false; message: string };

/** Checks that an answer is one this question can take, and says what is wrong when not. */
export function validateAnswer(question: Question, raw: unknown): AnswerCheck {
	if (question.format === 'choice') {
		const ids = question.options.map((o) => o.id);
		const parsed = OptionId.safeParse(raw);
		if (parsed.success && ids.includes(parsed.data)) return { ok: true, answer: parsed.data };
		return {
			ok: false,
			message: `Choose one of the options: ${question.options.map((o) => o.label).join(', ')}.`
		};
	}
	const parsed = Hours.safeParse(raw);
	if (parsed.success) return { ok: true, answer: parsed.data };
	return {
		ok: false,
		message: `Give the number of ${question.unit} as a number from 0 to ${MAX_HOURS}.`
	};
}

const CitedIds = z
	.array(z.string({ error: 'Cite sentences by their ids, like "p3s1".' }).max(16), {
		error: 'Send the cited sentences as a list of ids, like ["p3s1"].'
	})
	.max(MAX_CITED, { error: `Cite at most ${MAX_CITED} sentences.` });

export type CitationCheck = { ok: true; cited: string[] } | { ok: false; message: string };

/**
 * Checks a citation: known sentence ids of this article, none twice, at most MAX_CITED. Nothing
 * sent is an empty citation. The ids come back in article order, so the same sentences cited in
 * another order are the same citation.
 */
export function validateCitation(
	raw: unknown,
	sentenceOrder: ReadonlyMap<string, number>
): CitationCheck {
	if (raw === undefined) return { ok: true, cited: [] };
	const parsed = CitedIds.safeParse(raw);
	if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
	const ids = parsed.data;
	const unknown = ids.find((id) => !sentenceOrder.has(id));
	if (unknown !== undefined)
		return { ok: false, message: `There is no sentence "${unknown}" in this article.` };
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice !== undefined) return { ok: false, message: `The sentence "${twice}" is cited twice.` };
	return {
		ok: true,
		cited: [...ids].sort((a, b) => sentenceOrder.get(a)! - sentenceOrder.get(b)!)
	};
}

function formatHours(hours: number): string {
	return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/**
 * Scores a validated answer and citation. The answer point is for the right answer (and, when the
 * evidence is required, a citation that counts); the evidence point is separate and never takes
 * the answer point away.
 */
export function scoreAnswer(
	question: Question,
	given: GivenAnswer,
	cited: readonly string[] = [],
	mode: EvidenceMode = 'bonus'
): Verdict {
	let correct: boolean;
	let givenLabel: string;
	let answerLabel: string;
	if (question.format === 'choice') {
		correct = given === question.answer;
		givenLabel = question.options.find((o) => o.id === given)?.label ?? String(given);
		answerLabel = question.options.find((o) => o.id === question.answer)!.label;
	} else {
		const hours = Number(given);
		correct = hours >= question.accepted.min && hours <= question.accepted.max;
		givenLabel = formatHours(hours);
		answerLabel = `About ${formatHours(question.answer)} (${question.accepted.min} to ${question.accepted.max} counts)`;
	}
	const citation = mode === 'off' ? null : judgeCitation(question.evidence, cited, correct);
	const evidenceMet = citation === null || citation === 'counted';
	return {
		questionId: question.id,
		correct,
		points: correct && (mode !== 'required' || evidenceMet) ? 1 : 0,
		cited: mode === 'off' ? [] : [...cited],
		citation,
		evidencePoints: citation === 'counted' ? 1 : 0,
		given,
		givenLabel,
		answerLabel,
		evidence: [...new Set(question.evidence.flat())],
		related: question.related.filter((id) => !question.evidence.flat().includes(id)),
		explanation: question.explanation
	};
}
