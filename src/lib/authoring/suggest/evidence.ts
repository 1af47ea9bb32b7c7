// What the stages found about a statement's speaker, as the confidence stage weighs it: how the
// speaker was found, whether the words next to the statement name them, and how many other people
// the reader has in mind at that point (who else was mentioned in the last sentences, of the same
// gender). The confidence model (confidence-model.json, fitted by `npm run train:attribution`)
// turns these into the chance that the speaker is right.
import { sentenceAt, type Article, type Entity, type Mention } from './article';
import { firstIndex } from './search';
import type { StatementForm } from '../../contract/article';

/** How a statement's speaker was found, as the stages before this one tell it. */
export type Found =
	| { by: 'cue'; cue: string | null }
	| { by: 'continuation' | 'mention' | 'fragment' | 'aside' }
	| { by: 'report'; p: number; at: number };

export interface Evidence {
	by: Found['by'];
	/** The cue, or the reported sentence before the verb, says the speaker's name. */
	named: boolean;
	/** The cue is a pronoun: "she said". */
	pronoun: boolean;
	/** Another person of the article has the speaker's surname. */
	namesake: boolean;
	/** The statement's length in words. */
	words: number;
	/** The speaker's name has two words or more (a first name and a surname). */
	fullName: boolean;
	/** How often the article mentions the speaker. */
	mentions: number;
	/** Other people mentioned in the statement's sentence and the two before it. */
	rivals: number;
	/** Of those, the ones of the speaker's gender (whom "he" or "she" could also mean). */
	rivalsSameGender: number;
	/** Other people and bodies mentioned in the statement's own sentence ("Clinton aide X said"). */
	sentenceRivals: number;
	/** The cue's length in words (0 without a cue): a long cue has more in it to misread. */
	cueWords: number;
	/** The words name the speaker by surname alone ("Mr. Bush said") while the article knows more. */
	surnameOnly: boolean;
	/** Sentences back to the speaker's last name or epithet (0: this sentence; 10: ten or more, or none). */
	sinceMention: number;
	/** Other people named between the speaker's last name or epithet and the words. */
	interveners: number;
	/** A quote comes before it in its paragraph (a quote carried on within the paragraph). */
	quoteBefore: boolean;
	/** The statement opens its paragraph. */
	opensParagraph: boolean;
	reported: boolean;
	/**
	 * The cue's verb is a plain one ("said", "says", "added", "wrote"): a rarer verb ("shrugged",
	 * "ruled", "declaring") is more often no speech of the subject's, or of someone else in the clause.
	 */
	plainVerb: boolean;
	/** The cue follows the quote ("…," Brooks said), as most news does, rather than leading into it. */
	cueAfter: boolean;
	/**
	 * The sentence opens with a subordinate clause ("When Brooks spoke, …", "After Reilly argued …"):
	 * the person named first may be the clause's, not the speaker.
	 */
	subordinate: boolean;
	/** Statements before this one given to the same speaker: someone quoted all along is less often misread. */
	spokeBefore: number;
	/** The quotes and sentences of its paragraph: a crowded paragraph has more to mix up. */
	paragraphQuotes: number;
	paragraphSentences: number;
	/** What the speaker is: no speaker, an unnamed source, a body, or a person. */
	speaker: 'none' | 'unnamed' | 'body' | 'nameless' | 'person';
}

const PRONOUN = /\b(?:he|she|they|it|we)\b/iu;
const LOOK_BACK = 10;

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));

/** The word a person is known by alone: the last word of their name. */
export const surname = (entity: Entity) => entity.names.at(-1)?.toLowerCase();

/** Whether these words name the speaker: a word of its name, or a body's own label. */
function names(text: string, speaker: Entity): boolean {
	if (speaker.names.length > 0) {
		const words = wordsOf(text);
		return speaker.names.some((name) => words.has(name.toLowerCase()));
	}
	const label = speaker.label.toLowerCase().replace(/^(?:the|a|an)\s+/u, '');
	return label.length > 0 && text.toLowerCase().includes(label);
}

