// Fits the confidence model of the authoring suggestions (src/lib/authoring/suggest/confidence-model.json)
// on the train split of PolNeAR, read in place from ../shared/corpora/polnear (never copied here).
//
// Usage: npm run train:attribution [-- --target 0.98 --folds 5 --repeats 3]
// For every key item with a named speaker that the engine finds and leaves to the model (not an
// unnamed source, a few words, or one of two namesakes, which are always checked), the example is
// the evidence behind its confidence (evidence.ts, as features() in confidence.ts turns it into
// numbers) and whether the speaker is the key's (bench/lib/key-match.mjs, as bench:authoring scores it).
// A logistic regression is fitted by gradient descent with a little L2. The threshold for "sure" is
// the lowest at which, in cross-validation by article, the examples at or above it were right at
// least `target` of the time. Deterministic: the same corpus and engine give the same file.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { directMatch, overlap, reportedMatch, sameSpeaker } from '../bench/lib/key-match.mjs';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'polnear', 'train');
const MODEL_FILE = join(ROOT, 'src', 'lib', 'authoring', 'suggest', 'confidence-model.json');

const { values } = parseArgs({
	options: {
		target: { type: 'string', default: '0.98' },
		folds: { type: 'string', default: '5' },
		repeats: { type: 'string', default: '3' },
		l2: { type: 'string', default: '0.001' }
	}
});
const target = Number(values.target);
const folds = Number(values.folds);
const repeats = Math.max(1, Number(values.repeats) || 1);
const l2 = Number(values.l2);

if (!existsSync(CORPUS)) {
	console.log(
		`No train split at ${CORPUS}: the model cannot be fitted here (the committed one stays).`
	);
	process.exit(1);
}

const load = async (path) =>
	(await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'silent' })).module;
const { suggestWithEvidence } = await load('src/lib/authoring/suggest.ts');
const { features, judge } = await load('src/lib/authoring/suggest/confidence.ts');

/** A model that marks everything sure: judge() then says which statements reach the model at all. */
const OPEN = { bias: 10, weights: {}, threshold: 0 };

// ---------------------------------------------------------------------------------------------
// Examples

const names = readdirSync(CORPUS)
	.filter((f) => f.endsWith('.key.json'))
	.map((f) => f.slice(0, -'.key.json'.length))
	.sort();
/** One per example: the article's index (for the folds), its features and whether it is right. */
const examples = [];
for (const [article, name] of names.entries()) {
	const raw = readFileSync(join(CORPUS, `${name}.txt`), 'utf8');
	const text = raw.slice(raw.indexOf('\n') + 1).trim();
	const key = JSON.parse(readFileSync(join(CORPUS, `${name}.key.json`), 'utf8'));
	const { suggestions, evidence } = suggestWithEvidence(text);
	const sources = new Map(suggestions.sources.map((s) => [s.id, s]));
	const byStatement = new Map(suggestions.statements.map((s, i) => [s, evidence[i]]));
	for (const [items, form, match] of [
		[key.direct, 'direct', directMatch],
		[key.reported, 'reported', reportedMatch]
	]) {
		const candidates = suggestions.statements.filter((s) => s.form === form);
		for (const item of items) {
			if (item.speaker === null) continue;
			const hit = candidates
				.filter((s) => match(item, s))
				.sort((a, b) => overlap(item, b) - overlap(item, a))[0];
			if (!hit) continue;
			const e = byStatement.get(hit);
			const detail = { cue: hit.cue, surname: undefined };
			// Only what the model decides: the statements always checked are no example.
			if (judge(e, detail, OPEN).confidence !== 'sure') continue;
			examples.push({
				article,
				x: features(e),
				y: sameSpeaker(item.speaker, sources.get(hit.source)) ? 1 : 0
			});
		}
	}
}
const featureNames = Object.keys(examples[0].x);
const rows = examples.map((e) => featureNames.map((f) => e.x[f]));
const labels = examples.map((e) => e.y);

// ---------------------------------------------------------------------------------------------
// Logistic regression, full-batch gradient descent

