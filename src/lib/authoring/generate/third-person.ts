// A first-person clause told in the third person, as reported speech tells it: "We have been patient"
// → "they have been patient", "I don't think anyone wants that" → "he doesn't think anyone wants
// that". Only the pronouns and the verb right after "I" change; a clause with a word whose person
// cannot be told ("you") is refused rather than guessed.

export type Gender = 'f' | 'm';

const PLAIN: Record<string, [string, string]> = {
	// [she form, he form]
	i: ['she', 'he'],
	me: ['her', 'him'],
	my: ['her', 'his'],
	mine: ['hers', 'his'],
	myself: ['herself', 'himself'],
	"i'm": ["she's", "he's"],
	"i've": ['she has', 'he has'],
	"i'd": ["she'd", "he'd"],
	"i'll": ["she'll", "he'll"]
};
const PLURAL: Record<string, string> = {
	we: 'they',
	us: 'them',
	our: 'their',
	ours: 'theirs',
	ourselves: 'themselves',
	"we're": "they're",
	"we've": "they've",
	"we'll": "they'll",
	"we'd": "they'd"
};
/** Words whose person the clause does not tell: the quote is addressed to someone. */
const REFUSED = /^(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|ya|y'all)$/u;

/** The verb after "I", made third person: "am" → "is", "think" → "thinks"; past forms stay. */
const AFTER_I: Record<string, string> = {
	am: 'is',
	have: 'has',
	do: 'does',
	"don't": "doesn't",
	go: 'goes',
	was: 'was'
};
const UNCHANGED =
	/^(?:was|did|didn't|had|hadn't|will|won't|would|wouldn't|can|can't|cannot|could|couldn't|should|shouldn't|must|might|may|went|said|got|made|took|saw|came|knew|thought|felt|told|left|found|gave|kept|lost|met|paid|ran|sat|sent|spent|stood|won|wrote|bought|brought|caught|taught|fought|built|understood|heard|held|meant|became|began|\p{L}+ed)$/u;
const ADVERB =
	/^(?:really|just|also|still|never|always|certainly|only|actually|honestly|genuinely|simply|personally|truly|\p{L}+ly)$/u;

function thirdPersonVerb(verb: string): string | null {
	const lower = verb.toLowerCase();
	if (AFTER_I[lower]) return AFTER_I[lower]!;
	if (UNCHANGED.test(lower)) return verb;
	if (!/^\p{Ll}+$/u.test(verb)) return null;
	if (/(?:s|sh|ch|x|z|o)$/u.test(verb)) return `${verb}es`;
	if (/[^aeiou]y$/u.test(verb)) return `${verb.slice(0, -1)}ies`;
	return `${verb}s`;
}

const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[^\p{L}\p{N}\s]+|\s+/gu;

/**
 * The clause in the third person for a speaker of this gender (null: a person of unknown gender or a
 * body, for whom only "we" can be turned); the clause as it is when nothing in it is first person.
 * Null when a word cannot be turned.
 */
export function toThirdPerson(clause: string, gender: Gender | null): string | null {
	const told = turnPerson(clause, gender);
	return told === null ? null : told;
}

function turnPerson(clause: string, gender: Gender | null): string | null {
	const parts = clause.match(TOKEN) ?? [];
	const out: string[] = [];
	let changed = false;
	let afterI = false;
	for (const [index, part] of parts.entries()) {
		if (/^\s+$/u.test(part) || !/\p{L}/u.test(part)) {
			out.push(part);
			continue;
		}
		const lower = part.toLowerCase().replace(/\u2019/g, "'");
		if (REFUSED.test(lower)) return null;
		if (afterI) {
			// "I kind of got into a panic": "kind of" and "sort of" are no verb.
			const hedge =
				(/^(?:kind|sort)$/u.test(lower) && /^of$/iu.test(parts[index + 2] ?? '')) ||
				(lower === 'of' && /^(?:kind|sort)$/iu.test(parts[index - 2] ?? ''));
			if (ADVERB.test(lower) || hedge) {
				out.push(part);
				continue;
			}
			const verb = thirdPersonVerb(part);
			if (verb === null) return null;
			out.push(verb);
			afterI = false;
			continue;
		}
		const singular = PLAIN[lower];
		if (singular) {
			if (gender === null) return null;
			out.push(singular[gender === 'f' ? 0 : 1]);
			changed = true;
			afterI = lower === 'i';
			continue;
		}
		const plural = PLURAL[lower];
		if (plural) {
			out.push(plural);
			changed = true;
			continue;
		}
		out.push(part);
	}
	if (afterI) return null;
	// "People say they attack us": "us" told as "them" would be the same "they" as the people.
	// Nor beside someone else told of in the third person: "he's talking about breaking up their
	// alliances" would make them his.
	if (
		changed &&
		/\b(?:they|them|their|theirs|he|him|his|she|her|hers|he['\u2019]s|she['\u2019]s)\b/iu.test(
			clause
		) &&
		/\b(?:we|us|our|ours|we['\u2019](?:re|ve|ll|d))\b/iu.test(clause)
	)
		return null;
	return changed ? out.join('') : clause;
}
