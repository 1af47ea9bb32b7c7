// Stage 3, mentions: every name, pronoun and noun phrase that stands for a person or body, sentence
// by sentence in document order, each resolved as it is met.
import * as L from '../lexicon';
import { capitalRuns, classifyRun, type Run } from '../names';
import { type SentenceRange, type Token } from '../text';
import { endsWithComma } from './search';
import { type Article, type Entity, type Mention, tokensIn } from './article';
import { record, resolvePronoun } from './coreference';
import { body, bodyByFirstWord, lookupName, person } from './entities';
import { CAMPAIGN_NOUNS, campaignOf, npEntity, opensClause, possessed } from './noun-phrases';
import { GOVERNED, SPEAKING_WORKS, nextToSpeech, nounPhrase, rolesNext } from './phrases';
import { stateAfter } from './states';
import { isGroupNoun, sameUnnamed, speakerPosition, unnamedPhrase, unnamedSource } from './unnamed';

/**
 * Every sentence's mentions, in document order: each pronoun and epithet is resolved against those
 * before it.
 */
export function findMentions(article: Article): void {
	for (const block of article.blocks) {
		const p = block.index;
		for (const sentence of block.sentences) {
			const inSentence = tokensIn(article, p, sentence.start, sentence.end);
			sentenceMentions(article, p, sentence, inSentence);
		}
	}
}

