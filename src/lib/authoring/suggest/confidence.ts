// Stage 8, confidence: whether a suggested speaker can be taken as it stands ("sure": the words
// name their speaker right there) or is for the teacher to check, with the reason in plain words.
// Only a name next to the words is sure: a pronoun or an epithet resolved, a quote carried on from
// the one before, a fragment, an unnamed source or two people of one surname are each a "check".
import { sentenceAt, type Article, type Entity } from './article';
import type { Confidence } from './types';

export interface Judged {
	confidence: Confidence;
	reason: string | null;
}

/** How a statement's speaker was found, as the stages before this one tell it. */
export type Found =
	| { by: 'cue'; cue: string | null }
	| { by: 'continuation' | 'mention' | 'fragment' | 'aside' }
	| { by: 'report'; p: number; at: number };

const SURE: Judged = { confidence: 'sure', reason: null };
const check = (reason: string): Judged => ({ confidence: 'check', reason });

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));

/** The word a person is known by alone: the last word of their name. */
const surname = (entity: Entity) => entity.names.at(-1)?.toLowerCase();

/** Whether these words name the speaker: a word of its name, or a body's own label. */
function names(text: string, speaker: Entity): boolean {
	if (speaker.names.length > 0) {
		const words = wordsOf(text);
		return speaker.names.some((name) => words.has(name.toLowerCase()));
	}
	const label = speaker.label.toLowerCase().replace(/^(?:the|a|an)\s+/u, '');
	return label.length > 0 && text.toLowerCase().includes(label);
}

/** Whether a name ends within a few words before the verb at `at`: "Maya Brooks said", "Brooks, 52, said". */
function namesSubject(text: string, speaker: Entity): boolean {
	const words = text.split(/\s+/u).filter(Boolean).slice(-6).join(' ');
	return !/["\u201c\u201d]/u.test(words) && names(words, speaker);
}

/** How the teacher should check a speaker suggested for words, or that it is sure. */
export function judge(
	article: Article,
	speaker: Entity | null | undefined,
	found: Found,
	content: string
): Judged {
	if (found.by === 'aside')
		return check("the writer's own words in brackets: check nobody is quoted");
	if (speaker?.unnamed) return check('an unnamed source: the article gives no name to check');
	if (!speaker) return check('no speaker found near the words: choose who said them');
	if (speaker.kind === 'body')
		return check('an organisation as the speaker: check that no one person of it is meant');
	// A dateline or a heading in capitals ("WASHINGTON") is no speaker a cue would name.
	if (speaker.names.length === 0 || speaker.label === speaker.label.toUpperCase())
		return check('check who is meant');
	if (content.split(/\s+/u).length < 4) return check('a few quoted words: check whose they are');
	const own = surname(speaker);
	if (
		own !== undefined &&
		article.entities.some((e) => e !== speaker && e.kind === 'person' && surname(e) === own)
	) {
		const shown = speaker.names.at(-1)!;
		return check(`two people named ${shown}: check which one`);
	}
	switch (found.by) {
		case 'cue':
			return found.cue && names(found.cue, speaker)
				? SURE
				: check(`"${found.cue ?? ''}" does not name the speaker: check who is meant`);
		case 'report': {
			const sentence = sentenceAt(article, found.p, found.at);
			const before = article.blocks[found.p]!.text.slice(sentence.start, found.at);
			return namesSubject(before, speaker)
				? SURE
				: check('the sentence does not name the speaker: check who is meant');
		}
		case 'continuation':
			return check('no speech verb near the quote: carried on from the quote before');
		case 'mention':
			return check('no speech verb near the quote: given to whom the paragraph is about');
		case 'fragment':
			return check('a few quoted words inside a sentence: check whose they are');
	}
}
