// Reloads and network trouble: the game picks up where it was and never loses a chosen answer.
import { expect, test, type Route } from '@playwright/test';
import {
	ANSWERS_ROUTE,
	SAVED_PROGRESS_KEY,
	answerCurrent,
	answerFor,
	answerKey,
	attemptKeyOf,
	currentQuestion,
	expectVerdict,
	expectedVerdict,
	give,
	goOn,
	open,
	progress,
	reload,
	scoreSoFar,
	startQuiz,
	verdictPanel,
	type Pick
} from './helpers';

test('a reload mid-quiz resumes at the same question with the score so far', async ({ page }) => {
	const total = await startQuiz(page);
	const picks: Pick[] = ['right', 'wrong', 'right'];
	let points = 0;
	for (const pick of picks) {
		points += (await answerCurrent(page, pick)).points;
		await goOn(page);
	}
	await expect(progress(page)).toHaveText(`Question 4 of ${total}`);

	// On a question: the reload comes back to the same unanswered question.
	await reload(page);
	await expect(progress(page)).toHaveText(`Question 4 of ${total}`);
	await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / 3`);
	await currentQuestion(page);

	// On a feedback panel: the reload comes back to the same verdict, not the next question.
	const fourth = await answerCurrent(page, 'right');
	points += fourth.points;
	await reload(page);
	await expectVerdict(page, fourth);
	await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / 4`);
	await expect(progress(page)).toBeHidden();

	// And the game carries on from there.
	await goOn(page);
	await expect(progress(page)).toHaveText(`Question 5 of ${total}`);
	await answerCurrent(page, 'right');
});

test('a round of one article is kept while another is played, and resumes on return', async ({
	page
}) => {
	const total = await startQuiz(page);
	const points = (await answerCurrent(page, 'right')).points;
	await goOn(page);
	await answerCurrent(page, 'wrong');
	await goOn(page);
	await expect(progress(page)).toHaveText(`Question 3 of ${total}`);

	// Another article: a round of its own.
	await open(page, '/p/council-cycle-lane');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	await page.getByRole('radio').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await goOn(page);
	await expect(progress(page)).toHaveText(/^Question 2 of \d+$/);

	// Back to the first: where it was left, with its score; and the second is still there too.
	await open(page, '/');
	await expect(progress(page)).toHaveText(`Question 3 of ${total}`);
	await expect(scoreSoFar(page)).toHaveText(`Score so far: ${points} / 2`);
	await open(page, '/p/council-cycle-lane');
	await expect(progress(page)).toHaveText(/^Question 2 of \d+$/);
});

test('a failed check keeps the answer and "Try again" sends it', async ({ page }) => {
	await startQuiz(page);
	const question = await currentQuestion(page);
	const answer = answerFor(question, 'right');

	// The first request for a verdict fails as if the network dropped; later ones go through.
	let calls = 0;
	const failFirst = async (route: Route) => {
		calls += 1;
		if (calls === 1) await route.abort('internetdisconnected');
		else await route.continue();
	};
	await page.route(ANSWERS_ROUTE, failFirst);

	await give(page, question, answer);
	await page.getByRole('button', { name: 'Check answer' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText("couldn't reach the server");
	const tryAgain = page.getByRole('button', { name: 'Try again' });
	await expect(tryAgain).toBeVisible();
	if (question.format === 'choice') {
		const label = question.options.find((o) => o.id === answer)!.label;
		await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
	}
	await expect(verdictPanel(page)).toBeHidden();
	expect(calls).toBe(1);

	await page.unroute(ANSWERS_ROUTE, failFirst);
	await tryAgain.click();
	await expectVerdict(page, expectedVerdict(question, answer));
	await expect(alert).toBeHidden();
	await expect(scoreSoFar(page)).toHaveText('Score so far: 1 / 1');
});

test('a reload while an answer is in flight checks that answer on return', async ({ page }) => {
	await startQuiz(page);
	const key = await attemptKeyOf(page);
	const question = await currentQuestion(page);
	const answer = answerFor(question, 'wrong');

	// Hold the request so the answer stays pending, never reaching the server.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(ANSWERS_ROUTE, async (route) => {
		await held;
		await route.abort().catch(() => {});
	});
	await give(page, question, answer);
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('button', { name: 'Checking…' })).toBeDisabled();
	await expect
		.poll(() => page.evaluate((k) => localStorage.getItem(k), SAVED_PROGRESS_KEY))
		.toContain(`"pending":${JSON.stringify(answer)}`);
	const before = await page.request.get(`/api/attempts/${key}`);
	expect((await before.json()).verdicts).toEqual([]);

	await page.unrouteAll({ behavior: 'ignoreErrors' });
	await reload(page);
	release();
	await expectVerdict(page, expectedVerdict(question, answer));
	await expect(scoreSoFar(page)).toHaveText('Score so far: 0 / 1');

	// The server holds that one answer, once.
	const after = await page.request.get(`/api/attempts/${key}`);
	const { verdicts } = await after.json();
	expect(verdicts).toHaveLength(1);
	expect(verdicts[0]).toMatchObject({ questionId: question.id, given: answer, correct: false });
	expect(answerKey()[0]!.id).toBe(question.id);
});

test('an answer chosen before the page has hydrated is kept when it does', async ({ page }) => {
	const total = await startQuiz(page);
	const key = answerKey();
	// Reload with the app's scripts held back: the server's question is on screen, not yet live,
	// as on a slow phone. The choice made then must survive the scripts' arrival.
	let held: Route[] | null = [];
	const hold = (route: Route) => (held ? void held.push(route) : route.continue());
	const release = async () => {
		const routes = held ?? [];
		held = null;
		await Promise.all(routes.map((route) => route.continue()));
		await page.waitForLoadState('networkidle');
	};
	await page.route('**/_app/immutable/**/*.js', hold);
	await page.reload({ waitUntil: 'commit' });
	await expect(progress(page)).toHaveText(`Question 1 of ${total}`);
	const question = key[0]!;
	const answer = answerFor(question, 'right');
	await give(page, question, answer);
	await release();

	if (question.format === 'choice') {
		const label = question.options.find((o) => o.id === answer)!.label;
		await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
	}
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expectVerdict(page, expectedVerdict(question, answer));

	// The same for a number typed before hydration.
	const hours = key.findIndex((q) => q.format !== 'choice');
	expect(hours, 'the key has a question answered in hours').toBeGreaterThan(0);
	await goOn(page);
	for (let n = 2; n <= hours; n++) {
		await answerCurrent(page, 'wrong');
		await goOn(page);
	}
	await expect(progress(page)).toHaveText(`Question ${hours + 1} of ${total}`);
	held = [];
	await page.reload({ waitUntil: 'commit' });
	await expect(progress(page)).toHaveText(`Question ${hours + 1} of ${total}`);
	const typed = answerFor(key[hours]!, 'right');
	await give(page, key[hours]!, typed);
	await release();
	await expect(page.getByLabel('Number of hours')).toHaveValue(String(typed));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expectVerdict(page, expectedVerdict(key[hours]!, typed));
});
