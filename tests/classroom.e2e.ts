// Classroom mode: a teacher's exercise, students joining it from their own browsers, the live
// dashboard, teacher pacing, assessment mode, the debrief, the projector, the CSV export, removing
// students, closing and deleting, a server restart, and accessibility on every classroom screen.
//
// Every expected score comes from the hand-written key (expected-answers.ts, through helpers.ts):
// each student answers with a pick per question, and the totals are counted from the key, never by
// the app's own scoring.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import {
	expect,
	test,
	type APIRequestContext,
	type APIResponse,
	type Browser,
	type BrowserContext,
	type Page,
	type Route
} from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { sentenceWith } from './by-key';
import {
	alternate,
	answerCurrent,
	answerFor,
	answerKey,
	expectNoAxeViolations,
	expectReadableLayout,
	expectedRound,
	expectedVerdict,
	give,
	goOn,
	open,
	progress,
	scoreSoFar,
	verdictPanel,
	type KeyedQuestion,
	type Pick
} from './helpers';
import { EXPECTED_EVIDENCE_MAX, expectedFor } from './expected-answers';

type Pacing = 'self' | 'teacher';
type Feedback = 'each' | 'end';

interface ClassLinks {
	code: string;
	secret: string;
	/** The read-only projector link from the dashboard, /show/<viewSecret>. */
	show: string;
	/** The teacher's dashboard, /teach/<secret>. */
	path: string;
}

interface Student {
	context: BrowserContext;
	page: Page;
	nickname: string;
}

const total = () => answerKey().length;
const question = (n: number): KeyedQuestion => answerKey()[n - 1]!;
const points = (pick: (q: KeyedQuestion) => Pick, questions: KeyedQuestion[]) =>
	questions.reduce((sum, q) => sum + expectedVerdict(q, answerFor(q, pick(q))).points, 0);
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const summaryText = (joined: number, finished: number) =>
	`${joined} ${joined === 1 ? 'student' : 'students'} joined · ${finished} finished`;

const STUDENT_STREAM = /\/class\/[A-Z0-9]+\/events$/;
const TEACHER_STREAM = /\/(teach|show)\/[^/]+\/events$/;

// ---------------------------------------------------------------- moves

/**
 * The dashboard and the projector are live: they show "live updates reconnecting…" until their
 * event stream is open, which also tells that the page has hydrated.
 */
async function expectLive(page: Page): Promise<void> {
	await expect(page.getByTestId('class-summary')).toBeVisible();
	await expect(page.getByTestId('class-summary')).not.toContainText('reconnecting');
}

/** Opens a teacher page and waits for its live stream (networkidle never comes with one open). */
async function openTeacherPage(page: Page, path: string): Promise<string> {
	const [stream] = await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		page.goto(path)
	]);
	return stream.url();
}

/** Creates an exercise through the /teach form and lands on its dashboard. */
async function createClass(
	page: Page,
	{
		pacing = 'self',
		feedback = 'each',
		minutes
	}: { pacing?: Pacing; feedback?: Feedback; minutes?: number } = {}
): Promise<ClassLinks> {
	await open(page, '/teach');
	await page.getByLabel('Title').fill(`Test class ${pacing}/${feedback}`);
	if (minutes) await page.getByLabel('Time limit in minutes (optional)').fill(String(minutes));
	await page
		.getByRole('radio', { name: pacing === 'self' ? /^Self-paced/ : /^Teacher-paced/ })
		.check();
	await page
		.getByRole('radio', { name: feedback === 'each' ? /^After each question/ : /^Only at the end/ })
		.check();
	await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		page.getByRole('button', { name: 'Create the exercise' }).click()
	]);
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expectLive(page);
	const secret = new URL(page.url()).pathname.split('/')[2]!;
	const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	const show = await page
		.getByRole('link', { name: 'Projector view (no names)' })
		.getAttribute('href');
	expect(show).toMatch(/^\/show\/[\w-]{32}$/);
	return { code, secret, show: show!, path: `/teach/${secret}` };
}

/** Waits for a student page to open its event stream: by then it has hydrated. */
const studentStream = (page: Page) =>
	page.waitForResponse((r) => STUDENT_STREAM.test(new URL(r.url()).pathname));

/** The join form, already on screen: types a nickname and joins, landing on the class page. */
async function submitJoin(page: Page, code: string, nickname: string): Promise<void> {
	await page.getByLabel('Nickname', { exact: true }).fill(nickname);
	await Promise.all([studentStream(page), page.getByRole('button', { name: 'Join' }).click()]);
	await expect(page).toHaveURL(new RegExp(`/class/${code}$`));
}

/** A student in a browser of their own, joined through /join/<code>. */
async function joinClass(
	browser: Browser,
	baseURL: string,
	code: string,
	nickname: string,
	prepare?: (context: BrowserContext) => Promise<unknown>
): Promise<Student> {
	const context = await browser.newContext({ baseURL });
	await prepare?.(context);
	const page = await context.newPage();
	await open(page, `/join/${code}`);
	await expect(page.getByLabel('Join code', { exact: true })).toHaveValue(code);
	await submitJoin(page, code, nickname);
	return { context, page, nickname };
}

async function reloadStudent(page: Page): Promise<void> {
	await Promise.all([studentStream(page), page.reload()]);
}

