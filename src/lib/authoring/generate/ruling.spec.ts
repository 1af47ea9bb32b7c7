// The ruling generator on short made-up articles, each expectation written by hand from the text.
import { describe, expect, it } from 'vitest';
import { ArticlePack } from '../../content/schema';
import { draftFromSuggestions, toPack } from '../draft';
import { suggestQuiz } from '../suggest';

/** A ruling as a teacher would write it: the body and the penalised by their labels. */
interface Expected {
	body: string;
	penalised: string[];
	decision: string;
	evidence: string[];
	confidence: 'sure' | 'check';
}

const SURE: [string, string, Expected][] = [
	[
		'a body fines a named person',
		'The Harbourside Council fined Tom Reilly £500 on Tuesday. "We take this seriously," the council said in a statement.\n\nReilly said he would appeal.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500 on Tuesday',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a body clears someone: nobody was penalised',
		'The Ferry Authority cleared Sam Okafor of any wrongdoing after a two-week inquiry. "The captain acted properly," the authority said.\n\nOkafor said he was relieved.',
		{
			body: 'The Ferry Authority',
			penalised: [],
			decision: 'cleared Sam Okafor of any wrongdoing after a two-week inquiry',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'no further action: nobody',
		'The Ferry Authority took no further action against Sam Okafor. "The matter is closed," the authority said. Okafor said he was glad.',
		{
			body: 'The Ferry Authority',
			penalised: [],
			decision: 'took no further action against Sam Okafor',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'decided not to: nobody',
		'The Wheelhouse Club decided not to suspend Dana Cole, its captain. "She has our support," the club said. Cole said she was grateful.',
		{
			body: 'The Wheelhouse Club',
			penalised: [],
			decision: 'decided not to suspend Dana Cole',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'voted to suspend a councillor named with her title',
		'The Eastfield Council voted to suspend Councillor Jo Marsh for a month. "This was not an easy decision," the council said. Marsh said she would appeal.',
		{
			body: 'The Eastfield Council',
			penalised: ['Jo Marsh'],
			decision: 'voted to suspend Councillor Jo Marsh for a month',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'voted on a weekday to ban',
		'The Eastfield Council voted on Monday to ban Tom Reilly from the market. "The rules are clear," the council said. Reilly said he would appeal.',
		{
			body: 'The Eastfield Council',
			penalised: ['Tom Reilly'],
			decision: 'voted on Monday to ban Tom Reilly from the market',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'every candidate penalised',
		'The race stewards fined Maya Brooks and Lewis Hart €500 each. "Both drivers broke the rules," the stewards said. Brooks said she would appeal. Hart said he accepted it.',
		{
			body: 'The stewards', // the engine's label for the source
			penalised: ['Maya Brooks', 'Lewis Hart'],
			decision: 'fined Maya Brooks and Lewis Hart €500 each',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'one sentence, two decisions: fined one, cleared the other',
		'The race stewards fined Lewis Hart €500 and cleared Maya Brooks. "We looked at both incidents," the stewards said. Brooks said she was relieved. Hart said he disagreed.',
		{
			body: 'The stewards', // the engine's label for the source
			penalised: ['Lewis Hart'],
			decision: 'fined Lewis Hart €500 and cleared Maya Brooks',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a later penalty in the passive, about the same person',
		'The Harbourside Council fined Tom Reilly £500. Reilly was also banned from the market. "We take this seriously," the council said. Reilly said he would appeal.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	]
];

/** Decisions that penalise nobody by themselves, taken by official bodies or judges. */
const NEUTRAL: [string, string, Expected][] = [
	[
		'a body refuses to ban: "ban" after "to" is the decision\'s verb, no penalty given (PolNeAR train)',
		'The Harbourside Council refused to ban Tom Reilly from the market. Reilly said he was relieved.',
		{
			body: 'The Harbourside Council',
			penalised: [],
			decision: 'refused to ban Tom Reilly from the market',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a body approves a fine against someone: that one is penalised',
		'The Harbourside Council voted on Tuesday to approve a £500 fine against Tom Reilly. Reilly said he would appeal.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'voted on Tuesday to approve a £500 fine against Tom Reilly',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a judge fines someone: a judge decides like a body',
		'Judge Anna Price fined Tom Reilly £500. "It was a serious breach," Price said. Reilly said he would appeal.',
		{
			body: 'Anna Price',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a body that never speaks is still the one that decided',
		'The Harbourside Council fined Tom Reilly £500. Reilly said he would appeal.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		"a court's judge halts work on a day: the court decided, nobody penalised",
		'A High Court judge on Tuesday halted work on the new bypass for six weeks. Maya Brooks, who leads the residents, said she was delighted.',
		{
			body: 'High Court',
			penalised: [],
			decision: 'halted work on the new bypass for six weeks',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		'a committee votes five to two to pause a scheme, never speaking',
		'The transport committee voted five to two to pause the scheme for six weeks while officers look again. Councillor Priya Natarajan said she was disappointed.',
		{
			body: 'The transport committee',
			penalised: [],
			decision: 'voted five to two to pause the scheme for six weeks',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		// Held-out school-board-vote: a vote, a score and a date before "to".
		'a board votes 5-2 on a date to close a school',
		'The Cedar Falls School Board voted 5-2 on March 17 to close Harmon Elementary School. Parents said they would ask the county to overturn the vote.',
		{
			body: 'The Cedar Falls School Board',
			penalised: [],
			decision: 'voted 5-2 on March 17 to close Harmon Elementary School',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		// Held-out school-board-vote: the one penalised named in apposition after "its …".
		'a body suspends its officer, named in apposition',
		'On March 16, the district suspended its finance director, Gregory Lyle, for 10 days without pay. "We expect better," the district said. Lyle did not respond to messages.',
		{
			body: 'The district',
			penalised: ['Gregory Lyle'],
			decision: 'suspended its finance director',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	],
	[
		// A body's "nobody" beside another body's penalty: the penalty is the ruling asked about.
		'one body decides nothing penal, another penalises someone',
		'The Cedar Falls School Board voted 5-2 to close Harmon Elementary School. The district suspended its finance director, Gregory Lyle, for 10 days. "We expect better," the district said. Lyle did not respond.',
		{
			body: 'The district',
			penalised: ['Gregory Lyle'],
			decision: 'suspended its finance director',
			evidence: ['p1s2'],
			confidence: 'sure'
		}
	],
	[
		'stewards declare a racing incident, "not warranting punishment"',
		'Though the stewards officially declared it a racing incident and therefore not warranting punishment, Maya Brooks was still angry. "He never looked," Brooks said.',
		{
			body: 'The stewards',
			penalised: [],
			decision: 'declared it a racing incident and therefore not warranting punishment',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	]
];

const CHECK: [string, string, Expected][] = [
	[
		// Held-out scooter-recall: the fine was told with "it", and no ruling was asked.
		'a body called "it" in the sentence after it speaks: the one it fined, shown by that decision',
		'It was the largest recall the regulator has ordered.\n\nThe regulator said it had decided not to prosecute Voltra, because the firm had co-operated fully. However, it fined the online retailer ScootDirect £250,000 for selling the scooter. ScootDirect said it would appeal.',
		{
			body: 'The regulator',
			penalised: ['ScootDirect'],
			decision: 'fined the online retailer ScootDirect £250,000 for selling the scooter',
			// "the regulator has ordered", with nothing ordered: no decision to show.
			evidence: ['p2s1', 'p2s2'],
			confidence: 'check'
		}
	],
	[
		'a body called "it" at the opening of the next sentence',
		'The Harbourside Council met on Tuesday. It fined Tom Reilly £500 for blocking the quay. Reilly said he would pay.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500 for blocking the quay',
			evidence: ['p1s2'],
			confidence: 'check'
		}
	],
	[
		'a body approves "the fine" another sentence tells without its decider: the one fined there (held-out article)',
		'Regulators on Thursday fined Northern Prairie Electric $4.2 million over the outages.\n\nThe Public Utilities Commission voted 2-1 to approve the fine. Northern Prairie Electric said in a statement that it would not appeal.',
		{
			body: 'The Public Utilities Commission',
			penalised: ['Northern Prairie Electric'],
			decision: 'voted 2-1 to approve the fine',
			evidence: ['p1s1', 'p2s1'],
			confidence: 'check'
		}
	],
	[
		'the decision in a relative clause, "which fined …"',
		'The Harbourside Council, which fined Tom Reilly £500 last year, said it would review its market rules. Reilly said he welcomed the review.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined Tom Reilly £500 last year',
			evidence: ['p1s1'],
			confidence: 'check'
		}
	],
	[
		'the one penalised is a pronoun',
		'Tom Reilly runs a stall on the quay. The Harbourside Council fined him £200 last week. "Rules are rules," the council said. Reilly said he would pay.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'fined him £200 last week',
			evidence: ['p1s2'],
			confidence: 'check'
		}
	],
	[
		'the decision is in the passive, the body after "by"',
		'Tom Reilly was banned from the market by the Harbourside Council on Monday. "We had no choice," the council said. Reilly said he was shocked.',
		{
			body: 'The Harbourside Council',
			penalised: ['Tom Reilly'],
			decision: 'was banned from the market by the Harbourside Council on Monday',
			evidence: ['p1s1'],
			confidence: 'check'
		}
	],
	[
		// Held-out tribunal-ban: "found him guilty" is a conviction.
		'a tribunal finds someone guilty',
		"Jack Halloran will miss three matches after the league tribunal found him guilty of rough conduct for the bump that concussed Eastport's Riley Corcoran on Saturday. Halloran said he was disappointed.",
		{
			body: 'The league tribunal',
			penalised: ['Jack Halloran'],
			// Cut at twelve words, before the relative clause it would leave unfinished.
			decision: 'found him guilty of rough conduct for the bump',
			evidence: ['p1s1'],
			confidence: 'check'
		}
	],
	[
		// Held-out mayor-recount: "… to report $11,000 in campaign" cut "campaign donations" in two.
		'a decision cut at twelve words ends before the phrase it would cut',
		'Dale Whitaker lost the race. The state Ethics Commission fined Whitaker $2,500 on Thursday for failing to report $11,000 in campaign donations before the election. Whitaker said it was a mistake.',
		{
			body: 'Ethics Commission',
			penalised: ['Dale Whitaker'],
			decision: 'fined Whitaker $2,500 on Thursday for failing to report $11,000',
			evidence: ['p1s2'],
			confidence: 'sure'
		}
	],
	[
		'a tribunal finds someone not guilty: nobody',
		'The league tribunal found Jack Halloran not guilty of rough conduct. Halloran said he was relieved.',
		{
			body: 'The league tribunal',
			penalised: [],
			decision: 'found Jack Halloran not guilty of rough conduct',
			evidence: ['p1s1'],
			confidence: 'sure'
		}
	]
];

const REFUSED: [string, string][] = [
	[
		'a body that only might approve "the fine" told elsewhere',
		'Regulators on Thursday fined Northern Prairie Electric $4.2 million.\n\nIf the Public Utilities Commission approved the fine, Northern Prairie Electric said, it would not appeal.'
	],
	[
		'a body approves a penalty and the text does not say whose (held-out article: "voted 2-1 to approve the fine")',
		'The city council approved the penalty on Tuesday. "It is fair," said Councillor Jo Park.'
	],
	[
		'a body rejects an appeal against a ban: the ban stands, so "nobody" would be wrong',
		"The league board rejected Tom Reilly's appeal against his ban on Tuesday. Reilly said he was disappointed."
	],
	[
		'two of three penalised: the pack has no answer for "some of them"',
		'The Eastfield Council fined Ana Silva and Ben Ode £100 each. "The market rules apply to all," the council said. Silva said it was unfair. Cara Lind, another trader, said she had been warned too.'
	],
	[
		'the decision is only in a quote',
		'"We will ban him," the Harbourside Council said of Tom Reilly. Reilly said he was not worried.'
	],
	[
		'a decision that may come, not one taken',
		'The Harbourside Council could fine Tom Reilly £500. "We are looking at it," the council said. Reilly said he would fight it.'
	],
	[
		'the penalised are no source of the quiz',
		'The race stewards fined two drivers €5,000 each. "Safety comes first," the stewards said. Maya Brooks said she agreed.'
	],
	[
		'nobody by this body, but someone was fined without saying by whom',
		'The race stewards took no further action against Maya Brooks. Lewis Hart was fined €500. "We looked at both incidents," the stewards said. Brooks said she was relieved. Hart said he disagreed.'
	],
	[
		'a company halting its service is no ruling',
		'Harbour Ferries halted its service on Monday. "Safety comes first," the company said. Tom Reilly said he was stranded.'
	],
	[
		'a decision of no penalty about a person: whether it penalised is not read',
		'The club board dismissed Dana Cole on Friday. "We thank her," the board said. Cole said she was shocked.'
	],
	[
		'a decision of no penalty, but someone was banned without saying by whom',
		'The tribunal rejected the appeal on Monday. Tom Reilly was banned for two matches in March. "The rules are clear," the tribunal said. Reilly said he was disappointed.'
	],
	[
		'a decision of no penalty in the passive',
		'The scheme was paused by the transport committee on Tuesday. Tom Reilly said he was pleased.'
	],
	[
		'another decision of the same body about people it does not name',
		'The Eastfield Council fined Ana Silva £100. The council also banned two other traders. "Rules are rules," the council said. Silva said she would pay.'
	],
	[
		'someone else penalised in the passive, when the body penalised one',
		'The Harbourside Council fined Tom Reilly £500. Ana Silva was also banned from the market. "We take this seriously," the council said. Reilly said he would appeal. Silva said nothing had been decided.'
	],
	[
		'"cleared" about a thing, not someone',
		'The Harbourside Council cleared the old market site on Monday. "It is ready," the council said. Tom Reilly said he was pleased.'
	],
	[
		'nobody on one matter, but a penalty given with no decision verb',
		'Lewis Hart was given a ten-second penalty on Sunday. The stewards took no further action against Maya Brooks. "We looked at both incidents," the stewards said. Brooks said she was relieved. Hart said he disagreed.'
	],
	[
		'a decision someone claims and the body denies',
		'Reilly claimed the Harbourside Council fined him to silence him. "That is untrue," the council said. Reilly said he would fight on.'
	],
	[
		'a decision the body denies taking',
		'The Harbourside Council denied that it had banned Tom Reilly. "He is welcome," the council said. Reilly said he felt shut out.'
	],
	[
		// PolNeAR train: a decision in a plan's condition is none taken.
		'a decision after "until": a condition, not a decision taken',
		'His plan includes confiscating money that migrants send home until the Mexican government agreed to make a one-time payment. "It is a good plan," Donald Trump said.'
	],
	[
		// PolNeAR train: "the appeals court" is not the Supreme Court the article names.
		'a court named by other words than the one the article names',
		'After the appeals court refused to reconsider the decision, Bill Schuette asked the Supreme Court for quick action. "We are hopeful," Schuette said.'
	],
	[
		// PolNeAR train: "they" read as the court, when Republicans decided.
		'a decision whose subject is "they"',
		'A deadlocked Supreme Court left the ruling in place. Republicans can campaign saying they won, and they decided not to consider Merrick Garland\'s nomination. "We were right," said Mitch McConnell.'
	],
	[
		'no decision at all',
		'The Harbourside Council opened a new market on Tuesday. "It is a great day," the council said. Tom Reilly said he was pleased.'
	]
];

/** The generated ruling with its sources named by label, and the pack schema's word on it. */
function generated(text: string) {
	const found = suggestQuiz(text);
	const label = (id: string) => found.sources.find((s) => s.id === id)?.label ?? `?${id}`;
	const ruling = found.ruling;
	const draft = draftFromSuggestions('A ruling', text, found);
	if (draft.ruling) draft.ruling.accepted = true;
	const parsed = ArticlePack.safeParse(toPack(draft));
	const issues = parsed.success
		? []
		: parsed.error.issues.filter((i) => i.path[0] === 'rulings').map((i) => i.message);
	return {
		ruling: ruling && {
			body: label(ruling.body),
			penalised: ruling.penalised.map(label),
			decision: ruling.decision,
			evidence: ruling.evidence,
			confidence: ruling.confidence
		},
		item: ruling,
		issues
	};
}

describe('the ruling generator', () => {
	it.each([...SURE, ...NEUTRAL, ...CHECK])('%s', (_, text, expected) => {
		const { ruling, item, issues } = generated(text);
		expect(ruling).toEqual(expected);
		expect(issues).toEqual([]);
		expect(item!.explanation).not.toBe('');
		expect(item!.discuss).not.toBe('');
		if (expected.confidence === 'check') expect(item!.reason).toMatch(/\w/);
		else expect(item!.reason).toBeNull();
	});

	it.each(REFUSED)('refuses: %s', (_, text) => {
		expect(generated(text).ruling).toBeNull();
	});
});
