// The article in Chromium, in its three states: read (evidence and the player's citation marked in
// words, not colour alone), citing (every sentence a toggle button, the cap and the busy check
// holding back new picks) and read aloud (the paragraph being read marked).
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Paragraph } from '$lib/content/sentences';
import ArticleText from './ArticleText.svelte';

const paragraphs: Paragraph[] = [
	{
		id: 'p1',
		sentences: [
			{ id: 'p1s1', paragraph: 1, text: 'The council met on Monday.' },
			{ id: 'p1s2', paragraph: 1, text: 'It voted to close the library.' }
		]
	},
	{
		id: 'p2',
		sentences: [{ id: 'p2s1', paragraph: 2, text: '"We will not be moved," said Ana Silva.' }]
	}
];

/** Citing props as a rune, so the test can pick as the page does and see the article follow. */
function citingProps(selected: string[] = [], state: { full?: boolean; busy?: boolean } = {}) {
	const ontoggle = vi.fn();
	const props = $state({
		paragraphs,
		citing: { selected, ontoggle, full: state.full ?? false, busy: state.busy ?? false }
	});
	return { props, ontoggle };
}

describe('ArticleText', () => {
	describe('read, after an answer', () => {
		it('names the evidence and the sentences the player cited, and has no buttons', async () => {
			const screen = await render(ArticleText, {
				paragraphs,
				evidence: ['p1s2'],
				cited: ['p1s2', 'p2s1']
			});

			await expect.element(screen.getByRole('heading', { name: 'The article' })).toBeVisible();
			expect(screen.getByRole('button').elements()).toHaveLength(0);
			// Each mark: its words for a screen reader, the sentence, the visible tag of a citation.
			const marks = [...screen.container.querySelectorAll('mark')].map((m) => [
				m.id,
				m.querySelector('.visually-hidden')?.textContent?.trim(),
				m.querySelector('.tag')?.textContent
			]);
			expect(marks).toEqual([
				['p1s2', 'Evidence, You cited:', 'you cited'],
				['p2s1', 'You cited:', 'you cited']
			]);
			// A screen reader reads the label and the sentence as two words apart: "You cited: It …".
			const read = screen.container.querySelector('mark#p2s1')?.textContent ?? '';
			expect(read.startsWith(`You cited: ${paragraphs[1]!.sentences[0]!.text}`)).toBe(true);
		});

		it('marks the paragraph being read aloud, and only that one', async () => {
			const screen = await render(ArticleText, { paragraphs, reading: 'p2' });

			expect(screen.container.querySelector('#p2')?.classList.contains('reading')).toBe(true);
			expect(screen.container.querySelector('#p1')?.classList.contains('reading')).toBe(false);
		});
	});

	describe('citing', () => {
		it('makes every sentence a toggle button named by its words, and says how to use them', async () => {
			const { props } = citingProps(['p2s1']);
			const screen = await render(ArticleText, props);

			const buttons = screen.getByRole('button').elements();
			expect(buttons.map((b) => [b.id, b.getAttribute('aria-pressed')])).toEqual([
				['p1s1', 'false'],
				['p1s2', 'false'],
				['p2s1', 'true']
			]);
			await expect
				.element(screen.getByRole('button', { name: '"We will not be moved," said Ana Silva.' }))
				.toHaveTextContent('✓ cited');
			await expect.element(screen.getByText(/Every sentence is a button/)).toBeVisible();
			await expect
				.element(screen.getByRole('link', { name: 'Done citing: back to Check answer' }))
				.toHaveAttribute('href', '#check-answer');
		});

		it('picks and drops a sentence by mouse and by keyboard, telling the page which', async () => {
			const { props, ontoggle } = citingProps(['p2s1']);
			const screen = await render(ArticleText, props);

			await screen.getByRole('button', { name: 'It voted to close the library.' }).click();
			expect(ontoggle).toHaveBeenLastCalledWith('p1s2');

			screen.getByRole('button', { name: 'The council met on Monday.' }).element().focus();
			await userEvent.keyboard('{Enter}');
			expect(ontoggle).toHaveBeenLastCalledWith('p1s1');
			await userEvent.keyboard('{Tab}');
			await userEvent.keyboard(' ');
			expect(ontoggle).toHaveBeenLastCalledWith('p1s2');
			expect(ontoggle).toHaveBeenCalledTimes(3);

			// The page picks it: the button shows it pressed.
			props.citing = { ...props.citing, selected: ['p1s2', 'p2s1'] };
			await expect
				.element(screen.getByRole('button', { name: 'It voted to close the library.' }))
				.toHaveAttribute('aria-pressed', 'true');
		});

		it('at the cap: new picks are refused and marked disabled, a picked sentence can still be dropped', async () => {
			const { props, ontoggle } = citingProps(['p2s1'], { full: true });
			const screen = await render(ArticleText, props);
			const unpicked = screen.getByRole('button', { name: 'The council met on Monday.' });
			const picked = screen.getByRole('button', {
				name: '"We will not be moved," said Ana Silva.'
			});

			await expect.element(unpicked).toHaveAttribute('aria-disabled', 'true');
			await expect.element(picked).not.toHaveAttribute('aria-disabled');
			// Still a button a person can press (aria-disabled, not disabled): pressing it does nothing.
			await unpicked.click({ force: true });
			expect(ontoggle).not.toHaveBeenCalled();
			await picked.click();
			expect(ontoggle).toHaveBeenCalledExactlyOnceWith('p2s1');
		});

		it('while the answer is checked: every sentence is held, picked or not', async () => {
			const { props, ontoggle } = citingProps(['p2s1'], { busy: true });
			const screen = await render(ArticleText, props);

			const buttons = screen.getByRole('button').all();
			expect(buttons).toHaveLength(3);
			for (const button of buttons) {
				await expect.element(button).toHaveAttribute('aria-disabled', 'true');
				await button.click({ force: true });
			}
			expect(ontoggle).not.toHaveBeenCalled();
		});
	});
});