/** Answers through the API with the student's own seat cookie (their context's request). */
async function answerByApi(
	request: APIRequestContext,
	q: KeyedQuestion,
	pick: Pick
): Promise<APIResponse> {
	return request.post('/api/class/answers', {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify({ questionId: q.id, answer: answerFor(q, pick) })
	});
}

async function answerAllByApi(
	request: APIRequestContext,
	questions: KeyedQuestion[],
	pick: (q: KeyedQuestion) => Pick
): Promise<void> {
	for (const q of questions) {
		const response = await answerByApi(request, q, pick(q));
		expect(response.status(), await response.text()).toBe(200);
	}
}

/** The dashboard's row for one student: answered and score. */
async function expectStudentRow(
	page: Page,
	nickname: string,
	answered: number,
	score: number
): Promise<void> {
	const row = page
		.getByRole('table', { name: 'Students' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: nickname, exact: true }) });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell').nth(0)).toHaveText(`${answered} / ${total()}`);
	await expect(row.getByRole('cell').nth(1)).toHaveText(String(score));
}

/** The Questions table: a question's row, by its number. */
const questionRow = (page: Page, n: number) =>
	page.getByRole('table', { name: 'Questions' }).getByRole('row').nth(n);

const right = (): Pick => 'right';
const wrong = (): Pick => 'wrong';

/** Never lets a dialog (alert, confirm…) open unnoticed: the test fails if one does. */
function forbidDialogs(context: BrowserContext, seen: string[]): void {
	context.on('dialog', (dialog) => {
		seen.push(dialog.message());
		void dialog.dismiss();
	});
}

async function closeAll(students: Student[]): Promise<void> {
	await Promise.all(students.map((s) => s.context.close()));
}

// ---------------------------------------------------------------- the tests

test('students join, nicknames stay text, and the dashboard follows them live', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const dialogs: string[] = [];
	forbidDialogs(page.context(), dialogs);
	// If a nickname were ever run as markup, its handler would call a() and open a dialog.
	await page.context().addInitScript(() => {
		Object.assign(window, { a: () => alert('nickname ran as script') });
	});
	const { code, path } = await createClass(page);
	const summary = page.getByTestId('class-summary');
	await expect(summary).toContainText(summaryText(0, 0));
	await expect(page.getByRole('textbox', { name: 'Your teacher link' })).toHaveValue(
		`${baseURL}${path}`
	);
	await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();

	const students: Student[] = [];
	try {
		// Sam joins from the link with the code in it.
		const sam = await joinClass(browser, baseURL!, code, '<b>Sam</b>');
		students.push(sam);
		forbidDialogs(sam.context, dialogs);
		await expect(summary).toContainText(summaryText(1, 0));

		// The second student types the code in lower case with a space, and a nickname too long.
		const context = await browser.newContext({ baseURL });
		forbidDialogs(context, dialogs);
		const typist = await context.newPage();
		students.push({ context, page: typist, nickname: '' });
		await open(typist, '/join');
		await typist
			.getByLabel('Join code', { exact: true })
			.fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
		const tooLong = '<img src=x onerror=alert(1)>';
		expect([...tooLong]).toHaveLength(28);
		await typist.getByLabel('Nickname', { exact: true }).fill(tooLong);
		await typist.getByRole('button', { name: 'Join' }).click();
		await expect(typist.getByRole('alert')).toContainText('24 characters');
		await expect(typist.getByLabel('Nickname', { exact: true })).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		const markup = '<img src=x onerror=a(1)>';
		expect([...markup]).toHaveLength(24);
		await submitJoin(typist, code, markup);
		students[1]!.nickname = markup;
		await expect(typist.getByText(`You are ${markup} in class ${code}.`)).toBeVisible();
		await expect(summary).toContainText(summaryText(2, 0));

		const alex = await joinClass(browser, baseURL!, code, 'Alex');
		students.push(alex);
		await expect(summary).toContainText(summaryText(3, 0));

		// The nicknames are shown as text: no <b> and no <img> made from them.
		const table = page.getByRole('table', { name: 'Students' });
		await expect(table.getByRole('rowheader', { name: '<b>Sam</b>', exact: true })).toBeVisible();
		await expect(table.getByRole('rowheader', { name: markup, exact: true })).toBeVisible();
		await expect(table.locator('b, img')).toHaveCount(0);

		// Sam: question 1 right, then the rest through the API; finished.
		await answerCurrent(sam.page, 'right');
		await expect(summary).toContainText(summaryText(3, 0));
		await expectStudentRow(page, '<b>Sam</b>', 1, points(right, [question(1)]));
		await answerAllByApi(sam.context.request, answerKey().slice(1), right);
		await expect(summary).toContainText(summaryText(3, 1));
		await expectStudentRow(page, '<b>Sam</b>', total(), points(right, answerKey()));

		// The typist: question 1 wrong, question 2 right, both on screen.
		await answerCurrent(typist, 'wrong');
		await goOn(typist);
		await answerCurrent(typist, 'right');
		const typistPicks = (q: KeyedQuestion): Pick => (q === question(1) ? 'wrong' : 'right');
		await expectStudentRow(page, markup, 2, points(typistPicks, answerKey().slice(0, 2)));

		// Alex: question 1 right through the API.
		await answerAllByApi(alex.context.request, [question(1)], right);
		await expectStudentRow(page, 'Alex', 1, points(right, [question(1)]));

		// Question 1: two right out of three, by the key.
		const q1 = [right, typistPicks, right].map((pick) =>
			expectedVerdict(question(1), answerFor(question(1), pick(question(1))))
		);
		const row = questionRow(page, 1);
		await expect(row.getByRole('cell').nth(0)).toHaveText('1');
		await expect(row.getByRole('cell').nth(2)).toHaveText('3');
		await expect(row.getByRole('cell').nth(3)).toHaveText(
			percent(q1.filter((v) => v.correct).length, q1.length)
		);

		// All of that arrived live: the dashboard was never reloaded, and no script ever ran.
		await expect(page).toHaveURL(new RegExp(`${path}\\?created=1$`));
		expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
		expect(dialogs).toEqual([]);
	} finally {
		await closeAll(students);
	}
});

