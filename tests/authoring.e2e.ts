// The authoring page, as a teacher uses it: paste the council article, keep the suggestions, fix a
// speaker, add a claim with its evidence and a made-up line, reload mid-draft, preview, publish;
// then play the published quiz, share the score, and run a class on it. Axe on every step.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, goOn, open, progress, verdictPanel } from './helpers';

const TEXT = readFileSync(
	new URL('../src/lib/content/packs/council-cycle-lane.txt', import.meta.url),
	'utf8'
);
const TITLE = 'Harbour Road: who said what?';
const CLAIM = 'The transport committee voted to scrap the cycle lane scheme.';
const IN_ARTICLE = 'Nobody is against safer roads';
const MADE_UP = 'We will not rest until every child in this city can cycle to school safely.';

const saved = (page: Page) => expect(page.getByText('All changes saved.')).toBeVisible();
/** A statement's line in the review list. */
const statement = (page: Page, n: number) =>
	page
		.getByRole('listitem')
		.filter({ has: page.getByRole('button', { name: `Edit Statement ${n}`, exact: true }) });
/** A line of the review list, opened for edit (its fields are folded until then). */
async function opened(line: Locator): Promise<Locator> {
	const edit = line.getByRole('button', { name: /^Edit / });
	if ((await edit.getAttribute('aria-expanded')) !== 'true') await edit.click();
	await expect(edit).toHaveAttribute('aria-expanded', 'true');
	return line;
}
/** The line whose fields hold this field (an item just added is the one open). */
const lineWith = (page: Page, label: string) =>
	page.getByRole('listitem').filter({ has: page.getByLabel(label, { exact: true }) });

async function startDraft(page: Page): Promise<string> {
	await open(page, '/write');
	await expectNoAxeViolations(page);
	// An empty form is refused with the reason next to each field, and stores nothing.
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page.getByText('Give the article a title.')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
	await page.waitForLoadState('networkidle');
	await expectNoAxeViolations(page);
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel("The article's text").fill(TEXT);
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await expect(page.getByText("Keep this page's link")).toBeVisible();
	await page.waitForLoadState('networkidle');
	return page.url();
}

