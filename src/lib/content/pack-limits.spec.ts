// The pack schema's own caps and cleaning: whatever door a pack comes in by (a file, a draft, an
// upload), its size is bounded, its checks cost no more than its size, and what pupils read is text.
import { describe, expect, it } from 'vitest';
import { defaultPack } from './packs';
import { checkPackFile } from './pack-file';
import { ArticlePack } from './schema';

type PackFile = Record<string, unknown> & {
	title: string;
	topic: string;
	text: string;
	statements: Record<string, unknown>[];
	sources: Record<string, unknown>[];
	decoys: Record<string, unknown>[];
	claims: Record<string, unknown>[];
};
/** The default pack as a file: what an export writes and an upload reads. */
const asFile = (): PackFile => JSON.parse(JSON.stringify(defaultPack));

const refusal = (file: unknown) => {
	const check = checkPackFile(file);
	return check.ok ? undefined : `${check.field}: ${check.message}`;
};

describe('the sizes a pack may have', () => {
	it('refuses a sentence named more than once in one evidence set, before reading it again', () => {
		// One long sentence named 5,000 times: each copy used to be joined and normalised again.
		const file = asFile();
		file.text = `${'Word '.repeat(3_000)}end.\n\n${file.text}`;
		const first = file.statements[0]!;
		// Every id of the original text moves down one paragraph; the test only needs the first.
		first.sentences = Array.from({ length: 5_000 }, () => 'p1s1');
		first.content = 'Word Word';
		// Refused by the field's own shape, so the checks against the text never read the copies.
		expect(refusal(file)).toMatch(/^statements\.0\.sentences: .*(once|at most)/i);
	});

	it.each<[string, (f: PackFile) => void, RegExp]>([
		['an article over 20,000 characters', (f) => (f.text += ' More.'.repeat(4_000)), /^text: /],
		['a title of 100,000 characters', (f) => (f.title = 'T'.repeat(100_000)), /^title: .*200/],
		['a topic of 40,000 characters', (f) => (f.topic = 'a'.repeat(40_000)), /^topic: .*200/],
		[
			'an explanation over 2,000 characters',
			(f) => (f.statements[0]!.explanation = 'Why. '.repeat(500)),
			/^statements\.0\.explanation: .*2,000/
		],
		[
			'more than 200 statements',
			(f) => (f.statements = Array.from({ length: 201 }, () => f.statements[0]!)),
			/^statements: .*200/
		],
		[
			'an evidence set of more than 60 sentences',
			(f) => (f.claims[0]!.evidence = [Array.from({ length: 61 }, (_, i) => `p1s${i + 1}`)]),
			/^claims\.0\.evidence\.0: /
		],
		['an id of 65 characters', (f) => (f.id = 'a'.repeat(65)), /^id: /]
	])('refuses %s, naming the field', (_, change, message) => {
		const file = asFile();
		change(file);
		expect(refusal(file)).toMatch(message);
	});

	it('still takes every built-in pack as it is', () => {
		expect(ArticlePack.parse(JSON.parse(JSON.stringify(defaultPack)))).toEqual(defaultPack);
	});
});

describe('what pupils read is clean text', () => {
	it('drops NUL, control, bidi and zero-width characters from every line of a pack', () => {
		const file = asFile();
		file.title = 'Harbour\u0000 Road\u202E vote\u200B';
		file.topic = 'the\u0007 vote\u2066';
		(file.sources[1] as { label: string }).label =
			`${(file.sources[1] as { label: string }).label}\u200F`;
		file.claims[0]!.explanation = 'Line one\u0000\nline two';
		const check = checkPackFile(file);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.pack.title).toBe('Harbour Road vote');
		expect(check.pack.topic).toBe('the vote');
		expect(check.pack.sources[1]!.label).toBe(defaultPack.sources[1]!.label);
		expect(check.pack.claims[0]!.explanation).toBe('Line one line two');
	});

	it('keeps the article’s paragraphs but drops its hidden characters', () => {
		const file = asFile();
		file.text = file.text.replace('\n\n', '\u202E\u0000\n\n\u200B');
		const check = checkPackFile(file);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.pack.text).toBe(defaultPack.text);
	});

	it('refuses 5,000 accents stacked on one letter', () => {
		const file = asFile();
		file.title = `Z${'\u0301'.repeat(5_000)}ebra`;
		expect(refusal(file)).toMatch(/^title: .*accent/i);
		const article = asFile();
		article.text = article.text.replace('the', `th${'\u0301'.repeat(5_000)}e`);
		expect(refusal(article)).toMatch(/^text: .*accent/i);
	});

	it('refuses a line that is nothing but hidden characters', () => {
		const file = asFile();
		file.title = '\u200B\u202E\u0000';
		expect(refusal(file)).toMatch(/^title: /);
	});
});