test('a reload keeps a student’s place, and an answer given offline goes through later', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page);
	const student = await joinClass(browser, baseURL!, code, 'Robin');
	const s = student.page;
	try {
		let score = 0;
		for (const n of [1, 2]) {
			const verdict = await answerCurrent(s, alternate(question(n)));
			score += verdict.points;
			await goOn(s);
		}
		await expect(progress(s)).toHaveText(`Question 3 of ${total()}`);
		await expect(scoreSoFar(s)).toHaveText(`Score so far: ${score} / 2`);

		await reloadStudent(s);
		await expect(progress(s)).toHaveText(`Question 3 of ${total()}`);
		await expect(scoreSoFar(s)).toHaveText(`Score so far: ${score} / 2`);
		await expectStudentRow(page, 'Robin', 2, score);

		// The network drops as the third answer is sent.
		const q3 = question(3);
		const answer = answerFor(q3, 'right');
		await give(s, q3, answer);
		await student.context.setOffline(true);
		await s.getByRole('button', { name: 'Check answer' }).click();
		const problem = s.getByRole('alert').filter({ hasText: "couldn't reach the server" });
		await expect(problem).toBeVisible();
		await expect(problem.getByRole('button', { name: 'Try again' })).toBeVisible();
		await expect(verdictPanel(s)).toHaveCount(0);
		await expectStudentRow(page, 'Robin', 2, score);

		// Back online: the page sends the kept answer again by itself.
		await student.context.setOffline(false);
		await expect(verdictPanel(s)).toBeVisible();
		score += expectedVerdict(q3, answer).points;
		await expect(scoreSoFar(s)).toHaveText(`Score so far: ${score} / 3`);
		await expectStudentRow(page, 'Robin', 3, score);
	} finally {
		await student.context.close();
	}
});

test('teacher-paced: students wait, and move on live when the teacher opens a question', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page, { pacing: 'teacher' });
	await expect(page.getByRole('button', { name: 'Open question 2' })).toBeVisible();
	const students = [
		await joinClass(browser, baseURL!, code, 'Kim'),
		await joinClass(browser, baseURL!, code, 'Lee')
	];
	try {
		for (const { page: s } of students) {
			await answerCurrent(s, 'right');
			await goOn(s);
			await expect(s.getByRole('heading', { name: 'Wait for your teacher' })).toBeVisible();
			await expect(s.getByText(`You have answered 1 of ${total()} questions.`)).toBeVisible();
			await expect(progress(s)).toHaveCount(0);
			// Question 2 is not open: the server refuses it too.
			const early = await answerByApi(s.context().request, question(2), 'right');
			expect(early.status()).toBe(409);
			await s.evaluate(() => Object.assign(window, { sameDocument: true }));
		}

		await page.getByRole('button', { name: 'Open question 2' }).click();
		await expect(page.getByRole('button', { name: 'Open question 3' })).toBeVisible();
		for (const { page: s } of students) {
			await expect(progress(s)).toHaveText(`Question 2 of ${total()}`);
			await expect(s.getByRole('heading', { name: question(2).prompt })).toBeVisible();
			expect(await s.evaluate(() => 'sameDocument' in window), 'moved on without a reload').toBe(
				true
			);
		}
		await answerCurrent(students[0]!.page, 'wrong');
	} finally {
		await closeAll(students);
	}
});

test('feedback at the end: no verdicts until the teacher closes the exercise', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page, { feedback: 'end' });
	const student = await joinClass(browser, baseURL!, code, 'Jo');
	const s = student.page;
	const round = expectedRound(alternate);
	try {
		// Question 1 on screen: the answer is taken, and nothing says whether it was right.
		await give(s, question(1), answerFor(question(1), alternate(question(1))));
		await s.getByRole('button', { name: 'Check answer' }).click();
		await expect(progress(s)).toHaveText(`Question 2 of ${total()}`);
		await expect(s.getByText('1 answered · results at the end')).toBeVisible();
		await expect(verdictPanel(s)).toHaveCount(0);
		await expect(s.getByText(/Score so far/)).toHaveCount(0);

		// Through the API, the answers are taken without a verdict.
		const withheld = await answerByApi(s.context().request, question(2), 'right');
		expect(await withheld.json()).toEqual({ questionId: question(2).id, withheld: true });
		await answerAllByApi(s.context().request, answerKey().slice(2, -1), alternate);
		await reloadStudent(s);
		await expect(progress(s)).toHaveText(`Question ${total()} of ${total()}`);
		await expect(s.getByText(`${total() - 1} answered · results at the end`)).toBeVisible();

		const last = question(total());
		await give(s, last, answerFor(last, alternate(last)));
		await s.getByRole('button', { name: 'Check answer' }).click();
		await expect(s.getByRole('heading', { name: 'Your answers are in' })).toBeVisible();
		await expect(s.getByTestId('score')).toHaveCount(0);
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(1, 1));

		// The teacher closes the exercise: the student's screen shows the closed notice and score.
		// (Question 2 was answered 'right' above instead of by `alternate`.)
		const picks = (q: KeyedQuestion): Pick => (q === question(2) ? 'right' : alternate(q));
		const expected = expectedRound(picks);
		expect(expected.summary.max).toBe(round.summary.max);
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('closed');
		await expect(s.getByRole('heading', { name: 'This exercise is closed' })).toBeVisible();
		await expect(s.getByTestId('score')).toHaveText(
			`${expected.summary.score} / ${expected.summary.max}`
		);
	} finally {
		await student.context.close();
	}
});

