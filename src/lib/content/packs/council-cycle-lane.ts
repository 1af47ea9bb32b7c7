// The Harbour Road cycle lane article as data: who said what, the committee's decision, the
// timeline, claims and decoys. Sentence ids are those splitArticle gives this text (p3s2 is the
// second sentence of the third paragraph); council-pack-facts.spec.ts checks them against the text.
//
// Who speaks: Natarajan ("said the committee chair", "she added", "wrote the committee chair") and
// Reilly ("told the meeting", "said Reilly", and the quote he opens in paragraph 7 and carries on in
// paragraph 8). The mayor never speaks: only "her office" does. Where a line's words and its cue
// ("said Reilly") are in different sentences, its evidence names both.
import type { ArticlePackInput } from '../schema';
import text from './council-cycle-lane.txt?raw';

export const councilCycleLane = {
	id: 'council-cycle-lane',
	// The article arrives without a headline; this title is ours and asserts nothing beyond p1s1.
	title: 'Harbour Road cycle lane plans put on hold',
	topic: 'the Harbour Road cycle lane',
	text,
	sources: [
		{
			id: 'natarajan',
			label: 'Priya Natarajan',
			kind: 'person',
			epithets: [
				{
					text: 'the committee chair',
					// Either pairing settles it: the website post she wrote, or her introduction.
					evidence: [
						['p11s1', 'p12s1'],
						['p3s1', 'p3s2']
					],
					explanation:
						'"Natarajan wrote on the council\'s website …", and the next words are introduced with "wrote the committee chair". Earlier, the first quote after Natarajan is introduced is "said the committee chair".',
					discuss:
						'The article never says "Natarajan, the committee chair". How can you still be sure?'
				}
			]
		},
		{
			id: 'reilly',
			label: 'Tom Reilly',
			kind: 'person',
			epithets: [
				{
					text: 'their spokesperson',
					evidence: [['p6s1']],
					explanation:
						'"Their spokesperson, shopkeeper Tom Reilly": he speaks for the residents opposed to the plan, not for the council.',
					discuss: 'Whose spokesperson is he, and how should that change how you read his words?'
				}
			]
		},
		{ id: 'achterberg', label: 'Helen Achterberg', kind: 'person' },
		{ id: 'mayors-office', label: "The mayor's office", kind: 'body' },
		{ id: 'committee', label: 'The transport committee', kind: 'body' },
		{ id: 'officers', label: "The council's officers", kind: 'body' },
		{ id: 'writer', label: "The article's writer", kind: 'writer' }
	],
	statements: [
		{
			id: 'two-years-listening',
			content: 'We have spent two years listening to people on this street',
			source: 'natarajan',
			cue: 'said the committee chair',
			form: 'direct',
			sentences: ['p3s2'],
			explanation:
				'A direct quote closed by "said the committee chair": Natarajan, introduced in the sentence before.',
			discuss: 'Why might a writer use "the committee chair" instead of her name?'
		},
		{
			id: 'nobody-against-safer-roads',
			content: 'Nobody is against safer roads',
			source: 'natarajan',
			cue: 'she added',
			form: 'direct',
			sentences: ['p4s1'],
			explanation:
				'"She added": she is the committee chair who spoke in the paragraph before, Natarajan. Reilly has not been mentioned yet.',
			discuss:
				'This sounds like something the lane\'s opponents might say. Who does "she" point back to?'
		},
		{
			id: 'somebody-pays',
			content: 'Somebody pays for it, and it is usually the people with the least say.',
			source: 'natarajan',
			cue: 'she added',
			form: 'direct',
			sentences: ['p4s1', 'p4s3'],
			explanation:
				'The quote that began "she added" runs on to the end of the paragraph: still Natarajan, talking about the cost of the pause.',
			discuss: 'Reilly worries about the shops. Whose cost is Natarajan talking about?'
		},
		{
			id: 'consultation-wrong',
			content: 'We got the consultation wrong, and I am sorry for that',
			source: 'natarajan',
			cue: 'wrote the committee chair',
			form: 'direct',
			sentences: ['p12s1'],
			explanation:
				'"Wrote the committee chair": Natarajan, writing on the council\'s website three weeks after the vote.',
			discuss:
				'She wrote this weeks later, not at the meeting. Does the timing change what it means?'
		},
		{
			id: 'new-design',
			content: 'a new design would be published before the summer',
			source: 'natarajan',
			cue: 'wrote',
			form: 'reported',
			sentences: ['p11s1'],
			explanation:
				'Reported, not quoted: "Natarajan wrote on the council\'s website that a new design would be published". These are the writer\'s words for what she wrote.',
			discuss: 'Is a promise reported in the article the same as a design being published?'
		},
		{
			id: 'want-the-lane',
			content: 'I want the lane.',
			source: 'reilly',
			cue: 'said Reilly',
			form: 'direct',
			sentences: ['p7s1', 'p7s2'],
			explanation:
				'The quote after "said Reilly" goes on: the residents\' spokesperson wants a lane, one that "does not close half the shops on the road".',
			discuss: "Why is this line surprising from the spokesperson of the plan's opponents?"
		},
		{
			id: 'first-to-sign',
			content:
				'If the council comes back with a plan that works for deliveries, I will be the first to sign it.',
			source: 'reilly',
			cue: 'said Reilly',
			form: 'direct',
			sentences: ['p7s1', 'p8s1'],
			explanation:
				"Reilly's quote in paragraph 7 has no closing quotation mark, and paragraph 8 opens with one and names nobody new: the same quote carries on. It is still Reilly.",
			discuss: 'How do you tell who is speaking when a quote runs over two paragraphs?'
		},
		{
			id: 'loading-bays',
			content: 'local businesses had not been asked about loading bays',
			source: 'reilly',
			cue: 'told the meeting',
			form: 'reported',
			sentences: ['p6s1'],
			explanation:
				'Reported speech: Reilly "told the meeting that local businesses had not been asked". The article gives his point, not his words.',
			discuss: 'What is lost when the article reports his point instead of quoting him?'
		},
		{
			id: 'single-conversation',
			content: 'without a single conversation',
			source: 'reilly',
			cue: 'told the meeting',
			form: 'direct',
			sentences: ['p6s1'],
			explanation:
				"A partial quote inside Reilly's reported speech: only these four words are in quotation marks, so only these are his exact words.",
			discuss: 'Why might a writer quote just four words and report the rest?'
		},
		{
			id: 'respect-whatever',
			content: 'she would "respect whatever the committee decides"',
			source: 'mayors-office',
			cue: 'Her office later said',
			form: 'reported',
			sentences: ['p9s2'],
			explanation:
				'"Her office later said": the words come from the mayor\'s office, about the mayor. The mayor herself is never quoted.',
			discuss: 'What is the difference between a mayor saying something and her office saying it?'
		},
		{
			id: 'did-not-hide-disappointment',
			content: 'did not hide her disappointment',
			source: 'writer',
			cue: null,
			form: 'writer',
			sentences: ['p3s1'],
			explanation:
				'No quotation marks and no speaker: this is the writer describing Natarajan, not Natarajan describing herself.',
			discuss: 'Whose judgement is "disappointment": Natarajan\'s, or the writer\'s?'
		},
		{
			id: 'not-yet-checked',
			content:
				'a petition with just over 1,400 signatures (a number the council has not yet checked)',
			source: 'writer',
			cue: null,
			form: 'writer',
			sentences: ['p5s1'],
			explanation:
				"The bracketed aside is the writer's own voice, warning that the figure has not been checked. Nobody is quoted in this sentence.",
			discuss: 'Why might the writer add "(a number the council has not yet checked)"?'
		},
		{
			id: 'did-not-say-whether',
			content: 'did not say whether she supports the lane',
			source: 'writer',
			cue: null,
			form: 'writer',
			sentences: ['p9s2'],
			explanation:
				"This is the writer pointing out what the mayor's office left out; the office did not say these words.",
			discuss: 'Why would a writer report what someone did not say?'
		}
	],
	decoys: [
		{
			id: 'mayor-supports-lane',
			content: 'I fully support the Harbour Road cycle lane.',
			soundsLike: 'achterberg',
			related: ['p9s1', 'p9s2'],
			explanation:
				'The mayor is never quoted. She was not at the meeting, and her office "did not say whether she supports the lane".',
			discuss: 'The mayor never speaks in this article. Why would a fake quote from her spread?'
		},
		{
			id: 'not-a-single-conversation',
			content: 'Nobody had a single conversation with us about this lane.',
			soundsLike: 'reilly',
			related: ['p6s1'],
			explanation:
				'Reilly\'s only words here are "without a single conversation", about how the first drawings appeared online. Turning reported speech into a full quote puts words in his mouth.',
			discuss: 'How is building a full quote out of four quoted words different from quoting?'
		},
		{
			id: 'consultation-right',
			content: 'We listened to everyone on this street, and we got the consultation right.',
			soundsLike: 'natarajan',
			related: ['p3s2', 'p12s1'],
			explanation:
				'Natarajan said "We have spent two years listening to people on this street" and later wrote "We got the consultation wrong". The fake stitches the two and flips the second.',
			discuss: 'Which real lines was this fake stitched from, and what did it turn around?'
		},
		{
			id: 'pay-back-every-penny',
			content: 'Officers must pay back every penny spent on the surveys.',
			soundsLike: 'committee',
			related: ['p10s1'],
			explanation:
				'The committee is never quoted, and it "did not ask officers to refund any of it": no decision has been made on the survey money.',
			discuss: 'What in this line sounds official, and what in the article contradicts it?'
		}
	],
	claims: [
		{
			id: 'lane-paused',
			claim: 'The cycle lane scheme has been paused.',
			label: 'supported',
			// Either sentence says so on its own.
			evidence: [['p1s1'], ['p2s1']],
			explanation:
				'The plans "have been put on hold", and the committee "voted five to two to pause the scheme for six weeks".',
			discuss: 'Two different sentences prove this. Which one would you cite, and why?'
		},
		{
			id: 'committee-scrapped',
			claim: 'The transport committee voted to scrap the cycle lane.',
			label: 'refuted',
			evidence: [['p2s1']],
			explanation:
				'It voted to pause the scheme for six weeks, "but it stopped short of scrapping it".',
			discuss: 'How could a headline like "Council halts cycle lane" mislead a reader?'
		},
		{
			id: 'vote-unanimous',
			claim: 'Every member of the transport committee voted for the pause.',
			label: 'refuted',
			evidence: [['p2s1']],
			explanation: 'The committee "voted five to two": two members voted against the pause.',
			discuss: 'What does "five to two" tell you, and what does it leave out?'
		},
		{
			id: 'natarajan-voted-against',
			claim: 'Natarajan voted against the pause.',
			label: 'not-in-article',
			evidence: [],
			related: ['p2s1', 'p3s1'],
			explanation:
				'The article gives the vote, five to two, and says she "did not hide her disappointment", but never says how she voted.',
			discuss:
				'Her disappointment makes it likely. Why is "likely" not the same as "in the article"?'
		},
		{
			id: 'petition-confirmed',
			claim: 'The council has confirmed that the petition had more than 1,400 signatures.',
			label: 'refuted',
			evidence: [['p5s1']],
			explanation: 'The writer says just over 1,400 is "a number the council has not yet checked".',
			discuss: 'Why does it matter who counted the signatures?'
		},
		{
			id: 'reilly-businesses-asked',
			claim: 'Reilly said local businesses had been asked about loading bays.',
			label: 'refuted',
			evidence: [['p6s1']],
			explanation:
				'He told the meeting "that local businesses had not been asked about loading bays".',
			discuss: 'One small word turns this claim around. Which one?'
		},
		{
			id: 'reilly-wants-lane',
			claim: 'Tom Reilly said he wants the lane.',
			label: 'supported',
			// "I want the lane." names no speaker: the sentence before, "said Reilly", does.
			evidence: [['p7s1', 'p7s2']],
			explanation: '"I ride a bike myself," said Reilly. "I want the lane. …"',
			discuss:
				'He wants the lane, yet he speaks for residents opposed to the plan. How can both be true?'
		},
		{
			id: 'reilly-shop-on-road',
			claim: "Tom Reilly's shop is on Harbour Road.",
			label: 'not-in-article',
			evidence: [],
			related: ['p6s1', 'p7s3'],
			explanation:
				'He is a shopkeeper and worries about "half the shops on the road", but the article never says where his shop is.',
			discuss: 'What would you need to read, beyond this article, to check this claim?'
		},
		{
			id: 'office-said-supports',
			claim: "The mayor's office said she supports the lane.",
			label: 'refuted',
			evidence: [['p9s2']],
			explanation:
				'Her office said she would "respect whatever the committee decides", and "did not say whether she supports the lane".',
			discuss: 'Is "respect whatever the committee decides" the same as support?'
		},
		{
			id: 'mayor-supports',
			claim: 'The mayor supports the cycle lane.',
			label: 'not-in-article',
			evidence: [],
			related: ['p9s2'],
			explanation:
				'Nothing in the article gives her view: her office "did not say whether she supports the lane".',
			discuss: 'Why is "not in the article" different from "false" here?'
		},
		{
			id: 'survey-money-decided',
			claim: 'The committee has decided what to do about the money already spent on surveys.',
			label: 'refuted',
			evidence: [['p10s1']],
			explanation: '"No decision has been made on the money already spent on surveys."',
			discuss: 'Why might a committee leave the money question open?'
		},
		{
			id: 'new-design-before-summer',
			claim: 'Natarajan wrote that a new design would be published before the summer.',
			label: 'supported',
			evidence: [['p11s1']],
			explanation:
				'"Natarajan wrote on the council\'s website that a new design would be published before the summer."',
			discuss: 'The claim is about what she wrote. Could it be true while no design ever appears?'
		},
		{
			id: 'natarajan-apologised',
			claim: 'Natarajan apologised for getting the consultation wrong.',
			label: 'supported',
			// "I am sorry" is the committee chair's; either pairing shows the chair is Natarajan.
			evidence: [
				['p11s1', 'p12s1'],
				['p3s1', 'p3s2', 'p12s1']
			],
			explanation:
				'"We got the consultation wrong, and I am sorry for that," wrote the committee chair: Natarajan, who wrote on the council\'s website.',
			discuss: 'The apology names no one. Which sentences tell you whose it is?'
		}
	],
	rulings: [
		{
			id: 'committee-decision',
			body: 'committee',
			question: 'Did the transport committee ask anyone to refund the money spent on surveys?',
			decision: 'voted five to two to pause the scheme for six weeks',
			candidates: ['natarajan', 'officers'],
			penalised: [],
			nobody: 'No, nobody was asked to refund anything',
			everyone: 'Yes, Natarajan and the officers',
			evidence: [['p10s1']],
			explanation:
				'"No decision has been made on the money already spent on surveys, and the committee did not ask officers to refund any of it": nobody was asked to pay anything back.',
			discuss:
				'"No decision has been made" sounds like "we don\'t know yet". What does the article tell you for certain?'
		}
	],
	timeline: {
		events: [
			{
				id: 'petition',
				what: 'Residents hand in their petition',
				when: 'a fortnight before the vote',
				sentence: 'p5s1'
			},
			{
				// The plans were put on hold after Tuesday night's meeting: the committee's vote.
				id: 'vote',
				what: "The transport committee's vote, at the council meeting",
				when: 'on Tuesday night',
				sentence: 'p1s1'
			},
			{
				id: 'website-post',
				what: "Natarajan's post on the council's website",
				when: 'Three weeks after the vote',
				sentence: 'p11s1'
			}
		],
		waits: [
			{
				from: 'petition',
				to: 'vote',
				question: 'How many days before the vote did residents hand in their petition?',
				days: 14,
				// "A fortnight" is exactly two weeks; the range forgives a slip of a day or two, not a week.
				accepted: { min: 12, max: 16 },
				evidence: [['p5s1']],
				explanation:
					'They handed it in "a fortnight before the vote": a fortnight is two weeks, 14 days.',
				discuss: 'Why might a writer say "a fortnight" rather than give the date?'
			},
			{
				from: 'vote',
				to: 'website-post',
				question: "How many days after the vote did Natarajan write on the council's website?",
				days: 21,
				// "Three weeks" is the article's own figure: 21 days, give or take a couple.
				accepted: { min: 19, max: 23 },
				evidence: [['p11s1']],
				explanation:
					'"Three weeks after the vote, Natarajan wrote on the council\'s website": three weeks is 21 days.',
				discuss:
					'"A fortnight before", "three weeks after": why does the article count from the vote, not give dates?'
			}
		]
	}
} satisfies ArticlePackInput;