test('a teacher writes a quiz from the council article, publishes it, and it plays @phone', async ({
	page,
	browser
}) => {
	// The whole journey, a round of twenty questions included.
	test.setTimeout(240_000);
	const editUrl = await startDraft(page);

	// The suggestions, as found: the people and bodies, and the lines they said.
	const people = page.getByRole('list', { name: /^People and their other names/ });
	for (const name of ['Priya Natarajan', 'Tom Reilly', 'Helen Achterberg'])
		await expect(people.getByRole('listitem').filter({ hasText: `: ${name}` })).toHaveCount(1);
	const first = await opened(statement(page, 1));
	await expect(first.getByLabel('The words', { exact: true })).toHaveValue(
		'We have spent two years listening to people on this street'
	);
	await expect(first.getByLabel('Who said it')).toHaveValue('natarajan');
	await expect(first.getByLabel(/^Cue/)).toHaveValue('said the committee chair');
	await saved(page);
	await expectNoAxeViolations(page);

	// Fix a speaker: unset, the field says what is missing and publishing lists it; set, it is gone.
	const third = await opened(statement(page, 3));
	await expect(third.getByLabel('The words', { exact: true })).toHaveValue(IN_ARTICLE);
	await third.getByLabel('Who said it').selectOption('');
	await expect(third.locator('.field-error')).toHaveText('Choose one.');
	await expect(third.getByLabel('Who said it')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('link', { name: 'Statement 3, source: Choose one.' })).toBeVisible();
	await expectNoAxeViolations(page);
	await third.getByLabel('Who said it').selectOption({ label: 'Priya Natarajan' });
	await expect(third.getByText('Choose one.')).toHaveCount(0);

	// A claim with its evidence.
	await page.getByRole('button', { name: 'Add a claim' }).click();
	const claim = lineWith(page, 'The claim');
	await expect(claim.getByLabel('The claim')).toBeFocused();
	await page.keyboard.type(CLAIM);
	await claim.getByRole('radio', { name: /^Refuted/ }).check();
	await expect(claim.getByText('Pick at least one sentence of the article.')).toBeVisible();
	await claim.getByText(/^Pick sentences/).click();
	await claim
		.getByRole('button', { name: /^The transport committee voted five to two to pause/ })
		.click();
	await expect(claim.getByText('Pick sentences (1 picked)')).toBeVisible();
	await claim
		.getByLabel(/^Explanation/)
		.fill('It voted to pause the scheme, and stopped short of scrapping it.');
	await expect(claim.locator('.field-error')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// A made-up line: refused while it is in the article.
	await page.getByRole('button', { name: 'Add a made-up line' }).click();
	const decoy = lineWith(page, 'The made-up line');
	await decoy.getByLabel('The made-up line').fill(IN_ARTICLE);
	await decoy.getByLabel('Who it sounds like').selectOption({ label: 'Priya Natarajan (person)' });
	await expect(decoy.getByText(/A made-up line must not be in the article/)).toBeVisible();
	await decoy.getByLabel('The made-up line').fill(MADE_UP);
	await expect(decoy.locator('.field-error')).toHaveCount(0);
	await saved(page);

	// Reload mid-draft: everything is still there, from the server.
	await page.reload();
	const lines = page.getByRole('listitem');
	await expect(
		(await opened(lines.filter({ hasText: 'The transport committee voted to scrap' }))).getByLabel(
			'The claim'
		)
	).toHaveValue(CLAIM);
	await expect(
		(await opened(lines.filter({ hasText: 'We will not rest until every child' }))).getByLabel(
			'The made-up line'
		)
	).toHaveValue(MADE_UP);
	await expect((await opened(statement(page, 3))).getByLabel('Who said it')).toHaveValue(
		'natarajan'
	);
	await expect(page.getByText('Everything checks.')).toBeVisible();

	// Preview: the real game on the draft, before anything is published.
	await page.getByRole('link', { name: 'Preview: play it' }).click();
	await expect(page).toHaveURL(`${editUrl}/preview`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	// The preview starts a round at once, on the draft as saved.
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Back to editing' }).click();

	// Publish: the links.
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText('Published. The links are below.')).toBeVisible();
	await expectNoAxeViolations(page);
	const playUrl = await page.getByRole('link', { name: /\/p\/[A-Za-z0-9_-]{12}$/ }).textContent();
	const classUrl = await page.getByRole('link', { name: /\/teach\?pack=/ }).textContent();
	expect(playUrl).toBeTruthy();

	// Play it: the claim and the made-up line are in the quiz, scored by the server.
	await open(page, playUrl!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
	// Published unchanged, it is the version the preview played: the round begun there goes on.
	await expect(page.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	const total = Number(/of (\d+)$/.exec((await progress(page).textContent()) ?? '')![1]);
	let sawClaim = false;
	let sawDecoy = false;
	for (let n = 1; n <= total; n++) {
		await expect(progress(page)).toHaveText(`Question ${n} of ${total}`);
		const subject = ((await page.locator('#question-subject').textContent()) ?? '').trim();
		let expectRight: boolean | undefined;
		if (subject === CLAIM) {
			await page.getByRole('radio', { name: 'Refuted', exact: true }).check();
			sawClaim = expectRight = true;
		} else if (subject === MADE_UP) {
			await page.getByRole('radio', { name: 'Not in the article', exact: true }).check();
			sawDecoy = expectRight = true;
		} else {
			await page.getByRole('radio').first().check();
		}
		await page.getByRole('button', { name: 'Check answer' }).click();
		if (expectRight)
			await expect(verdictPanel(page).getByRole('heading', { level: 2 })).toHaveText('Right!');
		else await expect(verdictPanel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await goOn(page);
	}
	expect(sawClaim && sawDecoy).toBe(true);

	// Share it: the score link shows this article's title.
	const link = await page.getByRole('textbox', { name: 'Your score link' }).inputValue();
	const stranger = await browser.newContext();
	try {
		const view = await stranger.newPage();
		await open(view, link);
		await expect(view.getByText(TITLE).first()).toBeVisible();
	} finally {
		await stranger.close();
	}

	// Run a class on it: the class link chooses the article.
	await open(page, classUrl!);
	await expect(
		page.getByText(`Your article “${TITLE}” is chosen by its link below.`)
	).toBeVisible();
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expect(page.getByText(`Article: ${TITLE}`)).toBeVisible();

	// Editing again makes a new version; the link plays the new one.
	await open(page, editUrl);
	await page.getByLabel('Title').first().fill(`${TITLE} (revised)`);
	await page.getByRole('button', { name: 'Publish the changes' }).click();
	await expect(page.getByText('Published. The links are below.')).toBeVisible();
	await open(page, playUrl!);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${TITLE} (revised)`);
});

test('the editor works by keyboard alone: a statement typed in, with its sentences picked', async ({
	page
}) => {
	await startDraft(page);
	await page.getByRole('button', { name: 'Add a statement by typing it' }).focus();
	await page.keyboard.press('Enter');
	const items = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('button', { name: /^Edit Statement \d+$/ }) });
	const count = await items.count();
	const added = statement(page, count);
	// Focus goes to the new statement's speaker.
	await expect(added.getByLabel('Who said it')).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.type('I want the lane');
	await expect(added.getByLabel('The words', { exact: true })).toHaveValue('I want the lane');
	await added.getByLabel('Who said it').focus();
	await page.keyboard.press('ArrowDown');
	await expect(added.getByLabel('Who said it')).not.toHaveValue('');
	await added.getByLabel('Who said it').selectOption({ label: 'Tom Reilly' });
	await expect(added.getByText('Pick at least one sentence of the article.')).toBeVisible();
	await added.getByText(/^Pick sentences/).focus();
	await page.keyboard.press('Enter');
	const sentence = added.getByRole('button', { name: /^"?I want the lane\.$/ });
	await sentence.focus();
	await page.keyboard.press('Space');
	await expect(sentence).toHaveAttribute('aria-pressed', 'true');
	await expect(added.locator('.field-error')).toHaveCount(0);
	await saved(page);
});

test('a draft started from a selection in the article gets the selected words', async ({
	page
}) => {
	await startDraft(page);
	await page.getByText('Add a statement from words in the article').click();
	const region = page.getByRole('region', { name: 'The article, to select words from' });
	const span = region.getByText('I ride a bike myself', { exact: false }).first();
	// Select the words "I ride a bike myself" inside the sentence, as a mouse would.
	await span.evaluate((el) => {
		// The text node that holds them (a sentence may also hold marked words and Svelte's markers).
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		let node = walker.nextNode()!;
		while (!node.textContent!.includes('I ride a bike myself')) node = walker.nextNode()!;
		const start = node.textContent!.indexOf('I ride a bike myself');
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, start + 'I ride a bike myself'.length);
		document.getSelection()!.removeAllRanges();
		document.getSelection()!.addRange(range);
	});
	await expect(page.getByText('Selected: “I ride a bike myself”')).toBeVisible();
	await page.getByRole('button', { name: 'Add the selected words as a statement' }).click();
	const items = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('button', { name: /^Edit Statement \d+$/ }) });
	const added = statement(page, await items.count());
	await expect(added.getByLabel('The words', { exact: true })).toHaveValue('I ride a bike myself');
	await expect(added.getByText('Pick sentences (1 picked)')).toBeVisible();
	await expect(added.getByLabel('Who said it')).toBeFocused();
});

test('a bad edit link, a hostile save and a pack file all get a clear answer', async ({
	page,
	request
}) => {
	const missing = await page.goto(`/write/${'A'.repeat(32)}`);
	expect(missing?.status()).toBe(404);
	await expect(page.getByText('There is no draft at this link.')).toBeVisible();

	const editUrl = await startDraft(page);
	const path = new URL(editUrl).pathname;
	for (const [body, status] of [
		['{"draft": ', 400],
		[JSON.stringify({ draft: { title: 1 } }), 400],
		[JSON.stringify({ draft: null }), 400]
	] as const) {
		const reply = await request.put(`${path}/draft`, {
			headers: { 'content-type': 'application/json' },
			data: body
		});
		expect(reply.status()).toBe(status);
		expect((await reply.json()).error).toBeTruthy();
	}
	const wrongType = await request.put(`${path}/draft`, {
		headers: { 'content-type': 'text/plain' },
		data: 'hello'
	});
	// Refused before the body is read: SvelteKit's own check on cross-site form types, or ours.
	expect(wrongType.status()).toBeGreaterThanOrEqual(400);
	expect(wrongType.status()).toBeLessThan(500);
	// The draft on the server is untouched by those.
	await page.reload();
	await expect(page.getByLabel('Title').first()).toHaveValue(TITLE);

	// Starting from a pack file: the built-in one, downloaded.
	const file = await (await request.get('/p/council-cycle-lane/pack.json')).body();
	await open(page, '/write');
	await page.getByLabel('Or start from a pack file (JSON)').setInputFiles({
		name: 'council.json',
		mimeType: 'application/json',
		buffer: file
	});
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await expect(page.getByLabel('Title').first()).toHaveValue(
		'Harbour Road cycle lane plans put on hold'
	);
	await expect(page.getByText('Everything checks.')).toBeVisible();

	await open(page, '/write');
	await page.getByLabel('Or start from a pack file (JSON)').setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"title": ')
	});
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page.getByText('This file is not a pack file (JSON).')).toBeVisible();
});