test('the debrief shows the class split and the evidence; the projector shows no names', async ({
	page,
	browser,
	baseURL
}) => {
	const { code, path, secret, show } = await createClass(page);
	await expect(page.getByRole('link', { name: 'Debrief' })).toHaveAttribute(
		'href',
		`${show}/debrief/1`
	);
	expect(show).not.toContain(secret);
	const picks: Pick[] = ['right', 'wrong', 'right'];
	const names = ['Ash', 'Bea', 'Cy'];
	const students: Student[] = [];
	try {
		for (const [i, name] of names.entries()) {
			const student = await joinClass(browser, baseURL!, code, name);
			students.push(student);
			await answerAllByApi(student.context.request, [question(1)], () => picks[i]!);
		}

		const q1 = question(1);
		expect(q1.format, 'the first question is a choice').toBe('choice');
		if (q1.format !== 'choice' || 'hours' in q1.key) return;
		await open(page, `${show}/debrief/1`);
		await expect(page.getByText(`Question 1 of ${total()}`)).toBeVisible();
		// Shown to the class: no teacher secret anywhere on the page, and no way to the dashboard.
		expect(await page.content()).not.toContain(secret);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(q1.prompt);
		const split = page.getByRole('table', { name: /^How the class answered/ });
		await expect(split).toBeVisible();
		await expect(split.locator('caption')).toHaveText(
			`How the class answered (${names.length} answers)`
		);
		const given = picks.map((p) => answerFor(q1, p));
		for (const option of q1.options) {
			const count = given.filter((g) => g === option.id).length;
			const isRight = option.label === q1.key.answer;
			const row = split.getByRole('row').filter({
				has: page.getByRole('rowheader', {
					name: `${option.label}${isRight ? ' (right)' : ''}`,
					exact: true
				})
			});
			await expect(row.getByRole('cell')).toHaveText(`${count} (${percent(count, given.length)})`);
		}
		await expect(page.getByRole('heading', { name: `The answer: ${q1.key.answer}` })).toBeVisible();
		// The key's sentences that prove it (one complete set; the page may show other sets too).
		if (q1.key.cite.length === 0) {
			await expect(page.getByText('These words are nowhere in the article.')).toBeVisible();
		}
		for (const words of q1.key.cite) {
			await expect(
				page.locator('blockquote.evidence', { hasText: sentenceWith(words).text }).first()
			).toBeVisible();
		}
		await expect(page.getByRole('link', { name: 'Next question' })).toHaveAttribute(
			'href',
			`${show}/debrief/2`
		);

		// The projector: the code and the counts, and none of the names, nor the teacher secret.
		const streamUrl = await openTeacherPage(page, show);
		expect(new URL(streamUrl).pathname).toBe(`${show}/events`);
		expect(await page.content()).not.toContain(secret);
		// The old teacher-secret addresses of the projector and its stream are gone.
		expect((await page.request.get(`${path}/projector`)).status()).toBe(404);
		expect((await page.request.get(`${path}/debrief/1`)).status()).toBe(404);
		expect((await page.request.get(`/show/${secret}`)).status()).toBe(404);
		await expect(page.getByTestId('join-code')).toHaveText(code);
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(3, 0));
		await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();
		const html = await page.content();
		for (const name of names) {
			await expect(page.getByText(name, { exact: true })).toHaveCount(0);
			expect(html).not.toMatch(new RegExp(`\\b${name}\\b`));
		}
		// Live too: a fourth student makes it four, still without a name, in the page or its stream.
		students.push(await joinClass(browser, baseURL!, code, 'Dee'));
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(4, 0));
		expect(await page.content()).not.toMatch(/\bDee\b/);
		const live = await page.evaluate(async (url) => {
			const controller = new AbortController();
			const response = await fetch(url, { signal: controller.signal });
			const reader = response.body!.getReader();
			const { value } = await reader.read();
			controller.abort();
			return new TextDecoder().decode(value);
		}, streamUrl);
		// The counts alone: the projector's messages have no roster at all.
		expect(live).toContain('"present":4');
		expect(live).not.toContain('"roster"');
		for (const name of [...names, 'Dee']) expect(live).not.toContain(`"${name}"`);
	} finally {
		await closeAll(students);
	}
});

