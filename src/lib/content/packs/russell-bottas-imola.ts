// The Russell–Bottas Imola article as data: who said what, the ruling, the timeline, claims and decoys.
import type { ArticlePackInput } from '../schema';
import text from './russell-bottas-imola.txt?raw';

export const russellBottasImola = {
	id: 'russell-bottas-imola',
	// The article arrives without a headline; this title is ours and asserts nothing beyond p1s1.
	title: 'Russell apologises to Bottas after their crash at Imola',
	topic: 'the Russell–Bottas crash',
	text,
	sources: [
		{
			id: 'russell',
			label: 'George Russell',
			kind: 'person',
			epithets: [
				{
					text: 'the Briton',
					evidence: [['p9s1', 'p10s1']],
					explanation:
						'Russell took to social media to apologise, and the apology is introduced with "wrote the Briton".',
					discuss: 'Why might a writer keep swapping a name for "the Briton"?'
				},
				{
					text: 'the Williams driver',
					discuss: 'Which words in the quote rule out Bottas as "the Williams driver"?',
					evidence: [['p8s1', 'p8s2']],
					explanation:
						'The Williams driver asks "Was Valtteri in the wrong?", so he is not Bottas: he is Russell, the only other driver in the crash.'
				}
			]
		},
		{
			id: 'bottas',
			label: 'Valtteri Bottas',
			kind: 'person',
			epithets: [
				{
					text: 'the Finn',
					discuss: 'Why is it risky to guess who an epithet means without a second sentence?',
					evidence: [['p1s1', 'p9s1']],
					explanation:
						'Russell issued "an apology to Valtteri Bottas" and took to social media "to issue an apology to the Finn".'
				},
				{
					text: 'the Mercedes driver',
					discuss:
						'What would a reader who skipped the first paragraph think "the Mercedes driver" meant?',
					evidence: [['p2s1']],
					explanation:
						'The Briton (Russell) asked the Finn if he had been trying to kill them both, "convinced that the Mercedes driver was at fault": the driver he blamed, Bottas.'
				}
			]
		},
		{ id: 'stewards', label: 'The race stewards', kind: 'body' },
		{ id: 'writer', label: "The article's writer", kind: 'writer' }
	],
	statements: [
		{
			id: 'looks-very-different',
			discuss: 'Why does "said the Briton" come after the quote, and does that change who spoke?',
			content: 'it all looks very, very different',
			source: 'russell',
			cue: 'said the Briton',
			form: 'direct',
			sentences: ['p4s1'],
			explanation: 'A direct quote closed by "said the Briton": the Briton is George Russell.'
		},
		{
			id: 'cctv-footage',
			content: 'when you watch it from behind on the CCTV footage it looked quite clear',
			source: 'russell',
			cue: null,
			form: 'direct',
			sentences: ['p5s1'],
			explanation:
				'This paragraph opens with a quotation mark and names no new speaker, so it carries on the last quote: Russell\'s ("said the Briton").',
			discuss: 'How do you tell who is speaking when a quote runs over several paragraphs?'
		},
		{
			id: 'more-frustrated',
			discuss: 'What does the cue "admitted" suggest that "said" would not?',
			content: 'I was more frustrated because of the speed of the incident',
			source: 'russell',
			cue: 'he admitted',
			form: 'direct',
			sentences: ['p6s1'],
			explanation: '"He admitted" continues the Briton\'s quotes: Russell is speaking.'
		},
		{
			id: 'nothing-outside-rules',
			content: 'Valtteri did nothing that was outside the rules',
			source: 'russell',
			cue: 'he added',
			form: 'direct',
			sentences: ['p7s1'],
			explanation:
				'It sounds like a ruling, but it is Russell talking about Bottas ("he added"). The stewards are never quoted directly.',
			discuss: "Why is it easy to mistake this line for the stewards' verdict?"
		},
		{
			id: 'valtteri-probably-not',
			discuss: 'How does a stray quotation mark make attribution harder, and how do you check it?',
			content: 'Was Valtteri in the wrong? Probably not.',
			source: 'russell',
			cue: 'admitted the Williams driver',
			form: 'direct',
			sentences: ['p8s2'],
			explanation:
				'Part of the quote that opens "admitted the Williams driver" (Russell). A stray quotation mark in the original does not change the speaker.'
		},
		{
			id: 'caused-the-crash',
			discuss:
				'He admits causing the crash but defends the move. How would a headline shorten that?',
			content: 'I caused the crash by spinning',
			source: 'russell',
			cue: 'admitted the Williams driver',
			form: 'direct',
			sentences: ['p8s4'],
			explanation:
				"Still the Williams driver's quote: Russell admits he spun, but not that the overtake was wrong."
		},
		{
			id: 'not-proudest-day',
			discuss: 'This was written on social media, not said to reporters. Does the channel matter?',
			content: "Yesterday wasn't my proudest day",
			source: 'russell',
			cue: 'wrote the Briton',
			form: 'direct',
			sentences: ['p10s1'],
			explanation: 'The opening of Russell\'s social-media apology: "wrote the Briton".'
		},
		{
			id: 'focus-on-portugal',
			discuss: 'What does the apology end with, and why might a driver end that way?',
			content: "Now it's full focus on Portugal and a chance to show what I'm really about.",
			source: 'russell',
			cue: 'wrote the Briton',
			form: 'direct',
			sentences: ['p14s1'],
			explanation: 'The end of the written apology that began "wrote the Briton": Russell.'
		},
		{
			id: 'trying-to-kill',
			content: 'asked the Finn if he had been trying to kill both of them',
			source: 'russell',
			cue: 'asked',
			form: 'reported',
			sentences: ['p2s1'],
			explanation:
				'Reported speech: the Briton (Russell) asked this of the Finn (Bottas). The article gives the gist, not his exact words.',
			discuss: 'What is lost when words are reported rather than quoted?'
		},
		{
			id: 'racing-incident',
			discuss: 'Why might the article report the ruling instead of quoting the stewards?',
			content: 'declared it a racing incident and therefore not warranting punishment',
			source: 'stewards',
			cue: 'declared',
			form: 'reported',
			sentences: ['p3s1'],
			explanation: 'Reported speech: "the stewards officially declared it a racing incident".'
		},
		{
			id: 'stance-began-to-soften',
			discuss: 'Whose judgement is "began to soften": Russell\'s, or the writer\'s?',
			content: "Russell's stance began to soften after watching numerous replays",
			source: 'writer',
			cue: null,
			form: 'writer',
			sentences: ['p3s1'],
			explanation: 'No quotation marks and no speaker: this is the writer describing Russell.'
		},
		{
			id: 'where-else',
			content: 'Russell took to social media (where else?) to issue an apology',
			source: 'writer',
			cue: null,
			form: 'writer',
			sentences: ['p9s1'],
			explanation:
				'The bracketed aside "(where else?)" is the writer\'s own voice, not a quote from anyone.',
			discuss: 'What does the aside "(where else?)" tell you about the writer\'s attitude?'
		}
	],
	decoys: [
		{
			id: 'defending-my-position',
			content: "I was just defending my position, that's racing.",
			soundsLike: 'bottas',
			related: ['p7s1'],
			explanation:
				'Bottas is never quoted in the article. The only words about his driving are Russell\'s: "Valtteri did nothing that was outside the rules".',
			discuss: 'Bottas never speaks in this article. Whose side of the story do we get?'
		},
		{
			id: 'trying-to-kill-us-both',
			discuss: 'How is turning reported speech into a quote different from quoting it?',
			content: 'Were you trying to kill us both?',
			soundsLike: 'russell',
			related: ['p2s1'],
			explanation:
				'The article only reports that Russell asked if Bottas "had been trying to kill both of them". Turning reported speech into a quote puts words in his mouth.'
		},
		{
			id: 'grid-penalty',
			discuss: 'What official-sounding details made this line feel believable?',
			content: 'Car 63 will receive a three-place grid penalty at the next event.',
			soundsLike: 'stewards',
			related: ['p3s1'],
			explanation:
				'The stewards gave no penalty: they "declared it a racing incident and therefore not warranting punishment".'
		},
		{
			id: 'entirely-my-fault',
			content: 'It was entirely my fault and I apologise to Valtteri.',
			soundsLike: 'russell',
			related: ['p8s4', 'p12s1'],
			explanation:
				'Russell did apologise to Valtteri and said he caused the crash by spinning, but he never called it "entirely my fault": he said going for the overtake was not wrong.',
			discuss: 'Which real lines was this fake stitched together from, and what did it change?'
		}
	],
	claims: [
		{
			id: 'admitted-causing-crash',
			discuss: 'Which exact words settle this claim, and which words nearby could mislead?',
			claim: 'Russell admitted that he caused the crash.',
			label: 'supported',
			evidence: [['p8s4']],
			explanation: 'He said: "I caused the crash by spinning".'
		},
		{
			id: 'wrong-to-overtake',
			claim: 'Russell said he was wrong to go for the overtake.',
			label: 'refuted',
			evidence: [['p8s4']],
			explanation: '"Was I wrong to go for that overtake? Absolutely not."',
			discuss: 'Russell admits one thing and denies another in the same breath. Which is which?'
		},
		{
			id: 'bottas-penalised',
			discuss: 'What is the difference between "not warranting punishment" and "not at fault"?',
			claim: 'The stewards penalised Bottas for the crash.',
			label: 'refuted',
			evidence: [['p3s1']],
			explanation: 'The stewards declared it a racing incident, "not warranting punishment".'
		},
		{
			id: 'bottas-apologised',
			discuss: 'Why is "not in the article" different from "false"?',
			claim: 'Bottas apologised to Russell.',
			label: 'not-in-article',
			evidence: [],
			related: ['p1s1'],
			explanation:
				'The apology in the article goes the other way: Russell to Bottas. Nothing says what Bottas did.'
		},
		{
			id: 'bottas-said-within-rules',
			claim: 'Bottas said he had done nothing outside the rules.',
			label: 'not-in-article',
			evidence: [],
			related: ['p7s1'],
			explanation:
				'Those are Russell\'s words about Bottas ("Valtteri did nothing that was outside the rules"). Bottas is never quoted.',
			discuss: 'The words are in the article. Why is the claim still not supported?'
		},
		{
			id: 'bottas-accepted-apology',
			discuss: 'What would you need to read, beyond this article, to check this claim?',
			claim: "Bottas accepted Russell's apology.",
			label: 'not-in-article',
			evidence: [],
			related: ['p9s1'],
			explanation:
				"The article ends with Russell's apology; it says nothing about how Bottas took it."
		},
		{
			id: 'wrote-full-focus-on-portugal',
			discuss: 'Does the article say the next race is in Portugal, or only that his focus is?',
			claim: 'Russell wrote that his full focus is now on Portugal.',
			label: 'supported',
			evidence: [['p14s1']],
			explanation: 'His written apology ends: "Now it\'s full focus on Portugal".'
		},
		{
			id: 'apologised-within-an-hour',
			discuss: 'Which two moments does the article contrast, and how far apart are they?',
			claim: 'Russell apologised within an hour of the crash.',
			label: 'refuted',
			evidence: [['p9s1']],
			related: ['p2s1'],
			explanation:
				'He apologised "tonight, having had twenty-four hours to think things over". Straight after the crash he was blaming Bottas.'
		},
		{
			id: 'softened-after-replays',
			discuss: 'The writer says his stance softened. Which quote supports that reading?',
			claim: "Russell's view of the crash softened after he watched replays.",
			label: 'supported',
			evidence: [['p3s1']],
			explanation: '"Russell\'s stance began to soften after watching numerous replays."'
		},
		{
			id: 'calmer-if-battling-for-last',
			discuss: 'Why might someone misremember this line as the opposite of what he said?',
			claim:
				'Russell said he would have reacted more calmly if they had been battling for last place.',
			label: 'refuted',
			evidence: [['p6s2']],
			explanation:
				'He said he "would have reacted exactly the same had it been battling for the win, battling for ninth or battling for last".'
		}
	],
	rulings: [
		{
			id: 'stewards-ruling',
			body: 'stewards',
			question: 'Did the race stewards penalise anyone for the crash?',
			everyone: 'Yes, both drivers',
			decision: 'declared it a racing incident and therefore not warranting punishment',
			penalised: [],
			evidence: [['p3s1']],
			explanation:
				'The stewards "officially declared it a racing incident and therefore not warranting punishment": nobody was penalised.',
			discuss: "Russell later took responsibility. Does that change the stewards' ruling?"
		}
	],
	timeline: {
		events: [
			{ id: 'crash', what: 'The crash at Imola', when: 'on Sunday', sentence: 'p1s1' },
			{
				id: 'apology',
				what: "Russell's apology on social media",
				when: 'Tonight, having had twenty-four hours to think things over',
				sentence: 'p9s1'
			}
		],
		waits: [
			{
				from: 'crash',
				to: 'apology',
				question: 'How many hours after the crash did Russell post his apology?',
				hours: 24,
				// "Twenty-four hours" is the article's own figure; a day either side of the evening is not.
				accepted: { min: 20, max: 30 },
				evidence: [['p9s1']],
				explanation:
					'The crash was on Sunday; he apologised "tonight, having had twenty-four hours to think things over": about 24 hours.',
				discuss:
					'In the moments after the crash Russell blamed Bottas. What changed in those 24 hours?'
			}
		]
	}
} satisfies ArticlePackInput;
