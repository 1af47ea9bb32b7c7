// Reads text aloud with the browser's own speech synthesis, one utterance per part (a paragraph,
// a question's prompt…), and reports which part is being read. Nothing here touches the page: the
// synthesis and the way to make an utterance are passed in, so tests can hand over fakes.

import type { PublicQuestion } from '$lib/quiz/questions';

/** One piece to read: its text, and an id the page can mark (a paragraph's "p3"). */
export interface Part {
	id: string;
	text: string;
}

type Handler = ((...args: never[]) => unknown) | null;

/** What this module sets on an utterance: `SpeechSynthesisUtterance` fits. */
export interface Utterance {
	rate: number;
	lang: string;
	onstart: Handler;
	onend: Handler;
	onerror: Handler;
}

/** The part of `window.speechSynthesis` used here. */
export interface Synthesis<U extends Utterance> {
	speak(utterance: U): void;
	cancel(): void;
}

/** Where the reader is: `busy` from the first request until the last part ends or stop. */
export interface ReaderState {
	busy: boolean;
	/** The id of the part being spoken now; null before the first starts and when idle. */
	part: string | null;
}

export interface Reader {
	/** Stops whatever is being read, then queues these parts, one utterance each. */
	read(parts: Part[]): void;
	/** Cancels the reading; reports idle at once. */
	stop(): void;
	/** The speed for what is read next; while busy, the part being read starts again at it. */
	setRate(rate: number): void;
}

export const RATES = [
	{ label: 'Slow', rate: 0.75 },
	{ label: 'Normal', rate: 1 },
	{ label: 'Fast', rate: 1.25 },
	{ label: 'Faster', rate: 1.5 }
] as const;

export function createReader<U extends Utterance>(
	synthesis: Synthesis<U>,
	utter: (text: string) => U,
	onchange: (state: ReaderState) => void,
	{ rate = 1, lang = 'en' }: { rate?: number; lang?: string } = {}
): Reader {
	// Each read is a round; events from utterances of an older round (the "interrupted" errors a
	// cancel fires, say) are ignored.
	let round = 0;
	let parts: Part[] = [];
	let current = 0;
	// Held on purpose: Chromium may drop the events of an utterance nothing refers to any more.
	let queued: U[] = [];

	const report = (busy: boolean, part: string | null) => onchange({ busy, part });

	function finish(): void {
		round++;
		queued = [];
		parts = [];
		report(false, null);
	}

	function halt(): void {
		round++;
		queued = [];
		synthesis.cancel();
	}

	function stop(): void {
		halt();
		finish();
	}

	function read(list: Part[], from = 0): void {
		halt();
		const mine = round;
		parts = list;
		current = from;
		const last = list.length - 1;
		if (from > last) return finish();
		report(true, null);
		queued = list.slice(from).map((part, offset) => {
			const index = from + offset;
			const utterance = utter(part.text);
			utterance.rate = rate;
			utterance.lang = lang;
			utterance.onstart = () => {
				if (mine !== round) return;
				current = index;
				report(true, part.id);
			};
			utterance.onend = () => {
				if (mine === round && index === last) finish();
			};
			// A real failure (no voice, not allowed): give up on the rest rather than skip ahead.
			utterance.onerror = () => {
				if (mine === round) stop();
			};
			return utterance;
		});
		for (const utterance of queued) synthesis.speak(utterance);
	}

	return {
		read: (list) => read(list),
		stop,
		setRate(next) {
			rate = next;
			if (parts.length) read(parts, current);
		}
	};
}

/** The article, one part per paragraph, each read as its sentences joined. */
export const articleParts = (paragraphs: { id: string; sentences: { text: string }[] }[]): Part[] =>
	paragraphs.map((p) => ({ id: p.id, text: p.sentences.map((s) => s.text).join(' ') }));

/** A question as it is heard: the prompt, the quoted line if any, then how to answer. */
export function questionParts(question: PublicQuestion): Part[] {
	const parts: Part[] = [{ id: 'question-heading', text: question.prompt }];
	if (question.subject) parts.push({ id: 'question-subject', text: question.subject });
	parts.push({
		id: 'question-options',
		text:
			question.format === 'choice'
				? `Options: ${question.options.map((o) => o.label).join('; ')}.`
				: `Answer with a number of ${question.unit}.`
	});
	return parts;
}
