// Sharing a score: the link from the results screen, the server-rendered result page behind it (no
// JavaScript), its link preview, the challenge it sets a friend, and links that lead nowhere.
//
// Every expected score comes from the hand-written key (expected-answers.ts, through helpers.ts):
// rounds are played with a pick per question and totalled by the key, never by the app's scoring.
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import {
	alternate,
	answerKey,
	expectNoAxeViolations,
	expectReadableLayout,
	expectedRound,
	open,
	playByApi,
	playRound,
	postAnswer,
	progress,
	reload,
	startQuiz,
	type ExpectedRound,
	type KeyedQuestion,
	type Pick
} from './helpers';
import { byKey } from './by-key';
import { servedQuiz } from './served-quiz';
import { EXPECTED_EVIDENCE_MAX } from './expected-answers';

const NOT_FOUND = 'We could not find that page';
const BAD_LINK = 'This score link does not lead to a result.';
const SHARE_PATH = /\/s\/[A-Za-z0-9_-]{24}$/;

/** The date as the share page writes it (see src/routes/s/[id]/+page.server.ts). */
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const today = () => DATE.format(Date.now());

const scoreLine = ({ summary }: ExpectedRound) => `${summary.score} / ${summary.max}`;
/**
 * These rounds cite nothing (they answer like a player who ignores the evidence), so their evidence
 * score is 0, out of every question the hand-written key gives sentences for.
 */
const NO_EVIDENCE = `0 / ${EXPECTED_EVIDENCE_MAX}`;
/** The score as share texts and previews put it: the evidence beside it, never added in. */
const scoreWords = (round: ExpectedRound) => `${scoreLine(round)} (evidence ${NO_EVIDENCE})`;

/** Right on the first question only: a round that scores differently from `alternate`. */
const firstOnly = (question: KeyedQuestion): Pick =>
	question.id === answerKey()[0]!.id ? 'right' : 'wrong';

/** The numbered list on the share page, one item per question. */
const questionItems = (page: Page) =>
	page.getByRole('region', { name: 'Question by question' }).getByRole('listitem');

/**
 * The share page shows the sharer's stored result: score, by-skill rows, and each question marked
 * as the sharer did. `revealed` says whether the right answers (and the viewer's own) are shown.
 */
async function expectSharedResult(
	page: Page,
	sharer: ExpectedRound,
	{ revealed, viewer, dates }: { revealed: boolean; viewer?: ExpectedRound; dates?: string[] }
): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Source Check result');
	await expect(page.getByText(`Quiz: ${servedQuiz().title}`, { exact: true })).toBeVisible();
	await expect(page.getByTestId('shared-score')).toHaveText(scoreLine(sharer));
	await expect(page.getByTestId('shared-evidence')).toHaveText(`Evidence ${NO_EVIDENCE}`);
	if (dates) {
		const finished = page.getByText(/^Finished on .+\.$/);
		expect(dates.map((d) => `Finished on ${d}.`)).toContain(await finished.textContent());
	}

	const table = page.getByRole('table', { name: 'By skill' });
	// The skills, then "Finding evidence" (with the header row).
	await expect(table.getByRole('row')).toHaveCount(sharer.summary.bySkill.length + 2);
	const evidenceRow = { label: 'Finding evidence', score: 0, max: EXPECTED_EVIDENCE_MAX };
	for (const { label, score, max } of [...sharer.summary.bySkill, evidenceRow]) {
		const row = table.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: label, exact: true })
		});
		await expect(row.getByRole('cell')).toHaveText(`${score} / ${max}`);
	}

	const items = questionItems(page);
	await expect(items).toHaveCount(answerKey().length);
	for (const [i, question] of answerKey().entries()) {
		const item = items.nth(i);
		await expect(item).toContainText(question.prompt);
		const verdict = sharer.verdicts.find((v) => v.questionId === question.id);
		const mark = verdict ? (verdict.correct ? 'Right' : 'Wrong') : 'Not answered';
		await expect(item.getByText(mark, { exact: true })).toBeVisible();
		for (const other of ['Right', 'Wrong', 'Not answered'].filter((m) => m !== mark))
			await expect(item.getByText(other, { exact: true })).toHaveCount(0);

		const mine = viewer?.verdicts.find((v) => v.questionId === question.id);
		if (revealed && mine) {
			await expect(item).toContainText(`You: ${mine.correct ? 'right' : 'wrong'}`);
			await expect(item).toContainText(`The right answer: ${mine.answerLabel}`);
			// Known when the round went through the API (the app's own words; see playByApi).
			if (mine.explanation !== undefined) await expect(item).toContainText(mine.explanation);
		} else {
			await expect(item).not.toContainText('The right answer');
			await expect(item).not.toContainText('You:');
		}
	}
	if (!revealed) {
		await expect(page.getByText(/The right answer/)).toHaveCount(0);
		// Nor the explanations that would give the answers away.
		const body = (await page.locator('body').textContent()) ?? '';
		for (const { explanation } of sharer.verdicts)
			if (explanation !== undefined) expect(body).not.toContain(explanation);
		await expect(
			page.getByText('The answers stay hidden until you have finished the quiz yourself.', {
				exact: false
			})
		).toBeVisible();
	}
}

