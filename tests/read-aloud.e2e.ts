// Read aloud, with a fake speech synthesis in place of the browser's: the page hands it
// utterances, the test says when each one starts and ends (as the browser's events would), and
// checks what was to be spoken, at what speed, and which paragraph the article marks.
import { expect, test, type Page } from '@playwright/test';
import {
	answerCurrent,
	answerKey,
	expectNoAxeViolations,
	expectReadableLayout,
	goOn,
	open,
	progress,
	startQuiz
} from './helpers';

interface Spoken {
	text: string;
	rate: number;
}

/** What the page can ask of the fake, from the test (see installFakeSpeech). */
interface FakeSpeech {
	spoken: Spoken[];
	cancels: number;
	/** Ends the utterance being spoken; the next one in the queue starts. */
	finish(): void;
	/** Voices arrive, with the voiceschanged event. */
	addVoices(): void;
}

/**
 * Runs in the page before the app: replaces `speechSynthesis` and `SpeechSynthesisUtterance`.
 * Like the browser's, it speaks its queue in order, fires start on the head of the queue, and
 * on cancel empties the queue with an "interrupted" error for each dropped utterance.
 */
function installFakeSpeech(setup: { voices: boolean; missing?: boolean }) {
	const w = window as unknown as Record<string, unknown>;
	if (setup.missing) {
		Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
		w.SpeechSynthesisUtterance = undefined;
		return;
	}
	type Handler = ((event: object) => void) | null;
	class FakeUtterance {
		rate = 1;
		pitch = 1;
		volume = 1;
		lang = '';
		voice = null;
		onstart: Handler = null;
		onend: Handler = null;
		onerror: Handler = null;
		constructor(public text = '') {}
	}
	const voice = { name: 'Fake', lang: 'en-GB', default: true, localService: true, voiceURI: 'f' };
	let voices = setup.voices ? [voice] : [];
	let queue: FakeUtterance[] = [];
	const begin = () => {
		const head = queue[0];
		if (head) setTimeout(() => queue[0] === head && head.onstart?.({ type: 'start' }));
	};
	class FakeSynthesis extends EventTarget {
		paused = false;
		pending = false;
		get speaking() {
			return queue.length > 0;
		}
		getVoices() {
			return [...voices];
		}
		speak(utterance: FakeUtterance) {
			fake.spoken.push({ text: utterance.text, rate: utterance.rate });
			queue.push(utterance);
			if (queue.length === 1) begin();
		}
		cancel() {
			fake.cancels++;
			const dropped = queue;
			queue = [];
			for (const u of dropped) u.onerror?.({ type: 'error', error: 'interrupted' });
		}
		pause() {}
		resume() {}
	}
	const synthesis = new FakeSynthesis();
	const fake = {
		spoken: [] as { text: string; rate: number }[],
		cancels: 0,
		finish() {
			queue.shift()?.onend?.({ type: 'end' });
			begin();
		},
		addVoices() {
			voices = [voice];
			synthesis.dispatchEvent(new Event('voiceschanged'));
		}
	};
	Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synthesis });
	w.SpeechSynthesisUtterance = FakeUtterance;
	w.fakeSpeech = fake;
}

const spoken = (page: Page) => page.evaluate(() => window.fakeSpeech.spoken);
const cancels = (page: Page) => page.evaluate(() => window.fakeSpeech.cancels);
const finish = (page: Page) => page.evaluate(() => window.fakeSpeech.finish());

declare global {
	interface Window {
		fakeSpeech: FakeSpeech;
	}
}

const readArticle = (page: Page) => page.getByRole('button', { name: 'Read the article aloud' });
const readQuestion = (page: Page) => page.getByRole('button', { name: 'Read the question aloud' });
const stopReading = (page: Page) => page.getByRole('button', { name: 'Stop reading' });
const speed = (page: Page) => page.getByRole('combobox', { name: 'Reading speed' });
const marked = (page: Page) => page.locator('.article p.reading');

/** The article's paragraphs as the page shows them, whitespace folded. */
const paragraphTexts = (page: Page) =>
	page
		.locator('.article p')
		.evaluateAll((ps) =>
			ps
				.filter((p) => /^p\d+$/.test(p.id))
				.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
		);

