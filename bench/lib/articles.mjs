// The article fixtures the benches and specs share (fixtures/): each NAME.key.json is a hand-written
// key to NAME.txt, and NAME.quiz.json (when there is one) the expected quiz. The texts of the app's
// own packs are not copied there: they are read from src/lib/content/packs/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

export const FIXTURES = join(ROOT, 'fixtures');
const PACKS = join(ROOT, 'src', 'lib', 'content', 'packs');

/** Every article with a hand-written key, sorted by name. */
export function articleNames() {
	return readdirSync(FIXTURES)
		.filter((f) => f.endsWith('.key.json'))
		.map((f) => f.slice(0, -'.key.json'.length))
		.sort();
}

/** @param {string} name */
export function articleText(name) {
	const fixture = join(FIXTURES, `${name}.txt`);
	return readFileSync(existsSync(fixture) ? fixture : join(PACKS, `${name}.txt`), 'utf8');
}

/** @param {string} name @returns {any} the key (`direct` and `reported` items) */
export function articleKey(name) {
	return JSON.parse(readFileSync(join(FIXTURES, `${name}.key.json`), 'utf8'));
}

/** The path of the article's expected quiz, or undefined when it has none. @param {string} name */
export function articleQuizFile(name) {
	const file = join(FIXTURES, `${name}.quiz.json`);
	return existsSync(file) ? file : undefined;
}
