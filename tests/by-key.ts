// Answers and citations taken from the hand-written key (expected-answers.ts), for tests that answer
// through the API: the option whose visible label the key names, and the article's sentences that
// contain the key's words. Nothing here reads the app's own answers or evidence.
import type { Sentence } from '../src/lib/content/sentences';
import type { Expected } from './expected-answers';
import { answerFor, type GivenAnswer, type KeyedQuestion } from './helpers';
import { articleSentences } from './served-quiz';

export { articleSentences };

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

/** The key's entry for a question of the quiz, with its answers and its sentences' ids. */
export function byKey(question: KeyedQuestion): Keyed {
	return {
		expected: question.key,
		right: answerFor(question, 'right'),
		wrong: answerFor(question, 'wrong'),
		cite: question.key.cite.map((words) => sentenceWith(words).id)
	};
}
