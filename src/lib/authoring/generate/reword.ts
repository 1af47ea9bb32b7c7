// Rewordings that keep a clause's meaning to the letter, so that a claim can say what the article
// says without copying it: contractions made or unmade ("is not" ↔ "isn't"), small numbers written
// as words or figures ("two" ↔ "2"), and intensifiers dropped ("really", "very"). Nothing else: a
// synonym or a change of voice could change what is claimed.

/**
 * A participle after "have" (or an adverb before one): "have won", "had never been", "had taken";
 * "had been" stays whole, as articles write it most.
 */
const PARTICIPLE =
	'(?:(?:never|already|just|always|also|ever|long|since|not|recently|only|all|both)\\s+)*(?:(?!\\p{Ll}*eed\\b)\\p{Ll}{2,}ed|been|seen|taken|given|written|spoken|broken|chosen|driven|eaten|fallen|forgotten|gotten|hidden|risen|shaken|stolen|beaten|proven|frozen|shown|known|grown|drawn|flown|thrown|blown|done|gone|got|made|said|told|had|found|lost|left|kept|held|paid|put|set|let|brought|bought|thought|felt|heard|met|run|won|sent|spent|built|become|begun|come|sold|sat|stood|struck|taught|fought|caught|understood|meant|read|hit|hurt|cut|shut|quit|spread)\\b';