/** The friendly 404 page for a score link that leads nowhere. */
async function expectBadLinkPage(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND);
	await expect(page.getByText(BAD_LINK, { exact: false })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the quiz' })).toBeVisible();
}

test('a shared score link shows the stored score without answers and challenges a friend', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	// Two whole rounds through the UI, about 20 seconds each.
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	// Force the clipboard path even on a Chromium that offers the Web Share API.
	await context.addInitScript(() => {
		delete (Navigator.prototype as { share?: unknown }).share;
	});
	const dates = [today()];

	// The sharer: a round with some right and some wrong.
	const sharer = expectedRound(alternate);
	const total = await startQuiz(page);
	expect(sharer.summary.score, 'the round mixes right and wrong').toBeGreaterThan(0);
	expect(sharer.summary.score).toBeLessThan(total);
	expect(await playRound(page, alternate)).toBe(sharer.summary.score);
	await expect(page.getByTestId('score')).toHaveText(scoreLine(sharer));

	const field = page.getByRole('textbox', { name: 'Your score link' });
	await expect(field).toHaveJSProperty('readOnly', true);
	const link = await field.inputValue();
	expect(link.startsWith(`${baseURL}/s/`), link).toBe(true);
	expect(link).toMatch(SHARE_PATH);

	await page.getByRole('button', { name: 'Share your score' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	dates.push(today());

	// A stranger: no cookies, no JavaScript. The server alone renders the result.
	const stranger = await browser.newContext({ javaScriptEnabled: false });
	try {
		const view = await stranger.newPage();
		const response = await view.goto(link);
		expect(response?.status()).toBe(200);
		// The same for every viewer without cookies: a shared cache may keep it, a browser asks again.
		expect(response?.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60');
		expect(response?.headers()['vary']).toMatch(/cookie/i);
		await expectSharedResult(view, sharer, { revealed: false, dates });
		const again = await view.goto(link);
		expect(again?.headers()['age'], 'served from the server’s page cache').toMatch(/^\d+$/);
		await expectSharedResult(view, sharer, { revealed: false, dates });
		await expect(view.getByTestId('comparison')).toHaveCount(0);
		// Nothing in the address can change the score on show.
		await view.goto(`${link}?score=${total}&max=${total}`);
		await expect(view.getByTestId('shared-score')).toHaveText(scoreLine(sharer));
	} finally {
		await stranger.close();
	}

	// The sharer opening their own link: answers shown (they have finished), but no comparison.
	const own = await page.request.get(link);
	expect(own.headers()['cache-control']).toBe('private, no-cache');
	await open(page, link);
	await expectSharedResult(page, sharer, { revealed: true, viewer: sharer, dates });
	await expect(page.getByTestId('comparison')).toHaveCount(0);

	// A friend with JavaScript: takes the challenge from the link and scores differently.
	const friendContext = await browser.newContext();
	try {
		const friend = await friendContext.newPage();
		await open(friend, link);
		await expectSharedResult(friend, sharer, { revealed: false });
		const publicId = link.slice(link.lastIndexOf('/') + 1);
		await friend.getByRole('link', { name: 'Take the quiz' }).click();
		await friend.waitForURL(`${baseURL}/?challenge=${publicId}`, { waitUntil: 'networkidle' });
		await expect(friend.getByText(/^Your friend scored/)).toHaveText(
			`Your friend scored ${scoreLine(sharer)}, with the evidence for ${NO_EVIDENCE}. Can you beat it?`
		);

		const mine = expectedRound(() => 'right');
		expect(mine.summary.score).not.toBe(sharer.summary.score);
		await friend.getByRole('button', { name: 'Start', exact: true }).click();
		await expect(progress(friend)).toHaveText(`Question 1 of ${total}`);
		expect(await playRound(friend, () => 'right')).toBe(mine.summary.score);

		const versus = [
			`You ${scoreLine(mine)} Evidence ${NO_EVIDENCE}`,
			`Your friend ${scoreLine(sharer)} Evidence ${NO_EVIDENCE}`
		];
		await expect(friend.getByTestId('comparison').getByRole('paragraph')).toHaveText(versus);
		await expect(
			friend.getByRole('link', { name: 'Compare question by question' })
		).toHaveAttribute('href', `/s/${publicId}`);
		// The challenge is kept with the attempt, not only in the address.
		await reload(friend);
		await expect(friend.getByTestId('comparison').getByRole('paragraph')).toHaveText(versus);

		// Back on the share link, now finished: side by side, with the answers.
		await open(friend, link);
		await expect(friend.getByTestId('comparison').getByRole('paragraph')).toHaveText(versus);
		await expectSharedResult(friend, sharer, { revealed: true, viewer: mine, dates });
	} finally {
		await friendContext.close();
	}
});

test('the share button hands the link to the Web Share API when there is one', async ({
	page,
	baseURL
}) => {
	await page.addInitScript(() => {
		const calls: ShareData[] = [];
		Object.assign(window, { shareCalls: calls });
		Object.defineProperty(Navigator.prototype, 'share', {
			configurable: true,
			value: async (data: ShareData) => void calls.push(data)
		});
	});
	// Finished through the API, then reloaded: the page resumes on the results.
	await open(page);
	const sharer = await playByApi(page.request, firstOnly);
	await reload(page);
	await expect(page.getByTestId('score')).toHaveText(scoreLine(sharer));

	const link = await page.getByRole('textbox', { name: 'Your score link' }).inputValue();
	expect(link).toBe(`${baseURL}/s/${sharer.publicId}`);
	await page.getByRole('button', { name: 'Share your score' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible();
	const calls = await page.evaluate(
		() => (window as unknown as { shareCalls: ShareData[] }).shareCalls
	);
	expect(calls).toEqual([
		{
			title: 'Source Check',
			url: link,
			text: `I scored ${scoreWords(sharer)} checking who said what about ${servedQuiz().topic}. Can you beat it?`
		}
	]);
});

test('the share page has link-preview tags and a cacheable 1200×630 PNG card', async ({
	page,
	request,
	baseURL
}) => {
	const sharer = await playByApi(request, alternate);
	const pageUrl = `${baseURL}/s/${sharer.publicId}`;
	const imageUrl = `${pageUrl}/card.png`;
	const description = `Scored ${scoreWords(sharer)} checking who said what about ${servedQuiz().topic}`;

	const response = await page.goto(pageUrl);
	expect(response?.status()).toBe(200);
	await expect(page).toHaveTitle(`Scored ${scoreLine(sharer)} · Source Check`);
	const meta = (attribute: 'property' | 'name', value: string) =>
		page.locator(`head meta[${attribute}="${value}"]`);
	const expected: [attribute: 'property' | 'name', value: string, content: string][] = [
		['property', 'og:title', `Source Check: ${scoreLine(sharer)}`],
		['property', 'og:description', description],
		['property', 'og:url', pageUrl],
		['property', 'og:image', imageUrl],
		['property', 'og:image:type', 'image/png'],
		['property', 'og:image:width', '1200'],
		['property', 'og:image:height', '630'],
		['name', 'twitter:card', 'summary_large_image'],
		['name', 'twitter:image', imageUrl],
		['name', 'description', description]
	];
	for (const [attribute, value, content] of expected) {
		await expect(meta(attribute, value), value).toHaveCount(1);
		await expect(meta(attribute, value), value).toHaveAttribute('content', content);
	}
	expect(await meta('property', 'og:image').getAttribute('content')).toMatch(
		/^http:\/\/[^/]+\/s\/[A-Za-z0-9_-]{24}\/card\.png$/
	);
	// Link previewers read the raw HTML: the tags are in the server's response, not added by script.
	const html = await (await request.get(pageUrl)).text();
	expect(html).toContain(`content="${imageUrl}"`);
	expect(html).toContain('content="summary_large_image"');

	// The card itself.
	const card = await page.request.get(imageUrl);
	expect(card.status()).toBe(200);
	expect(card.headers()['content-type']).toBe('image/png');
	const png = await card.body();
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(png.toString('latin1', 12, 16)).toBe('IHDR');
	expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
		width: 1200,
		height: 630
	});
	const etag = card.headers()['etag'];
	expect(etag).toBeTruthy();
	expect(card.headers()['cache-control']).toContain('immutable');

	// Asked again with that ETag: not modified. A different ETag gets the image again.
	const again = await page.request.get(imageUrl, { headers: { 'if-none-match': etag! } });
	expect(again.status()).toBe(304);
	expect(again.headers()['etag']).toBe(etag);
	expect((await again.body()).length).toBe(0);
	const stale = await page.request.get(imageUrl, { headers: { 'if-none-match': '"stale"' } });
	expect(stale.status()).toBe(200);
	expect((await stale.body()).equals(png)).toBe(true);
});

test('tampered, truncated and garbage score links lead to a friendly 404, never an error', async ({
	page,
	request
}) => {
	// Nothing from the address is ever run as script.
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const { publicId, attemptKey } = await playByApi(request, alternate);
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const last = publicId.at(-1)!;
	const swapped = alphabet[(alphabet.indexOf(last) + 1) % alphabet.length]!;
	const bad = [
		publicId.slice(0, -1) + swapped, // one character changed
		swapped + publicId.slice(1),
		publicId.slice(0, -1), // truncated
		publicId.slice(0, 12),
		`${publicId}A`, // one too many
		publicId.toLowerCase() === publicId ? publicId.toUpperCase() : publicId.toLowerCase(),
		attemptKey, // the private key is not a public id
		'A'.repeat(24), // well-formed, but no such result
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'\0',
		'%00',
		'%',
		'x'.repeat(4000),
		'é'.repeat(24),
		'💥'
	];
	for (const id of bad) {
		const path = `/s/${encodeURIComponent(id)}`;
		const response = await page.goto(path);
		expect(response?.status(), path.slice(0, 80)).toBe(404);
		await expectBadLinkPage(page);

		const card = await page.request.get(`${path}/card.png`);
		expect(card.status(), `${path.slice(0, 80)}/card.png`).toBe(404);
		expect(card.headers()['content-type']).toMatch(/^text\/plain/);
		expect(await card.text()).toBe('No score card for this link.');
	}
	expect(dialogs).toEqual([]);

	// Property: whatever string sits where the id goes, the answer is a 404, never a 5xx.
	const noDotSegment = (s: string) => s !== '' && s !== '.' && s !== '..';
	const ids = fc.sample(
		fc
			.oneof(
				fc.string({ maxLength: 40 }),
				fc.string({ unit: 'binary-ascii', maxLength: 40 }),
				fc.string({ unit: 'grapheme', maxLength: 30 }),
				fc.stringMatching(/^[A-Za-z0-9_-]{22,26}$/)
			)
			.filter(noDotSegment),
		{ numRuns: 50, seed: 20240611 }
	);
	expect(ids).toHaveLength(50);
	for (const id of ids) {
		const path = `/s/${encodeURIComponent(id)}`;
		for (const url of [path, `${path}/card.png`]) {
			const response = await page.request.get(url, { maxRedirects: 0 });
			expect(response.status(), `${url} (${JSON.stringify(id)})`).toBe(404);
		}
	}
});

test('the link of an unfinished attempt says so, and sets no challenge', async ({
	page,
	request
}) => {
	const sharer = await playByApi(request, alternate, { count: 1 });
	const link = `/s/${sharer.publicId}`;
	const response = await page.goto(link);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('status')).toContainText('This quiz has not been finished yet');
	await expect(page.getByTestId('shared-score')).toHaveText(scoreLine(sharer));
	await expect(page.getByText(/^Finished on/)).toHaveCount(0);
	await expectSharedResult(page, sharer, { revealed: false });
	await expect(page).toHaveTitle('Quiz in progress · Source Check');

	// Its card may still change, so it is not cached for long.
	const card = await page.request.get(`${link}/card.png`);
	expect(card.status()).toBe(200);
	expect(card.headers()['cache-control']).not.toContain('immutable');

	// An unfinished score is no challenge: the intro offers none.
	await open(page, `/?challenge=${sharer.publicId}`);
	await expect(page.getByRole('heading', { name: 'Check the article' })).toBeVisible();
	await expect(page.getByText(/Your friend scored/)).toHaveCount(0);
});

test('the share page and its 404 are accessible, answers hidden or shown @phone', async ({
	page,
	request
}) => {
	const sharer = await playByApi(request, alternate);
	const link = `/s/${sharer.publicId}`;

	// A viewer who has not played: answers hidden.
	await open(page, link);
	await expectSharedResult(page, sharer, { revealed: false });
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	// The same viewer after finishing a round of their own: comparison and answers.
	const viewer = await playByApi(page.request, firstOnly);
	await open(page, link);
	await expect(page.getByTestId('comparison')).toBeVisible();
	await expectSharedResult(page, sharer, { revealed: true, viewer });
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	// A link that leads nowhere.
	const response = await open(page, `/s/${sharer.publicId.slice(0, -2)}`);
	expect(response?.status()).toBe(404);
	await expectBadLinkPage(page);
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});

test('a viewer one answer short of finishing still sees no answers', async ({ page, request }) => {
	// Nearly through one's own round is not finished: the answers stay hidden, and no comparison.
	const sharer = await playByApi(request, alternate);
	const viewer = await playByApi(page.request, firstOnly, { count: answerKey().length - 1 });
	await open(page, `/s/${sharer.publicId}`);
	await expectSharedResult(page, sharer, { revealed: false, viewer });
	await expect(page.getByTestId('comparison')).toHaveCount(0);
});

test('the share page counts what the sharer believed false and what they doubted that is true', async ({
	browser,
	request,
	baseURL
}) => {
	// Every answer wrong, the first option other than the key's: 23 believed false, 3 doubted true
	// (counted by hand in quiz.e2e.ts, "an all-wrong round"). Read without JavaScript: the server's.
	const sharer = await playByApi(request, () => 'wrong');
	const stranger = await browser.newContext({ baseURL, javaScriptEnabled: false });
	try {
		const page = await stranger.newPage();
		await open(page, `/s/${sharer.publicId}`);
		await expect(page.getByTestId('believedFalse')).toHaveText('Believed something false: 23');
		await expect(page.getByTestId('doubtedTrue')).toHaveText('Doubted something true: 3');
	} finally {
		await stranger.close();
	}
});

test('a sharer who cited shows the evidence score beside the score, on the page and the card', async ({
	page,
	request,
	playwright,
	baseURL
}) => {
	// By the hand-written key: every answer right but the last three, and the proof cited for the
	// first five questions that have some.
	const cited = answerKey()
		.filter((q) => byKey(q).cite.length > 0)
		.slice(0, 5);
	const wrongFrom = answerKey().length - 3;
	const play = async (api: typeof request, cite: boolean) => {
		const start = await api.post('/api/attempts', { data: {} });
		const { attemptKey, publicId } = await start.json();
		for (const [i, q] of answerKey().entries()) {
			const keyed = byKey(q);
			const response = await postAnswer(api, attemptKey, {
				questionId: q.id,
				answer: i < wrongFrom ? keyed.right : keyed.wrong,
				cited: cite && cited.includes(q) ? keyed.cite : []
			});
			expect(response.status(), await response.text()).toBe(200);
		}
		return publicId as string;
	};
	const withEvidence = await play(request, true);
	const other = await playwright.request.newContext({ baseURL });
	const withoutEvidence = await play(other, false);
	await other.dispose();

	const score = `${wrongFrom} / ${answerKey().length}`;
	const evidence = `5 / ${EXPECTED_EVIDENCE_MAX}`;
	await page.goto(`/s/${withEvidence}`);
	await expect(page.getByTestId('shared-score')).toHaveText(score);
	await expect(page.getByTestId('shared-evidence')).toHaveText(`Evidence ${evidence}`);
	const table = page.getByRole('table', { name: 'By skill' });
	await expect(
		table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'Finding evidence', exact: true }) })
			.getByRole('cell')
	).toHaveText(evidence);
	await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute(
		'content',
		`Scored ${score} (evidence ${evidence}) checking who said what about ${servedQuiz().topic}`
	);

	// The same score without the evidence: another card.
	const [a, b] = await Promise.all(
		[withEvidence, withoutEvidence].map((id) => page.request.get(`/s/${id}/card.png`))
	);
	expect(a!.headers()['etag']).not.toBe(b!.headers()['etag']);
	expect((await a!.body()).equals(await b!.body())).toBe(false);
	await page.goto(`/s/${withoutEvidence}`);
	await expect(page.getByTestId('shared-score')).toHaveText(score);
	await expect(page.getByTestId('shared-evidence')).toHaveText(
		`Evidence 0 / ${EXPECTED_EVIDENCE_MAX}`
	);
});
