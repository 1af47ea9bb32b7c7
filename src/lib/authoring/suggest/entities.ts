// The people and bodies an article names: creating them, finding them by name, and what their
// titles and epithets tell (roles, gender, age, demonym).
import { firstNameGender } from '../first-names';
import * as L from '../lexicon';
import { epithetKey, epithetText, isDemonym } from '../names';
import { type Article, type Entity, type Gender } from './article';

/** A new person or body, indexed by each word of its name and by its full name. */
export function newEntity(
	article: Article,
	kind: Entity['kind'],
	label: string,
	names: string[] = []
): Entity {
	const entity: Entity = {
		kind,
		label,
		names,
		descriptors: new Set(),
		roles: new Set(),
		epithets: [],
		epithetKeys: new Set(),
		statedEpithets: new Set(),
		confirmed: kind === 'body',
		speaks: false,
		mentioned: 0,
		first: article.entities.length
	};
	article.entities.push(entity);
	for (const name of names) {
		const list = article.byName.get(name) ?? [];
		list.push(entity);
		article.byName.set(name, list);
	}
	if (names.length > 0) article.byFull.set(names.join(' '), entity);
	return entity;
}

/**
 * The person with these name words: known by the full name, or (one word) by the last person of
 * that name, else new.
 */
export function person(article: Article, names: string[]): Entity {
	const full = names.join(' ');
	const known = article.byFull.get(full);
	if (known) return known;
	// "Mrs Ellison" after "Margaret Ellison": the same person.
	if (names.length === 1) {
		const same = article.byName.get(names[0]!)?.filter((e) => e.kind === 'person');
		if (same && same.length > 0) return same[same.length - 1]!;
	}
	const entity = newEntity(article, 'person', full, names);
	// "Tom Reilly": a first name that nearly always names a man. A title or a pronoun may still tell.
	if (names.length > 1) entity.gender = firstNameGender(names[0]!);
	return entity;
}

/** The body with this key, or a new one. */
export function body(article: Article, label: string, key = label.toLowerCase()): Entity {
	const known = article.bodies.get(key);
	if (known) return known;
	const entity = newEntity(article, 'body', label);
	article.bodies.set(key, entity);
	return entity;
}

/** The gender a title tells ("ms": a woman), if any. */
export function titleGender(title: string | undefined): Gender | undefined {
	if (title === undefined) return undefined;
	return L.FEMALE_TITLES.has(title) ? 'f' : L.MALE_TITLES.has(title) ? 'm' : undefined;
}

/**
 * Whom a surname alone means when several people share it ("Okoro" after Grace and Daniel Okoro):
 * one of the title's gender ("Ms. Okoro"), then the one mentioned most so far (whom the article is
 * about, not a relative named once), then the first introduced. undefined when nobody has that last name.
 */
export function bySurname(article: Article, word: string, gender?: Gender): Entity | undefined {
	let people = (article.byName.get(word) ?? []).filter(
		(e) => e.kind === 'person' && e.names[e.names.length - 1] === word
	);
	if (gender) people = people.filter((e) => e.gender === undefined || e.gender === gender);
	let best: Entity | undefined;
	for (const e of people) if (!best || e.mentioned > best.mentioned) best = e;
	return best;
}

/**
 * A single capitalised word: a person's first or last name, or an organisation's word. A title's
 * gender ("Ms. Okoro") chooses between people who share the name.
 */
export function lookupName(article: Article, word: string, title?: string): Entity | undefined {
	const list = article.byName.get(word);
	const shared = list && list.length > 1 ? bySurname(article, word, titleGender(title)) : undefined;
	if (shared) return shared;
	if (list && list.length > 0) return list[list.length - 1];
	// "Rovers" for "Harbourside Rovers", "FIA": an organisation's own word, not a place in its name.
	if (!L.ORG_WORDS.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word)) return undefined;
	for (const entity of article.entities) {
		if (entity.kind === 'body' && entity.names.includes(word)) return entity;
	}
	return undefined;
}

/** An organisation named earlier by several words, now called by its first ("Wheelhouse"). */
export function bodyByFirstWord(article: Article, word: string): Entity | undefined {
	return [...article.bodies.values()].find((b) => b.names[0] === word && b.names.length > 1);
}

/** The text's own phrase for an entity, and what its head noun tells (gender, demonym, age). */
export function addEpithet(entity: Entity, text: string, role = false, stated = role): void {
	const key = epithetKey(text);
	if (key && stated) entity.statedEpithets.add(key);
	if (!key || entity.epithetKeys.has(key)) return;
	entity.epithetKeys.add(key);
	entity.epithets.push(epithetText(text));
	const head = key.split(' ').pop()!;
	entity.descriptors.add(head);
	if (role) entity.roles.add(head);
	if (L.FEMALE_NOUNS.has(head)) entity.gender ??= 'f';
	if (L.MALE_NOUNS.has(head)) entity.gender ??= 'm';
	const original = text.split(' ').pop()!;
	if (isDemonym(original)) entity.demonym ??= head;
	const age = /^(\d{1,3})-year-old$/u.exec(head);
	if (age) entity.age ??= Number(age[1]);
}

/**
 * What a person's titles tell: a role ("dr": a doctor), a gender, and that the name is a person's.
 */
export function learnTitles(entity: Entity, titles: string[]): void {
	titles.forEach((title, k) => {
		if (L.TITLE_MODIFIERS.has(title)) return;
		entity.confirmed = true;
		if (L.FEMALE_TITLES.has(title)) entity.gender = 'f';
		if (L.MALE_TITLES.has(title)) entity.gender = 'm';
		// "Vice President Tom Reilly" is "the vice president", not "the president"; a deputy chief is
		// not "the chief".
		if (k > 0 && SECOND_IN_RANK.has(titles[k - 1]!)) {
			addEpithet(entity, `the ${titles[k - 1]!} ${title}`, false, true);
			return;
		}
		entity.roles.add(
			title === 'dr'
				? 'doctor'
				: title === 'prof'
					? 'professor'
					: title === 'cllr'
						? 'councillor'
						: title
		);
	});
}

/** Title words that make the next title someone else's rank: a vice president is not the president. */
const SECOND_IN_RANK = new Set(['vice', 'deputy', 'assistant']);
