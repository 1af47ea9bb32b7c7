// Issue 21 from end to end: a teacher pastes an article, accepts every sure item in one click and
// publishes without another edit; a player plays every question, a doctored quote and the generated
// timeline among them, and the results count apart what they believed that was false and what they
// doubted that was true. The answers and the two counts come from a key written by hand from the
// article (below), never from the app's own code.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, verdictPanel } from './helpers';

const TEXT = readFileSync(new URL('../fixtures/pier-closure.txt', import.meta.url), 'utf8');

/** Who says what in the article: its quotes and reports, written from the text. */
const SAID: [string, string][] = [
	['The pier is not safe for anyone', 'Tom Reilly'],
	['We cannot wait another winter.', 'Tom Reilly'],
	['the decision had come too fast', 'Ana Silva'],
	['I have served tea on this pier for twenty years', 'Ana Silva'],
	['Nobody asked the people who work here.', 'Ana Silva'],
	['the fishing boats would use the east quay while the work went on', 'Maya Brooks'],
	['The boats will be fine', 'Maya Brooks'],
	['The east quay is deep enough for all of them.', 'Maya Brooks'],
	['she had walked on the pier every Sunday since she was a girl', 'Margaret Ellison'],
	['It would break my heart to see it go', 'Margaret Ellison']
];
/** Who holds which role, and who is how old, by the article. */
const ROLES: Record<string, string> = {
	"the council's chief engineer": 'Tom Reilly',
	'the harbour master': 'Maya Brooks',
	'a retired teacher': 'Margaret Ellison'
};
const AGES: Record<string, number> = { 'Ana Silva': 54, 'Margaret Ellison': 78 };
/** Closed on Monday; "two days later" the council voted. */
const WAIT_DAYS = 2;
/** The council voted to demolish the pier: a decision that penalised nobody. */
const RULING_ANSWER = 'No, nobody was penalised';

