import { describe, expect, it } from 'vitest';
import { splitArticle, splitSentences } from './sentences';
import text from './packs/russell-bottas-imola.txt?raw';

describe('splitArticle', () => {
	const paragraphs = splitArticle(text);
	const sentence = (id: string) =>
		paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)?.text;

	it('finds the fourteen paragraphs of the article', () => {
		expect(paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 14 }, (_, i) => `p${i + 1}`));
	});

	it('keeps every character of the article, in order', () => {
		const rebuilt = paragraphs.map((p) => p.sentences.map((s) => s.text).join(' ')).join('\n\n');
		expect(rebuilt).toBe(text.trim());
	});

	it('copes with the unbalanced quotation mark in paragraph 8', () => {
		expect(paragraphs[7]!.sentences.map((s) => s.text)).toEqual([
			'"Could it have been avoided? Yes," admitted the Williams driver.',
			'"Was Valtteri in the wrong? Probably not.',
			'"Could he have done something slightly more? Maybe.',
			'Was I in the wrong? I caused the crash by spinning, but was I wrong to go for that overtake? Absolutely not.',
			'You would have been foolish to lift at that position."'
		]);
	});

	it('does not split inside a bracketed aside or an ellipsis', () => {
		expect(sentence('p9s1')).toContain('(where else?) to issue an apology to the Finn.');
		expect(sentence('p7s2')).toContain('200 miles an hour... there is a high risk');
	});

	it('splits after a closing quote and its cue', () => {
		expect(sentence('p6s1')).toBe(
			'"I was more frustrated because of the speed of the incident," he admitted.'
		);
		expect(sentence('p6s2')?.startsWith('"I\'ve never, ever had a crash')).toBe(true);
	});
});

describe('splitSentences', () => {
	it('keeps a question with its answer', () => {
		expect(splitSentences('Was it fair? Yes. It was.')).toEqual(['Was it fair? Yes.', 'It was.']);
	});

	it('ignores empty input', () => {
		expect(splitSentences('   ')).toEqual([]);
	});
});