test('the CSV export has a row per student, totals, a BOM and no formulas', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page);
	const formula = '=HYPERLINK("x")';
	const plan: { name: string; pick: (q: KeyedQuestion) => Pick; count: number }[] = [
		{ name: 'Zoé', pick: right, count: total() },
		{ name: formula, pick: alternate, count: 3 },
		{ name: 'Leaver', pick: wrong, count: 2 }
	];
	const students: Student[] = [];
	try {
		for (const { name, pick, count } of plan) {
			const student = await joinClass(browser, baseURL!, code, name);
			students.push(student);
			await answerAllByApi(student.context.request, answerKey().slice(0, count), pick);
		}
		await page.getByRole('button', { name: 'Remove Leaver' }).click();
		await expect(
			page.getByRole('table', { name: 'Students' }).getByRole('row', { name: /Leaver/ })
		).toContainText('removed');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download results (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const bytes = await readFile(await download.path());
		expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		const [header, ...rows] = parse(text, { bom: true }) as string[][];
		expect(header![0]).toBe('Nickname');
		expect(header!.slice(1, 5)).toEqual(['Q1 answer', 'Q1 result', 'Q1 cited', 'Q1 evidence']);
		expect(header!.slice(-7)).toEqual([
			'Answered',
			'Score',
			'Evidence score',
			'Out of',
			'Evidence out of',
			'Believed false',
			'Doubted true'
		]);
		expect(header).toHaveLength(1 + 4 * total() + 7);
		expect(rows.map((r) => r[0])).toEqual(['Zoé', `'${formula}`]);
		for (const [i, { pick, count }] of plan.slice(0, 2).entries()) {
			const row = rows[i]!;
			const answered = answerKey().slice(0, count);
			// Nothing cited through the API here: no evidence point, out of every question with some.
			// Zoé is right throughout, and the other's one wrong answer (question 2) is a wrong
			// person for an epithet: nothing believed false, nothing true doubted.
			expect(row.slice(-7)).toEqual([
				String(count),
				String(points(pick, answered)),
				'0',
				String(total()),
				String(EXPECTED_EVIDENCE_MAX),
				'0',
				'0'
			]);
			for (const [n, q] of answerKey().entries()) {
				const [result, cited, evidence] = row.slice(2 + 4 * n, 5 + 4 * n);
				if (n >= count) {
					expect([result, cited, evidence]).toEqual(['', '', '']);
					continue;
				}
				expect(result).toBe(expectedVerdict(q, answerFor(q, pick(q))).correct ? 'right' : 'wrong');
				// Nothing cited: "not counted" where there was evidence to find, empty where there was none.
				const hasEvidence = expectedFor(q.prompt, q.subject).cite.length > 0;
				expect([cited, evidence]).toEqual(['', hasEvidence ? 'not counted' : '']);
			}
		}
		// Nothing in the file starts like a formula.
		for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@]/);
	} finally {
		await closeAll(students);
	}
});

test('believed something false and doubted something true: per student and per question, live, on the projector once closed, in the debrief and the CSV @phone', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const isPhone = test.info().project.name === 'phone';
	const check = async () => {
		await expectNoAxeViolations(page);
		if (isPhone) await expectReadableLayout(page);
	};
	const { code, path, show } = await createClass(page);
	/** The position of the question showing this line or claim (its row in the Questions table). */
	const numberShowing = (subject: string) =>
		answerKey().findIndex((q) => q.subject === subject) + 1;
	const admitted = numberShowing('Russell admitted that he caused the crash.');
	const killUs = numberShowing('Were you trying to kill us both?');
	const apologised = numberShowing('Bottas apologised to Russell.');
	const cell = async (table: string, row: number | string, heading: string) => {
		const t = page.getByRole('table', { name: table });
		const headings = (await t.getByRole('columnheader').allTextContents()).map((h) => h.trim());
		expect(headings, `the ${table} table has "${heading}"`).toContain(heading);
		if (typeof row === 'string') {
			const r = t.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row }) });
			// The nickname is the row's header: the cells start at the second column.
			return r.getByRole('cell').nth(headings.indexOf(heading) - 1);
		}
		return t.getByRole('row').nth(row).getByRole('cell').nth(headings.indexOf(heading));
	};
	const students: Student[] = [];
	try {
		// Wren: every answer wrong, the first option other than the key's: 23 believed false and
		// 3 doubted true (counted by hand in quiz.e2e.ts, "an all-wrong round"). Yan: all right.
		// Xia: only the supported claim "Russell admitted…", taken as refuted (doubted true), and
		// the made-up "Were you trying to kill us both?", given to Russell (believed false).
		for (const name of ['Wren', 'Yan', 'Xia']) {
			students.push(await joinClass(browser, baseURL!, code, name));
		}
		const [wren, yan, xia] = students as [Student, Student, Student];
		await answerAllByApi(wren.context.request, answerKey(), wrong);
		await answerAllByApi(yan.context.request, answerKey(), right);
		await answerAllByApi(xia.context.request, [question(admitted), question(killUs)], wrong);

		// The teacher's dashboard, live: per student…
		for (const [name, believed, doubted] of [
			['Wren', '23', '3'],
			['Yan', '0', '0'],
			['Xia', '1', '1']
		] as const) {
			await expect(await cell('Students', name, 'Believed false')).toHaveText(believed);
			await expect(await cell('Students', name, 'Doubted true')).toHaveText(doubted);
		}
		// …and per question: the supported claim doubted by Wren and Xia, the made-up line
		// believed by both, the unfounded claim taken as supported by Wren alone.
		for (const [n, believed, doubted] of [
			[admitted, '0', '2'],
			[killUs, '2', '0'],
			[apologised, '1', '0']
		] as const) {
			await expect(await cell('Questions', n, 'Believed false')).toHaveText(believed);
			await expect(await cell('Questions', n, 'Doubted true')).toHaveText(doubted);
		}
		await check();

		// The projector says nothing of it while the class is open: a doubt on a line says it is real.
		await openTeacherPage(page, show);
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(3, 2));
		await expect(page.getByRole('columnheader', { name: 'Doubted true' })).toHaveCount(0);
		expect(await page.content()).not.toContain('Believed false');

		// The debrief (which shows the answer anyway) does, per question.
		await open(page, `${show}/debrief/${admitted}`);
		await expect(page.getByTestId('believedFalse')).toHaveText('Believed something false: 0');
		await expect(page.getByTestId('doubtedTrue')).toHaveText('Doubted something true: 2');
		await check();

		// Closed: the projector shows both columns.
		await openTeacherPage(page, path);
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('closed');
		await openTeacherPage(page, show);
		await expect(await cell('Questions', killUs, 'Believed false')).toHaveText('2');
		await expect(await cell('Questions', admitted, 'Doubted true')).toHaveText('2');
		await check();

		// A student's closed screen: their own counts.
		await reloadStudent(xia.page);
		await expect(xia.page.getByTestId('believedFalse')).toHaveText('Believed something false: 1');
		await expect(xia.page.getByTestId('doubtedTrue')).toHaveText('Doubted something true: 1');

		// The CSV: the two last columns.
		await openTeacherPage(page, path);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download results (CSV)' }).click()
		]);
		const [header, ...rows] = parse(await readFile(await download.path(), 'utf8'), {
			bom: true
		}) as string[][];
		expect(header!.slice(-2)).toEqual(['Believed false', 'Doubted true']);
		expect(rows.map((r) => [r[0], ...r.slice(-2)])).toEqual([
			['Wren', '23', '3'],
			['Yan', '0', '0'],
			['Xia', '1', '1']
		]);
	} finally {
		await closeAll(students);
	}
});