function fit(indexes) {
	const w = new Array(featureNames.length).fill(0);
	let b = 0;
	const rate = 0.5;
	for (let step = 0; step < 3000; step++) {
		const gw = new Array(w.length).fill(0);
		let gb = 0;
		for (const i of indexes) {
			const r = rows[i];
			let z = b;
			for (let j = 0; j < w.length; j++) z += w[j] * r[j];
			const err = 1 / (1 + Math.exp(-z)) - labels[i];
			gb += err;
			for (let j = 0; j < w.length; j++) gw[j] += err * r[j];
		}
		const n = indexes.length;
		b -= (rate * gb) / n;
		for (let j = 0; j < w.length; j++) w[j] -= rate * (gw[j] / n + l2 * w[j]);
	}
	return { w, b };
}
const predict = ({ w, b }, r) => 1 / (1 + Math.exp(-(b + r.reduce((z, x, j) => z + w[j] * x, 0))));

/**
 * The fold of an article in repeat r: by its index for the first, by a fixed scramble of it for
 * the others, so the same corpus always gives the same folds.
 */
const foldOf = (article, r) =>
	r === 0 ? article % folds : (Math.imul(article + 1, 2654435761 + 2 * r) >>> 0) % folds;

// Out-of-fold chances: each article's examples scored by a model fitted without that article, once
// per repeat with other folds. One split alone moves the threshold by about 150 examples either way.
const pooled = [];
for (let r = 0; r < repeats; r++) {
	for (let k = 0; k < folds; k++) {
		const train = [];
		const held = [];
		examples.forEach((e, i) => (foldOf(e.article, r) === k ? held : train).push(i));
		const m = fit(train);
		for (const i of held) pooled.push([predict(m, rows[i]), labels[i]]);
	}
}

/** The lowest threshold whose examples at or above it are right at least `target` of the time. */
function thresholdFor(scored) {
	const order = [...scored].sort((a, b) => b[0] - a[0]);
	let right = 0;
	let best = { threshold: 1, covered: 0, precision: 1 };
	for (let n = 1; n <= order.length; n++) {
		right += order[n - 1][1];
		const next = order[n]?.[0];
		// Only cut between different chances: a threshold cannot split equal ones.
		if (next === order[n - 1][0]) continue;
		if (right / n >= target)
			best = { threshold: order[n - 1][0], covered: n, precision: right / n };
	}
	return best;
}
const cv = thresholdFor(pooled);
const model = fit(examples.map((_, i) => i));
const round = (x) => +x.toFixed(4);
const file = {
	about:
		'Fitted by `npm run train:attribution` on the train split of PolNeAR: the chance that a suggested speaker is right, from the evidence in evidence.ts; "sure" from threshold up.',
	examples: examples.length,
	right: labels.reduce((a, b) => a + b, 0),
	crossValidated: {
		folds,
		repeats,
		target,
		precision: round(cv.precision),
		// Examples at or above the threshold, per repeat.
		covered: Math.round(cv.covered / repeats)
	},
	bias: round(model.b),
	weights: Object.fromEntries(featureNames.map((f, j) => [f, round(model.w[j])])),
	threshold: round(cv.threshold)
};
writeFileSync(MODEL_FILE, `${JSON.stringify(file, null, '\t')}\n`);
console.log(
	`${examples.length} examples (${file.right} right) from ${names.length} train articles.\n` +
		`Cross-validated (${folds} folds by article, ${repeats} times): "sure" from ${file.threshold} ` +
		`covers ${file.crossValidated.covered} ` +
		`(${((100 * cv.covered) / pooled.length).toFixed(0)}%) at ${(100 * cv.precision).toFixed(1)}% right.\n` +
		`Weights: ${JSON.stringify(file.weights)}\nWritten to ${MODEL_FILE}.`
);

// How right each kind of evidence is on its own (binary features), for the note and for new features.
for (const f of featureNames) {
	const on = examples.filter((e) => e.x[f] === 1);
	if (on.length === 0 || !examples.every((e) => e.x[f] === 0 || e.x[f] === 1)) continue;
	const right = on.filter((e) => e.y === 1).length;
	console.log(
		`  ${f.padEnd(16)} ${String(on.length).padStart(5)} examples, ${((100 * right) / on.length).toFixed(1)}% right`
	);
}
