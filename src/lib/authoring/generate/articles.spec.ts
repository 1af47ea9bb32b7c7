// The ruling and the wait on longer made-up news articles, against what a teacher would write by hand
// from each text (written before the generators ran on it): each generated item must be that, or
// nothing. Refusing is allowed; a wrong answer is not.
import { describe, expect, it } from 'vitest';
import { suggestQuiz } from '../suggest';

interface Truth {
	/** The body and whom it penalised, by the sources' labels; null: no ruling to ask about. */
	ruling: { body: string; penalised: string[]; sentence: string } | null;
	/** The wait and its accepted range; null: the text fixes none. */
	wait: { unit: 'hours' | 'days'; amount: number; min: number; max: number } | null;
}

const ARTICLES: [string, string, Truth][] = [
	[
		'a councillor suspended, an inquiry between two dates',
		`PORT ELLIS — The Harbourside Council voted on Tuesday to suspend Councillor Jo Marsh for a month after an inquiry found she had broken the code of conduct.

The inquiry began on March 3, when a resident complained that Marsh had used council staff to run her campaign. It reported on March 24.

"This was not an easy decision," the council said in a statement. "The code applies to every member."

Marsh, who has represented the Quayside ward since 2019, said she would appeal. "I did nothing wrong," she said. "The inquiry never heard my side."

Tom Reilly, who chairs the Quayside residents' association, said the ward would now go without a voice for weeks. "People here feel forgotten," he said.

The council could also ask the ombudsman to review the case, a spokesman said. Marsh's appeal will be heard in April.`,
		{
			ruling: { body: 'The Harbourside Council', penalised: ['Jo Marsh'], sentence: 'p1s1' },
			wait: { unit: 'days', amount: 21, min: 20.5, max: 21.5 }
		}
	],
	[
		'a penalty given in the passive, and no further action on another matter',
		`Lewis Hart was given a ten-second penalty at the Eastfield Grand Prix on Sunday after the race stewards ruled that he had forced Maya Brooks off the track.

The incident happened on lap 34, at about 3.40pm. Brooks, who was leading at the time, dropped to fifth.

"It was a clear move to push me wide," Brooks said. "I'm glad the stewards saw it."

Hart said he disagreed with the decision. "I left her space," he said. "We will look at the footage before the next race."

The stewards took no further action against Brooks's team over a separate unsafe release in the pit lane. "The team acted quickly to correct it," the stewards said in a statement.

The next race is in Port Ellis on June 14.`,
		{
			ruling: { body: 'The stewards', penalised: ['Lewis Hart'], sentence: 'p1s1' },
			wait: null
		}
	],
	[
		'times that fix no wait',
		`Residents of Ashcombe say the bus service to the hospital has got worse since the timetable changed last month.

The number 12 used to run every 20 minutes. Now it runs once an hour, and the last bus leaves at 6pm.

"My mother has to be at the clinic by 8am on Mondays," said Priya Natarajan, 41. "There is no bus that gets her there."

Eastfield Buses said the change was made because too few people used the early services. "We keep every route under review," a spokeswoman said.

The council's transport committee will discuss the route next Thursday.`,
		{ ruling: null, wait: null }
	],
	[
		'the latest event first, its cause told after',
		`Crews reopened the coast road on Friday, three days after a landslide blocked it.

The landslide came down on Tuesday night after a week of heavy rain, the Highways Agency said. Nobody was hurt.

"We had to be sure the slope was stable before we let traffic back," said Sam Okafor, the agency's area manager.

Drivers had been sent on a 40-mile diversion. Ana Silva, who runs a café on the road, said she lost most of a week's trade. "Friday was the first good day," she said.`,
		{ ruling: null, wait: { unit: 'days', amount: 3, min: 2.5, max: 3.5 } }
	]
];

describe('the ruling and the wait on made-up news articles: right, or nothing', () => {
	it.each(ARTICLES)('%s', (_, text, truth) => {
		const found = suggestQuiz(text);
		const label = (id: string) => found.sources.find((s) => s.id === id)?.label;
		if (found.ruling) {
			expect(truth.ruling, 'a ruling where there is none').not.toBeNull();
			expect(label(found.ruling.body)).toBe(truth.ruling!.body);
			expect(found.ruling.penalised.map(label)).toEqual(truth.ruling!.penalised);
			expect(found.ruling.evidence).toContain(truth.ruling!.sentence);
		}
		if (found.wait) {
			expect(truth.wait, 'a wait where there is none').not.toBeNull();
			const { unit, amount, min, max } = found.wait;
			expect(unit).toBe(truth.wait!.unit);
			// The bench's rule: each amount inside the other's range.
			expect(amount).toBeGreaterThanOrEqual(truth.wait!.min);
			expect(amount).toBeLessThanOrEqual(truth.wait!.max);
			expect(truth.wait!.amount).toBeGreaterThanOrEqual(min);
			expect(truth.wait!.amount).toBeLessThanOrEqual(max);
		}
		if (truth.ruling === null) expect(found.ruling).toBeNull();
		if (truth.wait === null) expect(found.wait).toBeNull();
	});
});
