// The pages that must work without JavaScript (a slow phone before the script arrives, a school
// browser that blocks it), driven by plain links and form posts only. The "no-js" project in
// playwright.config.ts runs this file with JavaScript off, and no other project runs it.
import { readFileSync } from 'node:fs';
import { unflatten } from 'devalue';
import { expect, test, type Page } from '@playwright/test';
import { EXPECTED_ANSWERS, EXPECTED_EVIDENCE_MAX } from './expected-answers';
import { ATTEMPT_COOKIE, answerKey, playByApi } from './helpers';
import { servedQuiz } from './served-quiz';

const SEAT_COOKIE = 'sc_seat';
const PIER = readFileSync(new URL('../fixtures/pier-closure.txt', import.meta.url), 'utf8');

const cookie = async (page: Page, name: string) =>
	(await page.context().cookies()).find((c) => c.name === name)?.value;

/** Creates a class through the /teach form alone; returns its join code and dashboard path. */
async function createClass(page: Page, title: string): Promise<{ code: string; path: string }> {
	await page.goto('/teach');
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	return { code, path: new URL(page.url()).pathname };
}

test('JavaScript is really off in this project', async ({ page }) => {
	await page.goto('/');
	// SvelteKit's inline start-up script sets a global; with scripts off it never runs. (Chromium
	// with scripts disabled this way still hides <noscript> content, so that cannot tell.)
	const started = await page.evaluate(() =>
		Object.keys(globalThis).some((k) => k.startsWith('__sveltekit'))
	);
	expect(started).toBe(false);
	// Start is a plain form post: the browser leaves for the server's redirect.
	const [post] = await Promise.all([
		page.waitForRequest((r) => r.method() === 'POST'),
		page.getByRole('button', { name: 'Start', exact: true }).click()
	]);
	expect(new URL(post.url()).search).toBe('?/start');
	expect(post.headers()['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
});

test('Start on the home page starts an attempt on the server', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(servedQuiz().title);
	expect(await cookie(page, ATTEMPT_COOKIE)).toBeUndefined();
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
	const key = await cookie(page, ATTEMPT_COOKIE);
	expect(key, 'the attempt cookie is set by the form post').toBeDefined();
	// The attempt exists on the server, with nothing answered yet.
	const state = await page.request.get(`/api/attempts/${key}`);
	expect(state.status()).toBe(200);
	expect(await state.json()).toMatchObject({ finished: false, verdicts: [] });
	// The page it lands on resumes the round: its first question, rendered by the server. (Answering
	// it needs the script: the question form has no server action; see the report of issue 22.)
	await expect(page.getByText(`Question 1 of ${EXPECTED_ANSWERS.length}`)).toBeVisible();
	await expect(page.locator('#question-heading')).toHaveText(answerKey()[0]!.key.prompt);
});

test("Start from a friend's challenge link starts a round against their score", async ({
	page,
	playwright,
	baseURL
}) => {
	const friend = await playwright.request.newContext({ baseURL });
	const sharer = await playByApi(friend, () => 'right');
	await friend.dispose();
	await page.goto(`/?challenge=${sharer.publicId}`);
	const max = EXPECTED_ANSWERS.length;
	await expect(page.getByText(`Your friend scored ${max} / ${max}`)).toBeVisible();
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
	const key = await cookie(page, ATTEMPT_COOKIE);
	expect(key).toBeDefined();
	expect((await page.request.get(`/api/attempts/${key}`)).status()).toBe(200);
	// The round is held against the friend's result: the page's data for this browser (the
	// redirect dropped "?challenge=") names it, read as a browser would receive it.
	const data = await page.request.get('/__data.json');
	const { nodes } = (await data.json()) as { nodes: ({ data: number } | null)[] };
	const { challenge } = unflatten(nodes.at(-1)!.data) as { challenge: { publicId: string } | null };
	expect(challenge?.publicId).toBe(sharer.publicId);
});

test('a teacher creates a class with the /teach form, and a bad field is refused in words', async ({
	page
}) => {
	await page.goto('/teach');
	await page.getByLabel('Title').fill('No script class');
	await page.getByLabel('Time limit in minutes (optional)').fill('-5');
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	// The page comes back with the reason, and keeps what was typed.
	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.getByLabel('Title')).toHaveValue('No script class');
	await expect(page.getByLabel('Time limit in minutes (optional)')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await page.getByLabel('Time limit in minutes (optional)').fill('');
	await createClass(page, 'No script class');
	await expect(page.getByRole('heading', { name: 'Keep this link' })).toBeVisible();
});

test('a student joins a class with the /join form, and a wrong code is refused in words', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page, 'Join without script');
	const student = await browser.newContext({ baseURL, javaScriptEnabled: false });
	try {
		const s = await student.newPage();
		// A code that is not one: the form comes back with the reason.
		await s.goto('/join');
		await s.getByLabel('Join code', { exact: true }).fill('ZZZZZZ');
		await s.getByLabel('Nickname', { exact: true }).fill('Noor');
		await s.getByRole('button', { name: 'Join' }).click();
		await expect(s.getByLabel('Join code', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(s.getByLabel('Nickname', { exact: true })).toHaveValue('Noor');
		expect(await cookie(s, SEAT_COOKIE)).toBeUndefined();

		// The link a teacher hands out: the code is filled in.
		await s.goto(`/join/${code}`);
		await expect(s.getByLabel('Join code', { exact: true })).toHaveValue(code);
		await s.getByLabel('Nickname', { exact: true }).fill('Noor');
		await s.getByRole('button', { name: 'Join' }).click();
		await expect(s).toHaveURL(new RegExp(`/class/${code}$`));
		await expect(s.getByRole('heading', { level: 1 })).toHaveText('Join without script');
		expect(await cookie(s, SEAT_COOKIE), 'the seat cookie is set').toBeDefined();
	} finally {
		await student.close();
	}
	// The teacher's dashboard, rendered on the server, counts the new student.
	await page.reload();
	await expect(page.getByRole('rowheader', { name: 'Noor', exact: true })).toBeVisible();
});

test('the first step of /write takes a pasted article and opens its draft', async ({ page }) => {
	await page.goto('/write');
	// An empty form is refused with the reason next to the field.
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page.getByText('Give the article a title.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Title').fill('Kelby pier to close');
	await page.getByLabel("The article's text").fill(PIER);
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await expect(page.getByText("Keep this page's link")).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write your own quiz');
	// The draft, rendered by the server: the title as typed, and the speakers the engine found in
	// the pasted text (Ana Silva is quoted in it; see fixtures/pier-closure.txt).
	await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
		'Kelby pier to close'
	);
	await expect(page.getByRole('heading', { name: /^Who said it \(\d+\)$/ })).toBeVisible();
	await expect(page.getByText(/Ana Silva/).first()).toBeVisible();
});

