// What a careful reader of the article knows, checked against the pack.
import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from './packs';
import { normaliseWords } from './schema';
import { splitArticle } from './sentences';

const sentences = new Map(
	splitArticle(pack.text).flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const))
);
const textOf = (ids: string[]) => ids.map((id) => sentences.get(id) ?? '').join(' ');

describe('facts in the Russell–Bottas pack', () => {
	it('quotes only Russell directly', () => {
		const direct = pack.statements.filter((s) => s.form === 'direct');
		expect(new Set(direct.map((s) => s.source))).toEqual(new Set(['russell']));
	});

	it('never credits Bottas with a line: he does not speak in the article', () => {
		expect(pack.statements.some((s) => s.source === 'bottas')).toBe(false);
	});

	it('gives the stewards reported speech only', () => {
		const stewards = pack.statements.filter((s) => s.source === 'stewards');
		expect(stewards.length).toBeGreaterThan(0);
		expect(stewards.every((s) => s.form === 'reported')).toBe(true);
	});

	it('credits the bracketed aside to the writer', () => {
		const aside = pack.statements.find((s) => s.content.includes('(where else?)'));
		expect(aside?.source).toBe('writer');
	});

	it('has nobody penalised, citing the racing-incident sentence', () => {
		const [ruling] = pack.rulings;
		expect(ruling?.penalised).toEqual([]);
		expect(normaliseWords(textOf(ruling!.evidence[0]!))).toContain('not warranting punishment');
	});

	it('times the apology about twenty-four hours after the crash', () => {
		const [wait] = pack.timeline.waits;
		expect(wait?.hours).toBe(24);
		expect(textOf(wait!.evidence[0]!)).toContain('twenty-four hours');
	});

	it('maps the epithets to the right people', () => {
		const owner = (epithet: string) =>
			pack.sources.find((s) => s.epithets.some((e) => e.text === epithet))?.id;
		expect(owner('the Briton')).toBe('russell');
		expect(owner('the Williams driver')).toBe('russell');
		expect(owner('the Finn')).toBe('bottas');
		expect(owner('the Mercedes driver')).toBe('bottas');
	});

	it('gives every question a discussion prompt for the debrief', () => {
		const prompts = [
			...pack.sources.flatMap((s) => s.epithets.map((e) => e.discuss)),
			...pack.statements.map((s) => s.discuss),
			...pack.decoys.map((d) => d.discuss),
			...pack.claims.map((c) => c.discuss),
			...pack.rulings.map((r) => r.discuss),
			...pack.timeline.waits.map((w) => w.discuss)
		];
		expect(prompts.every((p) => p.trim().length > 10)).toBe(true);
		expect(new Set(prompts).size).toBe(prompts.length);
	});

	it('has claims with all three labels', () => {
		expect(new Set(pack.claims.map((c) => c.label))).toEqual(
			new Set(['supported', 'refuted', 'not-in-article'])
		);
	});

	it('refutes the overtake claim with his own words', () => {
		const claim = pack.claims.find((c) => c.id === 'wrong-to-overtake');
		expect(claim?.label).toBe('refuted');
		expect(textOf(claim!.evidence[0]!)).toContain('Absolutely not.');
	});
});
