// Whole rounds through the UI: a perfect one, an all-wrong one, and the answer-first rule.
//
// How the expected answers are known: tests/expected-answers.ts, a key written by hand from the
// article text (not from the pack or the generator). Each question on screen is matched to it by its
// visible prompt and quoted line, the option is chosen by its visible label, and the verdict panel
// must name the key's answer, so a wrong label in the pack or a scoring regression fails here.
import { expect, test } from '@playwright/test';
import {
	expectNoAxeViolations,
	expectReadableLayout,
	horizontalOverflow,
	playRoundByTable,
	position,
	progress,
	startQuiz
} from './helpers';
import { EXPECTED_EVIDENCE_MAX, expectedSkillTotals } from './expected-answers';

test('a perfect round with evidence scores N / N and every evidence point @phone', async ({
	page
}) => {
	const total = await startQuiz(page);
	const { points, evidence } = await playRoundByTable(
		page,
		'right',
		// Cheap enough to check on every question: nothing ever scrolls sideways.
		async () => expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
	);
	expect(points).toBe(total);
	expect(evidence).toBe(EXPECTED_EVIDENCE_MAX);

	await expect(page.getByTestId('score')).toHaveText(`${total} / ${total}`);
	await expect(page.getByTestId('evidence-score')).toHaveText(
		`${EXPECTED_EVIDENCE_MAX} / ${EXPECTED_EVIDENCE_MAX}`
	);
	const table = page.getByRole('table', { name: 'By skill' });
	const skills = [
		...expectedSkillTotals(),
		{ label: 'Finding evidence', max: EXPECTED_EVIDENCE_MAX }
	];
	await expect(table.getByRole('row')).toHaveCount(skills.length + 1);
	for (const { label, max } of skills) {
		const row = table.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: label, exact: true })
		});
		await expect(row.getByRole('cell')).toHaveText(`${max} / ${max}`);
	}
	// The review list marks each question "Right." or "Wrong.".
	await expect(page.getByText('Right.', { exact: true })).toHaveCount(total);
	// Nothing wrong: nothing believed false, nothing true doubted.
	await expect(page.getByTestId('believedFalse')).toHaveText('Believed something false: 0');
	await expect(page.getByTestId('doubtedTrue')).toHaveText('Doubted something true: 0');
	await expectReadableLayout(page);

	// Play again forgets this attempt and starts a fresh one at question 1.
	await page.getByRole('button', { name: 'Play again' }).click();
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(progress(page)).toHaveText(`Question 1 of ${total}`);
	await expect(page.getByText('No answers yet', { exact: true })).toBeVisible();
});

test('an all-wrong round scores 0 / N, and the right sentences with wrong answers earn nothing', async ({
	page
}) => {
	const total = await startQuiz(page);
	const { points, evidence } = await playRoundByTable(page, 'wrong');
	expect(points).toBe(0);
	expect(evidence).toBe(0);
	await expect(page.getByTestId('score')).toHaveText(`0 / ${total}`);
	// The right sentences were cited with every wrong answer: they earn nothing.
	await expect(page.getByTestId('evidence-score')).toHaveText(`0 / ${EXPECTED_EVIDENCE_MAX}`);
	const table = page.getByRole('table', { name: 'By skill' });
	for (const { label, max } of [
		...expectedSkillTotals(),
		{ label: 'Finding evidence', max: EXPECTED_EVIDENCE_MAX }
	]) {
		const row = table.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: label, exact: true })
		});
		await expect(row.getByRole('cell')).toHaveText(`0 / ${max}`);
	}
	// The review list marks each question "Right." or "Wrong.".
	await expect(page.getByText('Wrong.', { exact: true })).toHaveCount(total);
	// Each wrong answer is the first option other than the key's, so, counted by hand from the key
	// (expected-answers.ts) and the options' order (Russell, Bottas, the stewards, the writer, "Not
	// in the article"; Supported, Refuted, "Not in the article"): all 16 lines given to someone
	// they are not from (a made-up one to Russell, Russell's to Bottas, the others' to Russell),
	// the 4 refuted and 3 unfounded claims taken as supported: 23 believed false; the 3
	// supported claims taken as refuted: 3 doubted true. The 4 epithets, the ruling and the wait
	// are neither.
	await expect(page.getByTestId('believedFalse')).toHaveText('Believed something false: 23');
	await expect(page.getByTestId('doubtedTrue')).toHaveText('Doubted something true: 3');
	await expect(
		page.getByText('Rejected a claim the article supports, or called a real quote made up.')
	).toBeVisible();
});

test('an answer is required before checking, and Start over goes back to the intro', async ({
	page
}) => {
	await startQuiz(page);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose an answer first.');
	await expect(position(page)).resolves.toMatchObject({ number: 1 });
	await expect(page.getByText('No answers yet', { exact: true })).toBeVisible();

	// One click does not throw the round away: it asks, and Keep playing (or Escape) goes back.
	await page.getByRole('button', { name: 'Start over', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Keep playing' })).toBeFocused();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Keep playing' }).click();
	await expect(page.getByRole('button', { name: 'Start over', exact: true })).toBeFocused();
	await expect(position(page)).resolves.toMatchObject({ number: 1 });
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Start over', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: 'Yes, start over' }).click();
	await expect(page.getByRole('heading', { name: 'Check the article' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
});
