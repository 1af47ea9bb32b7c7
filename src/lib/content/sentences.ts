// Splits an article's verbatim text into paragraphs and sentences with stable ids ("p3s1").
// Pure TypeScript with no dependencies: the server, the browser and the authoring tools share it.

export interface Sentence {
	id: string;
	paragraph: number;
	text: string;
}

export interface Paragraph {
	id: string;
	sentences: Sentence[];
}

/**
 * A place where a sentence may end: "." or "!" (with any closing quotes or brackets after it), then
 * white space, then a capital letter or a digit (after at most one opening quote or bracket).
 * Two choices make this fit news copy, and every sentence id of the built-in articles rests on them:
 * - "?" never ends a sentence, so a rhetorical question stays with its answer
 *   ("Was Valtteri in the wrong? Probably not.") and evidence can point at the pair;
 * - quotes are not tracked as open or closed, so an unbalanced quotation mark (the Russell article
 *   has one) cannot swallow the rest of a paragraph.
 */
const CANDIDATE = /([.!])(["')\]\u201d\u2019]*)(\s+)(?=["'([\u201c\u2018]?[A-Z\u00c0-\u024f0-9])/gu;

/** Titles before a name: "Dr. Patel", "Mr. Jones", "St. Mary's". A full stop after them never ends a sentence. */
const TITLES = new Set(
	'Mr Mrs Ms Mx Messrs Dr Prof Rev Revd Fr Sr St Sen Rep Gov Gen Col Capt Cpt Lt Maj Sgt Cpl Adm Cmdr Insp Supt Det Cllr Hon Rt Mme Mlle Pres'.split(
		' '
	)
);
/** Abbreviations that sit inside a sentence: "e.g. Harbour Road", "Smith vs. Jones". */
const INSIDE = new Set('e.g i.e eg ie cf viz vs v approx'.split(' '));
/** Abbreviations before a number: "No. 10", "Jan. 5", "pp. 12". */
const BEFORE_NUMBER = new Set(
	'No Nos no nos p pp Vol vol Fig fig Figs figs Ch ch Art art Para para Sec sec Op op Ext ext Tel tel Ref ref Pt pt Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
		' '
	)
);
/** Abbreviations that end a sentence only when a typical first word follows: "Acme Ltd. The deal…". */
const AMBIGUOUS = new Set('Inc Ltd Co Corp Bros Plc plc Jr Sr Esq etc'.split(' '));
/**
 * Closed-class words that start sentences but rarely follow an initial or an abbreviation inside a
 * name: after "George W." comes "Bush", after "the U.S." comes "Senate"; "It", "The", "He" start a
 * new sentence.
 */
const SENTENCE_STARTERS = new Set(
	(
		'The A An It Its He She They We I You His Her Their Our My Your This That These Those There ' +
		'Then But And Or So Yet Now In On At For After Before When While If As Some Many Most Both Each ' +
		'Every Not However Meanwhile Still Later Earlier Last Next Today Yesterday Tomorrow Instead ' +
		'Although Though Because Since Once Only What Who Why How Where'
	).split(' ')
);
/** "Stop!" Smith shouted. — a cue after an exclamation stays with its quote. */
const CUE_AFTER =
	/^(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:said|says|shouted|yelled|cried|screamed|exclaimed|roared|added|asked|told|wrote|insisted|admitted|replied|joked|laughed)\b/u;

const INITIAL = /^[A-Z\u00c0-\u00de]$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

const SPACE = /\s/u;

/**
 * The word right before position `at` (back to white space, or to `from`). Found by walking back from
 * `at`, not by matching /(\S*)$/ on everything before it: a long paragraph with many candidates and
 * no boundary ("J. R. J. R. …") made that quadratic.
 */
function wordBefore(paragraph: string, from: number, at: number): string {
	let i = at;
	while (i > from && !SPACE.test(paragraph[i - 1]!)) i--;
	return paragraph.slice(i, at);
}

/** Whether the candidate boundary after `word` (the word up to the mark) really ends a sentence. */
function endsSentence(word: string, mark: string, closers: string, after: string): boolean {
	const nextWord = /^["'([\u201c\u2018]?([^\s"')\]\u201d\u2019,;:]*)/u.exec(after)?.[1] ?? '';
	if (mark === '!') return !(closers && CUE_AFTER.test(after));
	// A closing quote or bracket after the full stop: the sentence is over, whatever came before.
	if (closers) return true;
	word = word.replace(/^["'([\u201c\u2018]+/u, '');
	if (word.endsWith('.')) return true; // an ellipsis, or "...": as before
	const startsNumber = /^\d/u.test(nextWord);
	if (TITLES.has(word) || INSIDE.has(word) || INSIDE.has(word.toLowerCase())) return false;
	if (BEFORE_NUMBER.has(word) && startsNumber) return false;
	if (INITIAL.test(word) || DOTTED.test(word) || AMBIGUOUS.has(word)) {
		return startsNumber || SENTENCE_STARTERS.has(nextWord);
	}
	return true;
}

export function splitSentences(paragraph: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	for (const match of paragraph.matchAll(CANDIDATE)) {
		const [whole, mark, closers, space] = match as unknown as [string, string, string, string];
		const at = match.index;
		const end = at + whole.length - space.length;
		const after = paragraph.slice(at + whole.length);
		if (!endsSentence(wordBefore(paragraph, start, at), mark, closers, after)) continue;
		sentences.push(paragraph.slice(start, end));
		start = end;
	}
	sentences.push(paragraph.slice(start));
	return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/**
 * The article's paragraphs (split at blank lines), each with its line breaks made single spaces.
 * A run of white space with a line break in it becomes one space. The runs are matched whole, not
 * as optional spaces around a line break: that pattern retried every position of a long run of
 * spaces with no line break in it (20,000 spaces took 1.5 s).
 */
export function paragraphTexts(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)).trim())
		.filter((block) => block.length > 0);
}

export function splitArticle(text: string): Paragraph[] {
	return paragraphTexts(text).map((block, p) => ({
		id: `p${p + 1}`,
		sentences: splitSentences(block).map((text, s) => ({
			id: `p${p + 1}s${s + 1}`,
			paragraph: p + 1,
			text
		}))
	}));
}
