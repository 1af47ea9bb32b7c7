// Stage 7, assembly: the quotes, reported speech and asides placed in the article's order, a partial
// quote given to the speaker of the report around it, and the sources that speak given their ids.
import * as L from '../lexicon';
import { epithetKey, isDemonym } from '../names';
import { slug } from '../text';
import { sentenceAt, type Article, type Entity } from './article';
import { asides } from './asides';
import { fragmentSpeaker, siblingSpeaker, titleLike } from './fragments';
import { evidenceFor, judge, type Evidence, type Found } from './confidence';
import { surname } from './evidence';
import { aboutSomeoneElse, type Report } from './reported';
import type { FoundStatement, SuggestedSource, Suggestions } from './types';

/**
 * The suggestions from an article whose quotes are attributed, and its reports, with the evidence
 * each statement's confidence was judged on (in the statements' order).
 */
export function assemble(
	article: Article,
	reports: Report[]
): { suggestions: Suggestions; evidence: Evidence[] } {
	const placed: {
		p: number;
		at: number;
		statement: FoundStatement;
		speaker?: Entity | null;
		found: Found;
	}[] = [];
	for (const quotes of article.quotes) {
		for (const q of quotes) {
			let found: Found =
				q.rule === 'cue'
					? { by: 'cue', cue: q.cue }
					: { by: q.rule === 'mention' ? 'mention' : 'continuation' };
			if (q.embedded) {
				const words = q.text.split(/\s+/u).length;
				const report = reports.find(
					(r) =>
						r.p === q.paragraph &&
						r.at < q.open &&
						r.end >= q.open &&
						r.statement.sentences.some((id) => q.sentences.some((s) => s.id === id))
				);
				if (report) {
					// A partial quote in reported speech ("said the penalty was "a stonewall decision"") is
					// also the reporter's speaker's own words, unless the report is about another person:
					// "Her office said she would "respect whatever the committee decides"" is no quote of hers,
					// and the quiz must not put it in her mouth either.
					if (aboutSomeoneElse(article, report, q)) continue;
					q.speaker = report.speaker;
					q.cue = report.statement.cue;
					found = { by: 'report', p: report.p, at: report.at };
				} else if (q.rule !== 'cue') {
					// "Reyes dismissed the plan as "a road to nowhere"": the framing clause's speaker's words.
					// A sentence's subject speaks a fragment of four words or more, not a scare quote.
					// A title ("screened "The Long Winter"") is nobody's words. A fragment nothing frames may
					// share the speaker of the fragment next to it ("called it a "…" and a "…"").
					const framed = titleLike(q.text)
						? undefined
						: (fragmentSpeaker(article, q, words > 3) ?? siblingSpeaker(article, q));
					if (framed) q.speaker = framed;
					else if (words <= 3) continue; // a scare quote
					found = { by: 'fragment' };
				}
			} else if (q.rule === 'cue' && !q.speaker && /^and\s/u.test(q.cue ?? '')) {
				// `She touted his record — "…" — and promised …`: a quote set off mid-sentence whose cue is a
				// second verb with no subject of its own is the sentence subject's.
				const framed = fragmentSpeaker(article, q, true);
				if (framed) {
					q.speaker = framed;
					found = { by: 'fragment' };
				}
			}
			placed.push({
				p: q.paragraph,
				at: q.start,
				speaker: q.speaker ?? null,
				found,
				statement: {
					content: q.text,
					source: null,
					cue: q.cue,
					form: 'direct',
					sentences: q.sentences.map((s) => s.id)
				}
			});
		}
	}
	for (const r of reports) {
		placed.push({
			p: r.p,
			at: r.at,
			speaker: r.speaker,
			found: { by: 'report', p: r.p, at: r.at },
			statement: { ...r.statement, source: null }
		});
	}
	for (const a of asides(article)) placed.push({ ...a, found: { by: 'aside' } });
	placed.sort((a, b) => a.p - b.p || a.at - b.at);

	// Judged before an unnamed source loses its entity: its reason says it is unnamed.
	// How often each speaker spoke before the statement, counted in one pass.
	const spoken = new Map<Entity, number>();
	const evidence = placed.map((item) => {
		const before = item.speaker ? (spoken.get(item.speaker) ?? 0) : 0;
		if (item.speaker) spoken.set(item.speaker, before + 1);
		return evidenceFor(
			article,
			{ p: item.p, at: item.at, form: item.statement.form },
			item.speaker,
			item.found,
			item.statement.content,
			before
		);
	});
	const judged = new Map(
		placed.map((item, i) => {
			const shown = item.speaker?.names.at(-1);
			return [
				item,
				judge(evidence[i]!, {
					cue: item.statement.cue,
					surname: shown && surname(item.speaker!) ? shown : undefined
				})
			];
		})
	);
	for (const item of placed) {
		// An unnamed source ("a person familiar with the talks") is no answer a player could check:
		// its statements get no source, and the teacher reads who said it in the cue.
		if (item.speaker?.unnamed) item.speaker = null;
		if (!item.speaker) continue;
		item.speaker.speaks = true;
		// A speaker first met as a statement's subject ("Residents of Ashcombe say") is ordered there.
		item.speaker.firstMention ??= sentenceAt(article, item.p, item.at).index * 1_000_000 + item.at;
	}
	const kept = article.entities
		.filter((e) =>
			e.kind === 'person' ? (e.confirmed && e.names.length > 0) || e.speaks : e.speaks
		)
		.sort(
			(a, b) =>
				(a.firstMention ?? Number.MAX_SAFE_INTEGER) - (b.firstMention ?? Number.MAX_SAFE_INTEGER) ||
				a.first - b.first
		);
	const ids = new Map<Entity, string>();
	const taken = new Set(['writer']);
	for (const entity of kept) {
		const base =
			entity.kind === 'person' && entity.names.length > 0
				? slug(entity.names[entity.names.length - 1]!)
				: slug(entity.label.replace(/^(?:the|a|an)\s+/iu, ''));
		let id = taken.has(base) && entity.kind === 'person' ? slug(entity.names.join(' ')) : base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(entity, id);
	}
	const text = article.blocks.map((b) => b.text).join('\n');
	const asked = new Map(
		kept.map((entity) => [
			entity,
			entity.epithets.filter(
				(e) =>
					askable(e, entity) &&
					!heldByAnother(e, entity, text) &&
					!onlyWithOf(e, text) &&
					!ownerless(e) &&
					!sharedNoun(e, entity, article) &&
					!writtenOfAnother(e, entity, article)
			)
		])
	);
	// "a Sanders delegate" given to two people has two answers: it is asked of neither.
	const holders = new Map<string, number>();
	for (const list of asked.values())
		for (const key of new Set(list.map(epithetKey))) holders.set(key, (holders.get(key) ?? 0) + 1);
	const sources: SuggestedSource[] = kept.map((entity) => ({
		id: ids.get(entity)!,
		label: entity.label,
		kind: entity.kind,
		epithets: asked.get(entity)!.filter((e) => holders.get(epithetKey(e)) === 1)
	}));
	sources.push({ id: 'writer', label: "The article's writer", kind: 'writer', epithets: [] });

	const suggestions: Suggestions = {
		sentences: article.blocks.flatMap((b) => b.sentences.map((s) => ({ id: s.id, text: s.text }))),
		sources,
		statements: placed.map((item) => ({
			...item.statement,
			...judged.get(item)!,
			source:
				item.statement.form === 'writer'
					? 'writer'
					: item.speaker
						? (ids.get(item.speaker) ?? null)
						: null
		}))
	};
	return { suggestions, evidence };
}

