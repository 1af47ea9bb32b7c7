// Properties of every generated item, over the bench articles and the built-in ones: what must hold
// whatever the article (the bench judges whether each item is right; these say it is well made).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseWords } from '../../content/schema';
import { checkDraft } from '../draft-schema';
import { draftFromSuggestions } from '../draft';
import { readAndSuggest } from '../suggest';
import { claimFacts } from './claims';
import { generateQuiz } from './index';

const fixturesDir = new URL('../../../../fixtures/', import.meta.url);
const packsDir = new URL('../../content/packs/', import.meta.url);
const texts = [
	...readdirSync(fixturesDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => [f, readFileSync(new URL(f, fixturesDir), 'utf8')] as const),
	...readdirSync(packsDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => [`pack ${f}`, readFileSync(new URL(f, packsDir), 'utf8')] as const)
];

const NUMBERS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];
/** Words compared as a reader would: contractions spelt out, small numbers as figures. */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\bwon't\b/g, 'will not')
		.replace(/\bcan't\b|\bcannot\b/g, 'can not')
		.replace(/n't\b/g, ' not')
		.replace(/'re\b/g, ' are')
		.replace(/'ve\b/g, ' have')
		.replace(/'ll\b/g, ' will')
		.replace(/'d\b/g, ' had')
		.replace(/'m\b/g, ' am')
		.replace(/'s\b/g, '')
		.split(/[^\p{L}\p{N}%£$€.]+/u)
		.map((w) => w.replace(/^\.+|\.+$/g, ''))
		.map((w) => (NUMBERS.indexOf(w) >= 2 ? String(NUMBERS.indexOf(w)) : w))
		.filter(Boolean);
}
/** The words a claim's frame adds ("X is 54 years old", "According to X, …", "X said …"), pronouns told anew and auxiliaries put in the reported tense. */
const FRAME = new Set(
	'is are was were been had has have would will could can did do does the a an of to and years old according said he she they them his her their him hers theirs'.split(
		' '
	)
);
/** "wants" and "want", "flooded" and "flooding": the same word for a reader. */
const stem = (w: string) => (w.length > 4 ? w.replace(/(?:ing|ed|es|s)$/u, '') : w);
const sameWord = (a: string, b: string) =>
	a === b ||
	stem(a) === stem(b) ||
	(a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));

describe.each(texts)('the quiz generated from %s', (_, text) => {
	const { article, suggestions } = readAndSuggest(text);
	const quiz = generateQuiz(article, suggestions);
	const sentence = new Map(suggestions.sentences.map((s) => [s.id, s.text]));
	const evidenceWords = (ids: string[]) => ids.flatMap((id) => words(sentence.get(id) ?? ''));

	it('never offers a doctored quote that occurs in the article, and shows a real line that does', () => {
		const whole = normaliseWords(text);
		for (const decoy of quiz.decoys) {
			expect(whole.includes(normaliseWords(decoy.content)), decoy.content).toBe(false);
			expect(whole.includes(normaliseWords(decoy.original)), decoy.original).toBe(true);
		}
	});

	it("finds a supported claim's words in its evidence", () => {
		const missing: string[] = [];
		for (const claim of quiz.claims.filter((c) => c.label === 'supported')) {
			const found = evidenceWords(claim.evidence);
			// A person named by surname in the evidence is the person the article named in full.
			const named = suggestions.sources
				.map((source) => words(source.label))
				.filter((label) => found.includes(label.at(-1)!))
				.flat();
			for (const w of words(claim.claim))
				if (!FRAME.has(w) && !named.includes(w) && !found.some((f) => sameWord(f, w)))
					missing.push(`${w} (${claim.claim})`);
		}
		expect(missing).toEqual([]);
	});

	it("keeps a refuted claim's changed detail out of its evidence", () => {
		const shown: string[] = [];
		for (const fact of claimFacts(article, suggestions)) {
			if (!fact.refuted) continue;
			const said = new Set(words(fact.supported.claim));
			const changed = words(fact.refuted.claim).filter((w) => !said.has(w) && !FRAME.has(w));
			const found = evidenceWords(fact.refuted.evidence);
			if (changed.length === 0) shown.push(`nothing changed: ${fact.refuted.claim}`);
			for (const w of changed.filter((w) => found.includes(w)))
				shown.push(
					`${w}: ${fact.refuted.claim} ← ${fact.refuted.evidence.map((id) => sentence.get(id)).join(' ')}`
				);
		}
		expect(shown).toEqual([]);
	});

	it('passes the pack schema and the publishing check, every item accepted', () => {
		const draft = draftFromSuggestions('A generated quiz', text, { ...suggestions, ...quiz });
		for (const item of [...draft.claims, ...draft.decoys]) item.accepted = true;
		if (draft.ruling) draft.ruling.accepted = true;
		if (draft.wait) draft.wait.accepted = true;
		// The suggestions' own statements may lack a speaker: the teacher chooses one. Only the
		// generated items are judged here.
		draft.statements = draft.statements.filter((s) => s.source !== '');
		expect(checkDraft(draft).errors).toEqual({});
	});
});
