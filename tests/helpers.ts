// Shared steps for the end-to-end tests: the quiz's answers by the hand-written key, and the moves.
//
// The expected answers, verdicts and totals come from tests/expected-answers.ts, written by hand
// from the article, never from the app's generator or scoring (eslint.config.js forbids importing
// them here). The app is asked only for ids: the quiz as it serves it to a browser (served-quiz.ts).
import {
	expect,
	type APIRequestContext,
	type APIResponse,
	type Browser,
	type BrowserContext,
	type Page,
	type Response
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { PublicQuestion } from '../src/lib/quiz/questions';
import {
	EXPECTED_ANSWERS,
	SKILL_LABELS,
	expectedFor,
	skillOf,
	type Expected
} from './expected-answers';
import { servedQuiz } from './served-quiz';

export const ATTEMPT_COOKIE = 'sc_attempt';
export const SAVED_PROGRESS_KEY = 'source-check:progress';
export const ANSWERS_ROUTE = '**/api/attempts/*/answers';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** An answer as the API takes it: an option id, or a number of hours. */
export type GivenAnswer = string | number;

/** A question of the quiz as served (its ids and labels), with its entry in the hand-written key. */
export type KeyedQuestion = PublicQuestion & { key: Expected };

let cached: KeyedQuestion[] | undefined;

/**
 * The quiz in play order, each question with its hand-written key entry (matched by its visible
 * prompt and quoted line). Every entry of the key must be met exactly once.
 */
export function answerKey(): KeyedQuestion[] {
	if (!cached) {
		const keyed = servedQuiz().questions.map((q) => ({
			...q,
			key: expectedFor(q.prompt, q.subject)
		}));
		const unmet = EXPECTED_ANSWERS.filter((e) => !keyed.some((q) => q.key === e));
		if (unmet.length || keyed.length !== EXPECTED_ANSWERS.length)
			throw new Error(`The quiz and the key differ: ${unmet.map((e) => e.subject ?? e.prompt)}`);
		cached = keyed;
	}
	return cached;
}

export type Pick = 'right' | 'wrong';

/** The answer to give for a pick: the key's right one, or one the key says is wrong. */
export function answerFor(question: KeyedQuestion, pick: Pick): GivenAnswer {
	const { key } = question;
	// A thousand hours is far from the "twenty-four hours" of the article.
	if ('hours' in key) return pick === 'right' ? key.hours : 1000;
	if (question.format !== 'choice') throw new Error(`"${key.prompt}" should be a choice`);
	const option = question.options.find((o) =>
		pick === 'right' ? o.label === key.answer : o.label !== key.answer
	);
	if (!option) throw new Error(`No option "${key.answer}" for "${key.subject ?? key.prompt}"`);
	return option.id;
}

/** What the verdict panel (and the API's verdict) should say for an answer, by the key. */
export type ExpectedVerdict = {
	questionId: string;
	correct: boolean;
	points: number;
	givenLabel: string;
	answerLabel: string;
	/** The app's own explanation, when the answer went through the API (to check it stays hidden). */
	explanation?: string;
};

/** The verdict for one of the answers `answerFor` gives, by the hand-written key. */
export function expectedVerdict(question: KeyedQuestion, answer: GivenAnswer): ExpectedVerdict {
	const { key } = question;
	let verdict: Omit<ExpectedVerdict, 'questionId' | 'points'>;
	if ('hours' in key) {
		if (answer !== key.hours && answer !== 1000) throw new Error(`No verdict for ${answer} hours`);
		verdict = {
			correct: answer === key.hours,
			givenLabel: `${answer} hours`,
			answerLabel: `About ${key.hours} hours`
		};
	} else {
		const given = question.format === 'choice' && question.options.find((o) => o.id === answer);
		if (!given) throw new Error(`No option "${answer}" for "${key.subject ?? key.prompt}"`);
		verdict = {
			correct: given.label === key.answer,
			givenLabel: given.label,
			answerLabel: key.answer
		};
	}
	return { questionId: question.id, points: verdict.correct ? 1 : 0, ...verdict };
}

/** Right on the 1st, 3rd, 5th… question and wrong on the others: a round with a middling score. */
export const alternate = (question: KeyedQuestion): Pick =>
	answerKey().findIndex((q) => q.id === question.id) % 2 === 0 ? 'right' : 'wrong';

/** A round's totals: one point per right answer; unanswered questions count towards the maximum. */
export interface ExpectedSummary {
	score: number;
	max: number;
	/** The skill table's rows that have questions, in the results screen's order. */
	bySkill: { label: string; score: number; max: number }[];
}

export interface ExpectedRound {
	/** The verdicts for the questions answered, in play order. */
	verdicts: ExpectedVerdict[];
	summary: ExpectedSummary;
}

/** Totals for these verdicts over the whole quiz, counted from the key. */
export function expectedSummary(verdicts: ExpectedVerdict[]): ExpectedSummary {
	const points = (qs: KeyedQuestion[]) =>
		verdicts.filter((v) => qs.some((q) => q.id === v.questionId)).reduce((s, v) => s + v.points, 0);
	const bySkill = SKILL_LABELS.map((label) => {
		const inSkill = answerKey().filter((q) => skillOf(q.key) === label);
		return { label, score: points(inSkill), max: inSkill.length };
	}).filter((s) => s.max > 0);
	return { score: points(answerKey()), max: answerKey().length, bySkill };
}

/** What a round played with `pick` on the first `count` questions scores, by the key. */
export function expectedRound(
	pick: (question: KeyedQuestion) => Pick,
	count = answerKey().length
): ExpectedRound {
	const verdicts = answerKey()
		.slice(0, count)
		.map((q) => expectedVerdict(q, answerFor(q, pick(q))));
	return { verdicts, summary: expectedSummary(verdicts) };
}

// ---------------------------------------------------------------- page moves

/**
 * Opens a page and waits until the network has been quiet for a moment, by which time the app
 * has hydrated: a click on server-rendered HTML before that would be lost.
 */
export async function open(page: Page, path = '/'): Promise<Response | null> {
	return page.goto(path, { waitUntil: 'networkidle' });
}

export async function reload(page: Page): Promise<void> {
	await page.reload({ waitUntil: 'networkidle' });
}

export const progress = (page: Page) => page.getByText(/^Question \d+ of \d+$/);
export const scoreSoFar = (page: Page) => page.getByText(/^Score so far: \d+ \/ \d+$/);
export const verdictPanel = (page: Page) =>
	page.getByRole('region', { name: /^(Right!|Right, but no point|Not quite)$/ });
export const evidenceSoFar = (page: Page) => page.getByText(/^Evidence so far: \d+ \/ \d+$/);
export const article = (page: Page) => page.getByRole('region', { name: 'The article' });

/** Presses the article's sentence buttons that contain these words, one each. */
export async function cite(page: Page, fragments: string[]): Promise<void> {
	for (const words of fragments) {
		const sentence = article(page).getByRole('button', { name: words });
		await expect(sentence, `one sentence contains "${words}"`).toHaveCount(1);
		await sentence.click();
		await expect(sentence).toHaveAttribute('aria-pressed', 'true');
	}
}

/** Where the quiz is, read from "Question n of N" on the page. */
export async function position(page: Page): Promise<{ number: number; total: number }> {
	const text = (await progress(page).textContent()) ?? '';
	const match = /^Question (\d+) of (\d+)$/.exec(text.trim());
	if (!match) throw new Error(`No question on screen (found "${text}")`);
	return { number: Number(match[1]), total: Number(match[2]) };
}

/** From the intro: Start, then the first question. Returns N as the page states it. */
export async function startQuiz(page: Page): Promise<number> {
	await open(page);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	const { total } = await position(page);
	expect(total, 'one question for each entry of the hand-written key').toBe(
		EXPECTED_ANSWERS.length
	);
	return total;
}

/** The question on screen, checked against the answer key by its prompt and subject. */
export async function currentQuestion(page: Page): Promise<KeyedQuestion> {
	const { number } = await position(page);
	const question = answerKey()[number - 1]!;
	const group = page.getByRole('group', { name: question.prompt });
	await expect(group.getByRole('heading', { level: 2 })).toHaveText(question.prompt);
	if (question.subject)
		await expect(group.getByText(question.subject, { exact: true })).toBeVisible();
	return question;
}

/** Chooses (or types) an answer on the question form, without checking it. */
export async function give(
	page: Page,
	question: KeyedQuestion,
	answer: GivenAnswer
): Promise<void> {
	if (question.format === 'choice') {
		const label = question.options.find((o) => o.id === answer)!.label;
		const radio = page.getByRole('radio', { name: label, exact: true });
		await radio.check();
		await expect(radio).toBeChecked();
	} else {
		await page.getByLabel('Number of hours').fill(String(answer));
	}
}

export async function expectVerdict(page: Page, verdict: ExpectedVerdict): Promise<void> {
	const panel = verdictPanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		verdict.correct ? 'Right!' : 'Not quite'
	);
	await expect(panel).toContainText(`Your answer: ${verdict.givenLabel}`);
	await expect(panel).toContainText(`The right answer: ${verdict.answerLabel}`);
}

