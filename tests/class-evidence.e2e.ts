// Evidence in a class: the teacher asks for it on /teach, students cite sentences (on screen and
// through the API), and the dashboard, the projector, the debrief and the CSV export count it.
//
// Right answers and the sentences that prove them come from the hand-written key
// (tests/expected-answers.ts, through by-key.ts), never from the app's own scoring or evidence.
import { readFile } from 'node:fs/promises';
import { expect, test, type APIResponse, type BrowserContext, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { byKey, inArticleOrder, sentenceWith } from './by-key';
import { EXPECTED_EVIDENCE_MAX, type Expected } from './expected-answers';
import {
	answerKey,
	article,
	cite,
	expectedOnScreen,
	expectNoAxeViolations,
	expectReadableLayout,
	joinClass,
	open,
	progress,
	scoreSoFar,
	STUDENT_STREAM,
	verdictPanel,
	type GivenAnswer,
	type KeyedQuestion
} from './helpers';

type EvidenceChoice =
	'Off' | 'For a bonus point' | 'Required (the answer point needs the evidence)';
const REQUIRED = 'Required (the answer point needs the evidence)';

const TEACHER_STREAM = /\/(teach|show)\/[^/]+\/events$/;

const total = () => answerKey().length;
const question = (n: number): KeyedQuestion => answerKey()[n - 1]!;
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
/** A question's number in the quiz, found by the key's words for it. */
const numberOf = (pick: (e: Expected) => boolean) =>
	answerKey().findIndex((q) => pick(byKey(q).expected)) + 1;

/** Sentence words from the key for another question: in no evidence set of questions 2 and 9. */
const STEWARDS = 'officially declared it a racing incident';

interface ClassLinks {
	code: string;
	path: string;
	show: string;
}

interface Student {
	context: BrowserContext;
	page: Page;
}

async function expectLive(page: Page): Promise<void> {
	await expect(page.getByTestId('class-summary')).toBeVisible();
	await expect(page.getByTestId('class-summary')).not.toContainText('reconnecting');
}

async function openTeacherPage(page: Page, path: string): Promise<void> {
	await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		page.goto(path)
	]);
	await expectLive(page);
}

/** Creates a self-paced exercise on /teach with the evidence choice given, by its visible label. */
async function createClass(page: Page, evidence: EvidenceChoice): Promise<ClassLinks> {
	await open(page, '/teach');
	const group = page.getByRole('group', { name: 'Ask for evidence' });
	// The bonus point is the default.
	await expect(group.getByRole('radio', { name: 'For a bonus point' })).toBeChecked();
	await expect(group.getByRole('radio')).toHaveCount(3);
	await page.getByLabel('Title').fill(`Evidence: ${evidence}`);
	await group.getByRole('radio', { name: evidence, exact: true }).check();
	await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		page.getByRole('button', { name: 'Create the exercise' }).click()
	]);
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expectLive(page);
	const path = new URL(page.url()).pathname;
	const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
	const show = await page
		.getByRole('link', { name: 'Projector view (no names)' })
		.getAttribute('href');
	return { code, path, show: show! };
}

/** Answers with the student's own seat cookie: the answer and the sentence ids cited. */
async function answerByApi(
	student: Student,
	q: KeyedQuestion,
	answer: GivenAnswer,
	cited: string[]
): Promise<APIResponse> {
	const response = await student.context.request.post('/api/class/answers', {
		data: { questionId: q.id, answer, cited }
	});
	expect(response.status(), await response.text()).toBe(200);
	return response;
}

/** Chooses the key's right answer for the question on screen, by its visible label. */
async function chooseRight(page: Page): Promise<Expected> {
	const expected = await expectedOnScreen(page);
	if ('hours' in expected) {
		await page.getByLabel('Number of hours').fill(String(expected.hours));
	} else {
		const radio = page.getByRole('radio', { name: expected.answer, exact: true });
		await radio.check();
		await expect(radio).toBeChecked();
	}
	return expected;
}

