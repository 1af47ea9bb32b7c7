// Rewordings that keep a clause's meaning to the letter, so that a claim can say what the article
// says without copying it: contractions made or unmade ("is not" ↔ "isn't"), small numbers written
// as words or figures ("two" ↔ "2"), and intensifiers dropped ("really", "very"). Nothing else: a
// synonym or a change of voice could change what is claimed.

/** Contractions made: "is not" → "isn't". */
const CONTRACT: [RegExp, string][] = [
	[/\b(is|are|was|were|does|do|did|has|have|had|would|could|should) not\b/giu, "$1n't"],
	[/\bwill not\b/giu, "won't"],
	[/\bcannot\b/giu, "can't"],
	[/\b(it|that|there|what|who|he|she) is\b/giu, "$1's"],
	[/\b(they|we|you) are\b/giu, "$1're"],
	// Not "have to" (they've to go) nor "have got": only where "have" is a plain auxiliary.
	[/\b(they|we|you|I) have\b(?!\s+(?:to|got)\b)/giu, "$1've"],
	[/\b(they|we|you|I|he|she) had\b(?!\s+(?:a|an|the|to|no|been|\d)\b)/giu, "$1'd"],
	[/\b(they|we|you|I|he|she|it) will\b/giu, "$1'll"]
];
/** Contractions unmade: "isn't" → "is not". */
const UNCONTRACT: [RegExp, string][] = [
	[/\b(is|are|was|were|does|do|did|has|have|had|would|could|should)n['\u2019]t\b/giu, '$1 not'],
	[/\bwon['\u2019]t\b/giu, 'will not'],
	[/\bcan['\u2019]t\b/giu, 'cannot'],
	[/\b(it|that|there|what|who)['\u2019]s\b(?!\s+(?:been|got)\b)/giu, '$1 is'],
	[/\b(they|we|you)['\u2019]re\b/giu, '$1 are'],
	[/\b(they|we|you|I)['\u2019]ve\b/giu, '$1 have'],
	[/\b(they|we|you|I|he|she|it)['\u2019]ll\b/giu, '$1 will']
];

/** Numbers written as words, each at its own value: "two" is 2. */
export const SMALL_NUMBERS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];
/** Words that only stress: dropped, they change no fact. */
const INTENSIFIERS =
	/\s+\b(?:really|very|actually|absolutely|certainly|truly|simply|definitely)\b(?=\s)/giu;

/** Each contraction unmade, and each pair that can be contracted contracted, in one pass. */
export function toggleContractions(clause: string): string {
	const kept: string[] = [];
	let out = clause;
	for (const [pattern, to] of UNCONTRACT)
		out = out.replace(pattern, (...m: string[]) => {
			kept.push(to.replace('$1', m[1] ?? ''));
			return `\uE000${kept.length - 1}\uE000`;
		});
	for (const [pattern, to] of CONTRACT) out = out.replace(pattern, to);
	return out.replace(/\uE000(\d+)\uE000/gu, (_, i: string) => kept[Number(i)]!);
}

/** Small numbers as figures and figures as words ("two years" ↔ "2 years"); not a year or a decimal. */
export function toggleNumbers(clause: string): string {
	// Not an amount of money or a share: "$12" and "9%" keep their figures.
	return clause.replace(/(?<![\d.,$£€])\b(?:[a-z]+|\d{1,2})\b(?![.,]\d|\s?%)/gu, (word) => {
		if (/^\d+$/u.test(word)) return SMALL_NUMBERS[Number(word)] ?? word;
		const n = SMALL_NUMBERS.indexOf(word);
		// "one" is a pronoun as often as a number.
		return n >= 2 ? String(n) : word;
	});
}

/** The clause with its intensifiers dropped. */
export function dropIntensifiers(clause: string): string {
	return clause.replace(INTENSIFIERS, '');
}

/** Present and future auxiliaries in the tense reported speech puts them in: "is" → "was". */
const BACKSHIFT: Record<string, string> = {
	is: 'was',
	are: 'were',
	am: 'was',
	has: 'had',
	have: 'had',
	will: 'would',
	can: 'could',
	do: 'did',
	does: 'did',
	"isn't": "wasn't",
	"aren't": "weren't",
	"hasn't": "hadn't",
	"haven't": "hadn't",
	"won't": "wouldn't",
	"can't": "couldn't",
	cannot: 'could not',
	"don't": "didn't",
	"doesn't": "didn't"
};

/** Words after which a verb stays bare: modals and "to". */
const BARE_AFTER = new Set(
	'will would can could shall should may might must to cannot not'
		.split(' ')
		.concat(["won't", "can't", 'do', 'does', 'did', "don't", "doesn't", "didn't"])
);
/** Words that may stand between a modal and its verb: "should never have". */
const LEFT_BETWEEN = new Set([
	'never',
	'not',
	'also',
	'already',
	'ever',
	'just',
	'still',
	'really'
]);

/**
 * The clause as reported speech tells it after "said": "the pier is not safe" → "the pier was not
 * safe". Only auxiliaries move; a main verb stays as it is ("they want" is still right after "said").
 */
export function backshift(clause: string): string {
	let before = '';
	return clause.replace(/\b[\p{L}]+(?:['\u2019]t)?\b/gu, (word) => {
		const lower = word.toLowerCase().replace(/\u2019/g, "'");
		// "should never have left", "to have": "have" after a modal or "to" keeps its form.
		const bound = BARE_AFTER.has(before) && (lower === 'have' || lower === 'do');
		if (!LEFT_BETWEEN.has(lower)) before = lower;
		const to = bound ? undefined : BACKSHIFT[lower];
		return to === undefined
			? word
			: /^\p{Lu}/u.test(word)
				? to.charAt(0).toUpperCase() + to.slice(1)
				: to;
	});
}

/**
 * Every rewording of the clause, the plainest first: each alone, then all together. `reported`:
 * the clause follows "said", so its auxiliaries may also be put in the reported tense.
 */
export function rewordings(clause: string, reported = false): string[] {
	const steps = [
		toggleContractions,
		toggleNumbers,
		dropIntensifiers,
		...(reported ? [backshift] : [])
	];
	const all = steps.reduce((text, step) => step(text), clause);
	return [...new Set([clause, ...steps.map((step) => step(clause)), all])];
}
