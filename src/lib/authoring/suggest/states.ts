// The US state a person represents or governs, as the text ties it to their name ("Sen. Maya Brooks
// (D-Ohio)", "Ohio Gov. Maya Brooks", "Maya Brooks of Ohio"), so "the Ohio senator" finds her.
import { type Token } from '../text';
import { type Article, type Entity, type Mention } from './article';

/** Each state's name, then the abbreviations news writes for it (AP style, then postal). */
const STATES: [string, ...string[]][] = [
	['Alabama', 'Ala.', 'AL'],
	['Alaska', 'AK'],
	['Arizona', 'Ariz.', 'AZ'],
	['Arkansas', 'Ark.', 'AR'],
	['California', 'Calif.', 'CA'],
	['Colorado', 'Colo.', 'CO'],
	['Connecticut', 'Conn.', 'CT'],
	['Delaware', 'Del.', 'DE'],
	['Florida', 'Fla.', 'FL'],
	['Georgia', 'Ga.', 'GA'],
	['Hawaii', 'HI'],
	['Idaho', 'ID'],
	['Illinois', 'Ill.', 'IL'],
	['Indiana', 'Ind.', 'IN'],
	['Iowa', 'IA'],
	['Kansas', 'Kan.', 'Kans.', 'KS'],
	['Kentucky', 'Ky.', 'KY'],
	['Louisiana', 'La.', 'LA'],
	['Maine', 'ME'],
	['Maryland', 'Md.', 'MD'],
	['Massachusetts', 'Mass.', 'MA'],
	['Michigan', 'Mich.', 'MI'],
	['Minnesota', 'Minn.', 'MN'],
	['Mississippi', 'Miss.', 'MS'],
	['Missouri', 'Mo.', 'MO'],
	['Montana', 'Mont.', 'MT'],
	['Nebraska', 'Neb.', 'Nebr.', 'NE'],
	['Nevada', 'Nev.', 'NV'],
	['New Hampshire', 'N.H.', 'NH'],
	['New Jersey', 'N.J.', 'NJ'],
	['New Mexico', 'N.M.', 'N.Mex.', 'NM'],
	['New York', 'N.Y.', 'NY'],
	['North Carolina', 'N.C.', 'NC'],
	['North Dakota', 'N.D.', 'ND'],
	['Ohio', 'OH'],
	['Oklahoma', 'Okla.', 'OK'],
	['Oregon', 'Ore.', 'Oreg.', 'OR'],
	['Pennsylvania', 'Pa.', 'Penn.', 'PA'],
	['Rhode Island', 'R.I.', 'RI'],
	['South Carolina', 'S.C.', 'SC'],
	['South Dakota', 'S.D.', 'SD'],
	['Tennessee', 'Tenn.', 'TN'],
	['Texas', 'Tex.', 'TX'],
	['Utah', 'UT'],
	['Vermont', 'Vt.', 'VT'],
	['Virginia', 'Va.', 'VA'],
	['Washington', 'Wash.', 'WA'],
	['West Virginia', 'W.Va.', 'W. Va.', 'WV'],
	['Wisconsin', 'Wis.', 'Wisc.', 'WI'],
	['Wyoming', 'Wyo.', 'WY']
];

/** A state's name or abbreviation to its name. */
const BY_FORM = new Map<string, string>(
	STATES.flatMap(([name, ...abbreviations]) =>
		[name, ...abbreviations].map((form) => [form, name] as [string, string])
	)
);
/** State names only, longest first ("West Virginia" before "Virginia"). */
const NAMES = STATES.map(([name]) => name).sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.]/gu, '\\.');
const NAME = `(?:${NAMES.join('|')})`;
const FORM = `(?:${[...BY_FORM.keys()]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|')})`;

/** "(D-Ohio)", ", R-Fla.,", "(R-N.J.)": party and state after the name. */
const PARTY_STATE = new RegExp(
	`^\\s*[(,]\\s*(?:D|R|I)\\s*[-\u2013]\\s*(${FORM})(?=[\\s),;]|$)`,
	'u'
);
/** "of Ohio", "from Ohio" right after the name, not "of Ohio State University". */
const OF_STATE = new RegExp(`^\\s+(?:of|from)\\s+(${NAME})(?![\\p{L}-]|\\s+\\p{Lu})`, 'u');
/** ", a Democrat from Ohio", ", the senior senator from Ohio". */
const APPOSED_STATE = new RegExp(
	`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:from|of)\\s+(${NAME})(?![\\p{L}-]|\\s+\\p{Lu})`,
	'u'
);
/** "Ohio Gov. Maya Brooks", "Ohio Republican Sen. Maya Brooks": the state opens the name's run. */
const STATE_TITLE = new RegExp(`^(${NAME})\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}`, 'u');

/** The states each person's name has been tied to, as the mentions are met. */
const statesByEntity = new WeakMap<Entity, Set<string>>();

/** Learns the state a person's name is tied to where it is written (a mention of their name). */
export function learnState(article: Article, mention: Mention): void {
	if (mention.kind !== 'name' || mention.entity.kind !== 'person') return;
	const text = article.masked[mention.paragraph]!;
	const after = text.slice(mention.end, mention.end + 80);
	const state =
		PARTY_STATE.exec(after)?.[1] ??
		OF_STATE.exec(after)?.[1] ??
		APPOSED_STATE.exec(after)?.[1] ??
		STATE_TITLE.exec(mention.text)?.[1];
	if (state === undefined) return;
	const set = statesByEntity.get(mention.entity) ?? new Set();
	set.add(BY_FORM.get(state)!);
	statesByEntity.set(mention.entity, set);
}

/** The states a person is known to stand for (empty when the text has not said). */
export function statesOf(entity: Entity): ReadonlySet<string> {
	return statesByEntity.get(entity) ?? new Set();
}

/** The state named in an epithet's words before its head ("the New Jersey governor"), if any. */
export function stateIn(words: string): string | undefined {
	return STATE_WORDS.exec(words)?.[1];
}

const STATE_WORDS = new RegExp(`(?:^|\\s)(${NAME})(?=\\s|$)`, 'u');

/**
 * "the senator from Ohio": the state after a role's noun phrase ending at `last`, and the phrase's
 * new last token; undefined when no state follows ("the senator from Ohio State" is not one).
 */
export function stateAfter(
	toks: Token[],
	last: number
): { last: number; state: string } | undefined {
	if (toks[last + 1]?.lower !== 'from' || !toks[last + 1]!.joined) return undefined;
	for (const width of [2, 1]) {
		const words = toks.slice(last + 2, last + 2 + width);
		if (words.length < width || words.some((t) => !t.joined || !t.capital)) continue;
		const state = words.map((t) => t.bare).join(' ');
		const next = toks[last + 2 + width];
		if (!NAMES.includes(state) || (next?.joined && next.capital)) continue;
		return { last: last + 1 + width, state };
	}
	return undefined;
}