test('removing a student, closing the exercise, wrong codes, and deleting everything', async ({
	page,
	browser,
	baseURL
}) => {
	const { code, path } = await createClass(page);
	const stay = await joinClass(browser, baseURL!, code, 'Stay');
	// Gone's live stream never gets through (as behind a proxy that buffers it), so the removal
	// reaches Gone's screen only with the next answer.
	const gone = await joinClass(browser, baseURL!, code, 'Gone', (context) =>
		context.route(STUDENT_STREAM, (route) =>
			route.fulfill({ status: 200, contentType: 'text/event-stream', body: ': buffered\n\n' })
		)
	);
	const students = [stay, gone];
	try {
		await answerCurrent(gone.page, 'right');
		await goOn(gone.page);
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(2, 0));

		// Removed with a question on screen: the next answer is refused with a clear message.
		await page.getByRole('button', { name: 'Remove Gone' }).click();
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(1, 0));
		const q2 = question(2);
		await give(gone.page, q2, answerFor(q2, 'right'));
		await gone.page.getByRole('button', { name: 'Check answer' }).click();
		await expect(gone.page.getByText('Your teacher removed you from this class.')).toBeVisible();
		const refused = await answerByApi(gone.context.request, q2, 'right');
		expect(refused.status()).toBe(403);
		expect(await refused.json()).toEqual({ error: 'Your teacher removed you from this class.' });

		// Closed: a late student cannot join, and a wrong code is named as such.
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('closed');
		const late = await browser.newContext({ baseURL });
		students.push({ context: late, page: await late.newPage(), nickname: 'Late' });
		const latePage = students[2]!.page;
		await open(latePage, `/join/${code}`);
		await latePage.getByLabel('Nickname', { exact: true }).fill('Late');
		await latePage.getByRole('button', { name: 'Join' }).click();
		await expect(latePage.getByRole('alert')).toHaveText(/^This exercise is closed/);
		await expect(latePage).toHaveURL(/\/join$/);

		const wrongCode = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
		await latePage.getByLabel('Join code', { exact: true }).fill(wrongCode);
		await latePage.getByRole('button', { name: 'Join' }).click();
		await expect(latePage.getByRole('alert')).toContainText(
			`There is no class with the code "${wrongCode}"`
		);

		// The student who stayed sees the exercise closed.
		await reloadStudent(stay.page);
		await expect(stay.page.getByRole('heading', { name: 'This exercise is closed' })).toBeVisible();

		// Deleted: the teacher link leads nowhere, and so does the code.
		// Not without the confirmation ticked.
		const confirm = page.getByRole('checkbox', { name: /^Delete this class/ });
		await page.getByRole('button', { name: 'Delete everything' }).click();
		expect(await confirm.evaluate((box: HTMLInputElement) => box.validity.valid)).toBe(false);
		await expect(page.getByRole('heading', { name: 'Delete the exercise' })).toBeVisible();
		await confirm.check();
		await page.getByRole('button', { name: 'Delete everything' }).click();
		await expect(page).toHaveURL(/\/teach\?deleted=1$/);
		const after = await page.goto(path);
		expect(after?.status()).toBe(404);
		expect((await page.request.get(`${path}/export.csv`)).status()).toBe(404);
	} finally {
		await closeAll(students);
	}
});

