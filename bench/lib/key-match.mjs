// How a suggestion is matched with a hand-written or corpus key: the same words for a direct quote,
// most of the key's words for reported speech, and the same person for a speaker (titles and
// generational suffixes aside). Shared by bench:authoring and train:attribution, so the model is
// fitted to exactly what the bench scores.

/** The words, as the pack schema compares them (quotes, dashes and spacing do not count). */
const words = (text) =>
	text
		.toLowerCase()
		.replace(/[\u2018\u2019']/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		// A single quotation mark is not part of the word it stands next to: ‘I … bath,’
		.map((w) => w.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
const phrase = (text) => ` ${words(text).join(' ')} `;
export const contains = (outer, inner) => phrase(outer).includes(phrase(inner));
const normalLabel = (label) =>
	words(label)
		.filter((w, i) => i > 0 || !['the', 'a', 'an'].includes(w))
		.join(' ');

/**
 * Titles a label may open with ("Mr Obama", "President Obama", "Sen. Brooks"): the person is the
 * name after them. The keys write names without titles.
 */
const TITLES =
	/^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|reverend|president|sen|senator|rep|representative|gov|governor|mayor|judge|justice|gen|general|secretary|speaker|chancellor)\s+)+/u;
/** Generational suffixes are not the surname: "Joseph R. Biden Jr." is a Biden. */
const SUFFIX = /\s+(?:jr|sr|ii|iii|iv)$/u;
const personLabel = (label) => normalLabel(label).replace(TITLES, '').replace(SUFFIX, '');

/** The key names a speaker by label (or several acceptable labels); a person's title may differ. */
export function sameSpeaker(key, source) {
	// A key without a name (a corpus's unnamed source) is scored for "found" only.
	if (!source || key === null) return false;
	const wanted = Array.isArray(key) ? key : [key];
	const label = personLabel(source.label);
	if (label === '') return false;
	return wanted.some((w) => {
		const want = personLabel(w);
		return label === want || label.endsWith(` ${want}`) || want.endsWith(` ${label}`);
	});
}

/** A direct quote is found when a suggestion's words contain the key's, or the other way round. */
export const directMatch = (key, suggestion) =>
	contains(suggestion.content, key.content) || contains(key.content, suggestion.content);

/** Reported speech: the same words, or most of the key's words in the suggestion. */
export function overlap(key, suggestion) {
	if (directMatch(key, suggestion)) return 1;
	const got = new Set(words(suggestion.content));
	const want = words(key.content);
	return want.filter((w) => got.has(w)).length / want.length;
}
export const reportedMatch = (key, suggestion) => overlap(key, suggestion) >= 0.6;
