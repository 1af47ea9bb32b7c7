// The review list of the authoring page in Chromium: its lines by kind with the ones to check first,
// Accept, Reject and "Accept every sure item" changing the draft and saying so, the keyboard taken
// to the next line still waiting, Edit unfolding a line, an error shown on its folded line, and a
// new claim opened at its first field.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { Draft } from '$lib/authoring/draft';
import type { Paragraph } from '$lib/content/sentences';
import ReviewList from './ReviewList.svelte';

const paragraphs: Paragraph[] = [
	{
		id: 'p1',
		sentences: [
			{ id: 'p1s1', paragraph: 1, text: '"We will not be moved," said Ana Silva.' },
			{ id: 'p1s2', paragraph: 1, text: 'The board voted to close the library in May.' }
		]
	}
];

const prompts = { explanation: 'e', discuss: 'd' };
const sure = { confidence: 'sure' as const, reason: null, accepted: false };
const check = {
	confidence: 'check' as const,
	reason: 'two figures in one sentence',
	accepted: false
};
const accepted = { confidence: 'sure' as const, reason: null, accepted: true };

const claim = (id: string, words: string, review: typeof sure | typeof check) => ({
	id,
	claim: words,
	label: 'supported' as const,
	evidence: ['p1s2'],
	related: [],
	...prompts,
	...review
});

/**
 * Two statements (the second to check), four claims (one accepted, one to check, two sure), one
 * sure made-up line, two sources, one with another name; no ruling, no wait. So: 2 to check, 3 sure
 * items waiting.
 */
function draft(): Draft {
	return {
		title: 'Library',
		topic: 'library',
		text: '"We will not be moved," said Ana Silva. The board voted to close the library in May.',
		sources: [
			{
				id: 'ana',
				label: 'Ana Silva',
				kind: 'person',
				epithets: [{ text: 'the chair', evidence: ['p1s1'], ...prompts }]
			},
			{ id: 'board', label: 'The board', kind: 'body', epithets: [] }
		],
		statements: [
			{
				id: 's1',
				content: 'We will not be moved',
				source: 'ana',
				cue: 'said Ana Silva',
				form: 'direct',
				sentences: ['p1s1'],
				...prompts,
				confidence: 'sure',
				reason: null
			},
			{
				id: 's2',
				content: 'Not this year',
				source: '',
				cue: '',
				form: 'direct',
				sentences: ['p1s2'],
				...prompts,
				confidence: 'check',
				reason: 'carried on from the quote before'
			}
		],
		claims: [
			claim('c1', 'The library closes.', accepted),
			claim('c2', 'The board voted.', sure),
			claim('c3', 'The vote was 5 to 4.', check),
			claim('c4', 'It closes in May.', sure)
		],
		decoys: [
			{
				id: 'd1',
				content: 'We will be moved',
				soundsLike: 'ana',
				original: '',
				related: [],
				...prompts,
				...sure
			}
		],
		ruling: null,
		wait: null
	};
}

function listProps(errors: Record<string, string> = {}) {
	const props = $state({ draft: draft(), errors, paragraphs });
	return props;
}

/** The names of a group's lines, top to bottom ("Claim 3: …"). */
const lineNames = (list: Element) =>
	[...list.querySelectorAll(':scope > li .name')].map((name) => name.textContent);

