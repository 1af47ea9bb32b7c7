// The statements to check on /write (issues 20 and 21): an article with two people of one surname and
// an unnamed source; the review lists what Source Check was unsure of first among the statements, in
// the article's order, each with its reason; the teacher settles four by keyboard alone, the count
// goes down, the draft keeps it, publishes, and the pack carries no confidence. Axe at 360 px and desktop.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectReadableLayout, open } from './helpers';

// A made-up article, written for this test.
const TITLE = 'Footbridge to close for repairs';
const TEXT = `The Riverside footbridge will close for six weeks from Monday while engineers replace its rusted cables, the town council announced on Tuesday.

Mayor Ruth Okafor defended the timing at a crowded meeting in the library. "We cannot wait for another winter with the cables in this state," Okafor said.

Her brother, Daniel Okafor, who runs the bakery beside the bridge, was less certain. "Half my customers walk over that bridge every morning," Daniel Okafor said.

A council official, who asked not to be named, said: "The contractor was the only one free before the spring floods."

Priya Menon, who chairs the residents' association, welcomed the repairs. "People have been nervous on that bridge for years," Menon said. "We would rather lose six weeks than lose the bridge."

The council said a free shuttle bus would run between the two banks every twenty minutes. Tom Reyes, who will drive it, said he was looking forward to the change. "I have driven this route before and the riders are patient," Reyes told reporters.`;

/**
 * What a careful reader would want checked, from the text alone, in the article's order: the words
 * marked in the article and why. "Okafor said" could be either Okafor; an unnamed source has no
 * name to check; a body speaking may mean one person of it.
 */
const MUST_CHECK = [
	{ words: 'The Riverside footbridge will close', reason: /an organisation/ },
	{ words: 'We cannot wait for another winter', reason: /two people named Okafor/ },
	{ words: 'The contractor was the only one free', reason: /an unnamed source/ },
	{ words: 'a free shuttle bus would run', reason: /an organisation/ }
];
/**
 * "Daniel Okafor said" names him in full, but there are two Okafors: the engine may still ask.
 * Menon's lines (the second carried on from "Menon said" with nobody else near) and Reyes's name
 * their speaker right next to the words: never listed.
 */
const MAY_CHECK = [
	{ words: 'Half my customers walk over that bridge', reason: /two people named Okafor/ }
];
const NEVER_CHECK = [
	'People have been nervous',
	'We would rather lose six weeks',
	'I have driven this route before'
];
/** Every statement of the article: six quotes and three reports. */
const STATEMENTS = 9;

/** The statements' lines, and those still to check (their reason shown as "Check: …"). */
const statementLines = (page: Page) =>
	page.getByRole('list', { name: /^Who said it/ }).getByRole('listitem');
const items = (page: Page) => statementLines(page).filter({ hasText: 'Check:' });
/** How many statements are still to check (the generated items have their own marks). */
const count = (page: Page, n: number) => expect(items(page)).toHaveCount(n);
const itemWith = (page: Page, words: string): Locator => items(page).filter({ hasText: words });
const lineWith = (page: Page, words: string): Locator =>
	statementLines(page).filter({ hasText: words });
/** Words marked in the article itself, where statements are added from. */
const markedInArticle = (page: Page, words: string) =>
	page
		.getByRole('region', { name: 'The article, to select words from' })
		.locator('mark', { hasText: words });
const focusedText = (page: Page) =>
	page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
/** The accessible name of what has focus, as the buttons of a line are named ("Accept Statement 3"). */
const focusedName = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el?.innerText?.replace(/\s+/g, ' ').replace(/[▾▴]/g, '').trim() ?? '';
	});
/** The number of the statement on a line ("Statement 4: …" → 4). */
const numberOf = async (line: Locator) =>
	Number(/^Statement (\d+):/.exec(((await line.textContent()) ?? '').trim())![1]);

async function tabTo(page: Page, name: string, back = false) {
	for (let i = 0; i < 80 && (await focusedName(page)) !== name; i++)
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	expect(await focusedName(page)).toBe(name);
}

async function axeAtBothSizes(page: Page) {
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
	await page.setViewportSize({ width: 1280, height: 800 });
}

