// The second built-in article: chosen from the play page, played through by its own hand-written
// key (tests/expected-answers-council.ts, written from the article text, not from the pack), and
// run with a class from /teach.
import { expect, test, type Page } from '@playwright/test';
import { EXPECTED_COUNCIL_ANSWERS, type ExpectedCouncil } from './expected-answers-council';
import { cite, goOn, open, progress, verdictPanel } from './helpers';

const TITLE = 'Harbour Road cycle lane plans put on hold';

async function onScreen(page: Page): Promise<ExpectedCouncil> {
	const prompt = ((await page.locator('#question-heading').textContent()) ?? '').trim();
	const box = page.locator('#question-subject');
	const subject = (await box.count()) ? ((await box.textContent()) ?? '').trim() : undefined;
	const found = EXPECTED_COUNCIL_ANSWERS.filter(
		(e) => e.prompt === prompt && (e.subject ?? undefined) === (subject || undefined)
	);
	expect(found, `one key entry for "${prompt}" / "${subject ?? ''}"`).toHaveLength(1);
	return found[0]!;
}

test('the council article plays from the play page: a perfect round by its own key @phone', async ({
	page
}) => {
	await open(page, '/');
	await page
		.getByRole('navigation', { name: 'Other articles' })
		.getByRole('link', { name: TITLE })
		.click();
	await expect(page).toHaveURL(/\/p\/council-cycle-lane$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	const total = Number(/of (\d+)$/.exec((await progress(page).textContent()) ?? '')![1]);
	expect(total).toBe(EXPECTED_COUNCIL_ANSWERS.length);

	let evidence = 0;
	for (let n = 1; n <= total; n++) {
		await expect(progress(page)).toHaveText(`Question ${n} of ${total}`);
		const expected = await onScreen(page);
		if ('days' in expected) {
			await page.getByLabel('Number of days').fill(String(expected.days));
		} else {
			await page.getByRole('radio', { name: expected.answer, exact: true }).check();
		}
		const absent = 'answer' in expected && expected.answer === 'Not in the article';
		if (!absent && expected.cite.length > 0) await cite(page, expected.cite);
		await page.getByRole('button', { name: 'Check answer' }).click();
		const panel = verdictPanel(page);
		await expect(panel.getByRole('heading', { level: 2 }), expected.because).toHaveText('Right!');
		if (expected.cite.length > 0) {
			await expect(panel.getByTestId('citation'), expected.because).toContainText(
				'+1 evidence point.'
			);
			evidence++;
		}
		await goOn(page);
	}
	await expect(page.getByTestId('score')).toHaveText(`${total} / ${total}`);
	await expect(page.getByTestId('evidence-score')).toHaveText(`${evidence} / ${evidence}`);
});

test('a teacher runs a class on the council article', async ({ page }) => {
	await open(page, '/teach');
	await page.getByRole('group', { name: 'Article' }).getByRole('radio', { name: TITLE }).check();
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expect(page.getByText(`Article: ${TITLE}`)).toBeVisible();
});
