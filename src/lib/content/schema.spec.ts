import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	InvalidArticlePackError,
	parseArticlePack,
	type ArticlePack,
	type ArticlePackInput
} from './schema';
import { russellBottasImola } from './packs/russell-bottas-imola';

// The article text ships with the repository; this is the SHA-256 of the file exactly as it was
// received (3,195 bytes), so an edit to the shipped text — even a curly quote — fails here.
const packText = fileURLToPath(new URL('./packs/russell-bottas-imola.txt', import.meta.url));
const ARTICLE_SHA256 = 'baabe0fbe3489205eb544b2256f050611aea24b6237ec33f38ec7357f83af7fb';

/** A deep copy of the real pack with one change, for the "fails loudly" tests. */
function brokenPack(change: (pack: ArticlePack) => void): ArticlePackInput {
	// Typed with every optional part present (the real pack has them all), so a change can reach in.
	const copy = structuredClone(russellBottasImola) as ArticlePack;
	change(copy);
	return copy;
}

function errorFor(pack: ArticlePackInput): string {
	try {
		parseArticlePack(pack);
	} catch (error) {
		expect(error).toBeInstanceOf(InvalidArticlePackError);
		return (error as Error).message;
	}
	throw new Error('The pack was accepted');
}

describe('the Russell–Bottas pack', () => {
	it('is valid', () => {
		expect(parseArticlePack(russellBottasImola).id).toBe('russell-bottas-imola');
	});

	it('holds the article exactly as received', () => {
		const received = readFileSync(packText);
		expect(received.length).toBe(3195);
		expect(createHash('sha256').update(received).digest('hex')).toBe(ARTICLE_SHA256);
		expect(russellBottasImola.text).toBe(received.toString('utf8'));
		expect(russellBottasImola.text.startsWith('George Russell has issued an apology')).toBe(true);
		expect(russellBottasImola.text.endsWith('They will all help me to grow."\n\n')).toBe(true);
	});
});

describe('a malformed pack fails loudly, naming the field', () => {
	it('a statement whose words are not in its sentence', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.statements[0]!.content = 'I never said this';
			})
		);
		expect(message).toContain('statements[0].content');
		expect(message).toContain('"I never said this" is not in sentences p4s1');
	});

	it('an evidence id that is not a sentence of the article', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.claims[0]!.evidence = [['p99s1']];
			})
		);
		expect(message).toContain('No sentence "p99s1" in the article.');
		expect(message).toContain('claims[0].evidence[0][0]');
	});

	it('a decoy that is really in the article', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.decoys[0]!.content = 'Valtteri did nothing that was outside the rules';
			})
		);
		expect(message).toContain('decoys[0].content');
	});

	it('a "not in the article" claim that cites evidence', () => {
		const message = errorFor(
			brokenPack((p) => {
				const claim = p.claims.find((c) => c.label === 'not-in-article')!;
				claim.evidence = [['p1s1']];
			})
		);
		expect(message).toContain('A claim that is not in the article has no evidence');
	});

	it('a statement credited to an unknown source', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.statements[0]!.source = 'hamilton';
			})
		);
		expect(message).toContain('No source "hamilton" in sources.');
	});

	it('an accepted range that misses the stated wait', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.timeline.waits[0]!.accepted = { min: 1, max: 2 };
			})
		);
		expect(message).toContain('timeline.waits[0].accepted');
	});

	it('an epithet the text never uses', () => {
		const message = errorFor(
			brokenPack((p) => {
				p.sources[0]!.epithets![0]!.text = 'the Englishman';
			})
		);
		expect(message).toContain('"the Englishman" does not occur in the article.');
	});

	it('a wrong type', () => {
		const message = errorFor(brokenPack((p) => Object.assign(p, { title: 42 })));
		expect(message).toContain('title');
	});
});