test('the statements to check come first, in order, and are settled by keyboard', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/write');
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel("The article's text").fill(TEXT);
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await page.waitForLoadState('networkidle');

	// First among the statements: each to check, with its reason and its words, in the article's
	// order: all that must be checked, and perhaps the other Okafor's.
	const listed = await items(page).allTextContents();
	const expected = [...MUST_CHECK, ...MAY_CHECK].filter((e) =>
		listed.some((text) => text.includes(e.words))
	);
	for (const must of MUST_CHECK) expect(expected).toContain(must);
	expect(listed).toHaveLength(expected.length);
	const order = (words: string) => TEXT.indexOf(words);
	expected.sort((a, b) => order(a.words) - order(b.words));
	const n = expected.length;
	await count(page, n);
	for (const [i, item] of expected.entries()) {
		await expect(statementLines(page).nth(i)).toContainText(item.words);
		await expect(statementLines(page).nth(i)).toContainText(item.reason);
	}
	const surname = itemWith(page, 'We cannot wait for another winter');
	await expect(surname).toContainText('— Ruth Okafor ·');
	await expect(itemWith(page, 'The contractor was the only one free')).toContainText(
		'— Nobody chosen yet ·'
	);
	for (const words of NEVER_CHECK) await expect(lineWith(page, words)).not.toContainText('Check:');
	// The article marks them too, where statements are added from: every item's words, and none of
	// the sure ones'.
	await page.getByText('Add a statement from words in the article').click();
	for (const item of expected) await expect(markedInArticle(page, item.words)).toHaveCount(1);
	for (const words of NEVER_CHECK) await expect(markedInArticle(page, words)).toHaveCount(0);
	await axeAtBothSizes(page);
	await page.getByText('Add a statement from words in the article').click();

	// By keyboard alone, from "Accept every sure item": Tab goes through the lines in the article's
	// order, each line's Accept, Reject and Edit.
	await page.getByRole('button', { name: 'Accept every sure item' }).focus();
	const tabbed: string[] = [];
	for (let i = 0; i < n * 3; i++) {
		await page.keyboard.press('Tab');
		tabbed.push(await focusedName(page));
	}
	const numbers: number[] = [];
	for (let i = 0; i < n; i++) numbers.push(await numberOf(items(page).nth(i)));
	expect(tabbed).toEqual(
		numbers.flatMap((k) => [
			`Accept Statement ${k}`,
			`Reject Statement ${k}`,
			`Edit Statement ${k}`
		])
	);

	// Accept the mayor's quote (hers: she is named just before it): Shift+Tab back to its button.
	const mayorNumber = await numberOf(surname);
	await tabTo(page, `Accept Statement ${mayorNumber}`, true);
	await page.keyboard.press('Enter');
	await count(page, n - 1);
	await expect(itemWith(page, 'We cannot wait for another winter')).toHaveCount(0);
	await expect(lineWith(page, 'We cannot wait for another winter')).toContainText('Accepted');
	await expect(page.getByRole('status').filter({ hasText: 'Accepted Statement' })).toHaveText(
		`Accepted Statement ${mayorNumber}.`
	);
	// Focus stays in the list: on the next line's Accept button.
	const next = expected[expected.findIndex((e) => e.words.startsWith('We cannot wait')) + 1]!;
	await expect(itemWith(page, next.words).getByRole('button', { name: /^Accept/ })).toBeFocused();

	// Change a speaker: the shuttle bus is the town council's, named twice. Open its fields.
	const bus = itemWith(page, 'a free shuttle bus would run');
	const busNumber = await numberOf(bus);
	await tabTo(page, `Edit Statement ${busNumber}`);
	await page.keyboard.press('Enter');
	const speaker = page.locator(`#f-statements-${busNumber - 1}-source`);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(speaker).toBeFocused();
	await expect(speaker).toHaveValue('council');
	// Its reason is next to the field too, read with it.
	await expect(speaker).toHaveAccessibleDescription(/To check: an organisation/);
	// Arrow keys move through the speakers, each one chosen as it is reached.
	for (let i = 0; i < 10 && (await speaker.inputValue()) !== 'town-council'; i++)
		await page.keyboard.press('ArrowUp');
	await expect(speaker).toHaveValue('town-council');
	await count(page, n - 2);
	await expect(speaker).toBeFocused();
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// Or accept the one suggested: the footbridge's closing is the town council's.
	const bridgeNumber = await numberOf(itemWith(page, 'The Riverside footbridge will close'));
	await page.getByRole('button', { name: 'Accept every sure item' }).focus();
	await tabTo(page, `Accept Statement ${bridgeNumber}`);
	await page.keyboard.press('Enter');
	await count(page, n - 3);
	await tabTo(page, `Edit Statement ${bridgeNumber}`, true);
	await page.keyboard.press('Enter');
	const bridgeSpeaker = page.locator(`#f-statements-${bridgeNumber - 1}-source`);
	await expect(bridgeSpeaker).toHaveValue('town-council');
	await expect(bridgeSpeaker).not.toHaveAccessibleDescription(/To check/);
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// The unnamed source has no name to give: the teacher adds the article's own words for it to the
	// list of people and bodies, then picks it as the speaker, all by keyboard.
	const anonymous = 'A council official who asked not to be named';
	await page.getByText('Add a person or body', { exact: true }).first().focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.locator('#new-source-label')).toBeFocused();
	await page.keyboard.type(anonymous);
	while ((await focusedText(page)) !== 'Add to the list') await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const official = itemWith(page, 'The contractor was the only one free');
	const officialNumber = await numberOf(official);
	await page.getByRole('button', { name: 'Accept every sure item' }).focus();
	await tabTo(page, `Edit Statement ${officialNumber}`);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const officialSpeaker = page.locator(`#f-statements-${officialNumber - 1}-source`);
	await expect(officialSpeaker).toBeFocused();
	const chosen = () =>
		officialSpeaker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
	for (let i = 0; i < 12 && (await chosen()) !== anonymous; i++)
		await page.keyboard.press('ArrowDown');
	expect(await chosen()).toBe(anonymous);
	await count(page, n - 4);
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// The draft kept all four: after a reload the list is as the teacher left it.
	await page.reload();
	await count(page, n - 4);
	await expect(itemWith(page, 'a free shuttle bus would run')).toHaveCount(0);
	await axeAtBothSizes(page);

	// Publish: the pack holds the chosen speaker, and no confidence (that is for the teacher).
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText('Published. The links are below.')).toBeVisible();
	const packUrl = await page
		.getByRole('link', { name: 'Download the published pack file' })
		.getAttribute('href');
	const pack = (await (await page.request.get(packUrl!)).json()) as {
		statements: Record<string, unknown>[];
	};
	expect(pack.statements).toHaveLength(STATEMENTS);
	expect(pack.statements.filter((s) => 'confidence' in s || 'reason' in s)).toEqual([]);
	expect(pack.statements[busNumber - 1]).toMatchObject({ source: 'town-council' });
});