/**
 * Answers the question on screen (right or wrong), checks it, and verifies the verdict panel
 * against the hand-written key. Returns the verdict.
 */
export async function answerCurrent(page: Page, pick: Pick): Promise<ExpectedVerdict> {
	const question = await currentQuestion(page);
	const answer = answerFor(question, pick);
	await give(page, question, answer);
	await page.getByRole('button', { name: 'Check answer' }).click();
	const verdict = expectedVerdict(question, answer);
	await expectVerdict(page, verdict);
	return verdict;
}

/** Leaves a verdict panel: "Next question", or "See results" after the last one. */
export async function goOn(page: Page): Promise<void> {
	await verdictPanel(page)
		.getByRole('button', { name: /^(Next question|See results)$/ })
		.click();
}

/**
 * Plays every remaining question, picking right or wrong per question, and checks the running
 * score as it goes. Returns the points scored in this call.
 */
export async function playRound(
	page: Page,
	pick: (question: KeyedQuestion) => Pick,
	onQuestion?: () => Promise<void>
): Promise<number> {
	const { number: first, total } = await position(page);
	let points = 0;
	for (let n = first; n <= total; n++) {
		await expect(progress(page)).toHaveText(`Question ${n} of ${total}`);
		await onQuestion?.();
		const verdict = await answerCurrent(page, pick(answerKey()[n - 1]!));
		points += verdict.points;
		await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / ${n}`);
		await goOn(page);
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	return points;
}

// ---------------------------------------------------------------- rounds against the hand-written key

/** The question on screen as the player sees it, and its entry in tests/expected-answers.ts. */
export async function expectedOnScreen(page: Page): Promise<Expected> {
	const prompt = (await page.locator('#question-heading').textContent()) ?? '';
	const subjectBox = page.locator('#question-subject');
	const subject = (await subjectBox.count()) ? ((await subjectBox.textContent()) ?? '') : undefined;
	return expectedFor(prompt, subject);
}

/** What one answer by the key earned: the answer point and the evidence point. */
export interface TableResult {
	right: boolean;
	evidence: boolean;
	/** The question has evidence to find (it counts towards "Finding evidence"). */
	hasEvidence: boolean;
}

/**
 * Answers the question on screen by visible label only, right or wrong by the hand-written key,
 * cites the key's sentences (with a wrong answer too, which must earn nothing), and checks the
 * verdict panel says what the key says.
 */
export async function answerByTable(page: Page, pick: Pick): Promise<TableResult> {
	const expected = await expectedOnScreen(page);
	const panel = verdictPanel(page);
	const hasEvidence = expected.cite.length > 0;
	let given: string;
	let absent = false;
	if ('hours' in expected) {
		given = String(pick === 'right' ? expected.hours : 1000);
		await page.getByLabel('Number of hours').fill(given);
	} else {
		const labels = (await page.locator('label.option').allTextContents()).map((l) => l.trim());
		expect(labels, `the right answer "${expected.answer}" is one of the options`).toContain(
			expected.answer
		);
		given = pick === 'right' ? expected.answer : labels.find((l) => l !== expected.answer)!;
		const radio = page.getByRole('radio', { name: given, exact: true });
		await radio.check();
		await expect(radio).toBeChecked();
		absent = given === 'Not in the article' || given === "The article doesn't say";
	}
	if (absent) {
		// Nothing to point at: the page says so and offers no sentence to cite.
		await expect(page.getByText(`You chose “${given}”: there is nothing to cite.`)).toBeVisible();
		await expect(article(page).getByRole('button')).toHaveCount(0);
	} else if (hasEvidence) {
		await cite(page, expected.cite);
		const n = expected.cite.length;
		await expect(page.getByTestId('cited-count')).toHaveText(
			`${n} ${n === 1 ? 'sentence' : 'sentences'} cited`
		);
	}
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(panel.getByRole('heading', { level: 2 }), expected.because).toHaveText(
		pick === 'right' ? 'Right!' : 'Not quite'
	);
	if ('hours' in expected) {
		await expect(panel).toContainText(`Your answer: ${given} hours`);
		await expect(panel).toContainText(`The right answer: About ${expected.hours} hours`);
	} else {
		await expect(panel).toContainText(`Your answer: ${given}`);
		await expect(panel, expected.because).toContainText(`The right answer: ${expected.answer}`);
	}
	const evidence = pick === 'right' && hasEvidence;
	if (hasEvidence) {
		await expect(panel.getByTestId('citation')).toContainText(
			evidence ? '+1 evidence point.' : 'No evidence point.'
		);
	} else {
		await expect(panel.getByTestId('citation')).toHaveCount(0);
	}
	return { right: pick === 'right', evidence, hasEvidence };
}

/**
 * Plays every remaining question against the hand-written key, checking the running score; every
 * question of the key must be met exactly once. Returns the points scored.
 */
export async function playRoundByTable(
	page: Page,
	pick: Pick,
	onQuestion?: () => Promise<void>
): Promise<{ points: number; evidence: number }> {
	const { number: first, total } = await position(page);
	expect(total, 'one question for each entry of the hand-written key').toBe(
		EXPECTED_ANSWERS.length
	);
	const seen = new Set<Expected>();
	let points = 0;
	let found = 0;
	let withEvidence = 0;
	for (let n = first; n <= total; n++) {
		await expect(progress(page)).toHaveText(`Question ${n} of ${total}`);
		await onQuestion?.();
		const expected = await expectedOnScreen(page);
		expect(seen.has(expected), 'each question is asked once').toBe(false);
		seen.add(expected);
		const result = await answerByTable(page, pick);
		if (result.right) points++;
		if (result.evidence) found++;
		if (result.hasEvidence) withEvidence++;
		await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / ${n}`);
		if (withEvidence > 0)
			await expect(evidenceSoFar(page)).toHaveText(`Evidence so far: ${found} / ${withEvidence}`);
		await goOn(page);
	}
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	return { points, evidence: found };
}

