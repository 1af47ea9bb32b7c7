// Quality of the authoring suggestions (POST /api/drafts) against hand-written keys, and the time
// of one suggestion call on a ~20,000-character article.
//
// Usage: npm run bench:authoring [-- --runs 30]
// Every article of fixtures/ with a hand-written key (NAME.key.json) is scored: direct quotes found (recall and
// precision), found quotes attributed to the right speaker, and the same for reported speech. The
// key of the Russell article is first checked against the hand-written pack's direct statements.
// Prints a table, writes bench/authoring-results.json and exits 1 when an article misses a goal.
// The engine is TypeScript; Vite's module runner loads it as the app's build would, without a build.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import { contains, directMatch, overlap, reportedMatch, sameSpeaker } from './lib/key-match.mjs';
import {
	judgeClaim,
	judgeDecoy,
	judgeReference,
	judgeRuling,
	judgeWait
} from './lib/quiz-judge.mjs';
import { articleKey, articleNames, articleQuizFile, articleText } from './lib/articles.mjs';
import { writeResults } from './lib/results.mjs';
import { ROOT } from './lib/server.mjs';

const RESULTS_FILE = join(ROOT, 'bench', 'authoring-results.json');

const GOALS = {
	/** Share of the key's direct quotes the engine suggests, on every article. */
	directRecall: 0.95,
	/** Share of those found whose suggested speaker is the key's, on every article. */
	directAttributed: 0.9,
	/** One call (suggestions and the generated quiz) on a ~20,000-character article: median CPU. */
	medianCpuMs: 100,
	/** Generated items right as labelled, over every article with hand-written expectations. */
	quizRight: 0.97,
	/** For an article of 400–800 words: generated questions, and kinds of them besides who-said-it. */
	quizQuestions: 15,
	quizKinds: 4
};
const LONG_ARTICLE_CHARS = 20_000;

const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '30' },
		/** Which PolNeAR splits to score, when the corpus is there: "dev" (the default), "train", or both. */
		split: { type: 'string', multiple: true, default: ['dev'] },
		/** Score only this many corpus articles per split (0: all), for a quick look. */
		limit: { type: 'string', default: '0' },
		/**
		 * Print this many of each corpus split's misses (wrong or no speaker, not found), to study
		 * them on the train split; printed only, never written to the results file.
		 */
		misses: { type: 'string', default: '0' }
	}
});
const runs = Math.max(1, Number(values.runs) || 30);
/** Real published news with automatic keys, read from beside the project and never copied into it. */
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'polnear');

const load = async (path) =>
	(await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'silent' })).module;
const { suggest, suggestQuiz } = await load('src/lib/authoring/suggest.ts');

// ---------------------------------------------------------------------------------------------
// Matching

function score(keyItems, suggestions, match, sourcesById) {
	let found = 0;
	let namedFound = 0;
	let attributed = 0;
	// Of the key items found, those whose suggestion is marked sure, and how many of those are right.
	let sure = 0;
	let sureRight = 0;
	const misses = [];
	for (const item of keyItems) {
		// The suggestion that matches best (for reported speech, the most words in common).
		const hit = suggestions
			.filter((s) => match(item, s))
			.sort((a, b) => overlap(item, b) - overlap(item, a))[0];
		if (!hit) {
			misses.push({ content: item.content, problem: 'not found' });
			continue;
		}
		found++;
		// A key item without a named speaker (an unnamed source) is scored for "found" only.
		if (item.speaker === null) continue;
		namedFound++;
		const source = sourcesById.get(hit.source);
		const right = sameSpeaker(item.speaker, source);
		if (hit.confidence === 'sure') {
			sure++;
			if (right) sureRight++;
		}
		if (right) attributed++;
		else
			misses.push({
				content: item.content,
				problem: `attributed to ${source ? source.label : 'nobody'}, not ${[item.speaker].flat()[0]}${hit.confidence === 'sure' ? ' (marked sure)' : ''}`
			});
	}
	const correct = suggestions.filter((s) => keyItems.some((item) => match(item, s))).length;
	const extra = suggestions
		.filter((s) => !keyItems.some((item) => match(item, s)))
		.map((s) => ({ content: s.content, problem: 'not in the key' }));
	return {
		key: keyItems.length,
		suggested: suggestions.length,
		found,
		recall: keyItems.length ? found / keyItems.length : 1,
		precision: suggestions.length ? correct / suggestions.length : 1,
		attributed,
		namedFound,
		attributedShare: namedFound ? attributed / namedFound : 1,
		sure,
		sureRight,
		markedSure: suggestions.filter((s) => s.confidence === 'sure').length,
		misses: [...misses, ...extra]
	};
}