/** Exactly this paragraph is marked, with a bar and a "Reading aloud" label, not colour alone. */
async function expectMarked(page: Page, id: string): Promise<void> {
	await expect(marked(page)).toHaveCount(1);
	await expect(marked(page)).toHaveAttribute('id', id);
	const mark = await marked(page).evaluate((p) => ({
		label: getComputedStyle(p, '::before').content,
		bar: parseFloat(getComputedStyle(p).borderLeftWidth)
	}));
	expect(mark.label).toBe('"Reading aloud"');
	expect(mark.bar).toBeGreaterThanOrEqual(3);
}

// No script error anywhere, with or without speech synthesis.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
	pageErrors = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => expect(pageErrors, 'errors in the page').toEqual([]));

async function withSpeech(page: Page, voices = true): Promise<void> {
	await page.addInitScript(installFakeSpeech, { voices });
}

test('the article is read paragraph by paragraph, the one being read marked @phone', async ({
	page
}) => {
	await withSpeech(page);
	await startQuiz(page);
	await expect(readArticle(page)).toBeVisible();
	// Nothing is read until asked.
	expect(await spoken(page)).toEqual([]);
	await expect(marked(page)).toHaveCount(0);

	const paragraphs = await paragraphTexts(page);
	expect(paragraphs.length).toBeGreaterThan(2);
	await readArticle(page).click();
	expect((await spoken(page)).map((s) => s.text)).toEqual(paragraphs);
	await expectMarked(page, 'p1');
	await expect(stopReading(page)).toBeVisible();

	await finish(page);
	await expectMarked(page, 'p2');
	for (let n = 3; n <= paragraphs.length; n++) {
		await finish(page);
		await expectMarked(page, `p${n}`);
	}
	// After the last paragraph: nothing marked, and the button offers to read again.
	await finish(page);
	await expect(marked(page)).toHaveCount(0);
	await expect(readArticle(page)).toBeVisible();
	await expect(stopReading(page)).toHaveCount(0);
});

test('the question is read with its quoted line and its options', async ({ page }) => {
	await withSpeech(page);
	await startQuiz(page);
	const question = answerKey()[0]!;
	expect(question.format).toBe('choice');
	if (question.format !== 'choice') return;

	await readQuestion(page).click();
	expect((await spoken(page)).map((s) => s.text)).toEqual([
		question.prompt,
		...(question.subject ? [question.subject] : []),
		`Options: ${question.options.map((o) => o.label).join('; ')}.`
	]);
	// The question is not in the article: no paragraph is marked.
	await expect(stopReading(page)).toBeVisible();
	await expect(marked(page)).toHaveCount(0);

	// Reading the article instead stops the question first.
	const before = await cancels(page);
	await readArticle(page).click();
	expect(await cancels(page)).toBeGreaterThan(before);
	await expectMarked(page, 'p1');
	await expect(readQuestion(page)).toBeVisible();
});

test('Stop reading cancels the speech and clears the mark', async ({ page }) => {
	await withSpeech(page);
	await startQuiz(page);
	await readArticle(page).click();
	await finish(page);
	await expectMarked(page, 'p2');

	const before = await cancels(page);
	const count = (await spoken(page)).length;
	await stopReading(page).click();
	expect(await cancels(page)).toBe(before + 1);
	await expect(marked(page)).toHaveCount(0);
	await expect(readArticle(page)).toBeVisible();
	// Nothing more is queued, and nothing starts again by itself.
	await page.waitForTimeout(200);
	expect((await spoken(page)).length).toBe(count);
	await expect(marked(page)).toHaveCount(0);
});

test('the speed choice sets the rate, now and for the next question', async ({ page }) => {
	await withSpeech(page);
	await startQuiz(page);
	await expect(speed(page)).toHaveValue('1');
	await speed(page).selectOption({ label: 'Fast' });
	await readArticle(page).click();
	const first = await spoken(page);
	expect(first.length).toBeGreaterThan(2);
	expect(first.map((s) => s.rate)).toEqual(first.map(() => 1.25));

	// Changed while reading: the paragraph being read starts again at the new speed.
	await finish(page);
	await expectMarked(page, 'p2');
	await speed(page).selectOption({ label: 'Slow' });
	const again = (await spoken(page)).slice(first.length);
	expect(again.map((s) => s.text)).toEqual(first.slice(1).map((s) => s.text));
	expect(again.map((s) => s.rate)).toEqual(again.map(() => 0.75));
	await expectMarked(page, 'p2');

	// The choice stays for the next question.
	await answerCurrent(page, 'right');
	await goOn(page);
	await expect(progress(page)).toHaveText(/^Question 2 of/);
	await expect(speed(page)).toHaveValue('0.75');
	await readQuestion(page).click();
	expect((await spoken(page)).at(-1)?.rate).toBe(0.75);
});

