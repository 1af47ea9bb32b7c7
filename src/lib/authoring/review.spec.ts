import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import {
	acceptEverySure,
	acceptItem,
	errorsByItem,
	keepOrder,
	keyOfField,
	notYetAccepted,
	rejectItem,
	reviewGroups,
	sureWaiting,
	type ReviewItem
} from './review';

const prompts = { explanation: 'e', discuss: 'd' };
type Review = { confidence: 'sure' | 'check'; reason: string | null; accepted: boolean };
const sure: Review = { confidence: 'sure', reason: null, accepted: false };
const check: Review = {
	confidence: 'check',
	reason: 'two figures in one sentence',
	accepted: false
};
const mine: Review = { confidence: 'sure', reason: null, accepted: true };

const statement = (id: string, confidence: 'sure' | 'check') => ({
	id,
	content: `Words of ${id}`,
	source: 'ana',
	cue: '',
	form: 'direct' as const,
	sentences: ['p1s1'],
	...prompts,
	confidence,
	reason: confidence === 'check' ? 'carried on from the quote before' : null
});
const claim = (id: string, review: Review) => ({
	id,
	claim: `Claim ${id}`,
	label: 'supported' as const,
	evidence: ['p1s1'],
	related: [],
	...prompts,
	...review
});
const decoy = (id: string, review: Review, original = '') => ({
	id,
	content: `Line ${id}`,
	soundsLike: 'ana',
	original,
	related: [],
	...prompts,
	...review
});

function draft(): Draft {
	return {
		title: 'T',
		topic: 't',
		text: 'Ana spoke.',
		sources: [
			{
				id: 'ana',
				label: 'Ana Silva',
				kind: 'person',
				epithets: [{ text: 'the chair', evidence: ['p1s1'], ...prompts }]
			},
			{ id: 'board', label: 'The board', kind: 'body', epithets: [] }
		],
		statements: [statement('s1', 'sure'), statement('s2', 'check'), statement('s3', 'sure')],
		claims: [claim('c1', mine), claim('c2', sure), claim('c3', check), claim('c4', sure)],
		decoys: [decoy('d1', sure, 'Ana spoke.'), decoy('d2', check)],
		ruling: {
			id: 'ruling',
			body: 'board',
			decision: 'fined her',
			penalised: ['ana'],
			evidence: ['p1s1'],
			...prompts,
			...check
		},
		wait: {
			from: { what: 'a', when: 'Monday', sentence: 'p1s1' },
			to: { what: 'b', when: 'Friday', sentence: 'p1s1' },
			question: 'How many days after?',
			unit: 'days',
			amount: 4,
			min: 4,
			max: 4,
			evidence: ['p1s1'],
			...prompts,
			...sure
		}
	};
}

const keys = (d: Draft) => reviewGroups(d).map((g) => [g.kind, g.items.map((i) => i.key)]);
const item = (d: Draft, key: string): ReviewItem =>
	reviewGroups(d)
		.flatMap((g) => g.items)
		.find((i) => i.key === key)!;

describe('the review list', () => {
	it('lists every item by kind, the ones to check first, then the sure ones waiting, then the rest', () => {
		expect(keys(draft())).toEqual([
			['statements', ['statement:s2', 'statement:s1', 'statement:s3']],
			['claims', ['claim:c3', 'claim:c2', 'claim:c4', 'claim:c1']],
			['decoys', ['decoy:d2', 'decoy:d1']],
			['ruling', ['ruling']],
			['wait', ['wait']],
			['people', ['source:ana', 'epithet:ana:0', 'source:board']]
		]);
	});

	it('gives each line its words, its speaker or label, and why to check it', () => {
		const d = draft();
		const line = (key: string) => {
			const { name, label, reason, pending } = item(d, key);
			return { name, label, reason, pending };
		};
		expect(line('statement:s2')).toEqual({
			name: 'Statement 2',
			label: 'Ana Silva',
			reason: 'carried on from the quote before',
			pending: true
		});
		expect(line('statement:s1')).toEqual({
			name: 'Statement 1',
			label: 'Ana Silva',
			reason: null,
			pending: false
		});
		expect(line('claim:c3')).toEqual({
			name: 'Claim 3',
			label: 'Supported',
			reason: 'two figures in one sentence',
			pending: true
		});
		expect(line('claim:c1')).toEqual({
			name: 'Claim 1',
			label: 'Supported',
			reason: null,
			pending: false
		});
		expect(line('decoy:d1').label).toBe('Doctored, as if said by Ana Silva');
		expect(line('decoy:d2').label).toBe('Made up, as if said by Ana Silva');
		expect(line('ruling').label).toBe('The board; penalised: Ana Silva');
		expect(line('wait').label).toBe('4 days');
		expect(line('epithet:ana:0')).toEqual({
			name: 'Other name 1 for Ana Silva',
			label: '',
			reason: null,
			pending: false
		});
		expect(item(d, 'statement:s2').words).toBe('Words of s2');
	});

	it('shortens long words to a dozen', () => {
		const d = draft();
		d.claims[0]!.claim = 'one two three four five six seven eight nine ten eleven twelve thirteen';
		expect(item(d, 'claim:c1').words).toBe(
			'one two three four five six seven eight nine ten eleven twelve…'
		);
	});
});

