// The question form in Chromium, as a player meets it: options as radio buttons, the keyboard's
// arrows choosing, "Check answer" asking for an answer first, the number field, the busy state and
// what the form says about citing.
import type { ComponentProps } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { PublicQuestion } from '$lib/quiz/questions';
import type { GivenAnswer } from '$lib/quiz/scoring';
import QuestionForm from './QuestionForm.svelte';

const whoSaid: PublicQuestion = {
	id: 'q03',
	kind: 'who-said',
	skill: 'attribution',
	prompt: 'Who said this?',
	subject: 'We will not be moved.',
	format: 'choice',
	options: [
		{ id: 'ana', label: 'Ana Silva' },
		{ id: 'board', label: 'The board' },
		{ id: 'not-in-article', label: 'Not in the article', absent: true }
	]
};

const howLong: PublicQuestion = {
	id: 'q05',
	kind: 'timeline',
	skill: 'timeline',
	prompt: 'How long after the vote did the board meet?',
	format: 'number',
	unit: 'hours',
	max: 10_000
};

/**
 * The form's props as a rune, with a draft the form's own choices update, as the page's machine
 * does: what the player sees after choosing is the form's answer to its own callback.
 */
function formProps(
	question: PublicQuestion,
	extra: Partial<ComponentProps<typeof QuestionForm>> = {}
) {
	const onsubmit = vi.fn();
	const chosen: (GivenAnswer | null)[] = [];
	const props: ComponentProps<typeof QuestionForm> = $state({
		question,
		number: 3,
		total: 8,
		draft: null as GivenAnswer | null,
		onselect: (answer: GivenAnswer | null) => {
			chosen.push(answer);
			props.draft = answer;
		},
		onsubmit,
		...extra
	});
	return { props, onsubmit, chosen };
}

describe('QuestionForm', () => {
	it('asks the question in a group named by its prompt, with an option a radio button each', async () => {
		const { props } = formProps(whoSaid);
		const screen = await render(QuestionForm, props);

		await expect.element(screen.getByText('Question 3 of 8')).toBeVisible();
		await expect.element(screen.getByRole('group', { name: 'Who said this?' })).toBeVisible();
		await expect.element(screen.getByText('We will not be moved.')).toBeVisible();
		const radios = screen.getByRole('radio').elements();
		expect(radios.map((r) => r.closest('label')?.textContent?.trim())).toEqual([
			'Ana Silva',
			'The board',
			'Not in the article'
		]);
		await expect.element(screen.getByRole('radio', { checked: true })).not.toBeInTheDocument();
	});

	it('refuses to check nothing: says to choose an answer first and calls nobody', async () => {
		const { props, onsubmit } = formProps(whoSaid);
		const screen = await render(QuestionForm, props);

		await screen.getByRole('button', { name: 'Check answer' }).click();

		await expect.element(screen.getByRole('alert')).toHaveTextContent('Choose an answer first.');
		expect(onsubmit).not.toHaveBeenCalled();
	});

	it('chooses with the keyboard: arrows move the choice, Enter on the button checks it', async () => {
		const { props, onsubmit, chosen } = formProps(whoSaid);
		const screen = await render(QuestionForm, props);

		await userEvent.click(screen.getByRole('radio', { name: 'Ana Silva' }));
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(screen.getByRole('radio', { name: 'The board' })).toBeChecked();
		await expect.element(screen.getByRole('radio', { name: 'The board' })).toHaveFocus();
		expect(chosen).toEqual(['ana', 'board']);

		await userEvent.keyboard('{Tab}');
		await expect.element(screen.getByRole('button', { name: 'Check answer' })).toHaveFocus();
		await userEvent.keyboard('{Enter}');
		expect(onsubmit).toHaveBeenCalledTimes(1);
		await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
	});

	it('reads a number of hours as a number, and an emptied field as no answer', async () => {
		const { props, onsubmit, chosen } = formProps(howLong);
		const screen = await render(QuestionForm, props);
		const hours = screen.getByRole('spinbutton', { name: 'Number of hours' });

		await userEvent.fill(hours, '12.5');
		expect(chosen.at(-1)).toBe(12.5);
		await userEvent.clear(hours);
		expect(chosen.at(-1)).toBeNull();

		await screen.getByRole('button', { name: 'Check answer' }).click();
		await expect
			.element(screen.getByRole('alert'))
			.toHaveTextContent('Type a number of hours first.');
		await expect.element(hours).toHaveAttribute('aria-invalid', 'true');
		expect(onsubmit).not.toHaveBeenCalled();
	});

	it('while checking: the options and the button are disabled and the button says so', async () => {
		const { props } = formProps(whoSaid, { draft: 'ana', busy: true });
		const screen = await render(QuestionForm, props);

		const radios = screen.getByRole('radio').all();
		expect(radios).toHaveLength(3);
		for (const radio of radios) await expect.element(radio).toBeDisabled();
		await expect.element(screen.getByRole('button', { name: 'Checking…' })).toBeDisabled();
	});

	describe('with evidence asked for', () => {
		it('asks for the proving sentence and counts the ones cited', async () => {
			const { props } = formProps(whoSaid, {
				draft: 'ana',
				evidenceMode: 'required',
				citing: true,
				citedCount: 0
			});
			const screen = await render(QuestionForm, props);

			await expect.element(screen.getByText('Point at the sentence that proves it.')).toBeVisible();
			await expect.element(screen.getByText('This exercise needs it for the point.')).toBeVisible();
			await expect
				.element(screen.getByRole('link', { name: 'Go to the article' }))
				.toHaveAttribute('href', '#article-heading');
			await expect.element(screen.getByRole('status')).toHaveTextContent('No sentence cited');
			props.citedCount = 1;
			await expect.element(screen.getByRole('status')).toHaveTextContent('1 sentence cited');
			props.citedCount = 3;
			await expect.element(screen.getByRole('status')).toHaveTextContent('3 sentences cited');
		});

		it('offers a bonus point in bonus mode, and says when the ten-sentence cap is reached', async () => {
			const { props } = formProps(whoSaid, {
				draft: 'ana',
				evidenceMode: 'bonus',
				citing: true,
				citedCount: 9
			});
			const screen = await render(QuestionForm, props);

			await expect.element(screen.getByText('It earns a bonus point.')).toBeVisible();
			await expect.element(screen.getByText(/You can cite at most/)).not.toBeInTheDocument();
			props.citedCount = 10;
			await expect
				.element(screen.getByText('You can cite at most 10 sentences: drop one to pick another.'))
				.toBeVisible();
		});

		it('has nothing to cite once "Not in the article" is chosen', async () => {
			const { props } = formProps(whoSaid, { evidenceMode: 'required', citing: false });
			const screen = await render(QuestionForm, props);

			await screen.getByRole('radio', { name: 'Not in the article' }).click();

			await expect
				.element(screen.getByText('You chose “Not in the article”: there is nothing to cite.'))
				.toBeVisible();
			await expect.element(screen.getByRole('status')).not.toBeInTheDocument();
		});
	});
});