/** One sentence's names, determiner phrases and pronouns, left to right. */
function sentenceMentions(
	article: Article,
	p: number,
	sentence: SentenceRange,
	toks: Token[]
): void {
	const text = article.masked[p]!;
	const starts = new Set(toks.length > 0 ? [toks[0]!.start] : []);
	const used = new Set<Token>();
	let subject: Entity | undefined;
	// Mention of toks[a..b].
	const add = (entity: Entity, kind: Mention['kind'], a: number, b: number) => {
		const from = toks[a]!;
		const to = toks[b]!;
		record(article, {
			entity,
			sentence: sentence.index,
			pos: from.start,
			end: to.end,
			paragraph: p,
			kind,
			text: text.slice(from.start, to.end),
			speaking: speaksThere(text, toks, sentence, a, b)
		});
		subject ??= entity;
	};
	const runs = new Map<Token, Run>();
	for (const run of capitalRuns(toks, starts)) runs.set(run.tokens[0]!, run);

	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		if (used.has(t)) continue;
		const prev = toks[i - 1];
		// An unnamed source: "said a longtime adviser to Brooks", "one aide said", "the second official"
		const unnamed = unnamedPhrase(toks, i);
		// "said another leading advocate, Dan J. Ferris,": the name in commas is the mention.
		const nameAt =
			unnamed && INDEFINITE.has(t.lower) ? apposedName(text, toks[unnamed.last]!.end) : -1;
		if (nameAt >= 0) {
			while (i + 1 < toks.length && toks[i + 1]!.start < nameAt) used.add(toks[i++]!);
			used.add(toks[i]!);
			continue;
		}
		if (unnamed && speakerPosition(toks, i, unnamed.last)) {
			const last = toks[unnamed.last]!;
			const entity = unnamed.again
				? sameUnnamed(article, text.slice(t.start, last.end), unnamed.head, unnamed.plural)
				: unnamedSource(article, text.slice(t.start, last.end), unnamed.head, unnamed.plural);
			if (entity) {
				for (let k = i; k <= unnamed.last; k++) used.add(toks[k]!);
				add(entity, 'np', i, unnamed.last);
				i = unnamed.last;
				continue;
			}
		}
		// Names
		const run = runs.get(t);
		// "The Brooks campaign said": a body of the person's, read as a noun phrase below.
		// "The GOP front-runner said": a person named by party and role, read as an epithet below.
		const bodyOfName =
			run !== undefined &&
			L.DETERMINERS.has(t.lower) &&
			(bodyPhrase(toks, i) || partyRolePhrase(toks, i, run));
		// "Okoro spokesman Tom Reilly", "Brooks campaign chairman Dan Ferris": the name says only whose
		// the person after the role is; that person is the mention, so the name is passed over.
		if (run && !bodyOfName && rolesNext(toks, i + run.tokens.length)) {
			run.tokens.forEach((r) => used.add(r));
			i += run.tokens.length - 1;
			continue;
		}
		if (run && !bodyOfName) {
			const found = classifyRun(run);
			let entity: Entity | undefined;
			// Where the mention starts in the run: "As The Gazette noted" is the Gazette's, from "The".
			let lead = 0;
			if (found.kind === 'single' || found.kind === 'org') {
				lead = Math.max(
					0,
					run.tokens.findIndex((r) => r.start >= found.start)
				);
				if (lead > 0 && run.tokens[lead - 1]!.lower === 'the') lead--;
			}
			if (found.kind === 'person' || found.kind === 'place')
				// "the Leeds firm Voltra Mobility": a name like a person's may be a body's (findNames).
				entity =
					article.byFull.get(found.names.join(' ')) ??
					article.bodies.get(found.label.toLowerCase());
			else if (found.kind === 'org') entity = article.bodies.get(found.label.toLowerCase());
			else if (found.kind === 'single') {
				const last = run.tokens[run.tokens.length - 1]!;
				const speaks = nextToSpeech(toks, i, run.tokens.length);
				entity = lookupName(article, found.word, found.title);
				// "ScootDirect said" after "the online retailer ScootDirect": a body of one word.
				const named = article.bodies.get(found.word.toLowerCase());
				if (!entity && named?.names.length === 1 && named.names[0] === found.word) entity = named;
				// "Wheelhouse said", "Wheelhouse's chief executive": the organisation of that name.
				if (!entity && (speaks || last.possessive)) entity = bodyByFirstWord(article, found.word);
				// "The Kremlin said", "the Pentagon says": one word after "the" names an institution.
				const the = run.tokens[lead]!.lower === 'the' || (lead === 0 && prev?.lower === 'the');
				// "Aides said": a group, as "Officials said" is, not a person named Aides.
				const group = L.BODY_NOUNS.has(found.word.toLowerCase()) || isGroupNoun(found.word);
				if (!entity && speaks && (the || group)) {
					entity = body(article, the ? `The ${found.word}` : found.word, found.word.toLowerCase());
					entity.names = [found.word];
				} else if (!entity && speaks && !isGroupNoun(found.word)) {
					entity = person(article, [found.word]);
					entity.confirmed = true;
				}
			}
			if (entity && (entity.kind === 'body' || entity.confirmed)) {
				run.tokens.forEach((r) => used.add(r));
				const last = run.tokens[run.tokens.length - 1]!;
				// "Ferris campaign says", "Ferris’ campaign said": the campaign opening a clause, not
				// its candidate ("to re-engage the Ferris campaign" is spoken of).
				const next = toks[i + run.tokens.length];
				const campaign =
					next &&
					opensClause(toks, i + lead) &&
					!last.possessive &&
					CAMPAIGN_NOUNS.has(next.lower) &&
					/^['’]?\s+$/u.test(text.slice(last.end, next.start))
						? campaignOf(article, entity, next.lower)
						: undefined;
				if (campaign) {
					used.add(next!);
					add(campaign, 'np', i + lead, i + run.tokens.length);
					i += run.tokens.length;
					continue;
				}
				add(entity, 'name', i + lead, i + run.tokens.length - 1);
				i += run.tokens.length - 1;
				// "Adeyemi's office", "Wheelhouse's chief executive"
				if (last.possessive) {
					const np = nounPhrase(toks, i);
					const from = i - run.tokens.length + 1 + lead;
					const owned = np && possessed(article, entity, np, p, toks, i, subject, from);
					if (np && owned) {
						for (let k = i + 1; k <= np.last; k++) used.add(toks[k]!);
						add(owned, 'np', i + 1, np.last);
						i = np.last;
					}
				}
				continue;
			}
		}
		const lower = t.lower;
		// Determiner + noun phrase: "the Briton", "her office", "a council spokesperson"
		if (
			(L.DETERMINERS.has(lower) || lower === 'one' || lower === 'another') &&
			!['this', 'that'].includes(lower)
		) {
			const np = withState(toks, nounPhrase(toks, i));
			const apposed = np && INDEFINITE.has(lower) ? apposedName(text, toks[np.last]!.end) : -1;
			if (apposed >= 0) {
				while (i + 1 < toks.length && toks[i + 1]!.start < apposed) used.add(toks[i++]!);
				used.add(toks[i]!);
				continue;
			}
			if (np) {
				const entity = npEntity(article, np, p, sentence, toks, i, subject);
				if (entity) {
					for (let k = i; k <= np.last; k++) used.add(toks[k]!);
					add(entity, 'np', i, np.last);
					i = np.last;
					continue;
				}
			}
		}
		if (lower in L.PRONOUNS && !(prev && /^(?:of|to)$/u.test(prev.lower) && lower === 'them')) {
			const next = toks[i + 1];
			const speaks =
				next !== undefined &&
				next.joined &&
				(L.SPEECH_VERBS.has(next.lower) || L.REPORTING_VERBS.has(next.lower));
			const speaking = speaks && endsWithComma(text, sentence.start, t.start) && i > 0;
			const entity = resolvePronoun(article, lower, sentence.index, t.start, speaking, speaks);
			if (entity) add(entity, 'pronoun', i, i);
			else article.unresolved.add(`${p}:${t.start}`);
		}
	}
}

