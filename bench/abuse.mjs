// A benchmark of abuse (issue 19): what one anonymous client can do to the server within its limits.
//
// Usage: npm run bench:abuse [-- --no-build] [--only 1a-77k,4,…] [--seconds N] [--results FILE]
// Prints a table with a met/missed verdict per attack, writes bench/abuse-results.json and exits 1
// when an attack misses a goal (for CI).
//
// Each attack (ATTACKS at the bottom, named by the issue's items) runs against a fresh server with a
// fresh data directory (SQLite; PostgreSQL for items 3 and 9: a fresh database in one throwaway
// cluster), so that one attack's crash or growth does not spoil the next. The server keeps the app's
// own per-address limits (bench/lib/server.mjs lifts them for the load benches): the point is what one
// client can do within them, and a 429 counts as an answer. The attacker comes from 127.0.0.1.
// While it runs, a bystander on another loopback address (127.0.0.3) fetches GET / every 100 ms, on
// a new connection each time, as a new visitor would. Per attack the bench reports:
// - the attacker's replies: status and time of each request (the setup's too: publishing the pack
//   it then abuses is part of the attack); every one must be a 4xx, or come in ≤ 1 s (5xx and no
//   answer never do; item 3 allows 503s, which a client retries);
// - the bystander's p50 and p99 (a request cut at the end of the attack counts with the time it had
//   waited), and any bystander request that failed;
// - the server's peak memory (VmHWM, and VmRSS sampled every 100 ms, from /proc/<pid>/status);
// - the growth of its storage: the SQLite files in its data directory (database, WAL), or
//   pg_database_size on PostgreSQL (the cluster's WAL apart);
// - whether the process lived (and, when it did not, the line of its log that says why);
// - checks of the attack's own (the teacher's stream answers 200, no acknowledged write lost, …).
// Bounds: every attack stops sending after its duration (--seconds, 15 by default; 20 for the
// preview flood, 10 for the big play page) and cuts whatever is still waiting at 30 s (or --seconds
// + 10); everything is on loopback; servers and the cluster are stopped on exit, also on Ctrl-C.
// The machine may be shared: the load average at the start of each attack is in the results.

import { spawn } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { ensurePostgres, startCluster } from '../scripts/pg-cluster.mjs';
import { answerBody, latencySummary, questionsFromData, round } from './lib/load.mjs';
import { memoryOf } from './lib/machine.mjs';
import { pageData, writeResults } from './lib/results.mjs';
import { build, positiveNumber, ROOT, sleep, startServer, stopServer } from './lib/server.mjs';

const RESULTS_FILE = join(ROOT, 'bench', 'abuse-results.json');
const MB = 1024 * 1024;

const GOALS = {
	/** Every request of the attacker gets a 4xx, or its answer within this. */
	attackerReplyMs: 1000,
	/** A bystander's GET / during the attack. */
	bystanderP99Ms: 200,
	/** The server's peak resident memory. */
	peakRssMb: 600,
	/** Storage added by one attack. */
	diskGrowthMb: 20
};

/** The body cap of pack files, drafts and publishes (MAX_PACK_BYTES, the app's default). */
const MAX_PACK_BYTES = 262_144;
const ATTACKER = '127.0.0.1';
const BYSTANDER = '127.0.0.3';
const NEW_CLIENT = '127.0.0.2';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/**
 * What item 10's pack content must not reach pupils with: bidi controls, zero-width characters,
 * C0/C1 controls (but tab and line breaks), or ten combining marks in a row on one letter.
 */
const UNCLEAN =
	// eslint-disable-next-line no-control-regex -- control characters are what this looks for
	/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{M}{10,}/u;

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			only: { type: 'string' },
			seconds: { type: 'string' },
			results: { type: 'string' }
		}
	});
	const only = values.only?.split(',').map((s) => s.trim());
	const unknown = only?.filter((name) => !ATTACKS.some((a) => a.name === name)) ?? [];
	if (unknown.length) {
		throw new Error(
			`--only: no attack ${unknown.join(', ')}; the attacks are ${ATTACKS.map((a) => a.name).join(', ')}.`
		);
	}
	return {
		build: !values['no-build'],
		only,
		seconds: values.seconds ? positiveNumber(values.seconds, '--seconds') : undefined,
		resultsFile: values.results ? resolvePath(values.results) : RESULTS_FILE
	};
}

// ---------------------------------------------------------------------------------------------
// HTTP

/**
 * @typedef {{ status: number, headers?: http.IncomingHttpHeaders, body?: string, ms: number,
 *   error?: string }} Reply
 * A reply: status 0 when there was none (the error says why).
 */

/**
 * One request on its own connection; resolves with the reply and the time to its last byte.
 * `signal` cuts it (the reply then has status 0 and the time it had waited).
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string | Buffer,
 *   localAddress?: string, signal?: AbortSignal }} [options]
 * @returns {Promise<Reply>}
 */
function request(
	url,
	{ method = 'GET', headers = {}, body, localAddress = ATTACKER, signal } = {}
) {
	return new Promise((resolve) => {
		const started = performance.now();
		const elapsed = () => round(performance.now() - started);
		const fail = (error) =>
			resolve({
				status: 0,
				error: signal?.aborted ? 'no answer (cut)' : String(error),
				ms: elapsed()
			});
		if (signal?.aborted) return fail('cut');
		const req = http.request(
			url,
			{ method, headers, localAddress, agent: false, signal },
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8'),
						ms: elapsed()
					})
				);
				res.on('error', fail);
			}
		);
		req.on('error', fail);
		req.end(body);
	});
}

const jsonBody = (value) => ({
	headers: { 'content-type': JSON_TYPE },
	body: JSON.stringify(value)
});

/** A form action's body as multipart, with one file; as a browser sends a file input. */
function multipart(fields, file) {
	const boundary = `----abuse${Math.random().toString(36).slice(2)}`;
	const parts = Object.entries(fields).map(
		([name, value]) =>
			`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
	);
	if (file) {
		parts.push(
			`--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\n` +
				`content-type: application/json\r\n\r\n${file.content}\r\n`
		);
	}
	return {
		contentType: `multipart/form-data; boundary=${boundary}`,
		body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`)
	};
}

