// Two instances of the app on one PostgreSQL database behind nginx, with the site file the docs
// give (deploy/nginx/source-check.conf, run by scripts/nginx.mjs on a loopback port): round-robin,
// as a school would run them. The students reach the instances through nginx, so their joins,
// answers and streams land on either; the teacher watches the live dashboard on both instances
// directly, so every answer crosses to one of the two dashboards, and opens one question on each, so
// every student's stream hears a question opened on the other instance. Then A is killed outright
// (SIGKILL): nginx sends everything to B, the students' streams reconnect through it, and the
// dashboard counts every answer, those given on A included.
//
// The instances are `npm start`'s own server (scripts/serve.js, plain http, no ORIGIN): it takes
// the origin from the Host header, which nginx passes on, so the same instance serves the teacher
// directly and the students through nginx. ADDRESS_HEADER stays unset for the same reason (the
// instances also take requests that nginx did not forward); every client is on loopback anyway.
import { once } from 'node:events';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startCluster } from '../scripts/pg-cluster.mjs';
import { startNginx, type Nginx } from '../scripts/nginx.mjs';
import { freePort, startBuilt, type Running } from '../src/test-support/built-app';
import {
	alternate,
	answerCurrent,
	answerFor,
	answerKey,
	expectedVerdict,
	expectVerdict,
	give,
	goOn,
	joinClass,
	open,
	progress,
	type KeyedQuestion,
	type Pick
} from './helpers';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const TEACHER_STREAM = /\/teach\/[^/]+\/events$/;

const total = () => answerKey().length;
const question = (n: number): KeyedQuestion => answerKey()[n - 1]!;
const points = (pick: (q: KeyedQuestion) => Pick, questions: KeyedQuestion[]) =>
	questions.reduce((sum, q) => sum + expectedVerdict(q, answerFor(q, pick(q))).points, 0);
const summaryText = (joined: number, finished: number) =>
	`${joined} ${joined === 1 ? 'student' : 'students'} joined · ${finished} finished`;

// ---------------------------------------------------------------- the instances

type Instance = Running;

/** The built app (`npm start`'s server) on a free port and the shared database, once it answers. */
const startInstance = async (databaseUrl: string): Promise<Instance> =>
	startBuilt(['scripts/serve.js'], databaseUrl, await freePort());

async function kill(instance: Instance | undefined): Promise<void> {
	const child = instance?.child;
	if (!child || child.exitCode !== null || child.signalCode !== null) return;
	const exited = once(child, 'exit');
	child.kill('SIGKILL');
	await exited;
}

let cluster: Awaited<ReturnType<typeof startCluster>> | undefined;
let a: Instance | undefined;
let b: Instance | undefined;
let nginx: Nginx | undefined;

test.beforeAll(async () => {
	cluster = await startCluster();
	// The instances start together, as they would after a deploy: the migrations run once.
	[a, b] = await Promise.all([startInstance(cluster.url), startInstance(cluster.url)]);
	nginx = await startNginx({ upstreams: [a.origin, b.origin] });
});

test.afterAll(async () => {
	await nginx?.close();
	await Promise.all([kill(a), kill(b)]);
	cluster?.stop();
});

// ---------------------------------------------------------------- moves

/** A teacher-paced exercise made through the /teach form; lands on its live dashboard. */
async function createTeacherPacedClass(page: Page): Promise<{ code: string; path: string }> {
	await open(page, '/teach');
	await page.getByLabel('Title').fill('Two instances');
	await page.getByRole('radio', { name: /^Teacher-paced/ }).check();
	await page.getByRole('radio', { name: /^After each question/ }).check();
	await Promise.all([
		page.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
		page.getByRole('button', { name: 'Create the exercise' }).click()
	]);
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	await expect(page.getByTestId('class-summary')).not.toContainText('reconnecting');
	const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	return { code, path: new URL(page.url()).pathname };
}

interface Student {
	context: BrowserContext;
	page: Page;
	nickname: string;
	pick: (q: KeyedQuestion) => Pick;
}

/** A student in a browser of their own, joined through /join/<code> at `baseURL` (nginx). */
const seatStudent = async (
	browser: Browser,
	baseURL: string,
	code: string,
	nickname: string,
	pick: (q: KeyedQuestion) => Pick
): Promise<Student> => ({ ...(await joinClass(browser, baseURL, code, nickname)), nickname, pick });

/** Answers question n on screen by the student's pick, then waits for the teacher. */
async function answerAndWait(student: Student, n: number): Promise<void> {
	const { page } = student;
	await expect(progress(page)).toHaveText(`Question ${n} of ${total()}`);
	await answerCurrent(page, student.pick(question(n)));
	await goOn(page);
	await expect(page.getByRole('heading', { name: 'Wait for your teacher' })).toBeVisible();
}

/** The dashboard's row for a student: answered out of the total, and the score. */
async function expectStudentRow(page: Page, student: Student, answered: number): Promise<void> {
	const row = page
		.getByRole('table', { name: 'Students' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: student.nickname, exact: true }) });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell').nth(0)).toHaveText(`${answered} / ${total()}`);
	await expect(row.getByRole('cell').nth(1)).toHaveText(
		String(points(student.pick, answerKey().slice(0, answered)))
	);
}