describe('ReviewList', () => {
	it('lists the items by kind, the ones to check first, and counts what is waiting', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);

		await expect.element(screen.getByText('2 to check; 3 sure items waiting.')).toBeVisible();
		const headings = screen.getByRole('heading', { level: 3 }).elements();
		expect(headings.map((h) => h.textContent?.trim())).toEqual([
			'Who said it (2)',
			'Claims to judge (4)',
			'Doctored and made-up quotes (1)',
			'Ruling question (0)',
			'Timeline question (0)',
			'People and their other names (3)'
		]);
		const claims = screen.getByRole('list', { name: 'Claims to judge (4)' }).element();
		expect(lineNames(claims)).toEqual(['Claim 3:', 'Claim 2:', 'Claim 4:', 'Claim 1:']);
		expect(lineNames(screen.getByRole('list', { name: 'Who said it (2)' }).element())).toEqual([
			'Statement 2:',
			'Statement 1:'
		]);
		await expect.element(screen.getByText('Check: two figures in one sentence')).toBeVisible();
		// An accepted item has nothing to accept any more.
		await expect
			.element(screen.getByRole('button', { name: 'Accept Claim 1' }))
			.not.toBeInTheDocument();
		await expect.element(screen.getByRole('button', { name: 'Reject Claim 1' })).toBeVisible();
	});

	it('accepts a line, says so, and takes the keyboard to the next line still waiting', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);

		await screen.getByRole('button', { name: 'Accept Claim 3' }).click();

		expect(props.draft.claims[2]!.accepted).toBe(true);
		await expect.element(screen.getByRole('status')).toHaveTextContent('Accepted Claim 3.');
		await expect.element(screen.getByRole('button', { name: 'Accept Claim 2' })).toHaveFocus();
		await expect
			.element(screen.getByRole('button', { name: 'Accept Claim 3' }))
			.not.toBeInTheDocument();
		await expect.element(screen.getByText('1 to check; 3 sure items waiting.')).toBeVisible();
		// The accepted line stays where it was, under the pointer.
		const claims = screen.getByRole('list', { name: 'Claims to judge (4)' }).element();
		expect(lineNames(claims)).toEqual(['Claim 3:', 'Claim 2:', 'Claim 4:', 'Claim 1:']);
	});

	it('rejects a line: it leaves the draft and the keyboard goes to the line now in its place', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);

		await screen.getByRole('button', { name: 'Reject Claim 2' }).click();

		expect(props.draft.claims.map((c) => c.id)).toEqual(['c1', 'c3', 'c4']);
		await expect.element(screen.getByRole('status')).toHaveTextContent('Rejected Claim 2.');
		// Renumbered from the draft: the old Claim 4 (c4) is Claim 3 now, and took the place of c2.
		await expect.element(screen.getByRole('button', { name: 'Accept Claim 3' })).toHaveFocus();
		await expect.element(screen.getByText('It closes in May.', { exact: false })).toBeVisible();
		const claims = screen.getByRole('list', { name: 'Claims to judge (3)' }).element();
		expect(lineNames(claims)).toEqual(['Claim 2:', 'Claim 3:', 'Claim 1:']);
	});

	it('"Accept every sure item" accepts the sure ones only, and says how many are left to check', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);

		await screen.getByRole('button', { name: 'Accept every sure item' }).click();

		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('Accepted 3 sure items. 2 left to check.');
		expect(props.draft.claims.map((c) => c.accepted)).toEqual([true, true, false, true]);
		expect(props.draft.decoys[0]!.accepted).toBe(true);
		await expect.element(screen.getByText('2 to check; 0 sure items waiting.')).toBeVisible();

		await screen.getByRole('button', { name: 'Accept every sure item' }).click();
		await expect
			.element(screen.getByRole('status'))
			.toHaveTextContent('No sure items were waiting.');
	});

	it('Edit unfolds a line into its fields and folds it again', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);
		const edit = screen.getByRole('button', { name: 'Edit Claim 1' });

		await expect.element(edit).toHaveAttribute('aria-expanded', 'false');
		await edit.click();
		await expect.element(edit).toHaveAttribute('aria-expanded', 'true');
		const fields = screen.getByRole('group', { name: 'Claim 1: fields' });
		await expect
			.element(fields.getByRole('textbox', { name: 'The claim' }))
			.toHaveValue('The library closes.');

		await edit.click();
		await expect.element(edit).toHaveAttribute('aria-expanded', 'false');
		await expect.element(fields).not.toBeInTheDocument();
	});

	it('shows an error on its folded line, and beside its field once the line is open', async () => {
		const props = listProps({ 'claims.3.claim': 'Write the claim in a sentence.' });
		const screen = await render(ReviewList, props);

		await expect.element(screen.getByText('To fix: Write the claim in a sentence.')).toBeVisible();
		await screen.getByRole('button', { name: 'Edit Claim 4' }).click();
		await expect
			.element(screen.getByText('To fix: Write the claim in a sentence.'))
			.not.toBeInTheDocument();
		await expect
			.element(screen.getByRole('textbox', { name: 'The claim' }))
			.toHaveAccessibleDescription('Write the claim in a sentence.');
	});

	it('reveal() opens the line a field belongs to and puts the keyboard in that field', async () => {
		const props = listProps({ 'claims.3.claim': 'Write the claim in a sentence.' });
		const screen = await render(ReviewList, props);

		expect(screen.component.reveal('claims.3.claim')).toBe(true);
		await expect
			.element(
				screen.getByRole('group', { name: 'Claim 4: fields' }).getByRole('textbox', {
					name: 'The claim'
				})
			)
			.toHaveFocus();
		await expect
			.element(screen.getByRole('button', { name: 'Edit Claim 4' }))
			.toHaveAttribute('aria-expanded', 'true');
		// The article's own fields have no line to open.
		expect(screen.component.reveal('title')).toBe(false);
	});

	it('adds a claim as a new open line, with the keyboard in its first field', async () => {
		const props = listProps();
		const screen = await render(ReviewList, props);

		await screen.getByRole('button', { name: 'Add a claim' }).click();

		expect(props.draft.claims).toHaveLength(5);
		await expect.element(screen.getByText('(nothing written yet)')).toBeVisible();
		await expect
			.element(
				screen.getByRole('group', { name: 'Claim 5: fields' }).getByRole('textbox', {
					name: 'The claim'
				})
			)
			.toHaveFocus();
	});
});