// ---------------------------------------------------------------- a server of its own

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts the production server on a port and database file, and waits until it answers. */
async function startServer(port: number, database: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), DATABASE_URL: database, HOST: '127.0.0.1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited:\n${output}`);
		try {
			const response = await fetch(`http://127.0.0.1:${port}/teach`, {
				signal: AbortSignal.timeout(5_000)
			});
			if (response.ok) return child;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`The server did not start:\n${output}`);
}

async function kill(child: ChildProcess | undefined): Promise<void> {
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill('SIGKILL');
	await exited;
}

test('a server restart in the middle of an exercise loses nothing', async ({ browser }) => {
	test.slow();
	const port = await freePort();
	const database = join(tmpdir(), `source-check-restart-${process.pid}-${Date.now()}.db`);
	const baseURL = `http://127.0.0.1:${port}`;
	let server: ChildProcess | undefined;
	const contexts: BrowserContext[] = [];
	try {
		server = await startServer(port, database);
		const teacherContext = await browser.newContext({ baseURL });
		contexts.push(teacherContext);
		const teacher = await teacherContext.newPage();
		const { code, path } = await createClass(teacher);

		const plan = [
			{ name: 'Before', count: 3, pick: alternate },
			{ name: 'After', count: 2, pick: right }
		];
		const students: Student[] = [];
		for (const { name, count, pick } of plan) {
			const student = await joinClass(browser, baseURL, code, name);
			contexts.push(student.context);
			students.push(student);
			for (let n = 1; n <= count; n++) {
				await answerCurrent(student.page, pick(question(n)));
				await goOn(student.page);
			}
		}
		for (const [i, { name, count, pick }] of plan.entries()) {
			await expectStudentRow(teacher, name, count, points(pick, answerKey().slice(0, count)));
			await expect(students[i]!.page.getByText(/^Score so far/)).toHaveText(
				`Score so far: ${points(pick, answerKey().slice(0, count))} / ${count}`
			);
		}
		await expect(teacher.getByTestId('class-summary')).toContainText(summaryText(2, 0));

		// Pulled out from under everyone, then started again on the same port and file.
		await kill(server);
		await expect(teacher.getByTestId('class-summary')).toContainText('reconnecting');
		server = await startServer(port, database);

		// The dashboard reconnects by itself, and a fresh load shows the same.
		await expectLive(teacher);
		await openTeacherPage(teacher, path);
		await expect(teacher.getByTestId('class-summary')).toContainText(summaryText(2, 0));
		for (const { name, count, pick } of plan) {
			await expectStudentRow(teacher, name, count, points(pick, answerKey().slice(0, count)));
		}

		// Each student reloads, carries on from the same question with the same score, and answers.
		for (const [i, { name, count, pick }] of plan.entries()) {
			const s = students[i]!.page;
			await reloadStudent(s);
			await expect(progress(s)).toHaveText(`Question ${count + 1} of ${total()}`);
			const before = points(pick, answerKey().slice(0, count));
			await expect(scoreSoFar(s)).toHaveText(`Score so far: ${before} / ${count}`);
			const verdict = await answerCurrent(s, pick(question(count + 1)));
			await expect(scoreSoFar(s)).toHaveText(
				`Score so far: ${before + verdict.points} / ${count + 1}`
			);
			await expectStudentRow(teacher, name, count + 1, before + verdict.points);
		}
	} finally {
		await Promise.all(contexts.map((c) => c.close()));
		await kill(server);
		for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, { force: true });
	}
});

// ---------------------------------------------------------------- accessibility

