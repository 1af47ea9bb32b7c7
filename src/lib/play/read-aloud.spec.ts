import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from '$lib/quiz/questions';
import {
	articleParts,
	createReader,
	questionParts,
	type ReaderState,
	type Utterance
} from './read-aloud';

class FakeUtterance implements Utterance {
	rate = 1;
	lang = '';
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: (() => void) | null = null;
	constructor(readonly text: string) {}
}

/** Speaks nothing: the test moves it on with start() and end(), as the browser's events would. */
class FakeSynthesis {
	spoken: FakeUtterance[] = [];
	queue: FakeUtterance[] = [];
	cancels = 0;
	speak(utterance: FakeUtterance) {
		this.spoken.push(utterance);
		this.queue.push(utterance);
	}
	cancel() {
		this.cancels++;
		const dropped = this.queue;
		this.queue = [];
		// As browsers do: each dropped utterance gets an "interrupted" error.
		for (const utterance of dropped) utterance.onerror?.();
	}
	start() {
		this.queue[0]?.onstart?.();
	}
	end() {
		this.queue.shift()?.onend?.();
	}
}

function setup(options?: { rate?: number; lang?: string }) {
	const synthesis = new FakeSynthesis();
	const states: ReaderState[] = [];
	const reader = createReader(
		synthesis,
		(text) => new FakeUtterance(text),
		(s) => states.push(s),
		options
	);
	const last = () => states.at(-1);
	return { synthesis, reader, states, last };
}

const PARAGRAPHS = [
	{ id: 'p1', sentences: [{ text: 'One.' }, { text: 'Two.' }] },
	{ id: 'p2', sentences: [{ text: 'Three.' }] },
	{ id: 'p3', sentences: [{ text: 'Four!' }] }
];

describe('createReader', () => {
	it('queues one utterance per part, at the rate and language given', () => {
		const { synthesis, reader, last } = setup({ rate: 1.25, lang: 'en-GB' });
		reader.read(articleParts(PARAGRAPHS));
		expect(synthesis.spoken.map((u) => u.text)).toEqual(['One. Two.', 'Three.', 'Four!']);
		expect(synthesis.spoken.map((u) => [u.rate, u.lang])).toEqual([
			[1.25, 'en-GB'],
			[1.25, 'en-GB'],
			[1.25, 'en-GB']
		]);
		expect(last()).toEqual({ busy: true, part: null });
	});

	it('reports the part being read, then idle after the last one, without cancelling', () => {
		const { synthesis, reader, last } = setup();
		reader.read(articleParts(PARAGRAPHS));
		const cancelsBefore = synthesis.cancels;
		synthesis.start();
		expect(last()).toEqual({ busy: true, part: 'p1' });
		synthesis.end();
		expect(last()).toEqual({ busy: true, part: 'p1' });
		synthesis.start();
		expect(last()).toEqual({ busy: true, part: 'p2' });
		synthesis.end();
		synthesis.start();
		expect(last()).toEqual({ busy: true, part: 'p3' });
		synthesis.end();
		expect(last()).toEqual({ busy: false, part: null });
		expect(synthesis.cancels).toBe(cancelsBefore);
	});

	it('stop cancels the synthesis and ignores the events the cancel causes', () => {
		const { synthesis, reader, states, last } = setup();
		reader.read(articleParts(PARAGRAPHS));
		synthesis.start();
		const cancelsBefore = synthesis.cancels;
		reader.stop();
		expect(synthesis.cancels).toBe(cancelsBefore + 1);
		expect(last()).toEqual({ busy: false, part: null });
		const count = states.length;
		// Late events from the cancelled round change nothing.
		synthesis.spoken[1]!.onstart?.();
		synthesis.spoken[2]!.onend?.();
		expect(states.length).toBe(count);
	});

	it('a new read replaces the one under way', () => {
		const { synthesis, reader, last } = setup();
		reader.read(articleParts(PARAGRAPHS));
		synthesis.start();
		reader.read([{ id: 'q', text: 'A question?' }]);
		expect(synthesis.queue.map((u) => u.text)).toEqual(['A question?']);
		expect(last()).toEqual({ busy: true, part: null });
		synthesis.start();
		expect(last()).toEqual({ busy: true, part: 'q' });
		synthesis.end();
		expect(last()).toEqual({ busy: false, part: null });
	});

	it('a new rate while reading starts the current part again at that rate', () => {
		const { synthesis, reader } = setup();
		reader.read(articleParts(PARAGRAPHS));
		synthesis.start();
		synthesis.end();
		synthesis.start(); // p2
		reader.setRate(0.75);
		expect(synthesis.queue.map((u) => [u.text, u.rate])).toEqual([
			['Three.', 0.75],
			['Four!', 0.75]
		]);
	});

	it('a new rate while idle applies to the next read only', () => {
		const { synthesis, reader } = setup();
		reader.setRate(1.5);
		expect(synthesis.spoken).toEqual([]);
		reader.read(articleParts(PARAGRAPHS));
		expect(synthesis.spoken.map((u) => u.rate)).toEqual([1.5, 1.5, 1.5]);
	});

	it('an error gives up on the rest of the reading', () => {
		const { synthesis, reader, last } = setup();
		reader.read(articleParts(PARAGRAPHS));
		synthesis.start();
		synthesis.queue[0]!.onerror?.();
		expect(last()).toEqual({ busy: false, part: null });
		expect(synthesis.queue).toEqual([]);
	});

	it('reading nothing stays idle', () => {
		const { synthesis, reader, last } = setup();
		reader.read([]);
		expect(synthesis.spoken).toEqual([]);
		expect(last()).toEqual({ busy: false, part: null });
	});
});

describe('questionParts', () => {
	it('reads a choice question: prompt, quoted line, then the options', () => {
		const question: PublicQuestion = {
			id: 'q1',
			kind: 'reference',
			skill: 'references',
			prompt: 'Who does the article mean by this?',
			subject: 'the Briton',
			format: 'choice',
			options: [
				{ id: 'a', label: 'George Russell' },
				{ id: 'b', label: "The article's writer" }
			]
		};
		expect(questionParts(question).map((p) => p.text)).toEqual([
			'Who does the article mean by this?',
			'the Briton',
			"Options: George Russell; The article's writer."
		]);
	});

	it('reads a number question without a quoted line', () => {
		const question = {
			id: 'q2',
			kind: 'timeline',
			skill: 'timeline',
			prompt: 'How many hours passed?',
			format: 'number',
			unit: 'hours',
			max: 10_000
		} as PublicQuestion;
		expect(questionParts(question).map((p) => p.text)).toEqual([
			'How many hours passed?',
			'Answer with a number of hours.'
		]);
	});
});
