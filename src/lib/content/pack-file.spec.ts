import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '../quiz/questions';
import { defaultPack } from './packs';
import { checkPackFile, MIN_PACK_QUESTIONS, packJsonSchema } from './pack-file';

/** The pack as a file: what an export writes and an upload reads. */
const asFile = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultPack));

describe('pack files', () => {
	it('round-trips: an exported pack reads back and plays identically', () => {
		const check = checkPackFile(asFile());
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.pack).toEqual(defaultPack);
		expect(generateQuestions(check.pack)).toEqual(generateQuestions(defaultPack));
	});

	it.each<[string, (file: Record<string, unknown>) => void, string, string]>([
		[
			'an evidence id the text does not have',
			(f) => ((f.claims as { evidence: string[][] }[])[0]!.evidence = [['p99s1']]),
			'claims.0.evidence.0.0',
			'No sentence "p99s1"'
		],
		[
			'a made-up line that is in the article',
			(f) =>
				((f.decoys as { content: string }[])[0]!.content = 'it all looks very, very different'),
			'decoys.0.content',
			'must not be in the article'
		],
		[
			'a script in a field',
			(f) =>
				((f.claims as { explanation: string }[])[1]!.explanation = 'See <script>alert(1)</script>'),
			'claims.1.explanation',
			'no HTML'
		],
		['a title that is a number', (f) => (f.title = 42), 'title', ''],
		['no sources', (f) => (f.sources = []), 'sources', ''],
		[
			'a nested bomb',
			(f) => (f.sources = JSON.parse('['.repeat(500) + ']'.repeat(500))),
			'sources.0',
			''
		]
	])('refuses %s, naming the field', (_, spoil, field, message) => {
		const file = asFile();
		spoil(file);
		const check = checkPackFile(file);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.field).toBe(field);
		expect(check.message).toContain(message);
		expect(check.message.length).toBeGreaterThan(5);
	});

	it(`refuses a valid pack with fewer than ${MIN_PACK_QUESTIONS} questions`, () => {
		const file = asFile();
		Object.assign(file, {
			statements: (file.statements as unknown[]).slice(0, 1),
			decoys: [],
			claims: [],
			rulings: [],
			timeline: { events: (file.timeline as { events: unknown[] }).events, waits: [] },
			sources: (file.sources as { epithets: unknown[] }[]).map((s) => ({ ...s, epithets: [] }))
		});
		const check = checkPackFile(file);
		expect(check).toMatchObject({ ok: false, field: 'pack' });
		expect(!check.ok && check.message).toContain(`a quiz needs at least ${MIN_PACK_QUESTIONS}`);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({ id: fc.string(), title: fc.string(), text: fc.string() }),
					fc.constantFrom(asFile()).map((f) => ({ ...f, text: 'Short.' }))
				),
				(input) => {
					const check = checkPackFile(input);
					if (!check.ok) expect(typeof check.field).toBe('string');
				}
			),
			{ numRuns: 300 }
		);
	});

	it('publishes the format as JSON Schema', () => {
		const schema = packJsonSchema() as { type: string; required: string[]; properties: object };
		expect(schema.type).toBe('object');
		expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'text', 'sources']));
		expect(Object.keys(schema.properties)).toContain('claims');
	});
});
