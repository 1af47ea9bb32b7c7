// "N suggestions to check" on /write (issue 20): an article with two people of one surname and an
// unnamed source; the page lists what Source Check was unsure of first, in the article's order, each
// with its reason and its words marked; the teacher settles three by keyboard alone, the count goes
// down, the draft keeps it, publishes, and the pack carries no confidence. Axe at 360 px and desktop.
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

const checks = (page: Page) =>
	page.getByRole('region', { name: /suggestions?(?: left)? to check$/ });
const items = (page: Page) => checks(page).getByRole('listitem');
const countHeading = (page: Page, n: number) =>
	expect(checks(page).getByRole('heading', { level: 2 })).toHaveText(
		n === 0
			? 'No suggestions left to check'
			: `${n} ${n === 1 ? 'suggestion' : 'suggestions'} to check`
	);
const itemWith = (page: Page, words: string): Locator =>
	items(page).filter({ has: page.locator('mark', { hasText: words }) });
/** Words marked in the article itself, in step 3. */
const markedInArticle = (page: Page, words: string) =>
	page
		.getByRole('region', { name: 'The article, to select words from' })
		.locator('mark', { hasText: words });
const focusedText = (page: Page) =>
	page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function axeAtBothSizes(page: Page) {
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
	await page.setViewportSize({ width: 1280, height: 800 });
}