/** Whether the determiner at i opens a noun phrase for a body ("The Brooks campaign", "The Silva administration"). */
function bodyPhrase(toks: Token[], i: number): boolean {
	const np = nounPhrase(toks, i);
	return (
		np !== undefined &&
		!toks[np.last]!.capital &&
		!L.PERSON_NOUNS.has(np.head) &&
		(L.BODY_NOUNS.has(np.head) || SPEAKING_WORKS.has(np.head))
	);
}

/** Determiners of someone not met before: "a blogger", "another advocate". */
const INDEFINITE = new Set(['a', 'an', 'another', 'one']);
/**
 * A full name in commas (or after a dash) right after a phrase, perhaps a few words on: ", Dan J.
 * Ferris," / " backing Mr. Reilly, Dan Ferris of …" / " -- Dan Ferris, who …". Not an organisation.
 */
const APPOSED_NAME =
	/^(?:(?:[^,.;:!?\uFFFC\u2014\u2013-]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov))\.){1,40}?)?(?:,|\s--|\s?[\u2014\u2013])\s*(\p{Lu}[\p{L}'\u2019-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'\u2019-]+)){1,3})(?=\s*[,.;]|\s+(?:of|from|at|who)\b)/u;

/** Where a full name in commas after `end` starts ("an Israeli blogger, Tal Ben-Ami,"), or -1. */
function apposedName(text: string, end: number): number {
	const m = APPOSED_NAME.exec(text.slice(end, end + 120));
	if (!m || m[1]!.split(/\s+/u).some((w) => L.ORG_WORDS.has(w.toLowerCase()))) return -1;
	return end + m[0].length - m[1]!.length;
}

/** "the senator from Ohio": a person's noun phrase goes on over the state it names. */
function withState(
	toks: Token[],
	np: { last: number; head: string } | undefined
): { last: number; head: string; state?: string } | undefined {
	if (!np || !L.PERSON_NOUNS.has(np.head)) return np;
	const after = stateAfter(toks, np.last);
	return after ? { ...np, last: after.last, state: after.state } : np;
}

/** Whether the run at i is a determiner and party words before a person's role ("The GOP front-runner"). */
function partyRolePhrase(toks: Token[], i: number, run: Run): boolean {
	const np = nounPhrase(toks, i);
	return (
		np !== undefined &&
		np.last >= i + run.tokens.length &&
		!toks[np.last]!.capital &&
		L.PERSON_NOUNS.has(np.head) &&
		run.tokens.length > 1 &&
		run.tokens.slice(1).every((r) => L.PARTY_WORDS.has(r.lower))
	);
}

/**
 * Whether the words from `from` to `to` speak: next to a speech verb ("Biden said", "said Biden"),
 * or before one after an apposition ("Simmons, an Obama supporter, said"). A later "he said" prefers
 * such a speaker to someone only spoken of.
 */
function speaksThere(
	text: string,
	toks: Token[],
	sentence: SentenceRange,
	i: number,
	j: number
): boolean {
	if (nextToSpeech(toks, i, j - i + 1)) return true;
	// "Dan Ferris of Port Calder, a council ally, said": the place is no speaker.
	if (i > 0 && GOVERNED.test(`${toks[i - 1]!.lower} `)) return false;
	const to = toks[j]!;
	// A title's full stop ("an adviser to Mr. Sanders,") does not end the apposition.
	const clause =
		/^,(?:[^.;:!?\uFFFC]|(?<=\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr))\.){1,120}?,\s+(?:\p{L}+ly\s+)?(\p{Ll}+)\b/u.exec(
			text.slice(to.end, Math.min(sentence.end, to.end + 160))
		);
	return clause !== null && L.SPEECH_VERBS.has(clause[1]!);
}
