import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft-schema';
import { draftFromSuggestions, type Draft } from './draft';
import { suggestQuiz } from './suggest';

// An error belongs to the item the teacher sees, though the pack it is found in leaves out the
// generated items not yet accepted (so the pack's claim 1 may be the draft's claim 2).
const council = readFileSync(
	new URL('../content/packs/council-cycle-lane.txt', import.meta.url),
	'utf8'
);
const prompts = { explanation: 'It says so.', discuss: 'Where?' };
const waiting = { confidence: 'sure', reason: null, accepted: false } as const;
const mine = { confidence: 'sure', reason: null, accepted: true } as const;

function draft(): Draft {
	const d = draftFromSuggestions('Cycle lane paused', council, suggestQuiz(council));
	d.claims = [
		{
			id: 'generated-claim',
			claim: 'The committee paused the scheme.',
			label: 'supported',
			evidence: ['p1s1'],
			related: [],
			...prompts,
			...waiting
		},
		{
			id: 'my-claim',
			claim: 'The lane is paused.',
			label: 'supported',
			evidence: [],
			related: [],
			...prompts,
			...mine
		}
	];
	d.decoys = [
		{
			id: 'generated-quote',
			content: 'We will build the lane next week.',
			soundsLike: 'natarajan',
			original: '',
			related: [],
			...prompts,
			...waiting
		},
		{
			id: 'my-quote',
			content: 'Nobody is against safer roads',
			soundsLike: 'natarajan',
			original: '',
			related: [],
			...prompts,
			...mine
		}
	];
	return d;
}

describe('errors of a draft with items not yet accepted', () => {
	it('are keyed by the draft item they belong to, not by its place in the pack', () => {
		const errors = checkDraft(draft()).errors;
		expect(errors['claims.1.evidence']).toBe('Pick at least one sentence of the article.');
		expect(errors['decoys.1.content']).toMatch(/made-up line must not be in the article/);
		expect(Object.keys(errors).filter((f) => /^(claims|decoys)\.0\./.test(f))).toEqual([]);
	});
});