test('the suggestions to check come first, in order, and are settled by keyboard', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/write');
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel("The article's text").fill(TEXT);
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await page.waitForLoadState('networkidle');

	// First on the page, before the steps: the count, then each item with its reason and its words,
	// in the article's order: all that must be checked, and perhaps the other Okafor's.
	const listed = (await items(page).locator('mark').allTextContents()).map((t) => t.trim());
	const expected = [...MUST_CHECK, ...MAY_CHECK].filter((e) =>
		listed.some((words) => words.includes(e.words))
	);
	for (const must of MUST_CHECK) expect(expected).toContain(must);
	expect(listed).toHaveLength(expected.length);
	const order = (words: string) => TEXT.indexOf(words);
	expected.sort((a, b) => order(a.words) - order(b.words));
	const n = expected.length;
	await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
		`${n} suggestions to check`
	);
	await countHeading(page, n);
	for (const [i, item] of expected.entries()) {
		await expect(items(page).nth(i).locator('mark')).toContainText(item.words);
		await expect(items(page).nth(i)).toContainText(item.reason);
	}
	const surname = itemWith(page, 'We cannot wait for another winter');
	await expect(surname).toContainText('Suggested speaker: Ruth Okafor');
	await expect(itemWith(page, 'The contractor was the only one free')).toContainText(
		'Suggested speaker: nobody yet'
	);
	// The article marks them too: every item's words, and none of the sure ones'.
	for (const item of expected) await expect(markedInArticle(page, item.words)).toHaveCount(1);
	for (const words of NEVER_CHECK) await expect(markedInArticle(page, words)).toHaveCount(0);
	await axeAtBothSizes(page);

	// By keyboard alone, from the list's heading: Tab goes through the items in the article's order,
	// each item's Confirm button and then its link to the speaker's field.
	await checks(page).getByRole('heading', { level: 2 }).focus();
	const tabbed: string[] = [];
	for (let i = 0; i < n * 2; i++) {
		await page.keyboard.press('Tab');
		tabbed.push(await focusedText(page));
	}
	const numbers = await items(page)
		.getByRole('heading', { level: 3 })
		.evaluateAll((hs) => hs.map((h) => /^Statement (\d+)/.exec(h.textContent ?? '')![1]));
	expect(tabbed).toEqual(
		numbers.flatMap((n) => [`Confirm statement ${n}`, `Change the speaker of statement ${n}`])
	);

	// Confirm the mayor's quote (hers: she is named just before it): Shift+Tab back to its button.
	const confirmMayor = surname.getByRole('button', { name: /^Confirm statement/ });
	const mayorNumber = (await confirmMayor.textContent())!.replace('Confirm statement ', '');
	while ((await focusedText(page)) !== `Confirm statement ${mayorNumber}`)
		await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Enter');
	await countHeading(page, n - 1);
	await expect(itemWith(page, 'We cannot wait for another winter')).toHaveCount(0);
	await expect(markedInArticle(page, 'We cannot wait for another winter')).toHaveCount(0);
	await expect(checks(page).getByRole('status')).toHaveText(`${n - 1} left to check.`);
	// Focus stays in the list: on the next item's Confirm button.
	const next = expected[expected.findIndex((e) => e.words.startsWith('We cannot wait')) + 1]!;
	await expect(itemWith(page, next.words).getByRole('button')).toBeFocused();

	// Change a speaker: the shuttle bus is the town council's, named twice. Jump to the field.
	const bus = itemWith(page, 'a free shuttle bus would run');
	const link = bus.getByRole('link', { name: /^Change the speaker of statement \d+$/ });
	const busNumber = Number(/(\d+)$/.exec((await link.textContent()) ?? '')![1]);
	while ((await focusedText(page)) !== `Change the speaker of statement ${busNumber}`)
		await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const speaker = page.locator(`#f-statements-${busNumber - 1}-source`);
	await expect(speaker).toBeFocused();
	await expect(speaker).toHaveValue('council');
	// Its reason is next to the field too, read with it.
	await expect(speaker).toHaveAccessibleDescription(/To check: an organisation/);
	// Arrow keys move through the speakers, each one chosen as it is reached.
	for (let i = 0; i < 10 && (await speaker.inputValue()) !== 'town-council'; i++)
		await page.keyboard.press('ArrowUp');
	await expect(speaker).toHaveValue('town-council');
	await countHeading(page, n - 2);
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// Or confirm in the statement's own fields: the footbridge's closing is the town council's.
	const bridge = itemWith(page, 'The Riverside footbridge will close');
	const bridgeLink = bridge.getByRole('link');
	const bridgeNumber = Number(/(\d+)$/.exec((await bridgeLink.textContent()) ?? '')![1]);
	await checks(page).getByRole('heading', { level: 2 }).focus();
	while ((await focusedText(page)) !== `Change the speaker of statement ${bridgeNumber}`)
		await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const bridgeSpeaker = page.locator(`#f-statements-${bridgeNumber - 1}-source`);
	await expect(bridgeSpeaker).toBeFocused();
	await page.keyboard.press('Tab');
	expect(await focusedText(page)).toBe(`Confirm statement ${bridgeNumber}`);
	await page.keyboard.press('Enter');
	await countHeading(page, n - 3);
	await expect(bridgeSpeaker).toBeFocused();
	await expect(bridgeSpeaker).toHaveValue('town-council');
	await expect(bridgeSpeaker).not.toHaveAccessibleDescription(/To check/);
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// The unnamed source has no name to give: the teacher adds the article's own words for it to the
	// list of people and bodies, then picks it as the speaker, all by keyboard.
	const anonymous = 'A council official who asked not to be named';
	await page.locator('#new-source-label').focus();
	await page.keyboard.type(anonymous);
	while ((await focusedText(page)) !== 'Add to the list') await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const official = itemWith(page, 'The contractor was the only one free');
	const officialNumber = Number(
		/(\d+)$/.exec((await official.getByRole('link').textContent()) ?? '')![1]
	);
	await checks(page).getByRole('heading', { level: 2 }).focus();
	while ((await focusedText(page)) !== `Change the speaker of statement ${officialNumber}`)
		await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const officialSpeaker = page.locator(`#f-statements-${officialNumber - 1}-source`);
	await expect(officialSpeaker).toBeFocused();
	const chosen = () =>
		officialSpeaker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);
	for (let i = 0; i < 12 && (await chosen()) !== anonymous; i++)
		await page.keyboard.press('ArrowDown');
	expect(await chosen()).toBe(anonymous);
	await countHeading(page, n - 4);
	await expect(page.getByText('All changes saved.')).toBeVisible();

	// The draft kept all four: after a reload the list is as the teacher left it.
	await page.reload();
	await countHeading(page, n - 4);
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
