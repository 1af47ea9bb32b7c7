// Stage 3, mentions: every name, pronoun and noun phrase that stands for a person or body, sentence
// by sentence in document order, each resolved as it is met.
import * as L from '../lexicon';
import { capitalise, capitalRuns, classifyRun, epithetKey, type Run } from '../names';
import { type SentenceRange, type Token } from '../text';
import { endsWithComma } from './search';
import {
	type Article,
	type Entity,
	type Gender,
	type Mention,
	sentenceByIndex,
	tokensIn
} from './article';
import {
	latest,
	pronounFits,
	record,
	resolve,
	resolveEpithet,
	resolvePronoun
} from './coreference';
import { addEpithet, body, bodyByFirstWord, lookupName, newEntity, person } from './entities';
import { DOCUMENT_NOUNS, clauseStart, nextToSpeech, nounPhrase, strongPosition } from './phrases';

/** Nouns too general to be an epithet for someone already named: "the man was arrested". */
const GENERIC_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'child', 'baby']);

/** What "the company" or "the club" may stand for in an organisation's name. */
const ORG_SYNONYMS: Record<string, string[]> = {
	company: ['company', 'ltd', 'inc', 'corp', 'corporation', 'plc', 'co', 'group'],
	firm: ['ltd', 'inc', 'corp', 'plc', 'llp', 'firm'],
	club: ['club', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'wanderers', 'rangers'],
	team: ['team', 'fc', 'united', 'city', 'town', 'rovers', 'athletic', 'racing'],
	force: ['police', 'force', 'constabulary']
};

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
	const add = (entity: Entity, kind: Mention['kind'], from: Token, to: Token) => {
		record(article, {
			entity,
			sentence: sentence.index,
			pos: from.start,
			end: to.end,
			paragraph: p,
			kind,
			text: text.slice(from.start, to.end)
		});
		subject ??= entity;
	};
	const runs = new Map<Token, Run>();
	for (const run of capitalRuns(toks, starts)) runs.set(run.tokens[0]!, run);

	for (let i = 0; i < toks.length; i++) {
		const t = toks[i]!;
		if (used.has(t)) continue;
		const prev = toks[i - 1];
		// Names
		const run = runs.get(t);
		if (run) {
			const found = classifyRun(run);
			let entity: Entity | undefined;
			if (found.kind === 'person' || found.kind === 'place')
				entity = article.byFull.get(found.names.join(' '));
			else if (found.kind === 'org') entity = article.bodies.get(found.label.toLowerCase());
			else if (found.kind === 'single') {
				const last = run.tokens[run.tokens.length - 1]!;
				const speaks = nextToSpeech(toks, i, run.tokens.length);
				entity = lookupName(article, found.word);
				// "Wheelhouse said", "Wheelhouse's chief executive": the organisation of that name.
				if (!entity && (speaks || last.possessive)) entity = bodyByFirstWord(article, found.word);
				if (!entity && speaks && L.BODY_NOUNS.has(found.word.toLowerCase())) {
					entity = body(article, found.word, found.word.toLowerCase());
					entity.names = [found.word];
				} else if (!entity && speaks) {
					entity = person(article, [found.word]);
					entity.confirmed = true;
				}
			}
			if (entity && (entity.kind === 'body' || entity.confirmed)) {
				run.tokens.forEach((r) => used.add(r));
				const last = run.tokens[run.tokens.length - 1]!;
				add(entity, 'name', run.tokens[0]!, last);
				i += run.tokens.length - 1;
				// "Adeyemi's office", "Wheelhouse's chief executive"
				if (last.possessive) {
					const np = nounPhrase(toks, i);
					const owned = np && possessed(article, entity, np, p, toks, i, subject);
					if (np && owned) {
						for (let k = i + 1; k <= np.last; k++) used.add(toks[k]!);
						add(owned, 'np', toks[i + 1]!, toks[np.last]!);
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
			const np = nounPhrase(toks, i);
			if (np) {
				const entity = npEntity(article, np, p, sentence, toks, i, subject);
				if (entity) {
					for (let k = i; k <= np.last; k++) used.add(toks[k]!);
					add(entity, 'np', t, toks[np.last]!);
					i = np.last;
					continue;
				}
			}
		}
		if (lower in L.PRONOUNS && !(prev && /^(?:of|to)$/u.test(prev.lower) && lower === 'them')) {
			const next = toks[i + 1];
			const speaking =
				next !== undefined &&
				next.joined &&
				(L.SPEECH_VERBS.has(next.lower) || L.REPORTING_VERBS.has(next.lower)) &&
				endsWithComma(text, sentence.start, t.start) &&
				i > 0;
			const entity = resolvePronoun(article, lower, sentence.index, t.start, speaking);
			if (entity) add(entity, 'pronoun', t, t);
			else article.unresolved.add(`${p}:${t.start}`);
		}
	}
}

/** "Adeyemi's office" (a body of hers), "Millbrook's captain" (an epithet), "Wheelhouse's chief executive". */
function possessed(
	article: Article,
	owner: Entity,
	np: { last: number; head: string },
	p: number,
	toks: Token[],
	i: number,
	subject: Entity | undefined
): Entity | undefined {
	const noun = toks
		.slice(i + 1, np.last + 1)
		.map((t) => t.bare)
		.join(' ');
	const text = `${toks[i]!.text} ${noun}`;
	const after = article.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
	if (/^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after)) return undefined;
	if (!strongPosition(toks, i + 1, np.last) && !(subject === undefined)) return undefined;
	if (L.BODY_NOUNS.has(np.head) && !L.PERSON_NOUNS.has(np.head) && owner.kind === 'person') {
		const entity = body(
			article,
			`${owner.label}'s ${noun}`,
			`${owner.label}'s ${noun}`.toLowerCase()
		);
		entity.owner = owner;
		addEpithet(entity, text);
		return entity;
	}
	if (!L.PERSON_NOUNS.has(np.head)) return undefined;
	const known = article.entities.find(
		(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
	);
	if (known) return known;
	if (!strongPosition(toks, i + 1, np.last)) return undefined;
	const entity = newEntity(article, 'person', text);
	entity.descriptors.add(np.head);
	return entity;
}

/** Whether sentence s has the word (case aside): asked once per sentence and noun. */
function sentenceNames(article: Article, s: number, noun: string): boolean {
	const key = `${s}:${noun}`;
	let found = article.namesNoun.get(key);
	if (found === undefined) {
		const text = sentenceByIndex(article, s)?.text;
		found = text !== undefined && new RegExp(`\\b${noun}\\b`, 'iu').test(text);
		article.namesNoun.set(key, found);
	}
	return found;
}

/**
 * Whom a determiner's noun phrase stands for, when it stands as a mention: a document's maker, an
 * owned body, someone new, a known body, or the person an epithet names.
 */
function npEntity(
	article: Article,
	np: { last: number; head: string },
	p: number,
	sentence: SentenceRange,
	toks: Token[],
	i: number,
	subject: Entity | undefined
): Entity | undefined {
	const det = toks[i]!.lower;
	const text = `${toks[i]!.text} ${toks
		.slice(i + 1, np.last + 1)
		.map((t) => (t.possessive ? t.text : t.bare))
		.join(' ')}`;
	const after = article.masked[p]!.slice(toks[np.last]!.end, toks[np.last]!.end + 60);
	const appositive = /^,\s+(?:[\p{L}-]+\s+){0,3}?\p{Lu}/u.test(after);
	// "The mayor, Helen Achterberg,": the name that follows is the mention.
	if (appositive) {
		const named = article.entities.find(
			(e) => e.kind === 'person' && e.epithetKeys.has(epithetKey(text))
		);
		if (named) return named;
	}
	const sentenceSubject = subject === undefined && clauseStart(toks, i);
	if (!strongPosition(toks, i, np.last) && !(sentenceSubject && det !== 'the')) return undefined;
	if (DOCUMENT_NOUNS.has(np.head)) {
		// "the statement said": whoever made the statement the article last spoke of.
		if (det !== 'the') return undefined;
		for (let s = sentence.index - 1; s >= 0 && s >= sentence.index - 8; s--) {
			if (!sentenceNames(article, s, np.head)) continue;
			const first = article.mentions.get(s)?.[0];
			if (first) return first.entity;
		}
		return undefined;
	}
	const isBody = L.BODY_NOUNS.has(np.head) && !L.PERSON_NOUNS.has(np.head);
	if (['his', 'her', 'their', 'its'].includes(det)) {
		if (!isBody) return undefined;
		// "Her office": the office of the person "her" is.
		const owner =
			det === 'its'
				? undefined
				: resolve(article, sentence.index, toks[i]!.start, pronounFits(L.PRONOUNS[det]!));
		if (!owner) return body(article, capitalise(text), text.toLowerCase());
		if (owner.kind === 'person' && owner.gender === undefined && det !== 'their') {
			owner.gender = L.PRONOUNS[det] as Gender;
		}
		const ownerName = owner.epithets.find((e) => e.startsWith('the ')) ?? owner.label;
		const noun = text.split(' ').slice(1).join(' ');
		const label = capitalise(`${ownerName}'s ${noun}`);
		const entity = body(article, label, `${owner.label}'s ${noun}`.toLowerCase());
		entity.owner = owner;
		addEpithet(entity, text);
		return entity;
	}
	if (det === 'a' || det === 'an' || det === 'one' || det === 'another') {
		// Someone new: "A council spokesperson said", "One resident's son, who…, said".
		const pp =
			/^\s+((?:for|of|at|from)\s+(?:the\s+)?[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)*)/u.exec(
				after
			);
		const label = capitalise(pp ? `${text} ${pp[1]}` : text);
		const entity = newEntity(article, isBody ? 'body' : 'person', label);
		entity.descriptors.add(np.head);
		return entity;
	}
	if (isBody) {
		// "the council", "the service", "the company": an organisation already named, else a body.
		const words = ORG_SYNONYMS[np.head] ?? [np.head];
		const named = [...article.bodies.values()].filter((b) =>
			b.names.some((n) => words.includes(n.toLowerCase()))
		);
		if (named.length > 0) return latest(article, named);
		return body(article, capitalise(text), epithetKey(text));
	}
	// "the man was arrested": most likely someone new, not the last person named.
	if (GENERIC_NOUNS.has(np.head)) return undefined;
	const exclude = new Set<Entity>();
	if (subject) exclude.add(subject);
	const entity = resolveEpithet(article, text, sentence.index, toks[i]!.start, exclude);
	if (entity) addEpithet(entity, text);
	return entity;
}