// ---------------------------------------------------------------------------------------------
// The Russell key against the pack

async function checkRussellKey(key) {
	const { russellBottasImola: pack } = await load('src/lib/content/packs/russell-bottas-imola.ts');
	const labels = new Map(pack.sources.map((s) => [s.id, s.label]));
	const problems = [];
	for (const statement of pack.statements.filter((s) => s.form === 'direct')) {
		const inKey = key.direct.find((k) => contains(k.content, statement.content));
		if (!inKey) problems.push(`pack statement "${statement.id}" is in no direct quote of the key`);
		else if (!sameSpeaker(inKey.speaker, { label: labels.get(statement.source) }))
			problems.push(`pack statement "${statement.id}" has another speaker in the key`);
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------

const pct = (x) => `${(100 * x).toFixed(0)}%`;
const names = articleNames();

const articles = [];
const failures = [];
for (const name of names) {
	const text = articleText(name);
	const key = articleKey(name);
	for (const item of [...key.direct, ...key.reported]) {
		if (!contains(text, item.content))
			throw new Error(`${name}: key text not in the article: ${item.content}`);
	}
	if (name === 'russell-bottas-imola') {
		const problems = await checkRussellKey(key);
		if (problems.length)
			throw new Error(`The Russell key disagrees with the pack:\n${problems.join('\n')}`);
	}
	const result = suggest(text);
	const sourcesById = new Map(result.sources.map((s) => [s.id, s]));
	const direct = score(
		key.direct,
		result.statements.filter((s) => s.form === 'direct'),
		directMatch,
		sourcesById
	);
	const reported = score(
		key.reported,
		result.statements.filter((s) => s.form === 'reported'),
		reportedMatch,
		sourcesById
	);
	if (direct.recall < GOALS.directRecall)
		failures.push(`${name}: direct quotes found ${pct(direct.recall)}`);
	if (direct.attributedShare < GOALS.directAttributed)
		failures.push(`${name}: direct quotes attributed right ${pct(direct.attributedShare)}`);
	articles.push({
		name,
		field: key.field,
		words: text.split(/\s+/).filter(Boolean).length,
		sources: result.sources.map(
			(s) => `${s.label}${s.epithets.length ? ` (${s.epithets.join(', ')})` : ''}`
		),
		direct,
		reported
	});
}

// ---------------------------------------------------------------------------------------------
// PolNeAR (published US news, 2016): the same measures summed over a split, per publisher. Each
// text opens with its headline, given as the title, not as article text. A key's speaker may be
// null (no name: an official, a spokesman, a poll…): such items count for "found", not for "right
// speaker"; a null-speaker direct quote given to a named person is counted apart.

const sum = (parts, pick) => parts.reduce((n, p) => n + pick(p), 0);

/**
 * An anonymous source next to a quote, by the bench's own pattern (not the engine's): "a spokesman",
 * "one aide", "two officials", "a person familiar with the talks", "who asked not to be named" —
 * but not an apposition to a name ("Tom Reilly, a spokesman for the council").
 */
const ANONYMOUS =
	/(?<!,\s*)\b(?:(?:a|an|one|two|three|several|some|another)\s+(?:[\w'’-]+\s+){0,3}?(?:officials?|aides?|spokes(?:man|woman|person)|sources?|advisers?|advisors?|staffers?|insiders?|operatives?)|(?:officials|aides|sources|insiders)\s+(?:said|say|told)|person familiar|people familiar|not to be (?:named|identified)|condition of anonymity|not authorized to)\b/iu;
/** Whether the key's item without a speaker stands by such a source (its paragraph, near it). */
function anonymousIn(text, item) {
	if (item.speaker !== null) return false;
	const at = text.indexOf(item.content.slice(0, 40));
	if (at < 0) return false;
	const around = text.slice(Math.max(0, at - 160), at + item.content.length + 160);
	const paragraph = around
		.split(/\n\s*\n/u)
		.find((part) => part.includes(item.content.slice(0, 40)));
	return ANONYMOUS.test(paragraph ?? around);
}
/** A person the suggestion names ("Tom Reilly"), not one it describes ("A Twitter spokesman"). */
const namedPerson = (source) =>
	source.kind === 'person' &&
	!/^(?:a|an|one|two|three|some|several|another|the)\s/iu.test(source.label);
/** Whether the engine's suggestion for a key item has a source that passes `test`. */
function givenTo(item, suggestions, sourcesById, test) {
	const hit = suggestions.find((s) => directMatch(item, s));
	const source = hit && sourcesById.get(hit.source);
	return source !== undefined && test(source);
}
/** Every corpus miss, for --misses. */
const corpusMisses = [];
function corpusScore(split) {
	const dir = join(CORPUS, split);
	let names = readdirSync(dir)
		.filter((f) => f.endsWith('.key.json'))
		.map((f) => f.slice(0, -'.key.json'.length))
		.sort();
	const limit = Number(values.limit) || 0;
	if (limit > 0) names = names.slice(0, limit);
	const byPublisher = new Map();
	for (const name of names) {
		const raw = readFileSync(join(dir, `${name}.txt`), 'utf8');
		const text = raw.slice(raw.indexOf('\n') + 1).trim();
		const key = JSON.parse(readFileSync(join(dir, `${name}.key.json`), 'utf8'));
		const result = suggest(text);
		const sourcesById = new Map(result.sources.map((s) => [s.id, s]));
		const named = (items) => items.filter((i) => i.speaker !== null);
		const direct = result.statements.filter((s) => s.form === 'direct');
		const reported = result.statements.filter((s) => s.form === 'reported');
		const part = {
			directAll: score(key.direct, direct, directMatch, sourcesById),
			direct: score(named(key.direct), direct, directMatch, sourcesById),
			reportedAll: score(key.reported, reported, reportedMatch, sourcesById),
			reported: score(named(key.reported), reported, reportedMatch, sourcesById),
			// The key's quotes without a named speaker that the engine pinned on a named person or body.
			unnamed: key.direct.filter((item) => item.speaker === null).length,
			unnamedNamed: key.direct
				.filter((item) => item.speaker === null)
				.filter((item) => givenTo(item, direct, sourcesById, (s) => s.kind !== 'writer')).length,
			// Of those, the ones the text gives an anonymous source ("a spokesman", "officials said"),
			// found by the bench's own pattern, given to a named person.
			anonymous: key.direct.filter((item) => anonymousIn(text, item)).length,
			anonymousNamed: key.direct
				.filter((item) => anonymousIn(text, item))
				.filter((item) => givenTo(item, direct, sourcesById, namedPerson)).length
		};
		for (const item of key.direct.filter((i) => anonymousIn(text, i))) {
			const hit = direct.find((s) => directMatch(item, s));
			const source = hit && sourcesById.get(hit.source);
			if (source && namedPerson(source))
				corpusMisses.push({
					split,
					name,
					kind: 'direct',
					content: item.content,
					problem: `an anonymous source's quote given to ${source.label}`
				});
		}
		for (const [kind, scored] of /** @type {const} */ ([
			['direct', part.direct],
			['reported', part.reported]
		]))
			for (const miss of scored.misses.filter((m) => m.problem !== 'not in the key'))
				corpusMisses.push({ split, name, kind, ...miss });
		const publisher = name.split('_')[0];
		byPublisher.set(publisher, [...(byPublisher.get(publisher) ?? []), part]);
	}
	const total = (parts) => ({
		articles: parts.length,
		directKey: sum(parts, (p) => p.directAll.key),
		directFound: sum(parts, (p) => p.directAll.found),
		directNamedFound: sum(parts, (p) => p.direct.found),
		directRight: sum(parts, (p) => p.direct.attributed),
		reportedKey: sum(parts, (p) => p.reportedAll.key),
		reportedFound: sum(parts, (p) => p.reportedAll.found),
		reportedNamedFound: sum(parts, (p) => p.reported.found),
		reportedRight: sum(parts, (p) => p.reported.attributed),
		unnamed: sum(parts, (p) => p.unnamed),
		unnamedNamed: sum(parts, (p) => p.unnamedNamed),
		anonymous: sum(parts, (p) => p.anonymous),
		anonymousNamed: sum(parts, (p) => p.anonymousNamed),
		// Statements marked sure: how many (of every direct and reported suggestion), and of those
		// the key's named items matched, how many have the right speaker.
		suggested: sum(parts, (p) => p.directAll.suggested + p.reportedAll.suggested),
		markedSure: sum(parts, (p) => p.directAll.markedSure + p.reportedAll.markedSure),
		sureMatched: sum(parts, (p) => p.direct.sure + p.reported.sure),
		sureRight: sum(parts, (p) => p.direct.sureRight + p.reported.sureRight)
	});
	return {
		split,
		total: total([...byPublisher.values()].flat()),
		publishers: Object.fromEntries([...byPublisher].map(([p, parts]) => [p, total(parts)]))
	};
}

const corpus = [];
if (existsSync(CORPUS)) {
	for (const split of values.split) {
		if (split === 'test')
			throw new Error('The corpus has no test split here, and none is to be used.');
		if (existsSync(join(CORPUS, split))) corpus.push(corpusScore(split));
		else console.log(`No "${split}" split in ${CORPUS}.`);
	}
} else {
	console.log(`No corpus at ${CORPUS}: scoring the project's own articles only.`);
}

// ---------------------------------------------------------------------------------------------
// The generated quiz, judged against hand-written expectations (bench/quiz-expectations.md).

/** Judges every generated item of one article; the kinds are those a teacher reviews. */
function judgeQuiz(name, text, key, expected) {
	const quiz = suggestQuiz(text);
	const sentences = new Map(quiz.sentences.map((s) => [s.id, s.text]));
	const labels = new Map(quiz.sources.map((s) => [s.id, s.label]));
	const texts = (ids) => ids.map((id) => sentences.get(id) ?? '');
	// The reference questions are asked of people, and of bodies only when one has an epithet.
	const withBodies = quiz.sources.some((s) => s.kind === 'body' && s.epithets.length > 0);
	const items = [
		...quiz.sources
			.filter((s) => s.kind === 'person' || (withBodies && s.kind === 'body'))
			.flatMap((s) =>
				s.epithets.map((epithet) => ({
					kind: 'reference',
					words: `${epithet} → ${s.label}`,
					confidence: 'sure',
					wrong: judgeReference(epithet, s.label, expected)
				}))
			),
		...quiz.claims.map((c) => ({
			kind: c.label,
			words: c.claim,
			confidence: c.confidence,
			wrong: judgeClaim(c, texts(c.evidence), expected, key)
		})),
		...quiz.decoys.map((d) => ({
			kind: 'doctored',
			words: d.content,
			confidence: d.confidence,
			wrong: judgeDecoy(d, labels.get(d.soundsLike) ?? '', text, key)
		})),
		...(quiz.ruling
			? [
					{
						kind: 'ruling',
						words: `${labels.get(quiz.ruling.body)}: ${quiz.ruling.decision}`,
						confidence: quiz.ruling.confidence,
						wrong: judgeRuling(quiz.ruling, labels, texts(quiz.ruling.evidence), expected)
					}
				]
			: []),
		...(quiz.wait
			? [
					{
						kind: 'timeline',
						words: `${quiz.wait.question} ${quiz.wait.amount} ${quiz.wait.unit}`,
						confidence: quiz.wait.confidence,
						wrong: judgeWait(quiz.wait, expected)
					}
				]
			: [])
	];
	const count = (kind) => items.filter((i) => i.kind === kind).length;
	return {
		name,
		words: text.split(/\s+/).filter(Boolean).length,
		items: items.length,
		right: items.filter((i) => i.wrong === null).length,
		sure: items.filter((i) => i.confidence === 'sure').length,
		sureRight: items.filter((i) => i.confidence === 'sure' && i.wrong === null).length,
		kinds: new Set(items.map((i) => i.kind)).size,
		byKind: Object.fromEntries(
			['reference', 'supported', 'refuted', 'not-in-article', 'doctored', 'ruling', 'timeline'].map(
				(k) => [k, count(k)]
			)
		),
		wrong: items
			.filter((i) => i.wrong !== null)
			.map((i) => ({ kind: i.kind, words: i.words, why: i.wrong }))
	};
}

const quizzes = [];
for (const name of names) {
	const file = articleQuizFile(name);
	if (!file) continue;
	const text = articleText(name);
	const key = articleKey(name);
	const quiz = judgeQuiz(name, text, key, JSON.parse(readFileSync(file, 'utf8')));
	quizzes.push(quiz);
	if (quiz.words >= 400 && quiz.words <= 800) {
		if (quiz.items < GOALS.quizQuestions)
			failures.push(`${name}: ${quiz.items} generated questions (goal ${GOALS.quizQuestions})`);
		if (quiz.kinds < GOALS.quizKinds)
			failures.push(`${name}: ${quiz.kinds} kinds of generated question (goal ${GOALS.quizKinds})`);
	}
	if (Math.abs(quiz.byKind.supported - quiz.byKind.refuted) > 1)
		failures.push(
			`${name}: ${quiz.byKind.supported} supported against ${quiz.byKind.refuted} refuted`
		);
}
const quizTotal = {
	items: quizzes.reduce((n, q) => n + q.items, 0),
	right: quizzes.reduce((n, q) => n + q.right, 0),
	sure: quizzes.reduce((n, q) => n + q.sure, 0),
	sureRight: quizzes.reduce((n, q) => n + q.sureRight, 0)
};
if (quizTotal.items && quizTotal.right / quizTotal.items < GOALS.quizRight)
	failures.push(`generated items right as labelled: ${quizTotal.right}/${quizTotal.items}`);

// ~20,000 characters: the articles one after another, as often as it takes, cut at a paragraph.
const paragraphs = names.flatMap((name) =>
	articleText(name)
		.trim()
		.split(/\n\s*\n/)
);
let long = '';
for (let i = 0; long.length < LONG_ARTICLE_CHARS; i++) {
	const next = paragraphs[i % paragraphs.length];
	if ((long + '\n\n' + next).length > LONG_ARTICLE_CHARS) break;
	long = long ? `${long}\n\n${next}` : next;
}
for (let i = 0; i < 5; i++) suggestQuiz(long);
// Wall time and CPU time: on a shared machine other processes stretch the first, not the second.
const wall = [];
const cpu = [];
for (let i = 0; i < runs; i++) {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	suggestQuiz(long);
	wall.push(performance.now() - t0);
	const c = process.cpuUsage(c0);
	cpu.push((c.user + c.system) / 1000);
}
const median = (xs) => +[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
const timing = {
	chars: long.length,
	runs,
	medianMs: median(wall),
	minMs: +Math.min(...wall).toFixed(1),
	maxMs: +Math.max(...wall).toFixed(1),
	medianCpuMs: median(cpu),
	loadAverage: +os.loadavg()[0].toFixed(1),
	cores: os.cpus().length
};
if (timing.medianCpuMs > GOALS.medianCpuMs)
	failures.push(`one call on ${timing.chars} characters: ${timing.medianCpuMs} ms of CPU`);

// ---------------------------------------------------------------------------------------------

const rows = articles.map((a) => [
	a.name,
	a.field,
	String(a.words),
	`${a.direct.found}/${a.direct.key}`,
	pct(a.direct.recall),
	pct(a.direct.precision),
	`${a.direct.attributed}/${a.direct.namedFound} ${pct(a.direct.attributedShare)}`,
	`${a.reported.found}/${a.reported.key}`,
	pct(a.reported.precision),
	`${a.reported.attributed}/${a.reported.namedFound}`
]);
const head = [
	'article',
	'field',
	'words',
	'direct found',
	'recall',
	'precision',
	'right speaker',
	'reported found',
	'precision',
	'right speaker'
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
const quizHead = [
	'generated quiz',
	'words',
	'items',
	'kinds',
	'who is who',
	'S/R/NIA',
	'doctored',
	'ruling',
	'wait',
	'right',
	'sure right'
];
const quizRows = quizzes.map((q) => [
	q.name,
	String(q.words),
	String(q.items),
	String(q.kinds),
	String(q.byKind.reference),
	`${q.byKind.supported}/${q.byKind.refuted}/${q.byKind['not-in-article']}`,
	String(q.byKind.doctored),
	String(q.byKind.ruling),
	String(q.byKind.timeline),
	`${q.right}/${q.items}`,
	`${q.sureRight}/${q.sure}`
]);
quizRows.push([
	'all',
	'',
	String(quizTotal.items),
	'',
	'',
	'',
	'',
	'',
	'',
	`${quizTotal.right}/${quizTotal.items} ${quizTotal.items ? pct(quizTotal.right / quizTotal.items) : ''}`,
	`${quizTotal.sureRight}/${quizTotal.sure}`
]);
const qw = quizHead.map((h, i) => Math.max(h.length, ...quizRows.map((r) => r[i].length)));
const quizLine = (cells) => cells.map((c, i) => c.padEnd(qw[i])).join('  ');
console.log(`\n${quizLine(quizHead)}\n${qw.map((n) => '-'.repeat(n)).join('  ')}`);
for (const r of quizRows) console.log(quizLine(r));
for (const q of quizzes)
	for (const w of q.wrong) console.log(`  ${q.name} ${w.kind}: ${w.why}: ${w.words.slice(0, 100)}`);
console.log(
	`\nOne suggestion call (with the generated quiz) on ${timing.chars.toLocaleString('en')} characters (${runs} runs): ` +
		`median ${timing.medianMs} ms (min ${timing.minMs}, max ${timing.maxMs}), median CPU ${timing.medianCpuMs} ms; ` +
		`load average ${timing.loadAverage} on ${timing.cores} cores.`
);
const share = (n, d) => (d ? pct(n / d) : '–');
for (const { split, total, publishers } of corpus) {
	const corpusRows = [...Object.entries(publishers), ['all', total]].map(([who, t]) => [
		`${split} ${who}`,
		String(t.articles),
		`${t.directFound}/${t.directKey}`,
		share(t.directFound, t.directKey),
		`${t.directRight}/${t.directNamedFound}`,
		share(t.directRight, t.directNamedFound),
		`${t.reportedFound}/${t.reportedKey}`,
		share(t.reportedFound, t.reportedKey),
		share(t.reportedRight, t.reportedNamedFound),
		`${t.unnamedNamed}/${t.unnamed}`,
		`${t.anonymousNamed}/${t.anonymous}`,
		`${share(t.sureRight, t.sureMatched)} (${t.sureRight}/${t.sureMatched})`,
		share(t.markedSure, t.suggested)
	]);
	const corpusHead = [
		'PolNeAR',
		'articles',
		'direct found',
		'found',
		'right speaker',
		'right',
		'reported found',
		'found',
		'right source',
		'unnamed → named',
		'anonymous → person',
		'sure: right',
		'marked sure'
	];
	const w = corpusHead.map((h, i) => Math.max(h.length, ...corpusRows.map((r) => r[i].length)));
	const row = (cells) => cells.map((c, i) => c.padEnd(w[i])).join('  ');
	console.log(`\n${row(corpusHead)}\n${w.map((n) => '-'.repeat(n)).join('  ')}`);
	for (const r of corpusRows) console.log(row(r));
	// What "marked sure" could be at most while every sure statement is right by the key: the share of
	// all suggestions whose named key speaker agrees. The rest has no named key speaker, is not in the
	// key, or is wrong, so a higher share needs "sure" on statements the key cannot confirm.
	console.log(
		`${split}: the key confirms the speaker of ${share(total.directRight + total.reportedRight, total.suggested)} ` +
			`of all suggestions (${total.directRight + total.reportedRight}/${total.suggested}): the most ` +
			`"marked sure" can be while every sure statement is right by the key.`
	);
}
const missesShown = Number(values.misses) || 0;
for (const split of values.split) {
	const shown = corpusMisses.filter((m) => m.split === split).slice(0, missesShown);
	for (const m of shown)
		console.log(`  ${m.split} ${m.name} ${m.kind}: ${m.problem}: ${m.content.slice(0, 100)}`);
}
for (const a of articles) {
	for (const miss of [
		...a.direct.misses.map((m) => ['direct', m]),
		...a.reported.misses.map((m) => ['reported', m])
	]) {
		console.log(`  ${a.name} ${miss[0]}: ${miss[1].problem}: ${miss[1].content.slice(0, 80)}`);
	}
}

writeResults(RESULTS_FILE, {
	goals: GOALS,
	articles,
	quizzes,
	quizTotal,
	corpus,
	timing,
	passed: failures.length === 0,
	failures
});
if (failures.length) {
	console.error(`\nMissed goals:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log(`\nAll goals met. Results in ${RESULTS_FILE}.`);
