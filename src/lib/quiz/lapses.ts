// Media-literacy games can make players doubt true news as much as false news: this module tells
// the two kinds of wrong answer apart. Believing something false is taking a refuted or unfounded
// claim as supported, a made-up or doctored line as real, or a real line as another person's;
// doubting something true is rejecting a supported claim or a real line. Other wrong answers
// (a wrong person for an epithet, a wrong wait) are neither.
import { RESERVED_IDS } from '../content/reserved';
import type { GivenAnswer } from './scoring';
import type { Question } from './questions';

export type Lapse = 'believed-false' | 'doubted-true' | null;

const NONE = RESERVED_IDS.notInArticle;

/** Which kind of wrong answer `given` is to `question`, or null for a right answer or neither kind. */
export function lapseOf(question: Question, given: GivenAnswer): Lapse {
	if (question.format !== 'choice' || given === question.answer) return null;
	if (question.kind === 'who-said')
		// A line nobody said, given to someone; a real line, given to someone else or to nobody.
		return question.answer === NONE || given !== NONE ? 'believed-false' : 'doubted-true';
	if (question.kind === 'claim') {
		if (question.answer === 'supported') return 'doubted-true';
		// A refuted claim, or one the article is silent on, taken as supported.
		return given === 'supported' ? 'believed-false' : null;
	}
	return null;
}
