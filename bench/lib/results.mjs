// What the benches share to read the app's replies and to keep their figures.
import * as devalue from 'devalue';
import { writeFileSync } from 'node:fs';

/**
 * A page's data (the body of its __data.json), decoded as the app's client does: one object per
 * layout and page (false for a node without data). Throws on a body that is not one.
 * @param {string} body
 * @returns {any[]}
 */
export function pageData(body) {
	return JSON.parse(body).nodes.map(
		(/** @type {any} */ node) => node?.type === 'data' && devalue.unflatten(node.data)
	);
}

/** Writes a bench's report as the results files are kept: tab-indented JSON, one final newline. */
export function writeResults(/** @type {string} */ file, /** @type {unknown} */ report) {
	writeFileSync(file, JSON.stringify(report, null, '\t') + '\n');
}
