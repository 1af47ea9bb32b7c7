// The results' two kinds of wrong answer, counted over a round of the built-in quiz answered wrong
// in known ways (test-support/lapse-round.ts: the answers and the counts worked out by hand).
import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '../content/packs';
import { generateQuestions } from './questions';
import { scoreAnswer } from './scoring';
import { summarize } from './summary';
import {
	LAPSE_ROUND_TOTALS,
	lapseRoundAnswers,
	questionShowing
} from '../../test-support/lapse-round';

const questions = generateQuestions(pack);

describe('summarize: believed something false, doubted something true', () => {
	const round = lapseRoundAnswers(questions);
	const verdicts = round.map(({ question, given }) => scoreAnswer(question, given));

	it('counts each kind over the answered questions (4 and 3 by hand)', () => {
		expect(LAPSE_ROUND_TOTALS).toEqual({ believedFalse: 4, doubtedTrue: 3 });
		expect(summarize(questions, verdicts).lapses).toEqual(LAPSE_ROUND_TOTALS);
	});

	it('marks each verdict as the table says', () => {
		const kinds = verdicts.map((v) =>
			v.correct
				? 'right'
				: v.lapse === 'believed-false'
					? 'believed false'
					: v.lapse === 'doubted-true'
						? 'doubted true'
						: 'neither'
		);
		expect(kinds).toEqual(round.map((r) => r.kind));
	});

	it('counts a wrong wait as neither', () => {
		const wait = questionShowing(
			questions,
			'How many hours after the crash did Russell post his apology?'
		);
		expect(summarize(questions, [scoreAnswer(wait, 3)]).lapses).toEqual({
			believedFalse: 0,
			doubtedTrue: 0
		});
	});

	it('counts nothing for a perfect round', () => {
		const perfect = questions.map((q) => scoreAnswer(q, q.answer));
		expect(summarize(questions, perfect).lapses).toEqual({ believedFalse: 0, doubtedTrue: 0 });
	});
});
