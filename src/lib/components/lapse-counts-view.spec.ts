// What LapseCounts renders, on the server (the share page and the debrief are server-rendered):
// the two counts with their words, and nothing at all for a page that has no counts.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LapseCounts from './LapseCounts.svelte';

const text = (html: string) =>
	html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

describe('LapseCounts', () => {
	it('shows both counts, each with its one-line explanation', () => {
		const { body } = render(LapseCounts, {
			props: { lapses: { believedFalse: 4, doubtedTrue: 3 } }
		});
		expect(text(body)).toBe(
			'Believed something false: 4 ' +
				"Took a claim the article refutes or never makes as supported, a made-up quote as real, or a real quote as someone else's. " +
				'Doubted something true: 3 ' +
				'Rejected a claim the article supports, or called a real quote made up.'
		);
	});

	it('counts the verdicts it is given, a withheld one as nothing', () => {
		const { body } = render(LapseCounts, {
			props: { verdicts: [{ lapse: 'doubted-true' }, null, { lapse: null }] as never }
		});
		expect(text(body)).toContain('Believed something false: 0');
		expect(text(body)).toContain('Doubted something true: 1');
	});

	it('shows nothing, rather than a wrong 0, without counts or verdicts', () => {
		expect(text(render(LapseCounts, { props: { lapses: null } }).body)).toBe('');
	});
});
