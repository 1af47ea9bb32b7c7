// The default quiz as the app serves it to a browser (read by global-setup.ts): its ids and texts,
// never its answers. Types only come from src/.
import type { Paragraph, Sentence } from '../src/lib/content/sentences';
import type { PublicQuestion } from '../src/lib/quiz/questions';

/** The environment variable through which tests/global-setup.ts hands the served quiz over. */
export const QUIZ_ENV = 'SC_E2E_QUIZ';

export interface ServedQuiz {
	title: string;
	topic: string;
	paragraphs: Paragraph[];
	/** In play order, as the page is given them: prompt, quoted line, options and ids. */
	questions: PublicQuestion[];
}

let cached: ServedQuiz | undefined;

export function servedQuiz(): ServedQuiz {
	if (!cached) {
		const raw = process.env[QUIZ_ENV];
		if (!raw) throw new Error(`${QUIZ_ENV} is not set: run the tests through playwright.config.ts`);
		cached = JSON.parse(raw) as ServedQuiz;
	}
	return cached;
}

/** The article's sentences in reading order, as the page shows them. */
export const articleSentences = (): Sentence[] =>
	servedQuiz().paragraphs.flatMap((p) => p.sentences);
