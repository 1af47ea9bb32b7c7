// The right answers to the built-in article's quiz, written by hand from the article text
// (src/lib/content/packs/russell-bottas-imola.txt), NOT derived from the pack or the generator: the
// rounds in quiz.e2e.ts pick options by these visible labels and check the verdict panel against them,
// so a wrong source, label, ruling or wait in the pack, or a scoring regression, fails the test.
//
// Each entry is matched to the question on screen by its visible prompt and quoted line (subject).

export interface ExpectedChoice {
	prompt: string;
	subject?: string;
	/** The visible label of the right option. */
	answer: string;
	/** Words from each sentence that proves it (one complete evidence set); none when it is not in the article. */
	cite: string[];
	/** Why, in the article's words. */
	because: string;
}

export interface ExpectedNumber {
	prompt: string;
	subject?: string;
	hours: number;
	cite: string[];
	because: string;
}

export type Expected = ExpectedChoice | ExpectedNumber;

const WHO_IS = 'Who does the article mean by this?';
const WHO_SAID = 'Who said this, according to the article?';
const CLAIM = 'Is this claim supported by the article, refuted by it, or not in it?';

const RUSSELL = 'George Russell';
const BOTTAS = 'Valtteri Bottas';
const STEWARDS = 'The race stewards';
const WRITER = "The article's writer";
const MADE_UP = 'Not in the article';

export const EXPECTED_ANSWERS: Expected[] = [
	// Who is who.
	{
		prompt: WHO_IS,
		subject: 'the Briton',
		answer: RUSSELL,
		cite: ['Tonight, having had twenty-four hours', "Yesterday wasn't my proudest day"],
		because: '"Yesterday wasn\'t my proudest day," wrote the Briton: Russell\'s apology.'
	},
	{
		prompt: WHO_IS,
		subject: 'the Williams driver',
		answer: RUSSELL,
		cite: ['Could it have been avoided?', 'Was Valtteri in the wrong?'],
		because: '"Was Valtteri in the wrong? …" admitted the Williams driver: he is not Valtteri.'
	},
	{
		prompt: WHO_IS,
		subject: 'the Finn',
		answer: BOTTAS,
		cite: ['has issued an apology to Valtteri Bottas', 'Tonight, having had twenty-four hours'],
		because: 'Russell "took to social media … to issue an apology to the Finn" (to Valtteri).'
	},
	{
		prompt: WHO_IS,
		subject: 'the Mercedes driver',
		answer: BOTTAS,
		cite: ['convinced that the Mercedes driver'],
		because: 'The Briton asked the Finn …, convinced that the Mercedes driver was at fault.'
	},

	// Who said it.
	{
		prompt: WHO_SAID,
		subject: 'It was entirely my fault and I apologise to Valtteri.',
		answer: MADE_UP,
		cite: [],
		because: 'He apologises "to Valtteri, to my team and to anyone…", never "entirely my fault".'
	},
	{
		prompt: WHO_SAID,
		subject: 'declared it a racing incident and therefore not warranting punishment',
		answer: STEWARDS,
		cite: ['officially declared it a racing incident'],
		because: '"the stewards officially declared it a racing incident…"'
	},
	{
		prompt: WHO_SAID,
		subject: 'it all looks very, very different',
		answer: RUSSELL,
		cite: ['it all looks very, very different'],
		because: '"…it all looks very, very different," said the Briton.'
	},
	{
		prompt: WHO_SAID,
		subject: 'I was more frustrated because of the speed of the incident',
		answer: RUSSELL,
		cite: ['I was more frustrated'],
		because: '"I was more frustrated…" he admitted (the Briton of the line before).'
	},
	{
		prompt: WHO_SAID,
		subject: 'I caused the crash by spinning',
		answer: RUSSELL,
		cite: ['I caused the crash by spinning'],
		because: 'In the quote "admitted the Williams driver": Russell.'
	},
	{
		prompt: WHO_SAID,
		subject: 'asked the Finn if he had been trying to kill both of them',
		answer: RUSSELL,
		cite: ['convinced that the Mercedes driver'],
		because: '"the Briton asked the Finn if…": reported speech by Russell.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Were you trying to kill us both?',
		answer: MADE_UP,
		cite: [],
		because: 'The article only reports the question; these words are not in it.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Was Valtteri in the wrong? Probably not.',
		answer: RUSSELL,
		cite: ['Was Valtteri in the wrong?'],
		because: '"…admitted the Williams driver. "Was Valtteri in the wrong? Probably not."'
	},
	{
		prompt: WHO_SAID,
		subject: "Yesterday wasn't my proudest day",
		answer: RUSSELL,
		cite: ["Yesterday wasn't my proudest day"],
		because: '"Yesterday wasn\'t my proudest day," wrote the Briton.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Russell took to social media (where else?) to issue an apology',
		answer: WRITER,
		cite: ['Tonight, having had twenty-four hours'],
		because: 'The narration, with the writer\'s own aside "(where else?)".'
	},
	{
		prompt: WHO_SAID,
		subject: 'Valtteri did nothing that was outside the rules',
		answer: RUSSELL,
		cite: ['Valtteri did nothing that was outside the rules'],
		because: '"Valtteri did nothing that was outside the rules," he added: Russell about Bottas.'
	},
	{
		prompt: WHO_SAID,
		subject: "Now it's full focus on Portugal and a chance to show what I'm really about.",
		answer: RUSSELL,
		cite: ["Now it's full focus on Portugal"],
		because: 'The last paragraph of the apology the Briton wrote.'
	},
	{
		prompt: WHO_SAID,
		subject: "I was just defending my position, that's racing.",
		answer: MADE_UP,
		cite: [],
		because: 'Bottas is never quoted in the article.'
	},
	{
		prompt: WHO_SAID,
		subject: 'Car 63 will receive a three-place grid penalty at the next event.',
		answer: MADE_UP,
		cite: [],
		because: 'The stewards gave no punishment; no penalty is quoted.'
	},
	{
		prompt: WHO_SAID,
		subject: "Russell's stance began to soften after watching numerous replays",
		answer: WRITER,
		cite: ['stance began to soften'],
		because: 'Narration in the third paragraph, not in quotation marks.'
	},
	{
		prompt: WHO_SAID,
		subject: 'when you watch it from behind on the CCTV footage it looked quite clear',
		answer: RUSSELL,
		cite: ['CCTV footage'],
		because: 'The paragraph continues the Briton\'s quote ("like I said").'
	},

	// Rulings.
	{
		prompt: 'Did the race stewards penalise anyone for the crash?',
		answer: 'No, nobody was penalised',
		cite: ['officially declared it a racing incident'],
		because: '"a racing incident and therefore not warranting punishment".'
	},

	// Timeline.
	{
		prompt: 'How many hours after the crash did Russell post his apology?',
		hours: 24,
		cite: ['Tonight, having had twenty-four hours'],
		because:
			'"Tonight, having had twenty-four hours to think things over, Russell took to social media".'
	},

	// Checking claims.
	{
		prompt: CLAIM,
		subject: "Russell's view of the crash softened after he watched replays.",
		answer: 'Supported',
		cite: ['stance began to soften'],
		because: '"Russell\'s stance began to soften after watching numerous replays."'
	},
	{
		prompt: CLAIM,
		subject: 'Russell wrote that his full focus is now on Portugal.',
		answer: 'Supported',
		cite: ["Now it's full focus on Portugal"],
		because: '"Now it\'s full focus on Portugal…" in the apology he wrote.'
	},
	{
		prompt: CLAIM,
		subject: 'The stewards penalised Bottas for the crash.',
		answer: 'Refuted',
		cite: ['officially declared it a racing incident'],
		because: '"…a racing incident and therefore not warranting punishment".'
	},
	{
		prompt: CLAIM,
		subject: "Bottas accepted Russell's apology.",
		answer: 'Not in the article',
		cite: [],
		because: "The article ends with the apology; Bottas's reaction is never given."
	},
	{
		prompt: CLAIM,
		subject: 'Russell said he was wrong to go for the overtake.',
		answer: 'Refuted',
		cite: ['I caused the crash by spinning'],
		because: '"was I wrong to go for that overtake? Absolutely not."'
	},
	{
		prompt: CLAIM,
		subject: 'Bottas said he had done nothing outside the rules.',
		answer: 'Not in the article',
		cite: [],
		because: 'Russell said it about Valtteri; nothing Bottas said is reported.'
	},
	{
		prompt: CLAIM,
		subject: 'Bottas apologised to Russell.',
		answer: 'Not in the article',
		cite: [],
		because: 'Only Russell apologises; nothing says whether Bottas did.'
	},
	{
		prompt: CLAIM,
		subject:
			'Russell said he would have reacted more calmly if they had been battling for last place.',
		answer: 'Refuted',
		cite: ['battling for the win'],
		because: '"I would have reacted exactly the same had it been … battling for last."'
	},
	{
		prompt: CLAIM,
		subject: 'Russell admitted that he caused the crash.',
		answer: 'Supported',
		cite: ['I caused the crash by spinning'],
		because: '"I caused the crash by spinning," admitted the Williams driver.'
	},
	{
		prompt: CLAIM,
		subject: 'Russell apologised within an hour of the crash.',
		answer: 'Refuted',
		cite: ['Tonight, having had twenty-four hours'],
		because: 'He apologised "having had twenty-four hours to think things over".'
	}
];