/** The row of the Students table for a nickname, by column heading. */
async function studentRow(page: Page, nickname: string) {
	const table = page.getByRole('table', { name: 'Students' });
	const headings = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
	const row = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: nickname, exact: true }) });
	await expect(row).toHaveCount(1);
	// The nickname is the row's header: the cells start at the second column.
	return (heading: string) => row.getByRole('cell').nth(headings.indexOf(heading) - 1);
}

/** A cell of the Questions table, by question number and column heading. */
async function questionCell(page: Page, n: number, heading: string) {
	const table = page.getByRole('table', { name: 'Questions' });
	const headings = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
	expect(headings, `the Questions table has "${heading}"`).toContain(heading);
	return table.getByRole('row').nth(n).getByRole('cell').nth(headings.indexOf(heading));
}

test('a class that requires evidence: only cited answers score, and the teacher sees who found it', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const { code, path, show } = await createClass(page, REQUIRED);
	await expect(page.getByTestId('evidence-mode')).toHaveText(
		'Evidence: required for the answer point'
	);
	const studentsTable = page.getByRole('table', { name: 'Students' });
	await expect(studentsTable.getByRole('columnheader', { name: 'Evidence' })).toBeVisible();

	const madeUp = numberOf((e) => e.cite.length === 0 && !('hours' in e));
	expect(madeUp, 'the key has a question with nothing to cite').toBeGreaterThan(3);
	const students: Student[] = [];
	try {
		// Ana answers on screen: the class page says how evidence counts here.
		const ana = await joinClass(browser, baseURL!, code, 'Ana');
		students.push(ana);
		const s = ana.page;
		await expect(s.getByTestId('evidence-mode')).toHaveText(
			'Point at the sentences of the article that prove your answer: a right answer only scores its point with the right sentences.'
		);

		// Question 1: the right answer and the key's sentences, pressed in the article.
		await expect(progress(s)).toHaveText(`Question 1 of ${total()}`);
		const first = await chooseRight(s);
		expect(first.cite.length, 'question 1 has evidence').toBeGreaterThan(0);
		await cite(s, first.cite);
		await s.getByRole('button', { name: 'Check answer' }).click();
		await expect(verdictPanel(s).getByRole('heading', { level: 2 })).toHaveText('Right!');
		await expect(verdictPanel(s).getByTestId('citation')).toContainText('+1 evidence point.');
		await expect(scoreSoFar(s)).toHaveText('Score so far: 1 / 1');
		await verdictPanel(s).getByRole('button', { name: 'Next question' }).click();

		// Question 2: the right answer, no sentence: right, but no point in this exercise.
		await expect(progress(s)).toHaveText(`Question 2 of ${total()}`);
		const second = await chooseRight(s);
		expect(second.cite.length, 'question 2 has evidence').toBeGreaterThan(0);
		await s.getByRole('button', { name: 'Check answer' }).click();
		await expect(verdictPanel(s).getByRole('heading', { level: 2 })).toHaveText(
			'Right, but no point'
		);
		await expect(scoreSoFar(s)).toHaveText('Score so far: 1 / 2');
		await verdictPanel(s).getByRole('button', { name: 'Next question' }).click();

		// The dashboard, live: one point, one evidence point.
		const ana1 = await studentRow(page, 'Ana');
		await expect(ana1('Answered')).toHaveText(`2 / ${total()}`);
		await expect(ana1('Score')).toHaveText('1');
		await expect(ana1('Evidence')).toHaveText('1');

		// Question 3: answer chosen and a sentence pressed, then a reload keeps both.
		await expect(progress(s)).toHaveText(`Question 3 of ${total()}`);
		const third = await chooseRight(s);
		await cite(s, third.cite);
		await Promise.all([
			s.waitForResponse((r) => STUDENT_STREAM.test(new URL(r.url()).pathname)),
			s.reload()
		]);
		await expect(progress(s)).toHaveText(`Question 3 of ${total()}`);
		if (!('hours' in third))
			await expect(s.getByRole('radio', { name: third.answer, exact: true })).toBeChecked();
		for (const words of third.cite) {
			await expect(article(s).getByRole('button', { name: words })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
		}
		await s.getByRole('button', { name: 'Check answer' }).click();
		await expect(verdictPanel(s).getByRole('heading', { level: 2 })).toHaveText('Right!');
		await expect(scoreSoFar(s)).toHaveText('Score so far: 2 / 3');

		// Ben, through the API: question 1 cited by the key, question 2 with a sentence that proves
		// nothing, and a made-up quote (nothing to cite: the point needs no evidence).
		const ben = await joinClass(browser, baseURL!, code, 'Ben');
		students.push(ben);
		const stewards = sentenceWith(STEWARDS);
		await answerByApi(ben, question(1), byKey(question(1)).right, byKey(question(1)).cite);
		await answerByApi(ben, question(2), byKey(question(2)).right, [stewards.id]);
		const benMadeUp = await answerByApi(ben, question(madeUp), byKey(question(madeUp)).right, []);
		expect(await benMadeUp.json()).toMatchObject({ correct: true, points: 1, citation: null });

		// Cy: question 1 right without a sentence, question 2 right with the same wrong sentence.
		const cy = await joinClass(browser, baseURL!, code, 'Cy');
		students.push(cy);
		await answerByApi(cy, question(1), byKey(question(1)).right, []);
		await answerByApi(cy, question(2), byKey(question(2)).right, [stewards.id]);

		// Scores count only cited answers; the evidence column counts the citations that counted.
		const rows: [string, number, number, number][] = [
			['Ana', 3, 2, 2],
			['Ben', 3, 2, 1],
			['Cy', 2, 0, 0]
		];
		for (const [name, answered, score, evidence] of rows) {
			const row = await studentRow(page, name);
			await expect(row('Answered')).toHaveText(`${answered} / ${total()}`);
			await expect(row('Score')).toHaveText(String(score));
			await expect(row('Evidence')).toHaveText(String(evidence));
		}
		// Found the evidence: question 1 by Ana and Ben of three, question 2 by nobody, the made-up
		// quote has nothing to find, and a question nobody answered shows a dash.
		await expect(await questionCell(page, 1, 'Right')).toHaveText('100%');
		await expect(await questionCell(page, 1, 'Found the evidence')).toHaveText(percent(2, 3));
		await expect(await questionCell(page, 2, 'Found the evidence')).toHaveText('0%');
		await expect(await questionCell(page, 3, 'Found the evidence')).toHaveText('100%');
		await expect(await questionCell(page, madeUp, 'Answered')).toHaveText('1');
		await expect(await questionCell(page, madeUp, 'Found the evidence')).toHaveText('–');
		await expect(await questionCell(page, total(), 'Found the evidence')).toHaveText('–');

		// The projector, while the class is open, keeps quiet about which questions have evidence.
		await openTeacherPage(page, show);
		const projected = page.getByRole('table', { name: 'Questions' });
		await expect(projected.getByRole('columnheader', { name: 'Right' })).toBeVisible();
		await expect(projected.getByRole('columnheader', { name: 'Found the evidence' })).toHaveCount(
			0
		);
		// Nor does its page data: every question looks alike until the class is closed.
		const projectorHtml = await page.content();
		expect(projectorHtml).toMatch(/hasEvidence"?:true/);
		expect(projectorHtml).not.toMatch(/hasEvidence"?:false/);

		// The debrief of question 2: nobody found it, and the sentence two students cited wrongly.
		await open(page, `${show}/debrief/2`);
		await expect(page.getByTestId('evidence-found')).toHaveText(
			'Found the evidence: 0% (0 of the 3 students who answered)'
		);
		const wrongly = page.getByRole('region', { name: 'The sentence most often cited wrongly' });
		await expect(wrongly.locator('blockquote')).toHaveText(
			`${stewards.text} (paragraph ${stewards.paragraph})`
		);
		await expect(wrongly).toContainText('This sentence was cited by 2 students');
		// Question 1: found by two of three, and nothing cited wrongly.
		await open(page, `${show}/debrief/1`);
		await expect(page.getByTestId('evidence-found')).toHaveText(
			`Found the evidence: ${percent(2, 3)} (2 of the 3 students who answered)`
		);
		await expect(wrongly).toHaveCount(0);

		// Closed: the projector shows the evidence column, with the dash where nothing was to find.
		await openTeacherPage(page, path);
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('closed');
		await openTeacherPage(page, show);
		await expect(await questionCell(page, 1, 'Found the evidence')).toHaveText(percent(2, 3));
		await expect(await questionCell(page, madeUp, 'Found the evidence')).toHaveText('–');

		// Ana's closed screen: the score counts the cited answers only, the evidence apart.
		await expect(s.getByRole('heading', { name: 'This exercise is closed' })).toBeVisible();
		await expect(s.getByTestId('score')).toHaveText(`2 / ${total()}`);
		await expect(s.getByTestId('evidence-score')).toHaveText(`2 / ${EXPECTED_EVIDENCE_MAX}`);
		await expect(s.getByTestId('evidence-mode')).toHaveCount(0);
	} finally {
		await Promise.all(students.map((st) => st.context.close()));
	}
});

test('the CSV export lists the sentences each student cited and whether they counted', async ({
	page,
	browser,
	baseURL
}) => {
	const { code } = await createClass(page, 'For a bonus point');
	await expect(page.getByTestId('evidence-mode')).toHaveText('Evidence: for a bonus point');
	const madeUp = numberOf((e) => e.cite.length === 0 && !('hours' in e));
	const stewards = sentenceWith(STEWARDS);
	const students: Student[] = [];
	try {
		// Dana cites question 1 by the key, question 2 wrongly, and answers the made-up quote.
		const dana = await joinClass(browser, baseURL!, code, 'Dana');
		students.push(dana);
		const q1 = byKey(question(1));
		// Cited in reverse: the export lists them in article order.
		await answerByApi(dana, question(1), q1.right, [...q1.cite].reverse());
		await answerByApi(dana, question(2), byKey(question(2)).right, [stewards.id]);
		await answerByApi(dana, question(madeUp), byKey(question(madeUp)).right, []);
		// Eli gets question 1 wrong while citing the key's sentences: they never count then.
		const eli = await joinClass(browser, baseURL!, code, 'Eli');
		students.push(eli);
		await answerByApi(eli, question(1), q1.wrong, q1.cite);
		const eliRow = await studentRow(page, 'Eli');
		await expect(eliRow('Answered')).toHaveText(`1 / ${total()}`);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download results (CSV)' }).click()
		]);
		const [header, ...rows] = parse(await readFile(await download.path(), 'utf8'), {
			bom: true
		}) as string[][];
		const column = (name: string) => {
			const i = header!.indexOf(name);
			expect(i, `column "${name}"`).toBeGreaterThan(0);
			return i;
		};
		const byName = new Map(rows.map((r) => [r[0], r]));
		const d = byName.get('Dana')!;
		const e = byName.get('Eli')!;
		expect(d[column('Q1 result')]).toBe('right');
		expect(d[column('Q1 cited')]).toBe(inArticleOrder(q1.cite).join(' '));
		expect(d[column('Q1 evidence')]).toBe('counted');
		expect(d[column('Q2 cited')]).toBe(stewards.id);
		expect(d[column('Q2 evidence')]).toBe('not counted');
		// Nothing to find: no citation, and nothing to count.
		expect(d[column(`Q${madeUp} result`)]).toBe('right');
		expect(d[column(`Q${madeUp} cited`)]).toBe('');
		expect(d[column(`Q${madeUp} evidence`)]).toBe('');
		expect(d[column('Q3 cited')]).toBe('');
		expect(d[column('Q3 evidence')]).toBe('');
		// In bonus mode the answer points stand without the evidence: three right, one evidence point.
		expect(header!.slice(-7)).toEqual([
			'Answered',
			'Score',
			'Evidence score',
			'Out of',
			'Evidence out of',
			'Believed false',
			'Doubted true'
		]);
		// Right throughout (Dana), or wrong only on who "the Briton" is (Eli): neither kind.
		expect(d.slice(-7)).toEqual([
			'3',
			'3',
			'1',
			String(total()),
			String(EXPECTED_EVIDENCE_MAX),
			'0',
			'0'
		]);

		expect(e[column('Q1 result')]).toBe('wrong');
		expect(e[column('Q1 cited')]).toBe(inArticleOrder(q1.cite).join(' '));
		expect(e[column('Q1 evidence')]).toBe('not counted');
		expect(e.slice(-7)).toEqual([
			'1',
			'0',
			'0',
			String(total()),
			String(EXPECTED_EVIDENCE_MAX),
			'0',
			'0'
		]);
	} finally {
		await Promise.all(students.map((st) => st.context.close()));
	}
});

