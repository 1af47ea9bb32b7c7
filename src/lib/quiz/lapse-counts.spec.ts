// The results' two kinds of wrong answer, counted over a round of the built-in quiz answered wrong
// in known ways (test-support/lapse-round.ts: the answers and the counts worked out by hand).
import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '../content/packs';
import { countLapses } from './lapse-counts';
import { generateQuestions } from './questions';
import { scoreAnswer } from './scoring';
import {
	LAPSE_ROUND_TOTALS,
	lapseRoundAnswers,
	questionShowing
} from '../../test-support/lapse-round';

const questions = generateQuestions(pack);

describe('countLapses: believed something false, doubted something true', () => {
	const round = lapseRoundAnswers(questions);
	const verdicts = round.map(({ question, given }) => scoreAnswer(question, given));

	it('counts each kind over the verdicts (4 and 3 by hand)', () => {
		expect(LAPSE_ROUND_TOTALS).toEqual({ believedFalse: 4, doubtedTrue: 3 });
		expect(countLapses(verdicts)).toEqual(LAPSE_ROUND_TOTALS);
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

	it('counts a wrong wait as neither, and a withheld verdict as nothing', () => {
		const wait = questionShowing(
			questions,
			'How many hours after the crash did Russell post his apology?'
		);
		expect(countLapses([scoreAnswer(wait, 3), null, verdicts[0]!])).toEqual({
			believedFalse: 1,
			doubtedTrue: 0
		});
	});

	it('counts nothing for a perfect round', () => {
		const perfect = questions.map((q) => scoreAnswer(q, q.answer));
		expect(countLapses(perfect)).toEqual({ believedFalse: 0, doubtedTrue: 0 });
	});
});
