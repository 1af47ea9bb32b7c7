// Scores answers against the generated questions: the only place that decides right or wrong.
import * as z from 'zod';
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

function formatHours(hours: number): string {
	return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** Scores a validated answer: one point when right, none when wrong. */
export function scoreAnswer(question: Question, given: GivenAnswer): Verdict {
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
	return {
		questionId: question.id,
		correct,
		points: correct ? 1 : 0,
		given,
		givenLabel,
		answerLabel,
		evidence: [...new Set(question.evidence.flat())],
		related: question.related.filter((id) => !question.evidence.flat().includes(id)),
		explanation: question.explanation
	};
}
