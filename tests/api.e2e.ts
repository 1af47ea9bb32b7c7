// Bad input to the answers API, sent with the player's own cookies: always a 4xx with a JSON
// {error}, never a 5xx, and the attempt keeps working afterwards.
import { expect, test, type APIResponse } from '@playwright/test';
import {
	answerFor,
	answerKey,
	attemptKeyOf,
	expectVerdict,
	expectedVerdict,
	open,
	postAnswer,
	reload,
	scoreSoFar,
	startQuiz,
	verdictPanel
} from './helpers';

async function expectProblem(response: APIResponse, status?: number): Promise<string> {
	const what = `${response.url()} → ${response.status()} ${await response.text()}`;
	if (status !== undefined) expect(response.status(), what).toBe(status);
	expect(response.status(), what).toBeGreaterThanOrEqual(400);
	expect(response.status(), what).toBeLessThan(500);
	expect(response.headers()['content-type'], what).toMatch(/^application\/json/);
	const body = await response.json();
	expect(body, what).toEqual(expect.objectContaining({ error: expect.any(String) }));
	expect(body.error.length, what).toBeGreaterThan(0);
	return body.error;
}

test('the answers API refuses bad input with a 4xx and the attempt still works', async ({
	page
}) => {
	await startQuiz(page);
	const key = await attemptKeyOf(page);
	const url = `/api/attempts/${key}/answers`;
	const request = page.request;
	const [first] = answerKey();
	const timeline = answerKey().find((q) => q.format === 'number')!;
	const choice = answerKey().find((q) => q.format === 'choice')!;
	expect(first).toBe(choice);

	// Unknown question, and a question id too long to be one.
	await expectProblem(await postAnswer(request, key, { questionId: 'q999', answer: 'x' }), 400);
	await expectProblem(
		await postAnswer(request, key, { questionId: 'q'.repeat(200), answer: 'x' }),
		400
	);
	// Answers a question cannot take: garbage option ids, the wrong type, out-of-range numbers.
	for (const answer of [
		'garbage-option',
		'',
		' ',
		'<script>alert(1)</script>',
		7,
		null,
		true,
		[],
		{}
	]) {
		await expectProblem(await postAnswer(request, key, { questionId: choice.id, answer }), 400);
	}
	for (const answer of ['24', 'twenty-four', -1, 1e9, null]) {
		await expectProblem(await postAnswer(request, key, { questionId: timeline.id, answer }), 400);
	}
	// Bodies that are not an answer at all.
	for (const body of [{}, [], 'q01', 42, null, { questionId: 1, answer: 'russell' }]) {
		await expectProblem(await postAnswer(request, key, body), 400);
	}
	// Oversized: more than the 4096-byte limit.
	const padding = 'x'.repeat(5000);
	await expectProblem(
		await postAnswer(request, key, {
			questionId: choice.id,
			answer: answerFor(choice, 'right'),
			padding
		}),
		413
	);
	// Malformed JSON.
	await expectProblem(
		await request.post(url, {
			headers: { 'content-type': 'application/json' },
			data: '{"questionId": "q01", "answer": '
		}),
		400
	);
	// Wrong content types, sent by the page's own fetch: a browser sends its Origin, which
	// SvelteKit's CSRF check wants for form-like types such as text/plain.
	for (const type of ['text/plain', 'application/xml', 'application/x-json-ish']) {
		const reply = await page.evaluate(
			async ([url, type, body]) => {
				const response = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': type },
					body
				});
				return {
					status: response.status,
					type: response.headers.get('content-type'),
					body: await response.text()
				};
			},
			[
				url,
				type,
				JSON.stringify({ questionId: choice.id, answer: answerFor(choice, 'right') })
			] as const
		);
		expect(reply.status, reply.body).toBe(415);
		expect(reply.type).toMatch(/^application\/json/);
		expect(JSON.parse(reply.body)).toEqual({ error: expect.any(String) });
	}
	// Wrong method, and an attempt that does not exist.
	await expectProblem(await request.get(url), 405);
	await expectProblem(
		await postAnswer(request, 'no-such-attempt', {
			questionId: choice.id,
			answer: answerFor(choice, 'right')
		}),
		404
	);
	await expectProblem(await request.get('/api/attempts/no-such-attempt'), 404);

	// Nothing was recorded so far.
	const empty = await request.get(`/api/attempts/${key}`);
	expect(empty.status()).toBe(200);
	expect((await empty.json()).verdicts).toEqual([]);

	// A valid answer is accepted and scored by the server.
	const answer = answerFor(first!, 'right');
	const accepted = await postAnswer(request, key, { questionId: first!.id, answer });
	expect(accepted.status()).toBe(200);
	const verdict = expectedVerdict(first!, answer);
	expect(await accepted.json()).toMatchObject(verdict);

	// An answer cannot be changed: the first one stands.
	const again = await postAnswer(request, key, {
		questionId: first!.id,
		answer: answerFor(first!, 'wrong')
	});
	expect(again.status()).toBe(409);
	expect((await again.json()).verdict).toMatchObject(verdict);

	// The attempt holds exactly the one valid answer.
	const state = await request.get(`/api/attempts/${key}`);
	const body = await state.json();
	expect(body.verdicts).toEqual([expect.objectContaining(verdict)]);
	expect(body.summary).toMatchObject({ score: verdict.points, answered: 1 });

	// And the page, reloaded, shows that answer's verdict and carries on.
	await reload(page);
	await expectVerdict(page, verdict);
	await expect(scoreSoFar(page)).toHaveText(`Score so far: ${verdict.points} / 1`);
	await verdictPanel(page).getByRole('button', { name: 'Next question' }).click();
	await expect(page.getByText(`Question 2 of ${answerKey().length}`)).toBeVisible();
});