// ---------------------------------------------------------------- the API

export async function attemptKeyOf(page: Page): Promise<string> {
	const cookie = (await page.context().cookies()).find((c) => c.name === ATTEMPT_COOKIE);
	expect(cookie, 'the attempt cookie is set after Start').toBeDefined();
	return cookie!.value;
}

export function postAnswer(
	request: APIRequestContext,
	key: string,
	body: unknown
): Promise<APIResponse> {
	// Serialised here, so strings, numbers and null are sent as JSON too.
	return request.post(`/api/attempts/${key}/answers`, {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify(body)
	});
}

/**
 * Plays an attempt through the API alone: starts it (optionally as a challenge), then answers the
 * first `count` questions with `pick`. The request context keeps the attempt cookie, as a browser
 * would. Returns the ids from the start response and what the round should score.
 */
export async function playByApi(
	request: APIRequestContext,
	pick: (question: KeyedQuestion) => Pick,
	{ count = answerKey().length, challenge }: { count?: number; challenge?: string } = {}
): Promise<ExpectedRound & { attemptKey: string; publicId: string }> {
	const start = await request.post('/api/attempts', { data: challenge ? { challenge } : {} });
	expect(start.status(), await start.text()).toBe(201);
	const { attemptKey, publicId, total } = await start.json();
	expect(total).toBe(answerKey().length);
	const round = expectedRound(pick, count);
	for (const [i, question] of answerKey().slice(0, count).entries()) {
		const response = await postAnswer(request, attemptKey, {
			questionId: question.id,
			answer: answerFor(question, pick(question))
		});
		expect(response.status(), await response.text()).toBe(200);
		const verdict = (await response.json()) as ExpectedVerdict;
		const expected = round.verdicts[i]!;
		const { answerLabel, ...rest } = expected;
		expect(verdict, `the verdict on ${question.id}, by the key`).toMatchObject(rest);
		// The label may say more than the key ("About 24 hours (20 to 30 counts)").
		expect(verdict.answerLabel.startsWith(answerLabel), verdict.answerLabel).toBe(true);
		// Kept to check that pages which must not give the answers away do not show it.
		expected.explanation = verdict.explanation;
	}
	return { attemptKey, publicId, ...round };
}