test('moving on to the next question stops the reading', async ({ page }) => {
	await withSpeech(page);
	await startQuiz(page);
	await readArticle(page).click();
	await expectMarked(page, 'p1');

	// The article goes on being read beside the verdict…
	await answerCurrent(page, 'wrong');
	await expectMarked(page, 'p1');
	await expect(stopReading(page)).toBeVisible();
	// …and stops with the next question.
	const before = await cancels(page);
	const count = (await spoken(page)).length;
	await goOn(page);
	await expect(progress(page)).toHaveText(/^Question 2 of/);
	expect(await cancels(page)).toBeGreaterThan(before);
	await expect(marked(page)).toHaveCount(0);
	await expect(readArticle(page)).toBeVisible();
	await expect(stopReading(page)).toHaveCount(0);
	expect((await spoken(page)).length).toBe(count);

	// Reading the question, then answering it, stops too: its form is gone.
	await readQuestion(page).click();
	const during = await cancels(page);
	await answerCurrent(page, 'right');
	expect(await cancels(page)).toBeGreaterThan(during);
	await expect(stopReading(page)).toHaveCount(0);
	await expect(readQuestion(page)).toHaveCount(0);
	await expect(readArticle(page)).toBeVisible();
});

test('hidden while the browser has no voices, shown once they arrive', async ({ page }) => {
	await withSpeech(page, false);
	await startQuiz(page);
	await expect(page.getByRole('group', { name: 'Read aloud' })).toHaveCount(0);
	await expect(readArticle(page)).toHaveCount(0);
	await expect(speed(page)).toHaveCount(0);

	await page.evaluate(() => window.fakeSpeech.addVoices());
	await expect(readArticle(page)).toBeVisible();
	await expect(readQuestion(page)).toBeVisible();
	expect(await spoken(page)).toEqual([]);
});

test('hidden where the browser has no speech synthesis at all', async ({ page }) => {
	await page.addInitScript(installFakeSpeech, { voices: false, missing: true });
	await startQuiz(page);
	await expect(page.getByRole('radio').first()).toBeVisible();
	await expect(page.getByRole('group', { name: 'Read aloud' })).toHaveCount(0);
});

/** Presses Tab (or Shift+Tab) until the control has focus, a bounded number of times. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, key = 'Tab') {
	for (let i = 0; i < 20; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press(key);
	}
	await expect(target).toBeFocused();
	// A focus ring is drawn.
	const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
}

test('read aloud works from the keyboard alone', async ({ page }) => {
	await withSpeech(page);
	await open(page);
	await tabTo(page, page.getByRole('button', { name: 'Start', exact: true }));
	await page.keyboard.press('Enter');
	await expect(progress(page)).toHaveText(/^Question 1 of/);

	// The controls sit above the question: back from its heading with Shift+Tab.
	await tabTo(page, readQuestion(page), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expect(stopReading(page)).toBeFocused();
	expect((await spoken(page))[0]?.text).toBe(answerKey()[0]!.key.prompt);
	const before = await cancels(page);
	await page.keyboard.press('Space');
	expect(await cancels(page)).toBe(before + 1);
	await expect(readQuestion(page)).toBeFocused();

	// Speed with the arrow keys, then the article with Enter.
	await tabTo(page, speed(page));
	await page.keyboard.press('ArrowDown');
	await expect(speed(page)).toHaveValue('1.25');
	await tabTo(page, readArticle(page), 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expectMarked(page, 'p1');
	const article = (await spoken(page)).slice(-1)[0];
	expect(article?.rate).toBe(1.25);
	await expect(stopReading(page)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(marked(page)).toHaveCount(0);
	await expect(readArticle(page)).toBeFocused();
});

test('reading aloud is accessible, on a phone too @phone', async ({ page }) => {
	await withSpeech(page);
	await startQuiz(page);
	await expectNoAxeViolations(page);

	await readArticle(page).click();
	await finish(page);
	await expectMarked(page, 'p2');
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	await readQuestion(page).click();
	await expect(stopReading(page)).toBeVisible();
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);

	// Beside a verdict, with the article being read.
	await answerCurrent(page, 'wrong');
	await readArticle(page).click();
	await expectMarked(page, 'p1');
	await expectNoAxeViolations(page);
	await expectReadableLayout(page);
});
