// Answers and citations taken from the hand-written key (expected-answers.ts), for tests that answer
// through the API: the option whose visible label the key names, and the article's sentences that
// contain the key's words. Nothing here reads the app's own answers or evidence.
import type { Sentence } from '../src/lib/content/sentences';
import { splitArticle } from '../src/lib/content/sentences';
import type { Question } from '../src/lib/quiz/questions';
import type { GivenAnswer } from '../src/lib/quiz/scoring';
import { expectedFor, type Expected } from './expected-answers';
import { pack } from './helpers';

/** The article's sentences in reading order, as the page shows them. */
export function articleSentences(): Sentence[] {
	return splitArticle(pack().text).flatMap((p) => p.sentences);
}

/** The one sentence of the article that contains these words. */
export function sentenceWith(words: string): Sentence {
	const found = articleSentences().filter((s) => s.text.includes(words));
	if (found.length !== 1) {
		throw new Error(`${found.length} sentences contain "${words}"; the key needs exactly one`);
	}
	return found[0]!;
}

/** Sentence ids in article order, as the app stores and exports a citation. */
export function inArticleOrder(ids: string[]): string[] {
	const order = new Map(articleSentences().map((s, i) => [s.id, i]));
	return [...ids].sort((a, b) => order.get(a)! - order.get(b)!);
}

export interface Keyed {
	expected: Expected;
	/** The right answer by the key, as the API takes it. */
	right: GivenAnswer;
	/** An answer the key says is wrong. */
	wrong: GivenAnswer;
	/** The ids of the sentences that prove it, by the key's words; none for "not in the article". */
	cite: string[];
}

/** The key's entry for a question of the quiz, matched by its prompt and quoted line. */
export function byKey(question: Question): Keyed {
	const expected = expectedFor(question.prompt, question.subject);
	const cite = expected.cite.map((words) => sentenceWith(words).id);
	if ('hours' in expected) return { expected, right: expected.hours, wrong: 1000, cite };
	if (question.format !== 'choice') throw new Error(`"${question.prompt}" should be a choice`);
	const right = question.options.find((o) => o.label === expected.answer);
	const wrong = question.options.find((o) => o.label !== expected.answer);
	if (!right || !wrong) throw new Error(`No option "${expected.answer}" for "${question.prompt}"`);
	return { expected, right: right.id, wrong: wrong.id, cite };
}