/** Contractions made: "is not" → "isn't". */
const CONTRACT: [RegExp, string][] = [
	[/\b(is|are|was|were|does|do|did|has|have|had|would|could|should) not\b/giu, "$1n't"],
	[/\bwill not\b/giu, "won't"],
	[/\bcannot\b/giu, "can't"],
	[/\b(it|that|there|what|who|he|she) is\b/giu, "$1's"],
	[/\b(they|we|you) are\b/giu, "$1're"],
	// Only where "have" and "had" are auxiliaries, before a participle: not "they've the solutions",
	// "he'd 60 seconds", "they've to go".
	[new RegExp(`\\b(they|we|you|I) have(?=\\s+${PARTICIPLE})`, 'giu'), "$1've"],
	[new RegExp(`\\b(they|we|you|I|he|she) had(?!\\s+been\\b)(?=\\s+${PARTICIPLE})`, 'giu'), "$1'd"],
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

/** The clause with its intensifiers dropped ("a very obnoxious guy" → "an obnoxious guy"). */
export function dropIntensifiers(clause: string): string {
	return clause
		.replace(
			/\b(a|an|A|An)(?=(?:\s+(?:really|very|actually|absolutely|certainly|truly|simply|definitely)\b)+\s+(\p{L}))/gu,
			(article: string, _: string, letter: string) => {
				const an = /^[aeiou]/iu.test(letter);
				return /^A/u.test(article) ? (an ? 'An' : 'A') : an ? 'an' : 'a';
			}
		)
		.replace(INTENSIFIERS, '');
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

/** Words after which "will", "can" or "do" is a noun: "the will", "a can", "their own will". */
const NOUN_BEFORE =
	/^(?:the|a|an|this|that|his|her|their|our|its|my|your|own|free|political|popular)$/u;
/** Words after which a verb stays bare: modals and "to". */
const BARE_AFTER = new Set(
	'will would can could shall should may might must to cannot not'
		.split(' ')
		// "he'll do it", "I'd have": a contracted "will" or "would" ("'d" before a bare verb).
		.concat(["won't", "can't", 'do', 'does', 'did', "don't", "doesn't", "didn't", 'll', 'd'])
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
 * Past forms with no "-ed" whose participle is the same word: "lost" → "had lost". (Not "took" →
 * "had taken": a reader would look for a word the article does not write.)
 */
const SAME_PARTICIPLE = new Set(
	`lost made paid found kept left felt thought bought sent spent built won told heard held brought
	caught taught sold met led fought`.split(/\s+/u)
);
/** Subjects after which a past form is the clause's verb: "they pushed", "a change that broke". */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'that', 'who', 'which']);
/** Personal pronouns: the word after one is the clause's verb. */
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
/** Auxiliaries and modals, whole or contracted ("it's": "s"). */
const AUXILIARY =
	/^(?:is|are|am|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|s|re|ve|ll|d|m|\p{L}+n['\u2019]t|cannot)$/u;
/** Words before "was" or "were" that make it no plain past: "if it were", "as though", "wish I was". */
const UNREAL = /\b(?:if|wish|wished|though|unless)\s+(?:\S+\s+){0,2}$/iu;

/** The past perfect of a past form after its subject ("pushed" → "had pushed"); null for none. */
function pastPerfect(lower: string, subject: string, next: string): string | null {
	if (!SUBJECTS.has(subject)) return null;
	// "-eed" is a present ("they succeed"); "used to" no past of its own.
	const regular =
		/^\p{Ll}{2,}ed$/u.test(lower) && !/eed$/u.test(lower) && !(lower === 'used' && next === 'to');
	return regular || SAME_PARTICIPLE.has(lower) ? `had ${lower}` : null;
}

const WORD = /\b[\p{L}]+(?:['\u2019]t)?\b/gu;

/** Past forms that do not move to the past perfect ("did", "took"): the other pasts stay too. */
const FIXED_PAST =
	/^(?:did|didn['\u2019]t|took|gave|saw|went|knew|wrote|got|came|began|ran|drove|rose|fell|grew|broke|spoke|chose|ate|became)$/u;

/** A time told from now: "two weeks ago", "yesterday". A past moved back would not fit it. */
const FROM_NOW =
	/\b(?:ago|yesterday|today|tonight|tomorrow|now|currently|last\s+(?:week|month|year|night|time)|this\s+(?:week|month|year|morning))\b/iu;

/**
 * Which of the clause's verbs may move: the auxiliaries only ("is" → "was"), not the past, when a
 * main verb stays as it is (a present, "they think", "she wants": one in a later clause, "diseases
 * we know", does not count; or a past with no participle of the same form, "we didn't know"), or
 * with a time told from now ("two weeks ago").
 */
function movable(clause: string): 'all' | 'auxiliaries' {
	let subject = '';
	let beforeSubject = '';
	let fixedPast = FROM_NOW.test(clause);
	let finite = false;
	for (const m of clause.matchAll(WORD)) {
		const lower = m[0].toLowerCase();
		const next = /^\s+(\p{L}+)/u.exec(clause.slice(m.index + m[0].length))?.[1]?.toLowerCase();
		if (FIXED_PAST.test(lower)) fixedPast = finite = true;
		else if (AUXILIARY.test(lower)) finite = true;
		else if (PERSONAL.has(subject) && !LEFT_BETWEEN.has(lower)) {
			// A main clause: the first, or one joined by "and", "but" ("… and they want answers").
			const main = !finite || /^(?:and|but|or|so|yet)$/u.test(beforeSubject);
			if (!pastPerfect(lower, subject, next ?? '') && main) return 'auxiliaries';
			finite = true;
		}
		beforeSubject = subject;
		subject = lower;
	}
	return fixedPast ? 'auxiliaries' : 'all';
}

/**
 * The clause as reported speech tells it after "said": "the pier is not safe" → "the pier was not
 * safe", "it was a mistake" → "it had been a mistake", "we pushed a change" → "we had pushed a
 * change". Present main verbs stay as they are ("they want" is still right after "said"), and then
 * so does the past ("they think it was a mistake").
 * `past`: false for words already in the reported tense ("claimed that the era … was over").
 */
export function backshift(clause: string, past = true): string {
	let before = '';
	let previous = '';
	const pastMoves = past && movable(clause) === 'all';
	return clause.replace(WORD, (word, at: number) => {
		const lower = word.toLowerCase().replace(/\u2019/g, "'");
		// "should never have left", "to have": "have" after a modal or "to" keeps its form.
		const bound = BARE_AFTER.has(before) && (lower === 'have' || lower === 'do');
		const subject = previous;
		if (!LEFT_BETWEEN.has(lower)) before = lower;
		previous = lower;
		const next = /^\s+(\p{L}+)/u.exec(clause.slice(at + word.length))?.[1]?.toLowerCase() ?? '';
		const past = !pastMoves
			? null
			: (lower === 'was' || lower === 'were') &&
				  !UNREAL.test(clause.slice(0, at)) &&
				  // "was not", "was already": "had not been", "had already been" would move the word;
				  // "were being" would be "had been being".
				  !LEFT_BETWEEN.has(next) &&
				  !LEFT_BETWEEN.has(subject) &&
				  !/^(?:being|all|both|each)$/u.test(next)
				? 'had been'
				: /^\p{Ll}/u.test(word)
					? pastPerfect(lower, subject, next)
					: null;
		if (past) return past;
		// "the will of their own state", "a can of worms": a noun, no modal.
		const noun =
			NOUN_BEFORE.test(subject) ||
			(next === 'of' && !/^\s+of\s+course\b/iu.test(clause.slice(at + word.length)));
		const to = bound || noun ? undefined : BACKSHIFT[lower];
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
export function rewordings(clause: string, reported = false, quoted = true): string[] {
	const steps = [
		toggleContractions,
		toggleNumbers,
		dropIntensifiers,
		...(reported ? [(text: string) => backshift(text, quoted)] : [])
	];
	const all = steps.reduce((text, step) => step(text), clause);
	return [...new Set([clause, ...steps.map((step) => step(clause)), all])];
}