/** Seats students through the join form's POST, each with a cookie jar of its own (no browser). */
async function seatByForm(
	playwright: typeof import('@playwright/test').request,
	baseURL: string,
	code: string,
	nicknames: string[]
): Promise<void> {
	for (const nickname of nicknames) {
		const context = await playwright.newContext({ baseURL });
		const response = await context.post('/join', {
			form: { code, nickname },
			headers: { origin: baseURL, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), await response.text()).toBe(303);
		await context.dispose();
	}
}

test('a big class: the roster comes a page at a time, searched and paged by keyboard', async ({
	page,
	playwright,
	baseURL
}) => {
	test.slow();
	const { code, path } = await createClass(page);
	const names = Array.from({ length: 60 }, (_, i) => `Pupil ${i + 1}`);
	await seatByForm(playwright.request, baseURL!, code, names);
	const summary = page.getByTestId('class-summary');
	await expect(summary).toContainText(summaryText(60, 0));
	const table = page.getByRole('table', { name: 'Students' });
	const rowNames = () => table.getByRole('rowheader').allTextContents();
	await expect(page.getByTestId('roster-status')).toHaveText('Students 1–50 of 60');
	await expect(page.getByTestId('roster-page')).toHaveText('Page 1 of 2');
	expect(await rowNames()).toEqual(names.slice(0, 50));
	await expectNoAxeViolations(page);

	// The next page, by keyboard; its own live stream follows it.
	const nextPage = page.getByRole('link', { name: 'Next page' });
	await nextPage.focus();
	await Promise.all([
		page.waitForResponse((r) => /\/events\?page=2$/.test(r.url())),
		page.keyboard.press('Enter')
	]);
	await expect(page).toHaveURL(new RegExp(`${path}\\?page=2$`));
	await expect(page.getByTestId('roster-status')).toHaveText('Students 51–60 of 60');
	expect(await rowNames()).toEqual(names.slice(50));
	await seatByForm(playwright.request, baseURL!, code, ['Late Comer']);
	await expect(table.getByRole('rowheader', { name: 'Late Comer' })).toBeVisible();
	await expect(summary).toContainText(summaryText(61, 0));

	// Removing a student keeps the teacher on the page they were on. The form posts a whole page:
	// wait for the new page's live stream (it has hydrated by then), or a search typed into the old
	// page could be sent from, or cleared by, the new one.
	await Promise.all([
		page.waitForResponse((r) => /\/events\?page=2$/.test(r.url())),
		page.getByRole('button', { name: 'Remove Pupil 55' }).click()
	]);
	await expect(page.getByTestId('roster-page')).toHaveText('Page 2 of 2');
	await expect(table.getByRole('row', { name: /Pupil 55/ })).toContainText('removed');
	await expect(summary).toContainText(summaryText(60, 0));

	// A search, typed and sent with Enter: the field keeps the focus.
	const search = page.getByRole('searchbox', { name: 'Find a student' });
	await search.fill('pupil 5');
	await search.press('Enter');
	await expect(page.getByTestId('roster-status')).toHaveText(
		'Students 1–11 of 11 matching “pupil 5”'
	);
	await expect(search).toBeFocused();
	expect(await rowNames()).toEqual(['Pupil 5', ...names.slice(49, 59)]);
	await expect(page.getByRole('navigation', { name: 'Pages of students' })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await search.fill('nobody');
	await search.press('Enter');
	await expect(page.getByTestId('roster-status')).toHaveText('No nickname contains “nobody”.');
	await page.getByRole('link', { name: 'Show everyone' }).click();
	await expect(page.getByTestId('roster-status')).toHaveText('Students 1–50 of 61');
});

test('a search typed before the dashboard has hydrated is kept, and "Show everyone" clears it', async ({
	page,
	playwright,
	baseURL
}) => {
	const { code, path } = await createClass(page);
	await seatByForm(playwright.request, baseURL!, code, ['Ada', 'Bea', 'Cal']);
	// Reload with the scripts held back, as on a slow connection, and type into the server's page.
	let held: Route[] | null = [];
	const hold = (route: Route) => (held ? void held.push(route) : route.continue());
	await page.route('**/_app/immutable/**/*.js', hold);
	await page.reload({ waitUntil: 'commit' });
	const search = page.getByRole('searchbox', { name: 'Find a student' });
	await search.fill('bea');
	const routes = held ?? [];
	held = null;
	await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		...routes.map((route) => route.continue())
	]);
	await expect(search).toHaveValue('bea');
	await search.press('Enter');
	await expect(page.getByTestId('roster-status')).toHaveText('Students 1–1 of 1 matching “bea”');
	await expect(page).toHaveURL(new RegExp(`${path}\\?q=bea$`));
	await page.getByRole('link', { name: 'Show everyone' }).click();
	await expect(page.getByTestId('roster-status')).toHaveText('Students 1–3 of 3');
	await expect(search).toHaveValue('');
});

test('every classroom screen is accessible @phone', async ({ page, browser, baseURL }) => {
	test.slow();
	const isPhone = test.info().project.name === 'phone';
	const check = async (p: Page) => {
		await expectNoAxeViolations(p);
		if (isPhone) await expectReadableLayout(p);
	};

	await open(page, '/teach');
	await expect(page.getByRole('heading', { name: 'Run a class' })).toBeVisible();
	await check(page);

	const { code, path, show } = await createClass(page, { pacing: 'teacher', minutes: 30 });
	await expect(page.getByRole('heading', { name: 'Keep this link' })).toBeVisible();
	// Set up ahead of the lesson: the clock waits for the first student.
	await expect(page.getByTestId('time-limit')).toHaveText(
		'Time limit 30 min: starts when the first student joins'
	);

	// /join, empty and with an error.
	const context = await browser.newContext({ baseURL });
	const s = await context.newPage();
	try {
		await open(s, '/join');
		await check(s);
		await s.getByLabel('Join code', { exact: true }).fill(code);
		await s.getByRole('button', { name: 'Join' }).click();
		await expect(s.getByRole('alert')).toHaveText('Type a nickname.');
		await check(s);

		// The student's question, then the wait for the teacher.
		await submitJoin(s, code, 'Axe');
		await expect(progress(s)).toHaveText(`Question 1 of ${total()}`);
		await expect(s.getByTestId('time-left')).toHaveText(/^(30:00|29:[0-5]\d)$/);
		await expect(page.getByTestId('time-limit')).toHaveText(
			/^Time limit 30 min: (30:00|29:[0-5]\d) left$/
		);
		await check(s);
		await answerCurrent(s, 'wrong');
		await check(s);
		await goOn(s);
		await expect(s.getByRole('heading', { name: 'Wait for your teacher' })).toBeVisible();
		await check(s);

		// The dashboard with its notice and a student in it, the projector, a debrief.
		await expect(page.getByTestId('class-summary')).toContainText(summaryText(1, 0));
		await check(page);
		await openTeacherPage(page, show);
		await expect(page.getByTestId('join-code')).toHaveText(code);
		await check(page);
		await open(page, `${show}/debrief/1`);
		await expect(page.getByRole('table', { name: /^How the class answered/ })).toBeVisible();
		await check(page);

		// Closed: the student's screen with the closed notice and the results.
		await openTeacherPage(page, path);
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(s.getByRole('heading', { name: 'This exercise is closed' })).toBeVisible();
		await check(s);
	} finally {
		await context.close();
	}
});
