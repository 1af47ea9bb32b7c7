import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packs } from '../content/packs';
import { generateQuestions } from '../quiz/questions';
import { checkDraft, Draft } from './draft-schema';
import { draftFromPack, draftFromSuggestions, fieldOf, nextId, sourceId, toPack } from './draft';
import { suggestQuiz } from './suggest';

/** The review fields of an item the teacher wrote: in the pack as it is. */
const mine = { confidence: 'sure', reason: null, accepted: true } as const;

const council = readFileSync(
	new URL('../content/packs/council-cycle-lane.txt', import.meta.url),
	'utf8'
);
const fresh = () =>
	draftFromSuggestions('Cycle lane paused', council, suggestQuiz(council)) satisfies Draft;

describe('a draft from the suggestions', () => {
	it('keeps every suggested statement and publishes as it is when every speaker is known', () => {
		const draft = fresh();
		expect(draft.statements.length).toBe(suggestQuiz(council).statements.length);
		const check = checkDraft(draft);
		expect(check.errors).toEqual({});
		expect(check.ok && generateQuestions(check.pack).length).toBeGreaterThanOrEqual(5);
	});

	it('asks for a speaker where none was found, next to that statement', () => {
		const draft = fresh();
		draft.statements[2]!.source = '';
		expect(checkDraft(draft).errors).toEqual({ 'statements.2.source': 'Choose one.' });
	});

	it('refuses a made-up line that is in the article, at its field', () => {
		const draft = fresh();
		draft.decoys = [];
		draft.decoys.push({
			id: 'decoy-1',
			content: 'Nobody is against safer roads',
			soundsLike: 'natarajan',
			original: '',
			related: [],
			explanation: 'x',
			discuss: 'y',
			...mine
		});
		expect(checkDraft(draft).errors['decoys.0.content']).toMatch(
			/made-up line must not be in the article/
		);
	});

	it('asks for evidence for a supported claim, and none for a claim not in the article', () => {
		const draft = fresh();
		const claim = {
			id: 'claim-1',
			claim: 'The lane is paused.',
			label: 'supported' as const,
			evidence: [],
			related: [],
			explanation: 'It says so.',
			discuss: 'Where?',
			...mine
		};
		draft.claims = [claim];
		expect(checkDraft(draft).errors).toEqual({
			'claims.0.evidence': 'Pick at least one sentence of the article.'
		});
		draft.claims[0] = { ...claim, label: 'not-in-article', evidence: ['p1s1'] };
		// A claim the article does not settle has nothing to point at: its picks are dropped.
		expect(checkDraft(draft).ok).toBe(true);
	});

	it('names the wait field that is wrong: the number, the words for when, the range', () => {
		const draft = fresh();
		draft.wait = {
			from: { what: 'The vote', when: 'not in it', sentence: 'p1s1' },
			to: { what: 'The pause', when: '', sentence: '' },
			question: 'How many days?',
			unit: 'days',
			amount: null,
			min: 1,
			max: null,
			evidence: ['p1s1'],
			explanation: 'x',
			discuss: 'y',
			...mine
		};
		expect(checkDraft(draft).errors).toEqual({
			'wait.to.when': 'Fill this in.',
			'wait.to.sentence': 'Pick the sentence that says when.',
			'wait.max': 'Give a number.'
		});
		// Once every field has a value, the checks against the text and the range follow.
		draft.wait!.to = { what: 'The pause', when: 'on Tuesday', sentence: 'p1s1' };
		draft.wait!.max = 3;
		const { errors } = checkDraft(draft);
		expect(errors['wait.from.when']).toMatch(/is not in sentence p1s1/);
		expect(errors['wait.amount']).toBe('Give a number.');
	});

	it('leaves a generated item out of the pack until the teacher accepts it', () => {
		const draft = fresh();
		const wrong = {
			id: 'claim-9',
			claim: 'The lane is paused.',
			label: 'supported' as const,
			// No evidence: in the pack it would be an error.
			evidence: [],
			related: [],
			explanation: 'x',
			discuss: 'y',
			confidence: 'check' as const,
			reason: 'A guess.',
			accepted: false
		};
		draft.claims = [wrong];
		expect(toPack(draft).claims).toEqual([]);
		expect(checkDraft(draft).errors).toEqual({});
		draft.claims[0]!.accepted = true;
		expect(checkDraft(draft).errors).toEqual({
			'claims.0.evidence': 'Pick at least one sentence of the article.'
		});
	});

	it('says when there are too few questions to publish', () => {
		const draft = fresh();
		draft.statements = draft.statements.slice(0, 1);
		for (const s of draft.sources) s.epithets = [];
		const check = checkDraft(draft);
		expect(check.ok).toBe(false);
		expect(check.errors.pack).toMatch(/at least 5/);
	});
});