test('the evidence screens of a class are accessible @phone', async ({
	page,
	browser,
	baseURL
}) => {
	test.slow();
	const isPhone = test.info().project.name === 'phone';
	const check = async (p: Page) => {
		await expectNoAxeViolations(p);
		if (isPhone) await expectReadableLayout(p);
	};

	// /teach with the evidence fieldset, then with its error (a value no radio offers).
	await open(page, '/teach');
	await expect(page.getByRole('group', { name: 'Ask for evidence' })).toBeVisible();
	await check(page);
	await page
		.getByRole('radio', { name: 'Off', exact: true })
		.evaluate((radio: HTMLInputElement) => {
			radio.value = 'sometimes';
			radio.checked = true;
		});
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	const group = page.getByRole('group', { name: 'Ask for evidence' });
	await expect(group).toContainText('Choose how the class is asked for evidence.');
	await expect(page.getByRole('alert')).toHaveText('Please fix the fields marked below.');
	await check(page);

	const { code, path, show } = await createClass(page, REQUIRED);
	const stewards = sentenceWith(STEWARDS);
	const students: Student[] = [];
	try {
		// The student's question with the evidence sentence and a sentence pressed.
		const fay = await joinClass(browser, baseURL!, code, 'Fay');
		students.push(fay);
		await expect(fay.page.getByTestId('evidence-mode')).toBeVisible();
		const first = await chooseRight(fay.page);
		await cite(fay.page, first.cite.slice(0, 1));
		await check(fay.page);

		// Two students cite a sentence that proves nothing about question 2.
		for (const name of ['Gus', 'Hal']) {
			const st = await joinClass(browser, baseURL!, code, name);
			students.push(st);
			await answerByApi(st, question(1), byKey(question(1)).right, byKey(question(1)).cite);
			await answerByApi(st, question(2), byKey(question(2)).right, [stewards.id]);
		}

		// The dashboard with the evidence columns.
		await openTeacherPage(page, path);
		await expect(await questionCell(page, 2, 'Found the evidence')).toHaveText('0%');
		await check(page);

		// The debrief with the sentence cited wrongly.
		await open(page, `${show}/debrief/2`);
		await expect(
			page.getByRole('region', { name: 'The sentence most often cited wrongly' })
		).toContainText('cited by 2 students');
		await check(page);

		// The projector once the class is closed, with the evidence column.
		await openTeacherPage(page, path);
		await page.getByRole('button', { name: 'Close the exercise' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('closed');
		await openTeacherPage(page, show);
		await expect(await questionCell(page, 1, 'Found the evidence')).toHaveText('100%');
		await check(page);
	} finally {
		await Promise.all(students.map((st) => st.context.close()));
	}
});
