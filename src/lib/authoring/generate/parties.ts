// A politician's party: "Sen. Dana Whitfield (R-Ohio)", "Sen. Ruth Calder, D-Maine," or "Democratic
// presidential candidate Carl Monroe" → "Carl Monroe is a Democrat.", refuted with another party of
// the same family that the article names ("Carl Monroe is a Republican."). Only a party written
// next to the name with a politician's title or a state, never one read from what a person does
// ("Republican threats against Monroe"), a past party ("Former Republican governor") or a person
// the article gives two parties.
import type { Article, Entity } from '../suggest/article';
import { PARTIES, PARTY_TITLES, type Party } from '../lexicon';
import { claim, longestSharedRun, MOST_COPIED, sentenceId, writtenCase, type Fact } from './claim';
import type { NamedIn } from './people';

/** A party's claim and a description naming a party ("the Democratic nominee") are one detail. */
export const partyKey = (label: string) => `party:${label}`;

/** Words before a party that make it no longer, or not yet, the person's. */
const NOT_NOW = /^(?:former|ex|then|one-time|onetime|erstwhile|once|future)$/iu;
/** Capitalised words that may stand before a party: the rest make it part of a longer name ("Social Democrat"). */
const BEFORE_PARTY = /^(?:The|A|An|His|Her|Their|Its|Our|Fellow)$/u;
/** "(R-Ohio)", "(D-N.Y.)" right after the name, or ", D-Maine," between commas. */
const STATE_LETTER =
	/^(?:\s*\(([RDI])\s?-\s?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\)|,\s+([RDI])-(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),)/u;

const byLetter = (letter: string) => PARTIES.find((p) => p.letter === letter);

/** The party written as `tokens[end - len + 1 … end]`, one or two words, or undefined. */
function partyEnding(tokens: string[], end: number): { party: Party; start: number } | undefined {
	for (const len of [2, 1]) {
		const start = end - len + 1;
		if (start < 0) continue;
		const words = tokens.slice(start, end + 1).join(' ');
		const party = PARTIES.find((p) => p.written.test(words));
		if (!party) continue;
		// Not inside a longer name or after a word that makes it a past party.
		const previous = tokens[start - 1];
		if (previous !== undefined && NOT_NOW.test(previous)) return undefined;
		if (previous !== undefined && /^\p{Lu}/u.test(previous) && !BEFORE_PARTY.test(previous))
			return undefined;
		return { party, start };
	}
	return undefined;
}

