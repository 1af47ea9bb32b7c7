// Scores answers against the generated questions: the only place that decides right or wrong.
import * as z from 'zod';
import { judgeCitation, MAX_CITED, type EvidenceMode } from './evidence';
import { lapseOf } from './lapses';
import { MAX_HOURS, type NumberQuestion, type Question } from './questions';
import type { Verdict } from './verdict';

export type { Verdict };

/** What a player sends: an option id for a choice, a number for a timeline question. */
export type GivenAnswer = string | number;

const OptionId = z.string();
const Amount = z.number().finite().min(0).max(MAX_HOURS);

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
	const parsed = Amount.safeParse(raw);
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

const SINGULAR: Record<NumberQuestion['unit'], string> = { hours: 'hour', days: 'day' };

/** "24 hours", "1 day": a number of the question's unit. */
export function formatAmount(amount: number, unit: NumberQuestion['unit']): string {
	return `${amount} ${amount === 1 ? SINGULAR[unit] : unit}`;
}

/** How the right answer to a timeline question reads: "About 24 hours (20 to 30 counts)". */
export function numberAnswerLabel(question: NumberQuestion): string {
	const { answer, unit, accepted } = question;
	return `About ${formatAmount(answer, unit)} (${accepted.min} to ${accepted.max} counts)`;
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
		const amount = Number(given);
		correct = amount >= question.accepted.min && amount <= question.accepted.max;
		givenLabel = formatAmount(amount, question.unit);
		answerLabel = numberAnswerLabel(question);
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
		lapse: lapseOf(question, given),
		given,
		givenLabel,
		answerLabel,
		evidence: [...new Set(question.evidence.flat())],
		related: question.related.filter((id) => !question.evidence.flat().includes(id)),
		explanation: question.explanation
	};
}