describe("the engine's confidence in a draft", () => {
	it("keeps each suggested statement's confidence and reason for the teacher", () => {
		const found = suggestQuiz(council).statements;
		const draft = fresh();
		expect(draft.statements.map((s) => [s.confidence, s.reason])).toEqual(
			found.map((s) => [s.confidence, s.reason])
		);
		expect(found.some((s) => s.confidence === 'check')).toBe(true);
	});

	it('reads a draft saved before confidence existed as all confirmed', () => {
		const old = JSON.parse(JSON.stringify(fresh())) as { statements: Record<string, unknown>[] };
		for (const s of old.statements) {
			delete s.confidence;
			delete s.reason;
		}
		const read = Draft.parse(old);
		expect(read.statements.every((s) => s.confidence === 'sure' && s.reason === null)).toBe(true);
	});

	it('publishes no confidence: the pack and its file are as before', () => {
		const draft = fresh();
		for (const s of toPack(draft).statements) {
			expect(Object.keys(s).sort()).toEqual(
				['content', 'cue', 'discuss', 'explanation', 'form', 'id', 'sentences', 'source'].sort()
			);
		}
		const check = checkDraft(draft);
		expect(check.ok && check.pack.statements.every((s) => !('confidence' in s))).toBe(true);
	});

	it('opens a published pack with every statement confirmed', () => {
		const pack = packs.values().next().value!;
		expect(draftFromPack(pack).statements.map((s) => s.confidence)).toEqual(
			pack.statements.map(() => 'sure')
		);
	});
});

describe('a published pack opened for editing', () => {
	it('comes back as the same pack, for each built-in pack with one ruling and one wait', () => {
		for (const pack of packs.values()) {
			const again = checkDraft(draftFromPack(pack));
			expect(again.ok).toBe(true);
			if (!again.ok) continue;
			const original = { ...pack, id: '' };
			const edited = { ...again.pack, id: '' };
			if (pack.rulings.length <= 1 && pack.timeline.waits.length <= 1) {
				expect(edited.statements).toEqual(original.statements);
				expect(edited.decoys).toEqual(original.decoys);
				expect(edited.sources.map((s) => s.label)).toEqual(original.sources.map((s) => s.label));
				expect(generateQuestions(again.pack).map((q) => q.id)).toEqual(
					generateQuestions(pack).map((q) => q.id)
				);
			}
		}
	});

	it('turns a checked draft into a pack and back without change', () => {
		const check = checkDraft(fresh());
		if (!check.ok) throw new Error('draft does not check');
		const again = checkDraft(draftFromPack(check.pack));
		expect(again.ok && again.pack).toEqual(check.pack);
		expect(toPack(draftFromPack(check.pack)).statements).toEqual(toPack(fresh()).statements);
	});
});

describe('draft fields', () => {
	it.each([
		[['statements', 3, 'sentences', 0], 'statements.3.sentences'],
		[['claims', 1, 'evidence', 0, 2], 'claims.1.evidence'],
		[['sources', 0, 'epithets', 1, 'text'], 'sources.0.epithets.1.text'],
		[['rulings', 0, 'penalised', 1], 'ruling.penalised'],
		[['rulings', 0, 'candidates'], 'ruling.body'],
		[['timeline', 'events', 1, 'when'], 'wait.to.when'],
		[['timeline', 'waits', 0, 'hours'], 'wait.amount'],
		[['timeline', 'waits', 0, 'accepted', 'max'], 'wait.max'],
		[['timeline', 'waits', 0, 'evidence', 0], 'wait.evidence'],
		[[], 'pack']
	])('%j is the field %s', (path, field) => {
		expect(fieldOf(path)).toBe(field);
	});

	it('gives new items ids no other item has', () => {
		const draft = fresh();
		expect(nextId(draft, 'statement')).toBe(`statement-${draft.statements.length + 1}`);
		expect(sourceId(draft, 'Priya Natarajan')).toBe('priya-natarajan');
		expect(sourceId({ ...draft, sources: [] }, 'Writer')).toBe('writer-2');
	});

	it('refuses a draft beyond its caps', () => {
		const draft = fresh();
		expect(Draft.safeParse({ ...draft, text: 'x'.repeat(20_001) }).success).toBe(false);
		expect(Draft.safeParse(JSON.parse(JSON.stringify(draft))).success).toBe(true);
	});
});