test('the share page shows a stored result, and its challenge link leads to Start', async ({
	page,
	playwright,
	baseURL
}) => {
	const sharerRequest = await playwright.request.newContext({ baseURL });
	const sharer = await playByApi(sharerRequest, (q) => (q === answerKey()[0] ? 'right' : 'wrong'));
	await sharerRequest.dispose();
	await page.goto(`/s/${sharer.publicId}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Source Check result');
	await expect(page.getByText(`Quiz: ${servedQuiz().title}`, { exact: true })).toBeVisible();
	await expect(page.getByTestId('shared-score')).toHaveText(`1 / ${EXPECTED_ANSWERS.length}`);
	await expect(page.getByTestId('shared-evidence')).toHaveText(
		`Evidence 0 / ${EXPECTED_EVIDENCE_MAX}`
	);
	const items = page.getByRole('region', { name: 'Question by question' }).getByRole('listitem');
	await expect(items).toHaveCount(EXPECTED_ANSWERS.length);
	await expect(items.first().getByText('Right', { exact: true })).toBeVisible();
	await expect(items.nth(1).getByText('Wrong', { exact: true })).toBeVisible();
	// A viewer who has not played sees no answers.
	await expect(page.getByText(/The right answer/)).toHaveCount(0);

	// The challenge: a plain link to the quiz, then Start, both without script.
	await page.getByRole('link', { name: 'Take the quiz' }).click();
	await expect(page).toHaveURL(new RegExp(`/\\?challenge=${sharer.publicId}$`));
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	expect(await cookie(page, ATTEMPT_COOKIE)).toBeDefined();
});
