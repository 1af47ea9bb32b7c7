// What a careful reader of the council article knows, written by hand from the text
// (packs/council-cycle-lane.txt) and checked against the pack: who is quoted, who is only reported,
// who never speaks, the writer's own aside, the vote, and the timeline.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packs } from './packs';
import { councilCycleLane } from './packs/council-cycle-lane';
import { normaliseWords } from './schema';
import { splitArticle } from './sentences';

const pack = packs.get('council-cycle-lane')!;
const paragraphs = splitArticle(pack.text);
const sentences = new Map(
	paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const))
);
const sentence = (id: string) => sentences.get(id) ?? '';
const textOf = (ids: readonly string[]) => ids.map(sentence).join(' ');

// The file as received in /work/shared/article (1,857 bytes, straight quotes, one final newline).
const ARTICLE_SHA256 = '32d004f754227349b2fb0687a02f4b82b004d8edd53b9df3c0831e50c9c2729d';

/**
 * The words between quotation marks, read the way a reader does: a quote left open at the end of a
 * paragraph runs to the end of it (the next paragraph reopens it with a quotation mark of its own).
 */
function quotedSpans(): string[] {
	return paragraphs.flatMap((p) => {
		const parts = p.sentences
			.map((s) => s.text)
			.join(' ')
			.split('"');
		return parts.filter((_, i) => i % 2 === 1).map(normaliseWords);
	});
}
const inQuotes = (words: string) => quotedSpans().some((q) => q.includes(normaliseWords(words)));

const statement = (words: string) => {
	const found = pack.statements.filter((s) =>
		normaliseWords(s.content).includes(normaliseWords(words))
	);
	expect(found, words).toHaveLength(1);
	return found[0]!;
};

