// The landing page's ways into the classroom, every page's title and description, Start before the
// page's JavaScript has loaded, and a full round with no Content-Security-Policy violation.
import { expect, test, type Page } from '@playwright/test';
import { alternate, open, playRound, progress, startQuiz } from './helpers';

async function headOf(page: Page, path: string) {
	await open(page, path);
	return {
		title: await page.title(),
		description: (await page.locator('meta[name="description"]').getAttribute('content')) ?? ''
	};
}

test('the landing page links to running and joining a class', async ({ page }) => {
	await open(page);
	await page.getByRole('link', { name: 'Run it with a class' }).click();
	await expect(page).toHaveURL(/\/teach$/);
	await expect(page.getByRole('heading', { name: 'Run a class', level: 1 })).toBeVisible();
	await open(page);
	await page.getByRole('link', { name: 'Join a class' }).click();
	await expect(page).toHaveURL(/\/join$/);
	await expect(page.getByRole('heading', { name: 'Join a class', level: 1 })).toBeVisible();
});

test('every page has a description and a title of its own', async ({ page }) => {
	const paths = ['/', '/teach', '/join', '/no-such-page'];
	// A class: its dashboard, projector and debrief, and a student's page.
	await open(page, '/teach');
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	const dashboard = new URL(page.url()).pathname;
	const show = await page
		.getByRole('link', { name: 'Projector view (no names)' })
		.getAttribute('href');
	const code = ((await page.getByTestId('join-code').textContent()) ?? '').trim();
	paths.push(dashboard, show!, `${show}/debrief/1`, `/join/${code}`);
	const titles = new Set<string>();
	for (const path of paths) {
		const { title, description } = await headOf(page, path);
		expect(description.trim(), `description of ${path}`).not.toBe('');
		expect(title.trim(), `title of ${path}`).not.toBe('');
		expect(titles.has(title), `title of ${path} (${title}) is its own`).toBe(false);
		titles.add(title);
	}
});

test('Start pressed before the JavaScript has loaded starts the quiz', async ({ page }) => {
	await page.route('**/*.js', (route) => route.abort());
	await page.goto('/');
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	// The server started the attempt and the page shows the first question.
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	// And once the JavaScript loads, the game resumes that attempt.
	await page.unroute('**/*.js');
	await page.reload({ waitUntil: 'networkidle' });
	await expect(progress(page)).toHaveText(/^Question 1 of \d+$/);
	await expect(page.getByText('No answers yet', { exact: true })).toBeVisible();
});

test('a full round breaks no Content-Security-Policy rule', async ({ page }) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	await startQuiz(page);
	await playRound(page, alternate);
	expect(problems).toEqual([]);
});