/** Words as a reader compares them: lower case, no punctuation, contractions spelt out. */
const words = (text: string) =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/can't|cannot/g, 'can not')
		.replace(/n't\b/g, ' not')
		.replace(/'d\b/g, ' had')
		.replace(/'ve\b/g, ' have')
		.replace(/'re\b/g, ' are')
		.replace(/'ll\b/g, ' will')
		.replace(/'s\b/g, '')
		.split(/[^a-z0-9']+/)
		.filter(Boolean);
const phrase = (text: string) => ` ${words(text).join(' ')} `;
const inArticle = (text: string) => phrase(TEXT).includes(phrase(text));

/** The speaker of a line of the article, by the key. */
function speakerOf(line: string): string {
	const found = SAID.find(
		([said]) => phrase(said).includes(phrase(line)) || phrase(line).includes(phrase(said))
	);
	if (!found) throw new Error(`The key has no speaker for "${line}"`);
	return found[1];
}

/** Whether a generated claim is true by the key: a role, an age, or who said something. */
function claimIsTrue(claim: string): boolean {
	const role = /^(.+) is (the .+|an? .+)\.$/.exec(claim);
	if (role && !/years old$/.test(role[2]!)) return ROLES[role[2]!] === role[1];
	const age = /^(.+) is (\d+) years old\.$/.exec(claim);
	if (age) return AGES[age[1]!] === Number(age[2]);
	const said = /^(.+?) said (.+)\.$/.exec(claim) ?? /^According to (.+?), (.+)\.$/.exec(claim);
	if (said) {
		// The quote whose words (four letters or more) hold the claim's, pronouns told anew aside.
		const content = words(said[2]!).filter(
			(w) =>
				w.length >= 4 &&
				!['they', 'them', 'their', 'were', 'would', 'could', 'does', 'have'].includes(w)
		);
		const quote = SAID.find(([line]) =>
			content.every((w) => words(line).some((l) => l.startsWith(w.slice(0, 4))))
		);
		if (!quote) throw new Error(`The key has no line for the claim "${claim}"`);
		return quote[1] === said[1];
	}
	throw new Error(`A claim the key cannot judge: "${claim}"`);
}

/** One answered question: its kind, whether the line or claim is true, and what was answered. */
interface Played {
	kind: 'line' | 'doctored' | 'claim' | 'timeline' | 'reference' | 'ruling';
	true?: boolean;
	answer: string;
}

/** The two counts, by its own words, from what was played. */
function lapses(played: Played[]): { believedFalse: number; doubtedTrue: number } {
	let believedFalse = 0;
	let doubtedTrue = 0;
	for (const p of played) {
		// A doctored quote taken as someone's words; a refuted claim taken as supported.
		if (p.kind === 'doctored' && p.answer !== 'Not in the article') believedFalse++;
		if (p.kind === 'claim' && p.true === false && p.answer === 'Supported') believedFalse++;
		// A real line rejected as nobody's; a supported claim rejected.
		if (p.kind === 'line' && p.answer === 'Not in the article') doubtedTrue++;
		if (p.kind === 'claim' && p.true === true && p.answer !== 'Supported') doubtedTrue++;
	}
	return { believedFalse, doubtedTrue };
}

async function choose(page: Page, label: string) {
	const radio = page.getByRole('radio', { name: label, exact: true });
	await radio.check();
	await expect(radio).toBeChecked();
}

test('paste, accept every sure item, publish, play every question: the two counts are right', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/write', { waitUntil: 'networkidle' });
	await page.getByLabel('Title').fill('Kelby pier to be demolished');
	await page.getByLabel("The article's text").fill(TEXT);
	await page.getByRole('button', { name: 'Find who said what' }).click();
	await expect(page).toHaveURL(/\/write\/[A-Za-z0-9_-]{32}$/);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Accept every sure item' }).click();
	await expect(page.getByText(/^Accepted \d+ sure items?\./)).toBeVisible();
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await expect(page.getByText('Published. The links are below.')).toBeVisible();
	const playUrl = await page
		.getByRole('definition')
		.filter({ has: page.getByRole('link', { name: /\/p\// }) })
		.getByRole('link')
		.first()
		.getAttribute('href');
	expect(playUrl).toBeTruthy();

	await page.goto(playUrl!, { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: 'Start', exact: true }).click();
	const played: Played[] = [];
	let firstLine = true;
	for (;;) {
		const prompt = ((await page.locator('#question-heading').textContent()) ?? '').trim();
		const subjectBox = page.locator('#question-subject');
		const subject = (await subjectBox.count())
			? ((await subjectBox.textContent()) ?? '').trim()
			: '';
		if (prompt === 'Who said this, according to the article?') {
			if (inArticle(subject)) {
				// The first real line is doubted; the others are given to their speaker.
				const answer = firstLine ? 'Not in the article' : speakerOf(subject);
				firstLine = false;
				await choose(page, answer);
				played.push({ kind: 'line', true: true, answer });
			} else {
				// A doctored quote, taken as the words of the first person offered.
				const labels = (await page.locator('label.option').allTextContents()).map((l) => l.trim());
				const answer = labels[0]!;
				await choose(page, answer);
				played.push({ kind: 'doctored', true: false, answer });
			}
		} else if (/^How many (days|hours)/.test(prompt)) {
			await page.getByLabel('Number of days').fill(String(WAIT_DAYS));
			played.push({ kind: 'timeline', answer: String(WAIT_DAYS) });
		} else if (/^Did .+ penalise anyone\?$/.test(prompt)) {
			await choose(page, RULING_ANSWER);
			played.push({ kind: 'ruling', answer: RULING_ANSWER });
		} else if (prompt === 'Who does the article mean by this?') {
			const answer = ROLES[subject] ?? ROLES[subject.replace(/^The\b/, 'the')];
			if (!answer) throw new Error(`The key does not say who "${subject}" is`);
			await choose(page, answer);
			played.push({ kind: 'reference', answer });
		} else {
			// A claim: taken as supported, whatever it says.
			await choose(page, 'Supported');
			played.push({ kind: 'claim', true: claimIsTrue(subject), answer: 'Supported' });
		}
		await page.getByRole('button', { name: 'Check answer' }).click();
		const next = verdictPanel(page).getByRole('button', { name: /^(Next question|See results)$/ });
		const last = (await next.textContent())?.trim() === 'See results';
		await next.click();
		if (last) break;
	}
	// Every kind the issue asks to play was among them.
	expect(played.filter((p) => p.kind === 'doctored').length).toBeGreaterThan(0);
	expect(played.filter((p) => p.kind === 'timeline').length).toBe(1);
	expect(played.filter((p) => p.kind === 'ruling').length).toBe(1);
	const { believedFalse, doubtedTrue } = lapses(played);
	expect(doubtedTrue).toBe(1);
	await expect(page.getByText(`Believed something false: ${believedFalse}`)).toBeVisible();
	await expect(page.getByText(`Doubted something true: ${doubtedTrue}`)).toBeVisible();
	await expectNoAxeViolations(page);
});
