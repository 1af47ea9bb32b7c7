// Pointing at the proof: citing sentences by keyboard, across a reload and a dropped connection,
// the cap on citations, and the citing and feedback screens under axe at phone and desktop sizes.
//
// The sentences to cite come from tests/expected-answers.ts (written by hand from the article),
// found on the page by their words, never from the app's own evidence data.
import { expect, test, type Page, type Route } from '@playwright/test';
import {
	ANSWERS_ROUTE,
	article,
	cite,
	evidenceSoFar,
	expectNoAxeViolations,
	expectReadableLayout,
	expectedOnScreen,
	reload,
	startQuiz,
	verdictPanel
} from './helpers';
import type { ExpectedChoice } from './expected-answers';

/** The first question: who "the Briton" is, proved by two sentences together. */
async function firstQuestion(page: Page): Promise<ExpectedChoice> {
	const expected = await expectedOnScreen(page);
	if ('hours' in expected || expected.cite.length < 2)
		throw new Error('The first question should be a choice proved by two sentences');
	return expected;
}

const sentence = (page: Page, words: string) => article(page).getByRole('button', { name: words });

async function expectFocusRing(page: Page): Promise<void> {
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
}

/** Presses Tab until the target has focus, at most `limit` times. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 60) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('citing works with the keyboard alone: Space and Enter toggle, links go there and back', async ({
	page
}) => {
	await startQuiz(page);
	const expected = await firstQuestion(page);
	const [firstWords, secondWords] = expected.cite as [string, string];

	// Choose the answer with the keyboard.
	await page.keyboard.press('Tab');
	const radio = page.getByRole('radio', { name: expected.answer, exact: true });
	await tabTo(page, radio);
	await page.keyboard.press('Space');
	await expect(radio).toBeChecked();

	// "Go to the article" jumps to the article's heading.
	const go = page.getByRole('link', { name: 'Go to the article' });
	await tabTo(page, go);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'The article', exact: true })).toBeFocused();

	// Space presses a sentence, Space again releases it, Enter presses it back.
	const first = sentence(page, firstWords);
	await tabTo(page, first);
	await expectFocusRing(page);
	await page.keyboard.press('Space');
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Space');
	await expect(first).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('Enter');
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	await expect(first).toBeFocused();

	const second = sentence(page, secondWords);
	await tabTo(page, second);
	await page.keyboard.press('Enter');
	await expect(second).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('cited-count')).toHaveText('2 sentences cited');

	// From the end of the article, one link leads back to the Check button.
	const back = page.getByRole('link', { name: 'Done citing: back to Check answer' });
	await tabTo(page, back);
	await page.keyboard.press('Enter');
	const check = page.getByRole('button', { name: 'Check answer' });
	await expect(check).toBeFocused();
	await page.keyboard.press('Enter');

	const panel = verdictPanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Right!');
	await expect(panel.getByTestId('citation')).toContainText('+1 evidence point.');
	// Both lists are named in text: what the player cited, and what the evidence is.
	await expect(panel.getByRole('heading', { name: 'You cited' })).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'The evidence is' })).toBeVisible();
	// In the article, the cited sentences say so to a screen reader, apart from "Evidence".
	await expect(article(page).locator('mark.cited')).toHaveCount(2);
	await expect(article(page).locator('mark.cited').first()).toContainText('You cited');
	await expect(evidenceSoFar(page)).toHaveText('Evidence so far: 1 / 1');
});

test('a reload mid-citation keeps the answer and the sentences, and a dropped check keeps both', async ({
	page
}) => {
	await startQuiz(page);
	const expected = await firstQuestion(page);
	await page.getByRole('radio', { name: expected.answer, exact: true }).check();
	await cite(page, expected.cite);
	await expect(page.getByTestId('cited-count')).toHaveText('2 sentences cited');

	await reload(page);
	await expect(page.getByRole('radio', { name: expected.answer, exact: true })).toBeChecked();
	for (const words of expected.cite)
		await expect(sentence(page, words)).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('cited-count')).toHaveText('2 sentences cited');

	// The first check never reaches the server; "Try again" sends the same answer and citation.
	const sent: unknown[] = [];
	let calls = 0;
	const failFirst = async (route: Route) => {
		sent.push(route.request().postDataJSON());
		if (calls++ === 0) await route.abort('internetdisconnected');
		else await route.continue();
	};
	await page.route(ANSWERS_ROUTE, failFirst);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('alert')).toContainText("We couldn't reach the server");
	for (const words of expected.cite)
		await expect(sentence(page, words)).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(verdictPanel(page).getByTestId('citation')).toContainText('+1 evidence point.');
	expect(sent).toHaveLength(2);
	expect(sent[1]).toEqual(sent[0]);
	expect((sent[0] as { cited: string[] }).cited).toHaveLength(2);
	await page.unroute(ANSWERS_ROUTE, failFirst);
});

test('at most ten sentences can be cited, and citing the whole article earns nothing', async ({
	page
}) => {
	await startQuiz(page);
	const expected = await firstQuestion(page);
	await page.getByRole('radio', { name: expected.answer, exact: true }).check();
	await cite(page, expected.cite);
	const others = article(page).getByRole('button', { pressed: false });
	for (let i = 0; i < 8; i++) await others.first().click();
	await expect(page.getByTestId('cited-count')).toHaveText('10 sentences cited');
	await expect(page.getByText('You can cite at most 10 sentences')).toBeVisible();
	// An eleventh press changes nothing.
	const eleventh = others.first();
	await eleventh.click({ force: true });
	await expect(eleventh).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('cited-count')).toHaveText('10 sentences cited');

	await page.getByRole('button', { name: 'Check answer' }).click();
	const panel = verdictPanel(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Right!');
	await expect(panel.getByTestId('citation')).toContainText('No evidence point.');
	await expect(panel.getByTestId('citation')).toContainText('too many other sentences');
});

test('the citing and feedback screens are accessible @phone', async ({ page }) => {
	await startQuiz(page);
	const expected = await firstQuestion(page);
	await page.getByRole('radio', { name: expected.answer, exact: true }).check();
	await cite(page, expected.cite.slice(0, 1));
	await expect(page.getByTestId('cited-count')).toHaveText('1 sentence cited');
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	// The jump to the article works on a phone too, where the article is below the question.
	await page.getByRole('link', { name: 'Go to the article' }).click();
	await expect(page.getByRole('heading', { name: 'The article', exact: true })).toBeInViewport();

	await page.getByRole('button', { name: 'Check answer' }).click();
	const panel = verdictPanel(page);
	await expect(panel.getByTestId('citation')).toContainText('No evidence point.');
	await expect(panel.getByTestId('citation')).toContainText('does not prove the answer');
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});