test('a form action given a body that is not a form answers 400 with a message', async ({
	request,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const created = await request.post('/teach', {
		headers: { origin, accept: 'text/html' },
		form: { title: 'Broken forms', pacing: 'self', feedback: 'each', timeLimitMinutes: '' },
		maxRedirects: 0
	});
	expect(created.status()).toBe(303);
	const dashboard = created.headers()['location']!.split('?')[0]!;
	for (const path of ['/join', '/teach', `${dashboard}?/remove`, `${dashboard}?/delete`]) {
		const response = await request.post(path, {
			headers: {
				origin,
				accept: 'text/html',
				'content-type': 'multipart/form-data; boundary=broken'
			},
			data: 'this is not multipart',
			maxRedirects: 0
		});
		expect(response.status(), path).toBe(400);
		expect(await response.text(), path).toContain('This form could not be read');
	}
	// The class is still there: the broken delete deleted nothing.
	expect((await request.get(dashboard)).status()).toBe(200);
});

test('every kind of response carries the security headers', async ({ page, request }) => {
	const expectHeaders = (
		response: APIResponse,
		referrer = /^(strict-origin-when-cross-origin|same-origin)$/
	) => {
		const what = response.url();
		const headers = response.headers();
		expect(headers['x-content-type-options'], what).toBe('nosniff');
		expect(headers['referrer-policy'], what).toMatch(referrer);
		expect(headers['permissions-policy'], what).toContain('camera=()');
		expect(headers['permissions-policy'], what).toContain('microphone=()');
		expect(headers['permissions-policy'], what).toContain('geolocation=()');
		expect(headers['permissions-policy'], what).not.toMatch(/web-share|clipboard-write/);
	};
	// A page, with its CSP: no inline styles allowed, framing refused.
	const home = await request.get('/');
	expectHeaders(home);
	const csp = home.headers()['content-security-policy'] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toMatch(/style-src 'self'[^;]*'unsafe-hashes'/);
	expect(csp).not.toContain('unsafe-inline');
	// A SvelteKit endpoint, a static file, and a reply from the node:http fast path.
	expectHeaders(await request.get('/qr/ABCDEF'));
	expectHeaders(await request.get('/favicon.svg'));
	const started = await request.post('/api/attempts', { data: {} });
	expect(started.status()).toBe(201);
	expectHeaders(started);
	// An asset of the build, and a teacher page, which keeps same-origin.
	await open(page);
	const script = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
	expectHeaders(await request.get(new URL(script!, page.url()).href));
	expectHeaders(await request.get('/teach'));
	await page.goto('/teach');
	await page.getByRole('button', { name: 'Create the exercise' }).click();
	await expect(page).toHaveURL(/\/teach\/[^/?]+\?created=1$/);
	expectHeaders(await request.get(page.url()), /^same-origin$/);
});