describe('the council article as received', () => {
	it('is the shipped text, byte for byte', () => {
		const file = fileURLToPath(new URL('./packs/council-cycle-lane.txt', import.meta.url));
		const received = readFileSync(file);
		expect(received.length).toBe(1857);
		expect(createHash('sha256').update(received).digest('hex')).toBe(ARTICLE_SHA256);
		expect(councilCycleLane.text).toBe(received.toString('utf8'));
	});

	it('splits into twelve paragraphs with the sentences a reader counts', () => {
		expect(paragraphs.map((p) => p.sentences.length)).toEqual([1, 1, 3, 3, 1, 1, 3, 1, 2, 1, 1, 2]);
		expect(sentence('p1s1')).toMatch(/^Plans for a protected cycle lane on Harbour Road/);
		expect(sentence('p3s2')).toBe(
			'"We have spent two years listening to people on this street," said the committee chair.'
		);
		expect(sentence('p4s1')).toBe('"Nobody is against safer roads," she added.');
		expect(sentence('p7s1')).toBe('"I ride a bike myself," said Reilly.');
		expect(sentence('p7s2')).toBe('"I want the lane.');
		expect(sentence('p9s2')).toMatch(/^Her office later said she would "respect whatever/);
		expect(sentence('p12s2')).toBe('"We will get the lane right."');
	});

	it('opens a quote in paragraph 7 that it does not close, and reopens it in paragraph 8', () => {
		const p7 = textOf(['p7s1', 'p7s2', 'p7s3']);
		expect(p7.split('"').length - 1).toBe(3);
		expect(p7.endsWith('road.')).toBe(true);
		expect(sentence('p8s1').startsWith('"If the council comes back')).toBe(true);
		expect(sentence('p8s1')).not.toMatch(/said|added|Reilly/);
	});
});

describe('facts in the council pack', () => {
	it('quotes only Natarajan and Reilly directly', () => {
		const direct = pack.statements.filter((s) => s.form === 'direct');
		expect(new Set(direct.map((s) => s.source))).toEqual(new Set(['natarajan', 'reilly']));
	});

	it('gives direct lines only words that are in quotation marks, and no other line', () => {
		for (const s of pack.statements) expect(inQuotes(s.content), s.id).toBe(s.form === 'direct');
	});

	it('never credits the mayor with a line: only her office speaks, and not about the lane', () => {
		const aboutHer = [...sentences].filter(([, t]) => /mayor|Achterberg|\bher office/i.test(t));
		expect(aboutHer.map(([id]) => id)).toEqual(['p9s1', 'p9s2']);
		expect(sentence('p9s1')).toBe('The mayor, Helen Achterberg, was not at the meeting.');
		expect(pack.statements.some((s) => s.source === 'achterberg')).toBe(false);
		expect(statement('respect whatever the committee decides').source).toBe('mayors-office');
		expect(pack.decoys.some((d) => d.soundsLike === 'achterberg')).toBe(true);
	});

	it('credits the bracketed aside to the writer', () => {
		expect(sentence('p5s1')).toContain('(a number the council has not yet checked)');
		const aside = statement('(a number the council has not yet checked)');
		expect(aside).toMatchObject({ source: 'writer', form: 'writer' });
		expect(statement('did not hide her disappointment').source).toBe('writer');
		expect(statement('did not say whether she supports the lane').source).toBe('writer');
	});

	it("reports Reilly's point and quotes only four of his words in that sentence", () => {
		const p6 = quotedSpans().filter((q) => normaliseWords(sentence('p6s1')).includes(q));
		expect(p6).toEqual(['without a single conversation']);
		expect(statement('loading bays')).toMatchObject({ source: 'reilly', form: 'reported' });
		expect(statement('without a single conversation')).toMatchObject({
			source: 'reilly',
			form: 'direct'
		});
	});

	it('gives the quote that runs over two paragraphs to Reilly, with his cue as evidence', () => {
		const line = statement('I will be the first to sign it');
		expect(line.source).toBe('reilly');
		expect(textOf(line.sentences)).toContain('said Reilly');
	});

	it('gives "she added" and the quote after it to Natarajan, the committee chair', () => {
		expect(statement('Nobody is against safer roads').source).toBe('natarajan');
		expect(statement('Somebody pays for it').source).toBe('natarajan');
		expect(statement('We got the consultation wrong').source).toBe('natarajan');
	});

	it('maps the epithets to the right people', () => {
		const owner = (epithet: string) =>
			pack.sources.find((s) => s.epithets.some((e) => e.text.toLowerCase() === epithet))?.id;
		expect(owner('the committee chair')).toBe('natarajan');
		expect(owner('their spokesperson')).toBe('reilly');
		const chair = pack.sources[0]!.epithets[0]!;
		// "Natarajan wrote …" then "… wrote the committee chair".
		expect(chair.evidence).toContainEqual(['p11s1', 'p12s1']);
	});

	it('has the committee vote five to two to pause, not scrap, and ask nobody to refund', () => {
		expect(sentence('p2s1')).toContain('voted five to two to pause the scheme for six weeks');
		expect(sentence('p2s1')).toContain('stopped short of scrapping it');
		const [ruling] = pack.rulings;
		expect(ruling).toMatchObject({ body: 'committee', penalised: [] });
		expect(textOf(ruling!.evidence[0]!)).toContain('did not ask officers to refund any of it');
		const claim = (id: string) => pack.claims.find((c) => c.id === id)!;
		expect(claim('committee-scrapped').label).toBe('refuted');
		expect(claim('vote-unanimous').label).toBe('refuted');
		expect(claim('natarajan-voted-against').label).toBe('not-in-article');
	});

	it('times the petition a fortnight before the vote and the post three weeks after', () => {
		const [petition, post] = pack.timeline.waits;
		expect(petition).toMatchObject({ days: 14, from: 'petition', to: 'vote' });
		expect(textOf(petition!.evidence[0]!)).toContain('a fortnight before the vote');
		expect(post).toMatchObject({ days: 21, from: 'vote', to: 'website-post' });
		expect(textOf(post!.evidence[0]!)).toContain('Three weeks after the vote');
		for (const wait of pack.timeline.waits) {
			expect(wait.hours).toBeUndefined();
			expect(wait.accepted.min).toBeGreaterThan(7);
			expect(wait.accepted.max).toBeLessThan(28);
		}
	});

	it('puts both sentences in a set when the words and the speaker are in different ones', () => {
		const wants = pack.claims.find((c) => c.id === 'reilly-wants-lane')!;
		expect(wants.evidence).toEqual([['p7s1', 'p7s2']]);
		const apology = pack.claims.find((c) => c.id === 'natarajan-apologised')!;
		for (const set of apology.evidence) {
			expect(textOf(set)).toContain('Natarajan');
			expect(textOf(set)).toContain('I am sorry');
		}
	});

	it('has at least 8 claims with all three labels, and at least 3 decoys with related lines', () => {
		expect(pack.claims.length).toBeGreaterThanOrEqual(8);
		expect(new Set(pack.claims.map((c) => c.label))).toEqual(
			new Set(['supported', 'refuted', 'not-in-article'])
		);
		expect(pack.decoys.length).toBeGreaterThanOrEqual(3);
		for (const decoy of pack.decoys) expect(decoy.related.length, decoy.id).toBeGreaterThan(0);
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
});
