// Stage 8, confidence: whether a suggested speaker can be taken as it stands ("sure") or is for the
// teacher to check, with the reason in plain words. Some statements are always checked (no speaker,
// an unnamed source, a few quoted words, one of two people of one surname, the writer's aside).
// The rest are weighed by a logistic model over the evidence (evidence.ts): how the speaker was found
// and who else the words could belong to. Its weights and the threshold for "sure" are fitted on
// published news by `npm run train:attribution` (scripts/train-attribution.ts), which picks the
// threshold where "sure" was right at least 98% of the time in cross-validation.
import type { Evidence } from './evidence';
import model from './confidence-model.json';
import type { Confidence } from './types';

export type { Evidence, Found } from './evidence';
export { evidenceFor } from './evidence';

export interface Judged {
	confidence: Confidence;
	reason: string | null;
}

/** The model's inputs, by name: the names are the weights' keys in confidence-model.json. */
export function features(e: Evidence): Record<string, number> {
	const cue = e.by === 'cue';
	const report = e.by === 'report';
	return {
		cueNamed: cue && e.named ? 1 : 0,
		cuePronoun: cue && e.pronoun ? 1 : 0,
		cueOther: cue && !e.named && !e.pronoun ? 1 : 0,
		reportNamed: report && e.named ? 1 : 0,
		reportPronoun: report && e.pronoun ? 1 : 0,
		reportOther: report && !e.named && !e.pronoun ? 1 : 0,
		continuation: e.by === 'continuation' ? 1 : 0,
		mention: e.by === 'mention' ? 1 : 0,
		fragment: e.by === 'fragment' ? 1 : 0,
		body: e.speaker === 'body' ? 1 : 0,
		namesake: e.namesake ? 1 : 0,
		reported: e.reported ? 1 : 0,
		fullName: e.fullName ? 1 : 0,
		logWords: Math.log1p(e.words) / 4,
		logMentions: Math.log1p(e.mentions) / 3,
		rivals: Math.min(e.rivals, 4) / 4,
		rivalsSameGender: Math.min(e.rivalsSameGender, 3) / 3,
		pronounRivals: e.pronoun ? Math.min(e.rivalsSameGender, 3) / 3 : 0,
		namedRivals: e.named ? Math.min(e.rivals, 4) / 4 : 0,
		sinceMention: e.sinceMention / 10,
		sentenceRivals: Math.min(e.sentenceRivals, 3) / 3,
		namedSentenceRivals: e.named ? Math.min(e.sentenceRivals, 3) / 3 : 0,
		logCueWords: Math.log1p(e.cueWords) / 4,
		surnameOnly: e.surnameOnly ? 1 : 0,
		interveners: Math.min(e.interveners, 3) / 3,
		quoteBefore: e.quoteBefore ? 1 : 0,
		continuedInParagraph: e.by === 'continuation' && e.quoteBefore ? 1 : 0,
		opensParagraph: e.opensParagraph ? 1 : 0,
		plainVerb: e.plainVerb ? 1 : 0,
		cueAfter: e.cueAfter ? 1 : 0,
		subordinate: e.subordinate ? 1 : 0,
		logSpokeBefore: Math.log1p(e.spokeBefore) / 3,
		paragraphQuotes: Math.min(e.paragraphQuotes, 4) / 4,
		paragraphSentences: Math.min(e.paragraphSentences, 6) / 6
	};
}

export interface Model {
	bias: number;
	weights: Record<string, number>;
	/** The chance of being right from which a speaker is "sure". */
	threshold: number;
}

/** The chance that the speaker the evidence points to is right, by the model. */
export function chance(e: Evidence, m: Model = model): number {
	let z = m.bias;
	for (const [name, x] of Object.entries(features(e))) z += (m.weights[name] ?? 0) * x;
	return 1 / (1 + Math.exp(-z));
}

const SURE: Judged = { confidence: 'sure', reason: null };
const check = (reason: string): Judged => ({ confidence: 'check', reason });

/** The reason a teacher should look, in words: always given, the model only decides when. */
function reasonFor(e: Evidence, cue: string | null, surname?: string): string {
	if (e.speaker === 'body')
		return 'an organisation as the speaker: check that no one person of it is meant';
	if (e.namesake && surname) return `two people named ${surname}: check which one`;
	switch (e.by) {
		case 'cue':
			return e.named
				? e.rivals > 0
					? 'other people are named next to the words: check who is meant'
					: 'check who is meant'
				: `"${cue ?? ''}" does not name the speaker: check who is meant`;
		case 'report':
			return e.named
				? 'check who is meant'
				: 'the sentence does not name the speaker: check who is meant';
		case 'continuation':
			return 'no speech verb near the quote: carried on from the quote before';
		case 'mention':
			return 'no speech verb near the quote: given to whom the paragraph is about';
		default:
			return 'a few quoted words inside a sentence: check whose they are';
	}
}

/** How the teacher should check a suggested speaker, or that it is sure. */
export function judge(
	e: Evidence,
	detail: { cue: string | null; surname?: string },
	m: Model = model
): Judged {
	if (e.by === 'aside') return check("the writer's own words in brackets: check nobody is quoted");
	if (e.speaker === 'unnamed')
		return check('an unnamed source: the article gives no name to check');
	if (e.speaker === 'none') return check('no speaker found near the words: choose who said them');
	// A dateline or a heading in capitals ("WASHINGTON") is no speaker a cue would name.
	if (e.speaker === 'nameless') return check('check who is meant');
	if (e.words < 4) return check('a few quoted words: check whose they are');
	// "Daniel Okoro said" tells the two apart; "Okoro said" or "he said" does not.
	const wholeName = e.named && e.fullName && !e.surnameOnly;
	if (e.namesake && !wholeName)
		return check(
			detail.surname
				? `two people named ${detail.surname}: check which one`
				: 'two people of one surname: check which one'
		);
	return chance(e, m) >= m.threshold ? SURE : check(reasonFor(e, detail.cue, detail.surname));
}