// ---------------------------------------------------------------- accessibility and layout

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(0);
	const found = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
	);
	expect(found, found.join('\n')).toEqual([]);
}

/** How far the page could scroll sideways, in CSS pixels: 0 when everything fits. */
export const horizontalOverflow = (page: Page): Promise<number> =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The page never scrolls sideways, and no visible text is smaller than 16px. */
export async function expectReadableLayout(page: Page): Promise<void> {
	expect(await horizontalOverflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
	const small = await page.evaluate(() => {
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const element = node.parentElement;
			if (!text || !element) continue;
			const box = element.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue; // not rendered, or visually hidden
			const size = parseFloat(getComputedStyle(element).fontSize);
			if (size < 16)
				found.push(`${element.tagName.toLowerCase()} at ${size}px: "${text.slice(0, 40)}"`);
		}
		return found;
	});
	expect(small, 'text smaller than 16px').toEqual([]);
}

/** A student's live stream (/class/CODE/events). */
export const STUDENT_STREAM = /\/class\/[A-Z0-9]+\/events$/;

/**
 * A student in a browser of their own, joined through /join/<code> at `baseURL`: on their class's
 * page once its live stream is open.
 */
export async function joinClass(
	browser: Browser,
	baseURL: string,
	code: string,
	nickname: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await open(page, `/join/${code}`);
	await page.getByLabel('Nickname', { exact: true }).fill(nickname);
	await Promise.all([
		page.waitForResponse((r) => STUDENT_STREAM.test(new URL(r.url()).pathname)),
		page.getByRole('button', { name: 'Join' }).click()
	]);
	await expect(page).toHaveURL(new RegExp(`/class/${code}$`));
	return { context, page };
}