/** Every party a text names as a party, read word by word in each sentence. */
export function partiesNamed(text: string): Set<Party> {
	const found = new Set<Party>();
	for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
		const tokens = sentence
			.split(/[\s,;:()\u201c\u201d"]+/u)
			.filter(Boolean)
			.map((t) => t.replace(/[.!?'\u2019]+$/u, ''));
		for (let i = 0; i < tokens.length; i++) {
			const at = partyEnding(tokens, i);
			if (at) found.add(at.party);
		}
	}
	return found;
}

interface PartyNaming {
	entity: Entity;
	party: Party;
	sentence: number;
	/** The words of the article that give the party: "Sen. Dana Whitfield (R-Ohio)". */
	written: string;
}

/** The party written right before a naming ("Democratic presidential candidate Carl Monroe"). */
function partyBefore(before: string): { party: Party; words: string } | undefined {
	const tokens = before.trimEnd().split(/\s+/u).filter(Boolean);
	let i = tokens.length - 1;
	let titles = 0;
	while (i >= 0 && titles < 5) {
		const word = tokens[i]!.replace(/\.$/u, '').toLowerCase();
		if (!/^[\p{L}-]+$/u.test(word)) break;
		if (!(PARTY_TITLES.has(word) || (word === 'of' && titles > 0))) break;
		i--;
		titles++;
	}
	const at = partyEnding(tokens, i);
	return at && { party: at.party, words: tokens.slice(at.start).join(' ') };
}

/**
 * Whether the party's words open the sentence with a capital they would have as any first word, and
 * the article writes the word in lower case and never with a capital inside a sentence: "Conservative
 * leader Phyllis Schlafly" beside "conservative voters" is an outlook, not the British party.
 */
function opensSentence(
	beforeName: string,
	partyWords: string,
	cased: ReturnType<typeof writtenCase>
): boolean {
	if (
		!beforeName
			.trimStart()
			.replace(/^["\u201c'\u2018]/u, '')
			.startsWith(partyWords)
	)
		return false;
	const word = partyWords.split(/\s+/u)[0]!.toLowerCase();
	return cased.lower.has(word) && !cased.capital.has(word);
}

function partyNamings(article: Article, named: NamedIn[]): PartyNaming[] {
	const found: PartyNaming[] = [];
	for (const n of named) {
		const s = article.sentenceList[n.sentence]!;
		const text = article.masked[s.paragraph]!;
		// The mention may hold its title ("Republican Gov. Mark Ellery"): the name starts at its last word of a name.
		const mention = text.slice(n.pos, n.end);
		const longest = [n.entity.label, ...n.entity.names]
			.filter((name) => mention.includes(name))
			.sort((a, b) => b.length - a.length)[0];
		const nameAt = longest ? mention.lastIndexOf(longest) : 0;
		const start = n.pos + nameAt;
		const name = text.slice(start, n.end).replace(/['\u2019]s$/u, '');
		const before = partyBefore(text.slice(Math.max(s.start, start - 120), start));
		const after = STATE_LETTER.exec(text.slice(n.end, Math.min(s.end, n.end + 30)));
		const party = before?.party ?? byLetter(after?.[1] ?? after?.[3] ?? '');
		if (!party) continue;
		if (before && opensSentence(text.slice(s.start, start), before.words, writtenCase(article)))
			continue;
		const written = before
			? `${before.words} ${name}`
			: `${name}${text.slice(n.end, n.end + after![0].length).replace(/,$/u, '')}`;
		found.push({ entity: n.entity, party, sentence: n.sentence, written });
	}
	return found;
}

/** The party facts: one per politician given one party, refuted with another the article names. */
export function parties(article: Article, named: NamedIn[]): Fact[] {
	const namings = partyNamings(article, named);
	if (namings.length === 0) return [];
	const inArticle = partiesNamed(article.blocks.map((b) => b.text).join('\n'));
	const given = new Set(namings.map((n) => n.party));
	const facts: Fact[] = [];
	const seen = new Set<Entity>();
	for (const naming of namings) {
		const { entity, party, sentence, written } = naming;
		if (seen.has(entity)) continue;
		seen.add(entity);
		// A person the article gives two parties (a candidate of one, an independent senator) gets none.
		if (namings.some((n) => n.entity === entity && n.party !== party)) continue;
		if (party.letter === 'I') continue;
		const label = entity.label;
		const text = `${label} is ${party.claim}.`;
		const sentenceText = article.sentenceList[sentence]!.text;
		if (longestSharedRun(text, sentenceText) > MOST_COPIED) continue;
		const id = sentenceId(article, sentence);
		// Another party of the family, one given to somebody else first; never one the sentence names.
		const inSentence = partiesNamed(sentenceText);
		const others = PARTIES.filter(
			(p) =>
				p !== party &&
				p.family === party.family &&
				p.letter !== 'I' &&
				inArticle.has(p) &&
				!inSentence.has(p)
		).sort((a, b) => Number(!given.has(a)) - Number(!given.has(b)));
		const other = others[0];
		// "(R-Ohio)": the letter is read out for a player who does not know it.
		const reading =
			party.letter && written.includes(`${party.letter}-`)
				? ` (${party.letter} for ${party.name})`
				: '';
		facts.push({
			key: partyKey(label),
			kind: 'party',
			supported: claim(
				text,
				'supported',
				[id],
				`The article writes "${written}"${reading}: ${label} is ${party.claim}.`,
				true,
				''
			),
			refuted: other
				? claim(
						`${label} is ${other.claim}.`,
						'refuted',
						[id],
						`The article writes "${written}"${reading}: ${label} is ${party.claim}, not ${other.claim}.`,
						true,
						''
					)
				: null
		});
	}
	return facts;
}