describe('accepting and rejecting', () => {
	it('accepts every sure item waiting, and leaves the ones to check', () => {
		const d = draft();
		// Waiting: claims 2, 3, 4, both quotes, the ruling and the wait; sure among them: 2, 4, d1, wait.
		expect(notYetAccepted(d)).toBe(7);
		expect(sureWaiting(d)).toBe(4);
		expect(acceptEverySure(d)).toBe(4);
		expect(notYetAccepted(d)).toBe(3);
		expect(d.claims.map((c) => c.accepted)).toEqual([true, true, false, true]);
		expect(d.decoys.map((c) => c.accepted)).toEqual([true, false]);
		expect(d.ruling!.accepted).toBe(false);
		expect(d.wait!.accepted).toBe(true);
		// Statements are not touched: a statement to check needs its own Accept.
		expect(d.statements.map((s) => s.confidence)).toEqual(['sure', 'check', 'sure']);
		expect(sureWaiting(d)).toBe(0);
		expect(acceptEverySure(d)).toBe(0);
	});

	it('accepting a statement to check confirms it; accepting a generated item puts it in', () => {
		const d = draft();
		acceptItem(d, item(d, 'statement:s2'));
		expect(d.statements[1]).toMatchObject({ confidence: 'sure', reason: null });
		acceptItem(d, item(d, 'claim:c3'));
		expect(d.claims[2]!.accepted).toBe(true);
		acceptItem(d, item(d, 'ruling'));
		expect(d.ruling!.accepted).toBe(true);
		expect(item(d, 'ruling').pending).toBe(false);
	});

	it('rejecting removes the item, a statement too, and a source with what pointed at it', () => {
		const d = draft();
		rejectItem(d, item(d, 'statement:s2'));
		expect(d.statements.map((s) => s.id)).toEqual(['s1', 's3']);
		rejectItem(d, item(d, 'claim:c2'));
		expect(d.claims.map((c) => c.id)).toEqual(['c1', 'c3', 'c4']);
		rejectItem(d, item(d, 'decoy:d1'));
		expect(d.decoys.map((c) => c.id)).toEqual(['d2']);
		rejectItem(d, item(d, 'wait'));
		expect(d.wait).toBeNull();
		rejectItem(d, item(d, 'epithet:ana:0'));
		expect(d.sources[0]!.epithets).toEqual([]);
		rejectItem(d, item(d, 'source:board'));
		expect(d.sources.map((s) => s.id)).toEqual(['ana']);
		expect(d.ruling!.body).toBe('');
		rejectItem(d, item(d, 'source:ana'));
		expect(d.statements.map((s) => s.source)).toEqual(['', '']);
		expect(d.decoys[0]!.soundsLike).toBe('');
		expect(d.ruling!.penalised).toEqual([]);
	});
});

describe('keeping the order the teacher sees', () => {
	const line = (key: string) => ({ key }) as ReviewItem;
	const table: [string, string[], string[], string[]][] = [
		['first sight: the list as sorted', [], ['a', 'b'], ['a', 'b']],
		['an item that would move stays in place', ['b', 'a'], ['a', 'b'], ['b', 'a']],
		['a new item comes last', ['b', 'a'], ['c', 'a', 'b'], ['b', 'a', 'c']],
		['a removed item is gone', ['b', 'a', 'c'], ['c', 'b'], ['b', 'c']]
	];
	it.each(table)('%s', (_, seen, now, expected) => {
		expect(keepOrder(seen, now.map(line)).map((i) => i.key)).toEqual(expected);
	});
});

describe('the line an error belongs to', () => {
	const table: [string, string | null][] = [
		['statements.1.source', 'statement:s2'],
		['claims.3.evidence', 'claim:c4'],
		['decoys.0.content', 'decoy:d1'],
		['ruling.body', 'ruling'],
		['wait.from.sentence', 'wait'],
		['sources.0.label', 'source:ana'],
		['sources.0.epithets.0.evidence', 'epithet:ana:0'],
		['sources.1.epithets.4.text', 'source:board'],
		['statements.9.source', null],
		['title', null],
		['pack', null]
	];
	it.each(table)('%s', (field, key) => {
		expect(keyOfField(draft(), field)).toBe(key);
	});

	it('keeps the first error of each line', () => {
		const found = errorsByItem(draft(), {
			'claims.1.evidence': 'Pick at least one sentence of the article.',
			'claims.1.explanation': 'Fill this in.',
			title: 'Give the article a title.'
		});
		expect([...found]).toEqual([['claim:c2', 'Pick at least one sentence of the article.']]);
	});
});
