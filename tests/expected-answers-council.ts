// The right answers to the council quiz, written by hand from the article text
// (src/lib/content/packs/council-cycle-lane.txt), NOT derived from the pack or the generator:
// src/lib/quiz/council-key.spec.ts plays the generated quiz against this key, so a wrong source,
// label, ruling, wait or evidence set in the pack fails there.
//
// Each entry is matched to a question by its visible prompt and quoted line (subject). `cite` holds
// words from each sentence of one complete evidence set, each found in exactly one sentence.
import type { ExpectedChoice } from './expected-answers';

export type { ExpectedChoice };

/** A timeline question answered in days ("a fortnight", "three weeks"). */
export interface ExpectedDays {
	prompt: string;
	subject?: string;
	days: number;
	cite: string[];
	because: string;
}

export type ExpectedCouncil = ExpectedChoice | ExpectedDays;

const WHO_IS = 'Who does the article mean by this?';
const WHO_SAID = 'Who said this, according to the article?';
const CLAIM = 'Is this claim supported by the article, refuted by it, or not in it?';

const NATARAJAN = 'Priya Natarajan';
const REILLY = 'Tom Reilly';
const OFFICE = "The mayor's office";
const WRITER = "The article's writer";
const MADE_UP = 'Not in the article';

export const EXPECTED_COUNCIL_ANSWERS: ExpectedCouncil[] = [
	// Who is who.
	{
		prompt: WHO_IS,
		subject: 'the committee chair',
		answer: NATARAJAN,
		cite: ['Three weeks after the vote, Natarajan wrote', 'We got the consultation wrong'],
		because: '"Natarajan wrote on the council\'s website …"; then "…," wrote the committee chair.'
	},
	{
		prompt: WHO_IS,
		subject: 'their spokesperson',
		answer: REILLY,
		cite: ['Their spokesperson, shopkeeper Tom Reilly'],
		because: '"Their spokesperson, shopkeeper Tom Reilly, told the meeting …"'
	},

	// Who said it.
	{
		prompt: WHO_SAID,
		subject: 'We have spent two years listening to people on this street',
		answer: NATARAJAN,
		cite: ['We have spent two years'],
		because: '"…," said the committee chair, right after Natarajan is introduced.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Nobody is against safer roads',
		answer: NATARAJAN,
		cite: ['Nobody is against safer roads'],
		because: '"Nobody is against safer roads," she added: the committee chair again.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Somebody pays for it, and it is usually the people with the least say.',
		answer: NATARAJAN,
		cite: ['she added', 'Somebody pays for it'],
		because: 'The end of the quote that began "she added".'
	},
	{
		prompt: WHO_SAID,
		subject: 'We got the consultation wrong, and I am sorry for that',
		answer: NATARAJAN,
		cite: ['We got the consultation wrong'],
		because: '"…," wrote the committee chair.'
	},
	{
		prompt: WHO_SAID,
		subject: 'a new design would be published before the summer',
		answer: NATARAJAN,
		cite: ['a new design would be published'],
		because: '"Natarajan wrote on the council\'s website that a new design would be published…"'
	},
	{
		prompt: WHO_SAID,
		subject: 'I want the lane.',
		answer: REILLY,
		cite: ['said Reilly', 'I want the lane'],
		because: '"I ride a bike myself," said Reilly. "I want the lane. …"'
	},
	{
		prompt: WHO_SAID,
		subject:
			'If the council comes back with a plan that works for deliveries, I will be the first to sign it.',
		answer: REILLY,
		cite: ['said Reilly', 'I will be the first to sign it'],
		because: "Reilly's quote is left open at the end of paragraph 7 and goes on in paragraph 8."
	},
	{
		prompt: WHO_SAID,
		subject: 'local businesses had not been asked about loading bays',
		answer: REILLY,
		cite: ['loading bays'],
		because: 'Reilly "told the meeting that local businesses had not been asked …": reported.'
	},
	{
		prompt: WHO_SAID,
		subject: 'without a single conversation',
		answer: REILLY,
		cite: ['without a single conversation'],
		because: 'The only words of his in quotation marks in that sentence.'
	},
	{
		prompt: WHO_SAID,
		subject: 'she would "respect whatever the committee decides"',
		answer: OFFICE,
		cite: ['respect whatever the committee decides'],
		because: '"Her office later said she would …": the office, not the mayor.'
	},
	{
		prompt: WHO_SAID,
		subject: 'did not hide her disappointment',
		answer: WRITER,
		cite: ['did not hide her disappointment'],
		because: 'Narration about Natarajan, not in quotation marks.'
	},
	{
		prompt: WHO_SAID,
		subject:
			'a petition with just over 1,400 signatures (a number the council has not yet checked)',
		answer: WRITER,
		cite: ['a number the council has not yet checked'],
		because: "The bracketed aside is the writer's; nobody is quoted in that sentence."
	},
	{
		prompt: WHO_SAID,
		subject: 'did not say whether she supports the lane',
		answer: WRITER,
		cite: ['did not say whether she supports'],
		because: 'The writer notes what her office left out.'
	},
	{
		prompt: WHO_SAID,
		subject: 'I fully support the Harbour Road cycle lane.',
		answer: MADE_UP,
		cite: [],
		because: 'The mayor is never quoted; her office did not say whether she supports the lane.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Nobody had a single conversation with us about this lane.',
		answer: MADE_UP,
		cite: [],
		because: 'Only "without a single conversation" is quoted from Reilly.'
	},
	{
		prompt: WHO_SAID,
		subject: 'We listened to everyone on this street, and we got the consultation right.',
		answer: MADE_UP,
		cite: [],
		because: 'Natarajan wrote the opposite: "We got the consultation wrong".'
	},
	{
		prompt: WHO_SAID,
		subject: 'Officers must pay back every penny spent on the surveys.',
		answer: MADE_UP,
		cite: [],
		because: 'The committee is never quoted, and it did not ask officers to refund anything.'
	},

	// Rulings.
	{
		prompt: 'Did the transport committee ask anyone to refund the money spent on surveys?',
		answer: 'No, nobody was asked to refund anything',
		cite: ['did not ask officers to refund'],
		because: '"No decision has been made on the money …, and the committee did not ask officers …"'
	},

	// Timeline.
	{
		prompt: 'How many days before the vote did residents hand in their petition?',
		days: 14,
		cite: ['a fortnight before the vote'],
		because: '"… a fortnight before the vote": two weeks.'
	},
	{
		prompt: "How many days after the vote did Natarajan write on the council's website?",
		days: 21,
		cite: ['Three weeks after the vote'],
		because: '"Three weeks after the vote, Natarajan wrote on the council\'s website …"'
	},

	// Checking claims.
	{
		prompt: CLAIM,
		subject: 'The cycle lane scheme has been paused.',
		answer: 'Supported',
		cite: ['have been put on hold'],
		because: '"Plans for a protected cycle lane on Harbour Road have been put on hold …"'
	},
	{
		prompt: CLAIM,
		subject: 'The transport committee voted to scrap the cycle lane.',
		answer: 'Refuted',
		cite: ['stopped short of scrapping it'],
		because: '"… but it stopped short of scrapping it."'
	},
	{
		prompt: CLAIM,
		subject: 'Every member of the transport committee voted for the pause.',
		answer: 'Refuted',
		cite: ['voted five to two'],
		because: 'Five to two: two voted against.'
	},
	{
		prompt: CLAIM,
		subject: 'Natarajan voted against the pause.',
		answer: MADE_UP,
		cite: [],
		because: 'The article gives the count, not who voted which way.'
	},
	{
		prompt: CLAIM,
		subject: 'The council has confirmed that the petition had more than 1,400 signatures.',
		answer: 'Refuted',
		cite: ['has not yet checked'],
		because: '"(a number the council has not yet checked)".'
	},
	{
		prompt: CLAIM,
		subject: 'Reilly said local businesses had been asked about loading bays.',
		answer: 'Refuted',
		cite: ['had not been asked about loading bays'],
		because: 'He said they "had not been asked".'
	},
	{
		prompt: CLAIM,
		subject: 'Tom Reilly said he wants the lane.',
		answer: 'Supported',
		cite: ['said Reilly', 'I want the lane'],
		because: '"I ride a bike myself," said Reilly. "I want the lane."'
	},
	{
		prompt: CLAIM,
		subject: "Tom Reilly's shop is on Harbour Road.",
		answer: MADE_UP,
		cite: [],
		because: 'He is a shopkeeper; where his shop is, the article does not say.'
	},
	{
		prompt: CLAIM,
		subject: "The mayor's office said she supports the lane.",
		answer: 'Refuted',
		cite: ['did not say whether she supports'],
		because: 'It "did not say whether she supports the lane".'
	},
	{
		prompt: CLAIM,
		subject: 'The mayor supports the cycle lane.',
		answer: MADE_UP,
		cite: [],
		because: 'Her view is never given.'
	},
	{
		prompt: CLAIM,
		subject: 'The committee has decided what to do about the money already spent on surveys.',
		answer: 'Refuted',
		cite: ['No decision has been made'],
		because: '"No decision has been made on the money already spent on surveys".'
	},
	{
		prompt: CLAIM,
		subject: 'Natarajan wrote that a new design would be published before the summer.',
		answer: 'Supported',
		cite: ['a new design would be published'],
		because: '"Natarajan wrote on the council\'s website that a new design would be published…"'
	},
	{
		prompt: CLAIM,
		subject: 'Natarajan apologised for getting the consultation wrong.',
		answer: 'Supported',
		cite: ['Natarajan wrote on the council', 'I am sorry for that'],
		because: '"Natarajan wrote …"; "We got the consultation wrong, and I am sorry for that".'
	}
];

/** The entry for a question, by its visible prompt and quoted line; throws unless exactly one. */
export function expectedCouncilFor(prompt: string, subject: string | undefined): ExpectedCouncil {
	const found = EXPECTED_COUNCIL_ANSWERS.filter(
		(e) => e.prompt === prompt.trim() && (e.subject ?? undefined) === (subject?.trim() || undefined)
	);
	if (found.length !== 1)
		throw new Error(`No single expected answer for "${prompt}" / "${subject ?? ''}"`);
	return found[0]!;
}
