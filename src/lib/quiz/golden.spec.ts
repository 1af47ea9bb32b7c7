// Freezes the Russell–Bottas quiz: saved attempts and share links name questions by id ("q07") and
// store option ids, so the same pack must keep giving exactly these questions, in this order, with
// these ids, prompts, options and answers. The golden file was written by the generator as it was
// before it learnt to handle other packs; if this fails, the change broke existing attempts.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../content/packs';
import golden from './__golden__/russell-bottas-imola.questions.json';
import { generateQuestions, toPublicQuestion } from './questions';

/** The questions as they are stored and sent: JSON, so a key set to undefined counts as absent. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the Russell–Bottas quiz is frozen', () => {
	const questions = generateQuestions(defaultPack);

	it('generates exactly the golden questions', () => {
		expect(asJson(questions)).toStrictEqual(golden);
	});

	it('keeps the ids, prompts, subjects and option labels in play order', () => {
		const summary = (qs: unknown[]) =>
			(asJson(qs) as Record<string, unknown>[]).map((q) => [
				q.id,
				q.prompt,
				q.subject,
				JSON.stringify(q.options)
			]);
		expect(summary(questions.map(toPublicQuestion))).toEqual(summary(golden));
	});
});