/**
 * Whether "who is meant by this phrase?" is a question worth asking: not when the answer repeats the
 * phrase's name or its head noun ("Adeyemi's office" and "her office" for Ruth Adeyemi's office).
 */
function askable(epithet: string, entity: Entity): boolean {
	const bare = (w: string) => w.replace(/['\u2019]s$/u, '').toLowerCase();
	const label = new Set(entity.label.split(/\s+/u).map(bare));
	const words = epithet.split(/\s+/u);
	const named = words.some(
		(w) => /^\p{Lu}/u.test(w) && !/^(?:the|a|an)$/iu.test(w) && label.has(bare(w))
	);
	return !named && !label.has(bare(words.at(-1)!)) && grounded(epithet, entity);
}

/** "a Republican", "a liberal", "the Democrats": one of a party's many members, or all of them. */
const ownerless = (epithet: string) =>
	/^(?:(?:a|an)\s+(?:\S+\s+)?|the\s+(?=\S+s$))(?:republican|democrat|conservative|liberal|progressive|independent|libertarian|socialist|tory|labour|green)s?$/iu.test(
		epithet
	);

/**
 * Whether the text writes the epithet more often than of this person: "his wife" of Laura Bush and
 * of another man's wife, "another partner" of two partners. A possessive or an indefinite phrase
 * means whoever its sentence is about, and that may be someone else each time.
 */
function writtenOfAnother(epithet: string, entity: Entity, article: Article): boolean {
	if (/^another\s/iu.test(epithet)) return true;
	if (!/^(?:his|her|their|its|a|an)\s/iu.test(epithet)) return false;
	const source = `\\b${epithet.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+')}\\b`;
	const everywhere = new RegExp(source, 'giu');
	const once = new RegExp(source, 'iu');
	const written = article.blocks.reduce((n, b) => n + (b.text.match(everywhere)?.length ?? 0), 0);
	let ofThem = 0;
	for (const list of article.mentions.values())
		for (const m of list)
			if (m.entity === entity && m.kind !== 'name' && once.test(m.text)) ofThem++;
	return written > Math.max(1, ofThem);
}

/**
 * Whether a bare noun ("the senator", "a professor") is one another person of the article bears
 * too: it has two answers when another is "the longtime senator", "Sen. Bernie Sanders" or "a law
 * professor". A qualified one, "the Clinton delegate", is told apart by its qualifier; an indefinite
 * one, "a South Korean adoptee", is one of several by its "a".
 */
function sharedNoun(epithet: string, entity: Entity, article: Article): boolean {
	const key = epithetKey(epithet).split(' ');
	const head = key.at(-1);
	// "a South Korean adoptee" beside "Justin Hong, an adoptee from South Korea": one of several, its
	// qualifiers written of the other too. ("a Clinton delegate" beside "a Sanders delegate" is not.)
	const stem = (w: string) => w.toLowerCase().slice(0, 5);
	const qualifiers = key.slice(0, -1).map(stem);
	const describedAlike = (o: Entity) =>
		/^(?:a|an)\s/iu.test(epithet) &&
		[...article.mentions].some(
			([sentence, list]) =>
				list.some((m) => m.entity === o) &&
				qualifiers.every((q) =>
					article.sentenceList[sentence]!.text.split(/[^\p{L}]+/u).some((w) => stem(w) === q)
				)
		);
	return (
		head !== undefined &&
		article.entities.some(
			(o) =>
				o !== entity &&
				o.kind === entity.kind &&
				// Another named one: one only described ("A government planning inspector") may be the
				// same, before the text names her.
				o.names.length > 0 &&
				!o.unnamed &&
				// "Sen. Bernie Sanders" is a senator too.
				(o.descriptors.has(head) ||
					[...o.roles].some((role) => (ROLE_NOUNS_OF[role] ?? [role]).includes(head))) &&
				(key.length === 1 || describedAlike(o))
		)
	);
}

/**
 * Whether the text gives the epithet's words as a title to someone else: "the vice president" for
 * George Bush is no question when "then-vice president Al Gore" is in the article too.
 */
function heldByAnother(epithet: string, entity: Entity, text: string): boolean {
	const words = epithet.replace(/^(?:the|a|an)\s+/iu, '');
	const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
	const own = new Set(entity.names);
	for (const m of text.matchAll(new RegExp(`\\b${escaped}\\s+(\\p{Lu}[\\p{L}'\u2019-]*)`, 'giu')))
		// In its own case: the "i" flag would let "said" pass for a name.
		if (/^\p{Lu}/u.test(m[1]!) && !own.has(m[1]!)) return true;
	return false;
}

/**
 * Whether the text writes a definite epithet only with the "of …" it was cut from: "the president"
 * from "the president of production administration for Sony's film units" is no phrase the article
 * uses, and would be asked as if it meant a president. It still resolves "the president said".
 */
function onlyWithOf(epithet: string, text: string): boolean {
	if (!/^the\s/iu.test(epithet)) return false;
	const escaped = epithet.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
	const uses = [...text.matchAll(new RegExp(`\\b${escaped}\\b(?!['\u2019-])(\\s+of\\b)?`, 'giu'))];
	return uses.length > 0 && uses.every((m) => m[1] !== undefined);
}

/** Titles and roles as the nouns an epithet would use: "Sen. Rubio" is "the senator". */
const ROLE_NOUNS_OF: Record<string, string[]> = {
	sen: ['senator'],
	rep: ['representative', 'congressman', 'congresswoman'],
	gov: ['governor'],
	gen: ['general'],
	pres: ['president'],
	supt: ['superintendent'],
	insp: ['inspector'],
	det: ['detective'],
	capt: ['captain'],
	lt: ['lieutenant'],
	sgt: ['sergeant'],
	adm: ['admiral'],
	atty: ['attorney'],
	justice: ['justice', 'judge']
};

/**
 * Whether the text grounds the epithet in the person it is given to: it ties the two itself (an
 * apposition, a title), or the epithet names one of their stated roles ("the senator" for Sen.
 * Rubio) or their nationality ("the Finn"). An epithet only read as most likely meaning them ("the
 * freshman Florida senator" for Chris Christie, on PolNeAR train) is not asked about.
 */
function grounded(epithet: string, entity: Entity): boolean {
	const last = epithet.split(/\s+/u).at(-1)!;
	const head = last.toLowerCase();
	// A person is called by a person's noun ("the prosecutor", "a Democrat"): "Souza's new book" or
	// "the suspect's name" in apposition is no epithet of one.
	const age = /^(\d+)-year-old$/u.exec(head);
	if (entity.kind === 'person' && !L.PERSON_NOUNS.has(head) && !L.PARTY_WORDS.has(head) && !age)
		return false;
	// "the 58-year-old" for "Graham Lowe, 58,": the age the text gives.
	if (age) return entity.age === Number(age[1]);
	// "her defeat the GOP's presumptive nominee": a determiner inside is two phrases run together.
	if (/\s(?:the|a|an)\s/iu.test(epithet)) return false;
	if (entity.statedEpithets.has(epithetKey(epithet))) return true;
	if (isDemonym(last)) return true;
	// "the GOP front-runner" for "Democratic front-runner Ann Lowe": a party the text never gives them.
	if (epithet.split(/\s+/u).some((w) => L.PARTY_WORDS.has(w.toLowerCase()))) return false;
	return [...entity.roles].some((role) => (ROLE_NOUNS_OF[role] ?? [role]).includes(head));
}