/** What a refusal says: its JSON `error`, a form's errors, or the start of its body. */
function reason(reply) {
	try {
		const body = JSON.parse(reply.body ?? '');
		return String(body.error ?? body.message ?? JSON.stringify(body)).slice(0, 200);
	} catch {
		return (reply.body ?? '').replace(/\s+/g, ' ').slice(0, 200);
	}
}

/** A page's data (__data.json), decoded as the app's client does; none from a failed reply. */
function pageDataOf(reply) {
	if (reply.status !== 200) return [];
	try {
		return pageData(reply.body);
	} catch {
		return [];
	}
}

/** A live stream's response head: its status and the time to it; close() ends it. */
function openStream(url, { headers = {}, localAddress = ATTACKER, timeoutMs = 5000 } = {}) {
	return new Promise((resolve) => {
		const started = performance.now();
		const req = http.get(url, {
			agent: false,
			localAddress,
			headers: { accept: 'text/event-stream', ...headers }
		});
		const timer = setTimeout(() => req.destroy(new Error('no answer')), timeoutMs);
		const close = () => req.destroy();
		req.on('response', (res) => {
			clearTimeout(timer);
			res.on('error', () => {});
			res.resume();
			resolve({ status: res.statusCode ?? 0, ms: round(performance.now() - started), close });
		});
		req.on('error', (error) => {
			clearTimeout(timer);
			resolve({ status: 0, error: String(error), ms: round(performance.now() - started), close });
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Packs to send: small valid ones, and the shapes of the attacks

const SOURCES = [
	{ id: 'ada-byrne', label: 'Ada Byrne', kind: 'person' },
	{ id: 'tom-okafor', label: 'Tom Okafor', kind: 'person' }
];
/** Five sentences, one statement each: the fewest a pack needs to make a quiz (MIN_QUESTIONS). */
const BASE_SENTENCES = [
	'Ada Byrne said the harbour would reopen in the spring.',
	'Tom Okafor said the repairs would cost less than planned.',
	'Ada Byrne said the ferry would run twice a day.',
	'Tom Okafor said the new wall would last fifty years.',
	'Ada Byrne said nobody had been hurt in the storm.'
];
const EXPLANATION = 'The article names the speaker in the same sentence.';
const DISCUSS = 'Which words in the sentence tell you who said it?';

/** One statement on sentence `id` whose words are `sentence`'s, said by source i mod 2. */
const statementOn = (i, id, sentence, sentences = [id]) => ({
	id: `statement-${i + 1}`,
	content: sentence.replace(/[.!]$/, ''),
	source: SOURCES[i % 2].id,
	cue: null,
	form: 'reported',
	sentences,
	explanation: EXPLANATION,
	discuss: DISCUSS
});

/**
 * A valid pack: the five base sentences (in paragraph `at`, after the paragraphs `before`) and a
 * statement on each, plus whatever `extra` overrides or adds.
 */
function basePack({
	title = 'The harbour repairs',
	topic = 'the harbour repairs',
	before = []
} = {}) {
	const at = before.length + 1;
	return {
		id: 'harbour-repairs',
		title,
		topic,
		text: [...before, BASE_SENTENCES.join(' ')].join('\n\n'),
		sources: SOURCES.map((s) => ({ ...s, epithets: [] })),
		statements: BASE_SENTENCES.map((s, i) => statementOn(i, `p${at}s${i + 1}`, s))
	};
}

/** One sentence of at most `chars` characters: lower-case words and no full stop until its end. */
function longSentence(chars) {
	const words = 'the harbour plan was argued over for many long evenings by the council ';
	return `The ${words
		.repeat(Math.ceil(chars / words.length))
		.slice(0, chars - 9)
		.trim()} end.`;
}

/**
 * Item 1: a pack whose first statement names one long sentence (p1s1, about `sentenceChars`
 * characters) over and over, as many times as fit in `bytes` of JSON.
 */
function repeatingPack(bytes, sentenceChars) {
	const sentence = longSentence(sentenceChars);
	const pack = basePack({ before: [sentence] });
	const first = { ...statementOn(0, 'p1s1', sentence.slice(0, 60).replace(/\s\S*$/, '')) };
	pack.statements = [first, ...pack.statements.slice(1)];
	const room = bytes - JSON.stringify(pack).length;
	first.sentences = Array.from({ length: Math.floor(room / '"p1s1",'.length) }, () => 'p1s1');
	return pack;
}

/** Item 4: a valid pack near the body cap: an article of ~19,000 characters and 200 statements. */
function bigValidPack() {
	// 230 sentences of about 80 characters: the most that stay within the draft's 20,000.
	const sentences = Array.from(
		{ length: 230 },
		(_, i) =>
			`${SOURCES[i % 2].label} said the harbour plan number ${i + 1} would cost less than the one before.`
	);
	const paragraphs = [];
	for (let i = 0; i < sentences.length; i += 10)
		paragraphs.push(sentences.slice(i, i + 10).join(' '));
	const explanation = `${EXPLANATION} `.repeat(13).trim();
	return {
		...basePack({ title: 'Preview flood', topic: 'the harbour plans' }),
		text: paragraphs.join('\n\n'),
		statements: sentences.slice(0, 200).map((s, i) => ({
			...statementOn(i, `p${1 + Math.floor(i / 10)}s${1 + (i % 10)}`, s),
			explanation,
			discuss: `${DISCUSS} `.repeat(4).trim()
		}))
	};
}

/** Item 5: as many short sentences as the body cap allows (32,000), a hundred to a paragraph. */
function manySentencesPack(count) {
	const paragraphs = [];
	for (let i = 0; i < count; i += 100) paragraphs.push('Go on. '.repeat(100).trim());
	return basePack({ title: 'Many sentences', before: paragraphs });
}

/** Bytes of a body as JSON, in KB for the notes; a body over the app's cap is the bench's mistake. */
function kb(value) {
	const bytes = Buffer.byteLength(JSON.stringify(value));
	if (bytes > MAX_PACK_BYTES) throw new Error(`A body of ${bytes} bytes: over MAX_PACK_BYTES.`);
	return `${round(bytes / 1024)} KB`;
}

// ---------------------------------------------------------------------------------------------
// The attacker's steps, each recorded as a reply of the attack

/** POST /api/packs: publishes a pack file; resolves with its id when it was accepted. */
async function publishPack(ctx, pack, what = 'POST /api/packs') {
	const res = await ctx.send(what, '/api/packs', { method: 'POST', ...jsonBody(pack) });
	if (res.status !== 201) return undefined;
	return /** @type {{ id: string }} */ (JSON.parse(res.body)).id;
}

/** POST /write with a pack file, as the authoring page's form sends it: resolves with the secret. */
async function startDraft(ctx, pack, what = 'POST /write (a pack file)') {
	const form = multipart(
		{},
		{ name: 'packFile', filename: 'pack.json', content: JSON.stringify(pack) }
	);
	const res = await ctx.send(what, '/write', {
		method: 'POST',
		headers: { origin: ctx.origin, accept: 'text/html', 'content-type': form.contentType },
		body: form.body
	});
	return /^\/write\/([^/?]+)$/.exec(res.headers?.location ?? '')?.[1];
}

/** The draft behind an edit link, as the authoring page gets it. */
async function draftOf(ctx, secret) {
	const res = await ctx.send('GET /write/<secret>/__data.json', `/write/${secret}/__data.json`);
	return pageDataOf(res).find((d) => d?.draft)?.draft;
}

/** PUT /write/<secret>/draft. */
const saveDraft = (ctx, secret, draft, what = 'PUT /write/<secret>/draft') =>
	ctx.send(what, `/write/${secret}/draft`, { method: 'PUT', ...jsonBody({ draft }) });

/** The teacher's form on /teach (the default pack): resolves with the class's teacher secret. */
async function createClass(ctx) {
	const res = await ctx.send('POST /teach', '/teach', {
		method: 'POST',
		headers: { origin: ctx.origin, accept: 'text/html', 'content-type': FORM },
		body: new URLSearchParams({
			title: 'Abuse class',
			pacing: 'self',
			feedback: 'each',
			timeLimitMinutes: ''
		}).toString()
	});
	return /^\/teach\/([^/?]+)\?created=1$/.exec(res.headers?.location ?? '')?.[1];
}

/** The questions a play page's data offers, or undefined. */
function questionsIn(reply) {
	try {
		return questionsFromData(pageDataOf(reply));
	} catch {
		return undefined;
	}
}

/** A round on a pack played to the end through the API; resolves with the attempt's public id. */
async function playRound(ctx, packId) {
	const questions = questionsIn(
		await ctx.send('GET /p/<id>/__data.json', `/p/${packId}/__data.json`)
	);
	if (!questions) return undefined;
	const start = await ctx.send('POST /api/attempts', '/api/attempts', {
		method: 'POST',
		...jsonBody({ pack: packId })
	});
	if (start.status !== 201) return undefined;
	const { attemptKey, publicId } = JSON.parse(start.body);
	for (const question of questions) {
		await ctx.send('POST /api/attempts/<key>/answers', `/api/attempts/${attemptKey}/answers`, {
			method: 'POST',
			...jsonBody(answerBody(question))
		});
	}
	const state = await ctx.send('GET /api/attempts/<key>', `/api/attempts/${attemptKey}`);
	return state.status === 200 && JSON.parse(state.body).finished ? publicId : undefined;
}

/** Calls `task` again and again for `ms`, or until the attack is cut or the server has died. */
async function during(ctx, ms, task) {
	const end = performance.now() + ms;
	let n = 0;
	while (performance.now() < end && !ctx.signal.aborted && ctx.alive()) {
		const res = await task(n++);
		// A server that is gone answers at once: no need to hammer it.
		if (res?.status === 0) await sleep(200);
	}
}

// ---------------------------------------------------------------------------------------------
// What is measured around every attack

/**
 * A bystander measures for at least this long, so an attack refused at once still gets a p99 of
 * its own (the time the server takes to come back to everyone else after the refusal).
 */
const BYSTANDER_MIN_MS = 2_000;

/** GET / every 100 ms from another address, each on a new connection. */
function startBystander(origin) {
	const startedAt = performance.now();
	const controller = new AbortController();
	// Every request waiting on the signal listens to it: hundreds, when the server is frozen.
	setMaxListeners(0, controller.signal);
	/** @type {Reply[]} */
	const replies = [];
	const pending = new Set();
	const timer = setInterval(() => {
		const sent = request(`${origin}/`, { localAddress: BYSTANDER, signal: controller.signal }).then(
			(res) => {
				replies.push(res);
				pending.delete(sent);
			}
		);
		pending.add(sent);
	}, 100);
	return {
		/** Stops sending; waits up to 2 s for the replies still due, then cuts the rest. */
		async stop() {
			await sleep(Math.max(0, BYSTANDER_MIN_MS - (performance.now() - startedAt)));
			clearInterval(timer);
			await Promise.race([Promise.all(pending), sleep(2000)]);
			controller.abort();
			await Promise.all(pending);
			const failed = replies.filter((r) => r.status !== 200);
			return {
				...latencySummary(replies.map((r) => r.ms)),
				failed: failed.length,
				failures: summariseStatuses(failed)
			};
		}
	};
}

function watchMemory(pid) {
	const start = memoryOf(pid)?.rss ?? NaN;
	let peak = start;
	const sample = () => {
		const now = memoryOf(pid);
		if (now) peak = Math.max(peak, now.rss, now.hwm);
	};
	const timer = setInterval(sample, 100);
	return {
		stop() {
			sample();
			clearInterval(timer);
			return { startMb: round(start), peakMb: round(peak) };
		}
	};
}

/** Bytes of every file under a folder (the SQLite database, its WAL and shared memory). */
function folderBytes(dir) {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}

async function storageBytes(ctx) {
	if (!ctx.database) return folderBytes(ctx.server.dataDir);
	const client = new pg.Client(ctx.database);
	try {
		await client.connect();
		const { rows } = await client.query('SELECT pg_database_size(current_database()) AS bytes');
		return Number(rows[0].bytes);
	} catch {
		return NaN;
	} finally {
		await client.end().catch(() => {});
	}
}

/** "200 ×12, 429 ×3": the statuses of some replies, most frequent first. */
function summariseStatuses(replies) {
	const counts = new Map();
	for (const r of replies) {
		const key =
			r.status === 0 ? `none (${r.error?.replace(/^Error: /, '').slice(0, 40)})` : r.status;
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1])
		.map(([status, n]) => (n === 1 ? String(status) : `${status} ×${n}`))
		.join(', ');
}

/** Whether a reply meets the goal: a 4xx, or an answer within the time (a 503 only where allowed). */
function answered(reply, allow503) {
	if (reply.status >= 400 && reply.status < 500) return true;
	if (allow503 && reply.status === 503) return true;
	return reply.status >= 200 && reply.status < 400 && reply.ms <= GOALS.attackerReplyMs;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: one throwaway cluster for the attacks that need it, a database for each

let cluster;

async function freshDatabase(name) {
	if (!cluster) {
		console.log('Starting a throwaway PostgreSQL cluster (scripts/pg-cluster.mjs)...');
		cluster = await startCluster();
		process.once('exit', cluster.stop);
	}
	const database = `abuse_${name.replace(/\W/g, '_')}`;
	const admin = new pg.Client(cluster.url);
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE ${database}`);
	} finally {
		await admin.end();
	}
	return cluster.url.replace(/\/[^/]*$/, `/${database}`);
}

/** `pg_ctl restart -m fast` of the cluster, run in the background (the bench keeps sending). */
async function restartPostgres(url) {
	const client = new pg.Client(url);
	await client.connect();
	const data = (await client.query('SHOW data_directory')).rows[0].data_directory;
	await client.end();
	const command = [
		join(ensurePostgres(), 'pg_ctl'),
		'restart',
		'-D',
		data,
		'-m',
		'fast',
		'-w',
		'-t',
		'60',
		'-l',
		join(dirname(data), 'log')
	];
	// As root the cluster belongs to `postgres` (scripts/pg-cluster.mjs).
	const [file, args] =
		os.userInfo().uid === 0
			? ['runuser', ['-u', 'postgres', '--', ...command]]
			: [command[0], command.slice(1)];
	const started = performance.now();
	const code = await new Promise((resolve) =>
		spawn(file, args, { stdio: 'ignore' }).on('exit', resolve)
	);
	return { exitCode: code, ms: round(performance.now() - started) };
}

// ---------------------------------------------------------------------------------------------
// Running one attack

/** The line of a dead server's log that says why it died (node's own words for a crash). */
function dyingWords(log) {
	const lines = log.split('\n').map((line) => line.trim());
	return (
		lines.find((line) => /heap out of memory|^FATAL ERROR|Unhandled 'error' event/.test(line)) ??
		lines.find((line) => /^\w*Error\b|^error:/.test(line)) ??
		lines.filter(Boolean).at(-1) ??
		'(nothing logged)'
	).slice(0, 300);
}

async function runAttack(attack, options) {
	const seconds = options.seconds ?? attack.seconds ?? 15;
	const database = attack.postgres ? await freshDatabase(attack.name) : undefined;
	const server = await startServer({
		label: `abuse-${attack.name}`,
		liftLimits: false,
		fileLimit: attack.fileLimit,
		env: database ? { DATABASE_URL: database } : {}
	});
	const pid = server.child.pid;
	const logBefore = server.log().length;
	const controller = new AbortController();
	setMaxListeners(0, controller.signal);
	const cutAfterMs = Math.max(30, seconds + 10) * 1000;
	const cut = setTimeout(() => controller.abort(), cutAfterMs);
	/** @type {(Reply & { what: string })[]} */
	const replies = [];
	const checks = [];
	const notes = {};
	const alive = () => server.child.exitCode === null && server.child.signalCode === null;
	const ctx = {
		server,
		origin: server.origin,
		database,
		signal: controller.signal,
		durationMs: seconds * 1000,
		alive,
		/** One request of the attacker, recorded. */
		async send(what, path, init = {}) {
			const res = await request(server.origin + path, { ...init, signal: controller.signal });
			replies.push({
				what,
				status: res.status,
				ms: res.ms,
				...(res.error && { error: res.error }),
				...(res.status >= 400 && { said: reason(res) })
			});
			return res;
		},
		/** A reply the attack timed itself (a stream's head, a raw socket's fate). */
		record(what, res) {
			replies.push({
				what,
				status: res.status,
				ms: res.ms,
				...(res.error && { error: res.error })
			});
		},
		check(name, met, detail) {
			checks.push({ name, met, detail });
		},
		note(key, value) {
			notes[key] = value;
		},
		/** What the server logged since the attack began. */
		log: () => server.log().slice(logBefore)
	};
	const loadAverage = round(os.loadavg()[0]);
	const diskBefore = await storageBytes(ctx);
	const memory = watchMemory(pid);
	const bystander = startBystander(server.origin);
	const started = performance.now();
	let failure;
	try {
		await attack.run(ctx);
	} catch (error) {
		failure = String(error?.stack ?? error);
	}
	const tookMs = round(performance.now() - started);
	clearTimeout(cut);
	const bystanderFigures = await bystander.stop();
	const memoryFigures = memory.stop();
	const lived = alive();
	const diskAfter = await storageBytes(ctx);
	const exit = lived
		? undefined
		: {
				code: server.child.exitCode,
				signal: server.child.signalCode,
				reason: dyingWords(ctx.log()),
				log: ctx.log().slice(-1500)
			};
	await stopServer(server);

	const slow = replies.filter((r) => !answered(r, attack.allow503));
	const result = {
		name: attack.name,
		item: attack.item,
		what: attack.what,
		storage: database ? 'PostgreSQL' : 'SQLite',
		loadAverage,
		seconds: round(tookMs / 1000),
		attacker: {
			requests: replies.length,
			statuses: summariseStatuses(replies),
			slowestMs: round(Math.max(0, ...replies.map((r) => r.ms))),
			answered: replies.length > 0 && slow.length === 0,
			missed: slow.slice(0, 10)
		},
		bystander: bystanderFigures,
		memory: memoryFigures,
		diskGrowthMb: round((diskAfter - diskBefore) / MB),
		alive: lived,
		...(exit && { exit }),
		checks,
		notes,
		...(failure && { benchError: failure })
	};
	const missed = [];
	if (!result.attacker.answered)
		missed.push(
			replies.length === 0
				? 'the attacker sent nothing'
				: `${slow.length} of ${replies.length} attacker requests not a 4xx nor answered in ≤ ${GOALS.attackerReplyMs} ms`
		);
	if (!(bystanderFigures.p99 <= GOALS.bystanderP99Ms))
		missed.push(`bystander p99 ${bystanderFigures.p99} ms`);
	if (bystanderFigures.failed) missed.push(`${bystanderFigures.failed} bystander requests failed`);
	if (!(memoryFigures.peakMb <= GOALS.peakRssMb))
		missed.push(`peak RSS ${memoryFigures.peakMb} MB`);
	if (!(result.diskGrowthMb <= GOALS.diskGrowthMb)) missed.push(`disk +${result.diskGrowthMb} MB`);
	if (!lived) missed.push('the process died');
	for (const c of checks) if (!c.met) missed.push(`${c.name}: ${c.detail}`);
	if (failure) missed.push(`the bench's attack failed: ${failure.split('\n')[0]}`);
	return { ...result, met: missed.length === 0, missed };
}

// ---------------------------------------------------------------------------------------------
// The attacks (the issue's items 1–12)

/** Item 1a: one POST /api/packs whose statement names one long sentence thousands of times. */
const repeatingPublish = (name, bytes, sentenceChars) => ({
	name,
	item: '1a',
	what: `POST /api/packs, ${Math.round(bytes / 1000)} KB: a statement names one ${sentenceChars.toLocaleString('en')}-character sentence as often as fits`,
	async run(ctx) {
		const pack = repeatingPack(bytes, sentenceChars);
		ctx.note('body', kb(pack));
		ctx.note('copies', pack.statements[0].sentences.length);
		await publishPack(ctx, pack);
	}
});

/** Item 2: a share card whose topic is `chars` characters long. */
const longTopicCard = (name, chars) => ({
	name,
	item: '2',
	what: `a pack whose topic is ${chars.toLocaleString('en')} characters, published, a round played to the end, then GET /s/<id> and /s/<id>/card.png`,
	async run(ctx) {
		// One unbroken word: the card cannot wrap it (with spaces, the same length draws fast).
		const topic = 'x'.repeat(chars);
		const id = await publishPack(ctx, basePack({ topic }));
		if (!id) return ctx.note('refused', 'the pack was refused: nothing to share');
		const publicId = await playRound(ctx, id);
		if (!publicId) return ctx.check('setup', false, 'the round could not be played to the end');
		const state = await ctx.send('GET /s/<id>', `/s/${publicId}`);
		ctx.note('sharePage', `${state.status}, ${Math.round((state.body?.length ?? 0) / 1024)} KB`);
		const card = await ctx.send('GET /s/<id>/card.png', `/s/${publicId}/card.png`);
		ctx.note('card', `${card.status} in ${card.ms} ms`);
	}
});

const ATTACKS = [
	repeatingPublish('1a-77k', 77_000, 20_000),
	repeatingPublish('1a-256k', 255_000, 15_000),
	{
		name: '1b',
		item: '1b',
		what: 'a 65 KB pack of that kind published, then GET /p/<id>/pack.json over and over, 3 at a time',
		async run(ctx) {
			const id = await publishPack(ctx, repeatingPack(65_000, 20_000));
			if (!id) return ctx.note('refused', 'the pack was refused: nothing to download');
			await Promise.all(
				[0, 1, 2].map(() =>
					during(ctx, ctx.durationMs, () => ctx.send('GET /p/<id>/pack.json', `/p/${id}/pack.json`))
				)
			);
		}
	},
	{
		name: '1c',
		item: '1c',
		what: 'a draft of 200 statements × 60 copies of one id on a 20,000-character sentence, saved again and again, its edit link reloaded in between',
		async run(ctx) {
			const secret = await startDraft(ctx, basePack());
			const draft = secret && (await draftOf(ctx, secret));
			if (!draft) return ctx.note('refused', 'no draft could be started');
			const sentence = longSentence(20_000);
			const big = {
				...draft,
				text: sentence,
				statements: Array.from({ length: 200 }, (_, i) => ({
					...draft.statements[0],
					id: `statement-${i + 1}`,
					content: sentence.slice(0, 40),
					cue: '',
					sentences: Array.from({ length: 60 }, () => 'p1s1')
				}))
			};
			ctx.note('body', kb({ draft: big }));
			await during(ctx, ctx.durationMs, async (n) => {
				const saved = await saveDraft(ctx, secret, { ...big, title: `Repeats ${n}` });
				if (saved.status === 0) return saved;
				return ctx.send('GET /write/<secret>', `/write/${secret}`);
			});
		}
	},
	longTopicCard('2-40k', 40_000),
	longTopicCard('2-200k', 200_000),
	{
		name: '3',
		item: '3',
		postgres: true,
		allow503: true,
		what: 'PostgreSQL restarted (pg_ctl restart -m fast) while 12 players answer and 2 drafts are saved, each as fast as replies come; acknowledged writes checked in the database',
		async run(ctx) {
			const questions = questionsIn(await ctx.send('GET /__data.json', '/__data.json'));
			if (!questions) return ctx.check('setup', false, 'no questions in /__data.json');
			const secrets = [await startDraft(ctx, basePack()), await startDraft(ctx, basePack())];
			const drafts = await Promise.all(secrets.map((s) => s && draftOf(ctx, s)));
			if (drafts.some((d) => !d)) return ctx.check('setup', false, 'no drafts to save');
			const acked = { answers: [], saves: new Map() };
			const until = performance.now() + ctx.durationMs;
			const player = async () => {
				while (performance.now() < until && !ctx.signal.aborted && ctx.alive()) {
					const start = await ctx.send('POST /api/attempts', '/api/attempts', {
						method: 'POST',
						...jsonBody({})
					});
					if (start.status !== 201) {
						await sleep(200);
						continue;
					}
					const { attemptKey } = JSON.parse(start.body);
					for (const question of questions) {
						// A client retries what was not acknowledged, as the play page does.
						for (let tries = 0; tries < 20 && performance.now() < until && ctx.alive(); tries++) {
							const res = await ctx.send(
								'POST /api/attempts/<key>/answers',
								`/api/attempts/${attemptKey}/answers`,
								{ method: 'POST', ...jsonBody(answerBody(question)) }
							);
							if (res.status === 200) {
								acked.answers.push([attemptKey, question.id]);
								break;
							}
							if (res.status !== 503 && res.status !== 0) break;
							await sleep(200);
						}
					}
				}
			};
			const saver = async (secret, draft) => {
				for (let n = 1; performance.now() < until && !ctx.signal.aborted && ctx.alive(); n++) {
					const res = await saveDraft(ctx, secret, { ...draft, title: `Save ${n}` });
					if (res.status === 200) acked.saves.set(secret, n);
					else await sleep(200);
				}
			};
			const restart = (async () => {
				await sleep(Math.min(4000, ctx.durationMs / 3));
				const restarted = await restartPostgres(ctx.database);
				ctx.note('restart', restarted);
			})();
			await Promise.all([
				...Array.from({ length: 12 }, player),
				...secrets.map((s, i) => saver(s, drafts[i])),
				restart
			]);
			// What the database holds now, read from it directly.
			const client = new pg.Client(ctx.database);
			await client.connect();
			try {
				const keys = [...new Set(acked.answers.map(([key]) => key))];
				const { rows } = await client.query(
					'SELECT attempt_key, question_id FROM answers WHERE attempt_key = ANY($1)',
					[keys]
				);
				const stored = new Set(rows.map((r) => `${r.attempt_key} ${r.question_id}`));
				const lostAnswers = acked.answers.filter(([k, q]) => !stored.has(`${k} ${q}`)).length;
				let lostSaves = 0;
				for (const [secret, n] of acked.saves) {
					const hash = createHash('sha256').update(secret).digest('base64url');
					const found = await client.query('SELECT draft FROM packs WHERE edit_secret_hash = $1', [
						hash
					]);
					const title = JSON.parse(found.rows[0]?.draft ?? '{}').title ?? '';
					if (!(Number(/^Save (\d+)$/.exec(title)?.[1]) >= n)) lostSaves++;
				}
				ctx.note('acknowledged', {
					answers: acked.answers.length,
					lastSaves: [...acked.saves.values()]
				});
				ctx.check(
					'acknowledged writes kept',
					lostAnswers === 0 && lostSaves === 0,
					`${lostAnswers} of ${acked.answers.length} acknowledged answers and ${lostSaves} of ${acked.saves.size} drafts' last acknowledged saves missing`
				);
			} finally {
				await client.end();
			}
			const after = await ctx.send('GET / after the restart', '/');
			ctx.check('served after the restart', after.status === 200, `GET / answered ${after.status}`);
		}
	},
	{
		name: '4',
		item: '4',
		seconds: 20,
		what: 'a valid ~220 KB draft saved with a new title and previewed (GET /write/<secret>/preview), in a loop',
		async run(ctx) {
			const pack = bigValidPack();
			ctx.note('pack', kb(pack));
			const secret = await startDraft(ctx, pack);
			const draft = secret && (await draftOf(ctx, secret));
			if (!draft) return ctx.note('refused', 'no draft could be started');
			let previews = 0;
			await during(ctx, ctx.durationMs, async (n) => {
				const saved = await saveDraft(ctx, secret, { ...draft, title: `Preview ${n}` });
				if (saved.status !== 200) return saved;
				const shown = await ctx.send('GET /write/<secret>/preview', `/write/${secret}/preview`);
				if (shown.status === 200) previews++;
				return shown;
			});
			ctx.note('previews', previews);
			try {
				const db = new Database(join(ctx.server.dataDir, 'bench.db'), { readonly: true });
				const row = /** @type {{ n: number }} */ (
					db
						.prepare(
							'SELECT count(*) AS n FROM pack_versions WHERE pack_id IN (SELECT id FROM packs WHERE built_in = 0)'
						)
						.get()
				);
				const versions = row.n;
				ctx.note('versionsStored', versions);
				ctx.check(
					'only the latest preview kept',
					versions <= 2,
					`${versions} versions of the draft stored`
				);
				db.close();
			} catch (error) {
				ctx.note('versionsStored', `unread: ${error}`);
			}
		}
	},
	{
		name: '5',
		item: '5',
		seconds: 10,
		what: 'a pack file of 32,000 short sentences (~226 KB) published, then GET /p/<id> on 4 connections at once',
		async run(ctx) {
			const pack = manySentencesPack(32_000);
			ctx.note('pack', kb(pack));
			const id = await publishPack(ctx, pack);
			if (!id) return ctx.note('refused', 'the pack was refused: no play page');
			let bytes = 0;
			await Promise.all(
				[0, 1, 2, 3].map(() =>
					during(ctx, ctx.durationMs, async () => {
						const res = await ctx.send('GET /p/<id>', `/p/${id}`);
						bytes = Math.max(bytes, res.body?.length ?? 0);
						return res;
					})
				)
			);
			ctx.note('playPage', `${round(bytes / MB)} MB`);
		}
	},
	{
		name: '6',
		item: '6',
		what: 'POST /api/drafts with 20,000 characters of "J. R. J. R. …", two clients at once',
		async run(ctx) {
			const text = 'J. R. '.repeat(3333).trim();
			await Promise.all(
				[0, 1].map(() =>
					during(ctx, ctx.durationMs, () =>
						ctx.send('POST /api/drafts', '/api/drafts', { method: 'POST', ...jsonBody({ text }) })
					)
				)
			);
		}
	},
	{
		name: '7',
		item: '7',
		what: "a class; 20 projector streams (GET /show/<view>/events), then the teacher's own GET /teach/<secret>/events",
		async run(ctx) {
			const secret = await createClass(ctx);
			const data = secret
				? pageDataOf(
						await ctx.send('GET /teach/<secret>/__data.json', `/teach/${secret}/__data.json`)
					)
				: [];
			const view = data.find((d) => d?.viewSecret)?.viewSecret;
			if (!view) return ctx.check('setup', false, 'no class or no projector link');
			const projectors = [];
			for (let i = 0; i < 20; i++) {
				const stream = await openStream(`${ctx.origin}/show/${view}/events`);
				ctx.record('GET /show/<view>/events', stream);
				projectors.push(stream);
			}
			const teacher = await openStream(`${ctx.origin}/teach/${secret}/events`);
			ctx.record("GET /teach/<secret>/events (the teacher's)", teacher);
			ctx.note('projectors', summariseStatuses(projectors));
			ctx.check(
				'the teacher gets in',
				teacher.status === 200,
				`the teacher's stream answered ${teacher.status}`
			);
			for (const stream of [...projectors, teacher]) stream.close();
		}
	},
	{
		name: '8',
		item: '8',
		fileLimit: 1024,
		what: 'the server limited to 1,024 open files; one client (127.0.0.1) opens 1,124 idle connections, then a new client (127.0.0.2) GETs /',
		async run(ctx) {
			const { port } = ctx.server;
			const sockets = [];
			let closedByServer = 0;
			let refused = 0;
			await Promise.all(
				Array.from({ length: 1124 }, () => {
					const socket = net.connect({ host: '127.0.0.1', port, localAddress: ATTACKER });
					sockets.push(socket);
					return new Promise((resolve) => {
						socket.once('connect', resolve);
						socket.once('error', () => {
							refused++;
							resolve();
						});
						socket.once('close', () => {
							if (!ctx.signal.aborted) closedByServer++;
						});
					});
				})
			);
			await sleep(1500);
			const res = await request(`${ctx.origin}/`, {
				localAddress: NEW_CLIENT,
				signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(10_000)])
			});
			ctx.record('GET / from a new client (127.0.0.2)', res);
			ctx.note('attackerConnections', { opened: sockets.length, refused, closedByServer });
			ctx.check(
				'a new client is served',
				res.status === 200 && res.ms <= GOALS.attackerReplyMs,
				res.status ? `${res.status} in ${res.ms} ms` : `no answer in ${res.ms} ms (${res.error})`
			);
			for (const socket of sockets) socket.destroy();
		}
	},
	{
		name: '9',
		item: '9',
		postgres: true,
		what: 'on PostgreSQL, a NUL in a pack title: POST /api/packs, POST /write (a pack file), a draft save',
		async run(ctx) {
			const title = 'The harbour\u0000repairs';
			await publishPack(ctx, basePack({ title }), 'POST /api/packs (NUL in the title)');
			await startDraft(ctx, basePack({ title }), 'POST /write (a pack file, NUL in the title)');
			const secret = await startDraft(ctx, basePack());
			const draft = secret && (await draftOf(ctx, secret));
			if (!draft) return ctx.check('setup', false, 'no draft to save');
			await saveDraft(
				ctx,
				secret,
				{ ...draft, title },
				'PUT /write/<secret>/draft (NUL in the title)'
			);
			const errors = ctx
				.log()
				.split('\n')
				.filter((line) => /error:/i.test(line));
			if (errors.length)
				ctx.note(
					'logged',
					errors.slice(0, 3).map((l) => l.trim().slice(0, 200))
				);
		}
	},
	{
		name: '10',
		item: '10',
		what: 'POST /api/packs with bidi overrides, zero-width and control characters, 5,000 stacked accents, a 100,000-character title; what is accepted must come back clean',
		async run(ctx) {
			const variants = {
				bidi: 'The harbour \u202Erepairs\u202C \u2066plan\u2069',
				'zero-width': 'The har\u200Bbour\u200C re\u200Dpairs\u2060\uFEFF',
				control: 'The harbour\u0007 repairs\u001B[31m\u0008',
				accents: `The harbour repairs A${'\u0301'.repeat(5000)}`,
				'100,000 characters': longSentence(100_000)
			};
			for (const [kind, value] of Object.entries(variants)) {
				const pack = basePack({ title: value, topic: value.slice(0, 20_000) });
				pack.sources[0].label = `Ada Byrne ${value.slice(0, 6_000)}`;
				pack.statements[0].explanation = `${EXPLANATION} ${value.slice(0, 6_000)}`;
				const id = await publishPack(ctx, pack, `POST /api/packs (${kind})`);
				if (!id) continue;
				const back = await ctx.send(`GET /p/<id>/pack.json (${kind})`, `/p/${id}/pack.json`);
				const stored = back.status === 200 ? JSON.parse(back.body) : undefined;
				const texts = stored
					? [stored.title, stored.topic, stored.sources[0].label, stored.statements[0].explanation]
					: [];
				const clean =
					stored !== undefined && !UNCLEAN.test(texts.join('\n')) && stored.title.length <= 1000;
				ctx.check(
					`${kind}: refused or cleaned`,
					clean,
					stored
						? `accepted (201), stored with a ${stored.title.length}-character title`
						: `accepted, then pack.json answered ${back.status}`
				);
			}
		}
	},
	{
		name: '11',
		item: '11',
		what: 'a class; "Alice" joins, then "Аlice" (Cyrillic А) and "Ａlice" (full-width): the nicknames given',
		async run(ctx) {
			const secret = await createClass(ctx);
			const data = secret
				? pageDataOf(
						await ctx.send('GET /teach/<secret>/__data.json', `/teach/${secret}/__data.json`)
					)
				: [];
			const code = data.find((d) => d?.code)?.code;
			if (!code) return ctx.check('setup', false, 'no class');
			const sent = ['Alice', '\u0410lice', '\uFF21lice'];
			const statuses = [];
			for (const nickname of sent) {
				const res = await ctx.send(`POST /join (${nickname})`, '/join', {
					method: 'POST',
					headers: { origin: ctx.origin, accept: 'text/html', 'content-type': FORM },
					body: new URLSearchParams({ code, nickname }).toString()
				});
				statuses.push(res.status);
			}
			const roster = pageDataOf(
				await ctx.send('GET /teach/<secret>/__data.json', `/teach/${secret}/__data.json`)
			).find((d) => d?.dashboard?.roster)?.dashboard.roster.rows;
			const given = roster?.map((r) => r.nickname) ?? [];
			ctx.note('given', given);
			sent.slice(1).forEach((nickname, i) => {
				const refused = statuses[i + 1] >= 400 && statuses[i + 1] < 500;
				const renamed =
					given[i + 1] !== undefined && given[i + 1] !== nickname && /\d/.test(given[i + 1]);
				ctx.check(
					`"${nickname}" numbered like a repeat`,
					refused || renamed,
					`given "${given[i + 1] ?? '(not seated)'}"`
				);
			});
		}
	},
	{
		name: '12',
		item: '12',
		what: 'a draft PUT (and a POST /api/packs) whose socket is destroyed half-way through the body: what the server logs',
		async run(ctx) {
			const secret = await startDraft(ctx, basePack());
			if (!secret) return ctx.check('setup', false, 'no draft');
			const abort = (path, method) =>
				new Promise((resolve) => {
					const started = performance.now();
					const req = http.request(`${ctx.origin}${path}`, {
						method,
						agent: false,
						localAddress: ATTACKER,
						headers: { 'content-type': JSON_TYPE, 'content-length': '100000' }
					});
					req.on('error', () => {});
					req.write(`{"draft": {"title": "${'x'.repeat(50_000)}`);
					setTimeout(() => {
						req.destroy();
						resolve({
							status: 0,
							error: 'aborted by the client, as intended',
							ms: round(performance.now() - started)
						});
					}, 300);
				});
			await abort(`/write/${secret}/draft`, 'PUT');
			await abort('/api/packs', 'POST');
			await sleep(1000);
			const logged = ctx
				.log()
				.split('\n')
				.filter((line) => line.trim() !== '');
			ctx.note('logged', logged.map((line) => line.slice(0, 200)).slice(0, 10));
			const away = logged.filter((line) => line.includes('Database away'));
			ctx.check('not logged as "Database away"', away.length === 0, away[0]?.slice(0, 200) ?? '');
		}
	}
];

// ---------------------------------------------------------------------------------------------
// The table

function printTable(results) {
	const head = [
		'attack',
		'attacker: statuses',
		'slowest ms',
		'bystander p50/p99 ms',
		'peak MB',
		'disk MB',
		'alive',
		'verdict'
	];
	const rows = results.map((r) => [
		r.name,
		r.attacker.statuses.length > 48 ? `${r.attacker.statuses.slice(0, 45)}…` : r.attacker.statuses,
		String(Math.round(r.attacker.slowestMs)),
		`${Math.round(r.bystander.p50)}/${Math.round(r.bystander.p99)}${r.bystander.failed ? ` (${r.bystander.failed} failed)` : ''}`,
		String(Math.round(r.memory.peakMb)),
		`+${r.diskGrowthMb}`,
		r.alive ? 'yes' : 'NO',
		r.met ? 'met' : 'MISSED'
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
	console.log(line(head));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log(
		`\nGoals: every attacker request a 4xx or answered in ≤ ${GOALS.attackerReplyMs} ms; bystander p99 ≤ ${GOALS.bystanderP99Ms} ms; ` +
			`peak RSS ≤ ${GOALS.peakRssMb} MB; disk growth ≤ ${GOALS.diskGrowthMb} MB; the process alive.`
	);
	for (const r of results) {
		console.log(`\n${r.name} (item ${r.item}, ${r.storage}, load ${r.loadAverage}): ${r.what}`);
		for (const [key, value] of Object.entries(r.notes))
			console.log(`  ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
		if (r.exit) console.log(`  exited (${r.exit.code ?? r.exit.signal}): ${r.exit.reason}`);
		for (const m of r.missed) console.log(`  missed: ${m}`);
	}
}

// ---------------------------------------------------------------------------------------------

async function main() {
	const options = readOptions();
	build(options);
	const attacks = ATTACKS.filter((a) => !options.only || options.only.includes(a.name));
	const results = [];
	try {
		for (const attack of attacks) {
			console.log(`Attack ${attack.name}: ${attack.what}...`);
			const result = await runAttack(attack, options);
			console.log(
				`  ${result.met ? 'met' : 'missed'}: ${result.attacker.statuses}; slowest ${Math.round(result.attacker.slowestMs)} ms; ` +
					`bystander p99 ${Math.round(result.bystander.p99)} ms; peak ${Math.round(result.memory.peakMb)} MB; ` +
					`disk +${result.diskGrowthMb} MB; ${result.alive ? 'alive' : 'DIED'}`
			);
			results.push(result);
		}
	} finally {
		cluster?.stop();
	}
	console.log('');
	printTable(results);
	const report = {
		date: new Date().toISOString(),
		goals: GOALS,
		machine: {
			cores: os.cpus().length,
			memoryMb: Math.round(os.totalmem() / MB),
			node: process.version,
			note: 'A shared machine: other processes ran beside the bench, so the bystander figures are noisy; each attack has the load average at its start.'
		},
		attacks: results,
		passed: results.every((r) => r.met)
	};
	writeResults(options.resultsFile, report);
	console.log(`\nResults in ${options.resultsFile}.`);
	return report.passed;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
main().then(
	(passed) => process.exit(passed ? 0 : 1),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
