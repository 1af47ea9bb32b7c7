// The sentence picker of the authoring page in Chromium: folded until opened, each sentence a
// toggle button, the picks bound back in article order whatever order they were pressed in, the
// summary above kept short, and the field's error tied to the group.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Paragraph } from '$lib/content/sentences';
import SentencePicker from './SentencePicker.svelte';

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

/** The picker's props as a rune: `selected` is bound, so the picker writes its picks back here. */
function pickerProps(selected: string[] = [], errors: Record<string, string> = {}) {
	const props = $state({
		paragraphs,
		selected,
		label: 'Evidence',
		field: 'claims.0.evidence',
		errors
	});
	return props;
}

describe('SentencePicker', () => {
	it('starts folded: nothing picked, no sentence buttons until it is opened', async () => {
		const props = pickerProps();
		const screen = await render(SentencePicker, props);

		await expect.element(screen.getByRole('group', { name: 'Evidence' })).toBeVisible();
		await expect.element(screen.getByText('None picked yet.')).toBeVisible();
		expect(screen.getByRole('button').elements()).toHaveLength(0);

		await screen.getByText('Pick sentences (0 picked)').click();
		expect(
			screen
				.getByRole('button')
				.elements()
				.map((b) => b.textContent)
		).toEqual([
			'The council met on Monday.',
			'It voted to close the library.',
			'"We will not be moved," said Ana Silva.'
		]);
	});

	it('binds the picks back in article order, whatever order they were pressed in', async () => {
		const props = pickerProps();
		const screen = await render(SentencePicker, props);
		await screen.getByText('Pick sentences (0 picked)').click();

		await screen.getByRole('button', { name: '"We will not be moved," said Ana Silva.' }).click();
		await screen.getByRole('button', { name: 'The council met on Monday.' }).click();

		expect(props.selected).toEqual(['p1s1', 'p2s1']);
		await expect.element(screen.getByText('Pick sentences (2 picked)')).toBeVisible();
		await expect
			.element(screen.getByRole('button', { name: 'The council met on Monday.' }))
			.toHaveAttribute('aria-pressed', 'true');
		await expect
			.element(screen.getByRole('button', { name: 'It voted to close the library.' }))
			.toHaveAttribute('aria-pressed', 'false');
		const summary = screen.container.querySelectorAll('.picked li');
		expect([...summary].map((li) => li.textContent)).toEqual([
			'The council met on Monday.',
			'"We will not be moved," said Ana Silva.'
		]);
	});

	it('drops a pick pressed again, and works from the keyboard alone', async () => {
		const props = pickerProps(['p1s2']);
		const screen = await render(SentencePicker, props);

		screen.getByText('Pick sentences (1 picked)').element().focus();
		await userEvent.keyboard('{Enter}');
		// The first sentence button, then the second: Space drops the one already picked.
		await userEvent.keyboard('{Tab}{Tab}');
		await expect
			.element(screen.getByRole('button', { name: 'It voted to close the library.' }))
			.toHaveFocus();
		await userEvent.keyboard(' ');
		expect(props.selected).toEqual([]);
		await expect.element(screen.getByText('None picked yet.')).toBeVisible();

		await userEvent.keyboard('{Enter}');
		expect(props.selected).toEqual(['p1s2']);
	});

	it('keeps the summary small: five picks shown, each cut to 240 characters, then "and N more"', async () => {
		const long = 'A'.repeat(300);
		const many: Paragraph[] = [
			{
				id: 'p1',
				sentences: ['one', 'two', 'three', 'four', 'five', 'six', 'seven'].map((word, i) => ({
					id: `p1s${i + 1}`,
					paragraph: 1,
					text: i === 0 ? long : `Sentence ${word}.`
				}))
			}
		];
		const props = pickerProps(['p1s1', 'p1s2', 'p1s3', 'p1s4', 'p1s5', 'p1s6', 'p1s7']);
		props.paragraphs = many;
		const screen = await render(SentencePicker, props);

		const items = [...screen.container.querySelectorAll('.picked li')].map((li) => li.textContent);
		expect(items).toEqual([
			`${'A'.repeat(239)}…`,
			'Sentence two.',
			'Sentence three.',
			'Sentence four.',
			'Sentence five.',
			'and 2 more'
		]);
		await expect.element(screen.getByText('Pick sentences (7 picked)')).toBeVisible();
	});

	it("shows the field's error and ties it to the group", async () => {
		const props = pickerProps([], { 'claims.0.evidence': 'Pick at least one sentence.' });
		const screen = await render(SentencePicker, props);

		const error = screen.getByText('Pick at least one sentence.');
		await expect.element(error).toHaveAttribute('id', 'f-claims-0-evidence-error');
		await expect
			.element(screen.getByRole('group', { name: 'Evidence' }))
			.toHaveAccessibleDescription('Pick at least one sentence.');
	});
});
