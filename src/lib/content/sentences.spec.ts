import { describe, expect, it } from 'vitest';
import { splitArticle, splitSentences } from './sentences';
import text from './packs/russell-bottas-imola.txt?raw';
import council from './packs/council-cycle-lane.txt?raw';

/**
 * The splitter as it was when the built-in packs were written (one regular expression). Answers,
 * evidence and citations point at its sentence ids, so on those articles the splitter must agree
 * with it exactly.
 */
function splitArticleAsWritten(article: string): string[][] {
	const end = /(?<=[.!]["')\u201d\u2019]*)\s+(?=["'(\u201c\u2018]?[A-Z\u00c0-\u024f])/u;
	return article
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map((block) =>
			block
				.split(end)
				.map((sentence) => sentence.trim())
				.filter((sentence) => sentence.length > 0)
		);
}

describe('the sentence ids of the built-in articles', () => {
	it.each([
		['Russell–Bottas', text],
		['council cycle lane', council]
	])('are exactly those the %s pack was written against', (_, article) => {
		const split = splitArticle(article);
		expect(split.map((p) => p.sentences.map((s) => s.text))).toEqual(
			splitArticleAsWritten(article)
		);
	});
});

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
	it.each([
		// Abbreviations and titles
		[
			'Mr. Jones agreed with Dr. Patel. Mrs. Jones did not.',
			['Mr. Jones agreed with Dr. Patel.', 'Mrs. Jones did not.']
		],
		[
			'Dr Smith said it was fine. Mr Jones agreed.',
			['Dr Smith said it was fine.', 'Mr Jones agreed.']
		],
		[
			"Prof. Ada Lovelace spoke at St. Mary's school. The hall was full.",
			["Prof. Ada Lovelace spoke at St. Mary's school.", 'The hall was full.']
		],
		[
			'Some roads, e.g. Harbour Road, are busy. Others are not.',
			['Some roads, e.g. Harbour Road, are busy.', 'Others are not.']
		],
		[
			'A No. 10 spokesperson declined to comment. The minister did not.',
			['A No. 10 spokesperson declined to comment.', 'The minister did not.']
		],
		[
			'The law takes effect on Jan. 5. Critics object.',
			['The law takes effect on Jan. 5.', 'Critics object.']
		],
		[
			'Acme Ltd. won the contract. Rivals objected.',
			['Acme Ltd. won the contract.', 'Rivals objected.']
		],
		[
			'Bikes, scooters, buggies etc. The lane takes them all.',
			['Bikes, scooters, buggies etc.', 'The lane takes them all.']
		],
		// Numbers
		[
			'The petition had 1,400 signatures. It was checked.',
			['The petition had 1,400 signatures.', 'It was checked.']
		],
		[
			'The quake measured 6.5 on the scale. Nobody was hurt.',
			['The quake measured 6.5 on the scale.', 'Nobody was hurt.']
		],
		['It measured 6.5. Another followed.', ['It measured 6.5.', 'Another followed.']],
		[
			'It was founded in 1998. 2024 was its best year.',
			['It was founded in 1998.', '2024 was its best year.']
		],
		[
			'He arrived at 3 p.m. on Friday. She came later.',
			['He arrived at 3 p.m. on Friday.', 'She came later.']
		],
		[
			'The vote is at 7 p.m. Tuesday. Residents may attend.',
			['The vote is at 7 p.m. Tuesday.', 'Residents may attend.']
		],
		// Initials and dotted acronyms
		['J. K. Rowling wrote it. She was pleased.', ['J. K. Rowling wrote it.', 'She was pleased.']],
		[
			'President George W. Bush visited the site. He left at noon.',
			['President George W. Bush visited the site.', 'He left at noon.']
		],
		['The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
		['He moved to the U.S. It was cold.', ['He moved to the U.S.', 'It was cold.']],
		['They chose Plan B. The council agreed.', ['They chose Plan B.', 'The council agreed.']],
		// Quotes
		['"It works," she said. "We tested it."', ['"It works," she said.', '"We tested it."']],
		[
			'\u201cIt works,\u201d she said. \u201cWe tested it.\u201d',
			['\u201cIt works,\u201d she said.', '\u201cWe tested it.\u201d']
		],
		[
			'"Was it fair? Yes," he said. Then he left.',
			['"Was it fair? Yes," he said.', 'Then he left.']
		],
		['"Stop!" she shouted. Nobody did.', ['"Stop!" she shouted.', 'Nobody did.']],
		[
			'"Come on!" Hamilton shouted over the radio. He won.',
			['"Come on!" Hamilton shouted over the radio.', 'He won.']
		],
		[
			'"I ride a bike," said Reilly. "I want the lane. I just want one that works.',
			['"I ride a bike," said Reilly.', '"I want the lane.', 'I just want one that works.']
		],
		// Brackets and ellipses
		[
			'He left. (Nobody knows why.) She stayed.',
			['He left.', '(Nobody knows why.)', 'She stayed.']
		],
		['He paused... Then he left.', ['He paused...', 'Then he left.']]
	])('splits %j', (paragraph, sentences) => {
		expect(splitSentences(paragraph)).toEqual(sentences);
	});

	it('keeps a question with its answer', () => {
		expect(splitSentences('Was it fair? Yes. It was.')).toEqual(['Was it fair? Yes.', 'It was.']);
	});

	it('ignores empty input', () => {
		expect(splitSentences('   ')).toEqual([]);
	});
});
