// Reads the quiz as the running app serves it to a browser, once, and hands it to every worker.
//
// The tests need the quiz's ids (question and option ids for the API, sentence ids for citations)
// but never its answers: those come from the hand-written keys (expected-answers*.ts). So the runner
// asks the web server Playwright has just started for the play page's data, exactly what a browser
// is given (no answers, no evidence), and passes it to the workers as JSON in the environment.
import type { FullConfig } from '@playwright/test';
import { unflatten } from 'devalue';
import { QUIZ_ENV, type ServedQuiz } from './served-quiz';

export default async function globalSetup(config: FullConfig): Promise<void> {
	const baseURL = config.projects[0]!.use.baseURL!;
	// SvelteKit's own data request for "/": its server load's return value, serialised by devalue.
	const reply = await fetch(new URL('/__data.json', baseURL));
	if (!reply.ok) throw new Error(`GET /__data.json: ${reply.status}`);
	const { nodes } = (await reply.json()) as { nodes: ({ type: string; data: unknown } | null)[] };
	const page = nodes.at(-1);
	if (page?.type !== 'data') throw new Error('GET /__data.json: no page data');
	const { title, topic, paragraphs, questions } = unflatten(page.data as number) as ServedQuiz;
	const served: ServedQuiz = { title, topic, paragraphs, questions };
	process.env[QUIZ_ENV] = JSON.stringify(served);
}