/** Every student's row, and every question answered so far answered by all of them. */
async function expectEveryAnswer(page: Page, students: Student[], answered: number) {
	await expect(page.getByTestId('class-summary')).toContainText(summaryText(students.length, 0));
	for (const student of students) await expectStudentRow(page, student, answered);
	const questions = page.getByRole('table', { name: 'Questions' }).getByRole('row');
	for (let n = 1; n <= answered; n++) {
		await expect(questions.nth(n).getByRole('cell').nth(2)).toHaveText(String(students.length));
	}
}

/** The teacher opens question n on this dashboard; every student's screen moves on to it. */
async function openQuestion(teacher: Page, students: Student[], n: number): Promise<void> {
	await teacher.getByRole('button', { name: `Open question ${n}` }).click();
	await expect(teacher.getByRole('button', { name: `Open question ${n + 1}` })).toBeVisible();
	for (const { page } of students) {
		await expect(progress(page)).toHaveText(`Question ${n} of ${total()}`);
	}
}

// ---------------------------------------------------------------- the test

test('two instances on one database: live across them, and nothing lost when one dies', async ({
	browser
}) => {
	const A = a!;
	const B = b!;
	const served = () => nginx!.served();
	const contexts: BrowserContext[] = [];
	try {
		const teacherContext = await browser.newContext({ baseURL: B.origin });
		contexts.push(teacherContext);
		const teacher = await teacherContext.newPage();
		const { code, path } = await createTeacherPacedClass(teacher);
		// The same dashboard on A: whichever instance nginx gives an answer to, the dashboard on the
		// other one must count it.
		const teacherOnA = await teacherContext.newPage();
		await Promise.all([
			teacherOnA.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
			teacherOnA.goto(A.origin + path)
		]);
		const dashboards = [teacherOnA, teacher];

		const plan: [string, (q: KeyedQuestion) => Pick][] = [
			['Ada', () => 'right'],
			['Ben', alternate],
			['Cy', () => 'wrong']
		];
		const students: Student[] = [];
		for (const [nickname, pick] of plan) {
			const student = await seatStudent(browser, nginx!.url, code, nickname, pick);
			contexts.push(student.context);
			students.push(student);
		}

		// Joins and answers, on either instance, reach both dashboards, live.
		for (const page of dashboards) {
			await expect(page.getByTestId('class-summary')).toContainText(
				summaryText(students.length, 0)
			);
		}
		for (const student of students) await answerAndWait(student, 1);
		for (const page of dashboards) await expectEveryAnswer(page, students, 1);

		// A question opened on A reaches the streams nginx put on B, and one opened on B those on A.
		await openQuestion(teacherOnA, students, 2);
		for (const student of students) await answerAndWait(student, 2);
		for (const page of dashboards) await expectEveryAnswer(page, students, 2);
		await openQuestion(teacher, students, 3);
		// nginx spread the students' requests over both instances.
		expect(served()[A.origin]).toBeGreaterThan(0);
		expect(served()[B.origin]).toBeGreaterThan(0);

		// A dies. The streams it held end, and their browsers reconnect through nginx to B.
		await kill(A);
		await teacherOnA.close();
		const servedByA = served()[A.origin];

		// The students carry on through nginx on B: question 3, then question 4 opened on B reaches
		// every screen, over the streams that moved from A.
		for (const student of students) await answerAndWait(student, 3);
		await openQuestion(teacher, students, 4);
		for (const student of students) await answerAndWait(student, 4);
		expect(served()[A.origin]).toBe(servedByA);

		// Not one answer lost: those given on A before it died are counted with those given on B,
		// on the live dashboard and on a fresh load of it.
		await expectEveryAnswer(teacher, students, 4);
		await Promise.all([
			teacher.waitForResponse((r) => TEACHER_STREAM.test(new URL(r.url()).pathname)),
			teacher.goto(path)
		]);
		await expectEveryAnswer(teacher, students, 4);
	} finally {
		await Promise.all(contexts.map((c) => c.close()));
	}
});

test('PostgreSQL restarting mid-class: an answer given in the gap goes through by itself', async ({
	browser
}) => {
	const B = b!;
	const contexts: BrowserContext[] = [];
	try {
		const teacherContext = await browser.newContext({ baseURL: B.origin });
		contexts.push(teacherContext);
		const teacher = await teacherContext.newPage();
		const { code } = await createTeacherPacedClass(teacher);
		const student = await seatStudent(browser, nginx!.url, code, 'Dee', () => 'right');
		contexts.push(student.context);
		const { page } = student;
		await expect(progress(page)).toHaveText(`Question 1 of ${total()}`);

		const first = question(1);
		const answer = answerFor(first, 'right');
		await give(page, first, answer);
		cluster!.down();
		try {
			await page.getByRole('button', { name: 'Check answer' }).click();
			// The server answers 503: the page says so, keeps the answer and will send it again.
			await expect(page.getByRole('alert')).toContainText('The server is busy for a moment');
		} finally {
			cluster!.up();
		}
		// Back: the answer goes through with no click, and the teacher's dashboard counts it.
		await expectVerdict(page, expectedVerdict(first, answer));
		await goOn(page);
		await expect(page.getByRole('heading', { name: 'Wait for your teacher' })).toBeVisible();
		await expectStudentRow(teacher, student, 1);
	} finally {
		await Promise.all(contexts.map((c) => c.close()));
	}
});
