// Accessibility (axe-core, WCAG 2.0–2.2 A/AA) and a readable layout on every screen of the game,
// at desktop and phone widths: no horizontal scrolling, no text under 16px.
//
// To reach the later screens quickly, some tests answer questions through the API with the
// player's own cookie and then reload: the page resumes where the server says the attempt is.
import { expect, test, type Page } from '@playwright/test';
import {
	answerCurrent,
	answerFor,
	answerKey,
	attemptKeyOf,
	expectNoAxeViolations,
	expectReadableLayout,
	open,
	postAnswer,
	progress,
	reload,
	SAVED_PROGRESS_KEY,
	startQuiz
} from './helpers';

/**
 * Answers the first `count` questions through the API (alternately right and wrong), then
 * reloads. The browser's saved place is cleared first, so the game resumes at the first
 * unanswered question rather than on the question this browser last showed.
 */
async function fastForward(page: Page, count: number): Promise<void> {
	const key = await attemptKeyOf(page);
	for (const [i, question] of answerKey().slice(0, count).entries()) {
		const response = await postAnswer(page.request, key, {
			questionId: question.id,
			answer: answerFor(question, i % 2 === 0 ? 'right' : 'wrong')
		});
		expect(response.status()).toBe(200);
	}
	await page.evaluate((k) => localStorage.removeItem(k), SAVED_PROGRESS_KEY);
	await reload(page);
}

test('the intro page is accessible @phone', async ({ page }) => {
	await open(page);
	await expect(page.getByRole('heading', { name: 'Check the article' })).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('a question is accessible, with and without an error @phone', async ({ page }) => {
	await startQuiz(page);
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose an answer first.');
	await expectNoAxeViolations(page);

	// The one question answered with a number, not a choice.
	const timeline = answerKey().findIndex((q) => q.format === 'number');
	await fastForward(page, timeline);
	await expect(progress(page)).toHaveText(`Question ${timeline + 1} of ${answerKey().length}`);
	await expect(page.getByLabel('Number of hours')).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('the Start over confirm is accessible @phone', async ({ page }) => {
	await startQuiz(page);
	await page.getByRole('button', { name: 'Start over', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Keep playing' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Yes, start over' })).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('a feedback panel is accessible @phone', async ({ page }) => {
	await startQuiz(page);
	await answerCurrent(page, 'wrong');
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('the results page is accessible @phone', async ({ page }) => {
	await startQuiz(page);
	await fastForward(page, answerKey().length);
	await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
	// The two kinds of wrong answer come with the results (loaded then): checked too.
	await expect(page.getByTestId('doubtedTrue')).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('the 404 page is accessible @phone', async ({ page }) => {
	const response = await open(page, '/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the quiz' })).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});