/** Whether a name ends within a few words before the verb: "Maya Brooks said", "Brooks, 52, said". */
function namesSubject(text: string, speaker: Entity): boolean {
	const words = text.split(/\s+/u).filter(Boolean).slice(-6).join(' ');
	return !/["\u201c\u201d]/u.test(words) && names(words, speaker);
}

/** Each entity's number of mentions in the article, counted once per article. */
const mentionCounts = new WeakMap<Article, Map<Entity, number>>();
function mentionsOf(article: Article, entity: Entity): number {
	let counts = mentionCounts.get(article);
	if (!counts) {
		counts = new Map();
		for (const list of article.mentions.values())
			for (const m of list) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
		mentionCounts.set(article, counts);
	}
	return counts.get(entity) ?? 0;
}

const isPerson = (m: Mention) => m.entity.kind === 'person';

/** How much of a report's sentence before its verb is read for the speaker's name. */
const POINTER_REACH = 600;

/** Where a paragraph's second character that is no space stands (its length if none). */
function secondCharacter(text: string): number {
	let seen = 0;
	for (let i = 0; i < text.length; i++) if (!/\s/u.test(text[i]!) && ++seen === 2) return i;
	return text.length;
}

/** The plain speech verbs; the rest are rarer. */
const PLAIN = /^(?:said|says|say|added|adds|wrote|writes)$/iu;
const PLAIN_IN = /\b(?:said|says|say|added|adds|wrote|writes)\b/iu;

/** Whether the verb that cues the statement is a plain one: in the cue, or where a report's verb starts. */
function plainVerb(article: Article, found: Found, pointer: string): boolean {
	if (found.by === 'report') {
		const text = article.blocks[found.p]!.text;
		return PLAIN.test(text.slice(found.at, found.at + 8).match(/^\p{L}+/u)?.[0] ?? '');
	}
	return PLAIN_IN.test(pointer);
}

const SUBORDINATE =
	/^\W*(?:when|after|while|as|with|before|although|though|if|since|until|because|once|despite)\b/iu;

/** The evidence for a statement at paragraph p, position at, given to `speaker` as `found` says. */
export function evidenceFor(
	article: Article,
	place: { p: number; at: number; form: StatementForm },
	speaker: Entity | null | undefined,
	found: Found,
	content: string,
	spokeBefore = 0
): Evidence {
	const sentence = sentenceAt(article, place.p, place.at);
	const block = article.blocks[place.p]!;
	let named = false;
	let pronoun = false;
	/** The words that point at the speaker: the cue, or the reported sentence up to its verb. */
	let pointer = '';
	if (speaker && found.by === 'cue' && found.cue) {
		pointer = found.cue;
		named = names(found.cue, speaker);
		pronoun = !named && PRONOUN.test(found.cue);
	} else if (speaker && found.by === 'report') {
		const said = sentenceAt(article, found.p, found.at);
		// At most the last POINTER_REACH characters: a long sentence is not read again per report.
		pointer = article.blocks[found.p]!.text.slice(
			Math.max(said.start, found.at - POINTER_REACH),
			found.at
		);
		named = namesSubject(pointer, speaker);
		pronoun = !named && PRONOUN.test(pointer.split(/\s+/u).slice(-3).join(' '));
	}
	const surnameOnly =
		named &&
		speaker !== null &&
		speaker !== undefined &&
		speaker.names.length >= 2 &&
		!speaker.names.slice(0, -1).some((n) => wordsOf(pointer).has(n.toLowerCase()));
	const own = speaker ? surname(speaker) : undefined;
	const namesake =
		own !== undefined &&
		article.entities.some((e) => e !== speaker && e.kind === 'person' && surname(e) === own);

	const rivals = new Set<Entity>();
	const sentenceRivals = new Set<Entity>();
	const interveners = new Set<Entity>();
	let sinceMention = LOOK_BACK;
	for (let s = sentence.index; s >= 0 && s > sentence.index - LOOK_BACK; s--) {
		const list = article.mentions.get(s) ?? [];
		// Walking back from the words: everyone named before the speaker's own name is met intervenes.
		if (sinceMention === LOOK_BACK) {
			for (let i = list.length - 1; i >= 0; i--) {
				const m = list[i]!;
				if (m.paragraph === place.p && m.pos >= place.at) continue;
				if (m.entity === speaker && m.kind !== 'pronoun') break;
				if (m.entity !== speaker && m.kind === 'name' && isPerson(m)) interveners.add(m.entity);
			}
		}
		for (const m of list) {
			if (m.entity === speaker || m.entity.unnamed) {
				// A pronoun is no reminder of who is meant: the distance is to a name or an epithet.
				if (m.entity === speaker && m.kind !== 'pronoun')
					sinceMention = Math.min(sinceMention, sentence.index - s);
				continue;
			}
			if (s === sentence.index) sentenceRivals.add(m.entity);
			if (s > sentence.index - 3 && isPerson(m)) rivals.add(m.entity);
		}
	}
	const sameGender = [...rivals].filter(
		(e) => speaker?.gender !== undefined && e.gender === speaker.gender
	).length;

	return {
		by: found.by,
		named,
		pronoun,
		namesake,
		words: content.split(/\s+/u).filter(Boolean).length,
		fullName: (speaker?.names.length ?? 0) >= 2,
		mentions: speaker ? mentionsOf(article, speaker) : 0,
		rivals: rivals.size,
		rivalsSameGender: sameGender,
		sentenceRivals: sentenceRivals.size,
		cueWords: pointer.split(/\s+/u).filter(Boolean).length,
		surnameOnly,
		sinceMention,
		interveners: interveners.size,
		quoteBefore: firstIndex(article.quotes[place.p] ?? [], (q) => q.start < place.at) > 0,
		// At most one character (a quote mark) before it.
		opensParagraph: place.at <= secondCharacter(block.text),
		reported: place.form === 'reported',
		plainVerb: plainVerb(article, found, pointer),
		cueAfter:
			found.by === 'cue' &&
			found.cue !== null &&
			block.text
				.slice(place.at + content.length, place.at + content.length + found.cue.length + 8)
				.includes(found.cue),
		subordinate: SUBORDINATE.test(block.text.slice(sentence.start, sentence.start + 12)),
		spokeBefore,
		paragraphQuotes: article.quotes[place.p]?.length ?? 0,
		paragraphSentences: block.sentences.length,
		speaker: !speaker
			? 'none'
			: speaker.unnamed
				? 'unnamed'
				: speaker.kind === 'body'
					? 'body'
					: speaker.names.length === 0 || speaker.label === speaker.label.toUpperCase()
						? 'nameless'
						: 'person'
	};
}