/** The skills as the results screen labels them, in its order. */
export const SKILL_LABELS = [
	'Who is who',
	'Who said it',
	'Rulings',
	'Timeline',
	'Checking claims'
] as const;
export type SkillLabel = (typeof SKILL_LABELS)[number];

/** The skill an entry tests, read from its prompt (and, for the two single questions, its kind). */
export const skillOf = (e: Expected): SkillLabel =>
	e.prompt === WHO_IS
		? 'Who is who'
		: e.prompt === WHO_SAID
			? 'Who said it'
			: e.prompt === CLAIM
				? 'Checking claims'
				: 'hours' in e
					? 'Timeline'
					: 'Rulings';

/** The skill table's rows as the results screen labels them, counted from this key. */
export function expectedSkillTotals(): { label: string; max: number }[] {
	return SKILL_LABELS.map((label) => ({
		label,
		max: EXPECTED_ANSWERS.filter((e) => skillOf(e) === label).length
	}));
}

/** How many questions have evidence to find: the "Finding evidence" row's maximum. */
export const EXPECTED_EVIDENCE_MAX = EXPECTED_ANSWERS.filter((e) => e.cite.length > 0).length;

/** The entry for the question on screen, by its visible prompt and quoted line. */
export function expectedFor(prompt: string, subject: string | undefined): Expected {
	const found = EXPECTED_ANSWERS.filter(
		(e) => e.prompt === prompt.trim() && (e.subject ?? undefined) === (subject?.trim() || undefined)
	);
	if (found.length !== 1)
		throw new Error(`No single expected answer for "${prompt}" / "${subject ?? ''}"`);
	return found[0]!;
}
