// Keyboard only: start, answer and move on with Tab, arrows, Space and Enter; never a click.
import { expect, test, type Page } from '@playwright/test';
import {
	answerFor,
	answerKey,
	expectVerdict,
	expectedVerdict,
	open,
	progress,
	scoreSoFar,
	verdictPanel
} from './helpers';

/** The heading of the question on screen (the legend of its group). */
const questionHeading = (page: Page) => page.getByRole('group').getByRole('heading', { level: 2 });

/** What has focus: its role-ish description, for readable failures. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el
			? `${el.tagName.toLowerCase()}: ${el.textContent?.trim() || el.getAttribute('aria-label') || (el as HTMLInputElement).value}`
			: 'nothing';
	});

/** The focused control shows a focus ring: its computed outline is drawn. */
async function expectVisibleFocus(page: Page): Promise<void> {
	const outline = await page.evaluate(() => {
		const style = getComputedStyle(document.activeElement!);
		return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
	});
	expect(outline.style, `outline of ${await focused(page)}`).not.toBe('none');
	expect(outline.width).toBeGreaterThan(0);
}

/** Presses Tab until the given control has focus (a bounded number of times). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
	for (let i = 0; i < 15; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('the quiz can be played with the keyboard alone', async ({ page }) => {
	await open(page);

	// The first Tab reaches the skip link, which becomes visible.
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expectVisibleFocus(page);

	const start = page.getByRole('button', { name: 'Start', exact: true });
	await tabTo(page, start);
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	const total = answerKey().length;
	await expect(questionHeading(page)).toBeFocused();

	// Three questions, each sent a different way: Space on "Check answer", Enter on it, and
	// Enter on the checked radio button (the form's implicit submission).
	const ways = ['space', 'enter-on-button', 'enter'] as const;
	const picks = ['right', 'wrong', 'right'] as const;
	let points = 0;
	for (const [i, way] of ways.entries()) {
		const question = answerKey()[i]!;
		expect(question.format, 'the first questions are multiple choice').toBe('choice');
		if (question.format !== 'choice') return;
		const answer = answerFor(question, picks[i]!);
		const index = question.options.findIndex((o) => o.id === answer);
		const radio = page.getByRole('radio', { name: question.options[index]!.label, exact: true });

		// From the question heading, Tab enters the radio group at its first option.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('radio').first()).toBeFocused();
		await expectVisibleFocus(page);
		// Arrow keys move through the group and check as they go; the first option, merely
		// focused, is checked with Space.
		for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
		if (index === 0) await page.keyboard.press('Space');
		await expect(radio).toBeChecked();
		await expect(radio).toBeFocused();

		if (way === 'enter') {
			await page.keyboard.press('Enter');
		} else {
			// Between the options and the button: the jump to the article, to cite from.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: 'Go to the article' })).toBeFocused();
			await expectVisibleFocus(page);
			await page.keyboard.press('Tab');
			const check = page.getByRole('button', { name: 'Check answer' });
			await expect(check).toBeFocused();
			await expectVisibleFocus(page);
			await page.keyboard.press(way === 'space' ? 'Space' : 'Enter');
		}

		// Checking moves focus to the verdict's heading.
		const verdict = expectedVerdict(question, answer);
		points += verdict.points;
		await expectVerdict(page, verdict);
		await expect(verdictPanel(page).getByRole('heading', { level: 2 })).toBeFocused();
		await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / ${i + 1}`);

		// Tab past the evidence links to "Next question"; it moves focus to the next heading.
		const next = page.getByRole('button', { name: 'Next question' });
		await tabTo(page, next);
		await expectVisibleFocus(page);
		await page.keyboard.press(i === 1 ? 'Space' : 'Enter');
		await expect(progress(page)).toHaveText(`Question ${i + 2} of ${total}`);
		await expect(questionHeading(page)).toBeFocused();
		await expect(questionHeading(page)).toHaveText(answerKey()[i + 1]!.key.prompt);
	}
});
