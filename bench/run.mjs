// Performance budgets for Source Check: builds the app, starts it, measures page weight and answer latency.
//
// Usage: npm run bench [-- --no-build] [--seconds 10] [--players 50] [--warmup 5] [--rate N]
//                         [--only page-weight,first-html,answer-latency] [--cpu-prof DIR]
// Prints a budget table, writes bench/results.json and exits 1 when any budget fails (for CI).
// --rate sets the paced answer load (requests/s in total, default 1000); a flat-out run follows it.
// --cpu-prof DIR runs the server under `node --cpu-prof` and leaves its profile in DIR.
//
// The measurements are a list of steps (see STEPS at the bottom). A step receives the running
// server and returns { figures, checks }: figures go to results.json as they are, checks become
// rows of the budget table. New benchmarks (share page, classroom) are new entries in STEPS.

import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import http from 'node:http';
import { join, resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { answerBody, latencySummary, questionsFromData, round } from './lib/load.mjs';
import { cpuSecondsOf, machine, machineTicks, TICKS_PER_SECOND } from './lib/machine.mjs';
import { pageData, writeResults } from './lib/results.mjs';
import { build, positiveNumber, ROOT, sleep, startServer, stopServer } from './lib/server.mjs';
import zlib from 'node:zlib';

const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
const KB = 1024;

const BUDGETS = {
	/** JS + CSS the browser downloads for the play page, compressed. */
	assetsBytes: 60 * KB,
	/** The first HTML response, compressed: about what fits in TCP's first round trip (10 packets). */
	htmlBytes: 14 * KB,
	/** Checking one answer under 50 concurrent players. */
	answerP99Ms: 20,
	/** The shared score page is mostly static. */
	sharePageBytes: 30 * KB,
	/** A shared link opened by many at once: at least this many pages a second… */
	sharePageRps: 1000,
	/** …each within this. */
	sharePageP99Ms: 50,
	/** The same link opened by viewers who have played (a cookie; the page compares scores)… */
	sharePageViewerRps: 1000,
	/** …each within this. */
	sharePageViewerP99Ms: 100,
	/** The link-preview card once rendered. */
	cardCachedMs: 100
};

const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			seconds: { type: 'string', default: '10' },
			players: { type: 'string', default: '50' },
			warmup: { type: 'string', default: '5' },
			rate: { type: 'string', default: '1000' },
			only: { type: 'string' },
			'cpu-prof': { type: 'string' }
		}
	});
	return {
		build: !values['no-build'],
		seconds: positiveNumber(values.seconds, '--seconds'),
		players: Math.round(positiveNumber(values.players, '--players')),
		warmupSeconds: Number(values.warmup) || 0,
		rate: positiveNumber(values.rate, '--rate'),
		only: values.only?.split(',').map((s) => s.trim()),
		cpuProfDir: values['cpu-prof'] ? resolvePath(values['cpu-prof']) : undefined
	};
}

// ---------------------------------------------------------------------------------------------
// Building and running the server

/** One GET; resolves with the status, headers and the raw (still encoded) body bytes. */
function get(url, headers = {}) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.on('error', reject);
	});
}

const gzip = (buf) => zlib.gzipSync(buf, { level: 6 });
// Quality 11 is what build-time precompression uses; a server compressing on the fly would use less.
const brotli = (buf) =>
	zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });

// ---------------------------------------------------------------------------------------------
// Step: page weight in headless Chromium

/** Classifies a response by its content type; modulepreloads count as JS like any script. */
function assetKind(contentType = '') {
	if (/javascript/i.test(contentType)) return 'js';
	if (/text\/css/i.test(contentType)) return 'css';
	if (/text\/html/i.test(contentType)) return 'html';
	return 'other';
}

async function loadInChromium(url) {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
	try {
		// A fresh context has an empty cache: this is a first visit.
		const context = await browser.newContext();
		const page = await context.newPage();
		const responses = [];
		page.on('response', (response) => responses.push(response));
		const documentResponse = await page.goto(url, { waitUntil: 'networkidle' });
		const requestHeaders = await documentResponse.request().allHeaders();
		const rows = [];
		for (const response of responses) {
			const headers = await response.allHeaders();
			const sizes = await response.request().sizes();
			rows.push({
				url: response.url(),
				status: response.status(),
				kind: assetKind(headers['content-type']),
				encoding: headers['content-encoding'] ?? 'identity',
				// Bytes of the body as transferred, i.e. still compressed.
				bodyBytes: sizes.responseBodySize,
				headerBytes: sizes.responseHeadersSize
			});
		}
		await context.close();
		return {
			version: browser.version(),
			acceptEncoding: requestHeaders['accept-encoding'] ?? '',
			rows
		};
	} finally {
		await browser.close();
	}
}

/** Fetches one asset as a client that accepts the given encoding, and counts the bytes on the wire. */
async function assetBytes(url, acceptEncoding) {
	const res = await get(url, { 'accept-encoding': acceptEncoding });
	return { bytes: res.body.length, encoding: res.headers['content-encoding'] ?? 'identity' };
}

/** Sums one size of each asset, for JS, CSS and both. */
function totals(assets, size) {
	const sum = (kind) =>
		assets.filter((a) => !kind || a.kind === kind).reduce((total, a) => total + size(a), 0);
	return { js: sum('js'), css: sum('css'), total: sum() };
}

/** JS and CSS a first visit to one page transfers, as Chromium got them and per encoding. */
async function weighPage(server, path, label, budget) {
	const { version, acceptEncoding, rows } = await loadInChromium(server.origin + path);
	/** @type {(typeof rows[number] & Partial<Record<"br" | "gzip" | "identity", any>>)[]} */
	const assets = rows.filter((r) => r.kind === 'js' || r.kind === 'css');
	// Chromium's figure depends on what it offered; these columns do not: the same files as a client
	// accepting only brotli, only gzip (e.g. behind a proxy that drops br) or nothing would get them.
	for (const asset of assets) {
		asset.br = await assetBytes(asset.url, 'br');
		asset.gzip = await assetBytes(asset.url, 'gzip');
		asset.identity = await assetBytes(asset.url, 'identity');
	}
	const figures = {
		chromium: version,
		acceptEncoding,
		encodingsUsed: [...new Set(assets.map((a) => a.encoding))],
		requests: rows.length,
		files: {
			js: assets.filter((a) => a.kind === 'js').length,
			css: assets.filter((a) => a.kind === 'css').length
		},
		duplicateAssetRequests: assets.length - new Set(assets.map((a) => a.url)).size,
		transferred: totals(assets, (a) => a.bodyBytes),
		brotli: totals(assets, (a) => a.br.bytes),
		gzip: totals(assets, (a) => a.gzip.bytes),
		uncompressed: totals(assets, (a) => a.identity.bytes),
		allResponsesBytes: rows.reduce((total, r) => total + r.bodyBytes, 0),
		responses: rows
	};
	const row = (name, bytes) => ({ name, budget, measured: bytes, unit: 'bytes' });
	const line = (kind) =>
		`${kind.toUpperCase()} ${figures.files[kind]} files: ${kb(figures.transferred[kind])} as Chromium got it, ` +
		`${kb(figures.brotli[kind])} brotli, ${kb(figures.gzip[kind])} gzip, ${kb(figures.uncompressed[kind])} uncompressed.`;
	return {
		figures,
		checks: [
			row(
				`${label} JS+CSS, as Chromium got it (${figures.encodingsUsed.join('/') || 'none'})`,
				figures.transferred.total
			),
			row(`${label} JS+CSS, brotli`, figures.brotli.total),
			// What a client limited to gzip would get: for information, the budget is what the browser got.
			{ ...row(`${label} JS+CSS, gzip only`, figures.gzip.total), budget: null }
		],
		notes: [
			`Chromium ${version} sent Accept-Encoding: "${acceptEncoding}"; assets came back as ${figures.encodingsUsed.join(', ')}.`,
			line('js'),
			line('css'),
			`All ${figures.requests} responses (HTML, favicon included): ${kb(figures.allResponsesBytes)} of bodies.`
		]
	};
}

const pageWeight = ({ server }) => weighPage(server, '/', 'Play page', BUDGETS.assetsBytes);

// ---------------------------------------------------------------------------------------------
// Steps: the shared score page and its link-preview card

/** A finished attempt, played once through the API and reused by the share steps. */
async function finishedAttempt(server, name = 'shared') {
	server.finished ??= {};
	if (server.finished[name]) return server.finished[name];
	const questions = await publicQuestions(server.origin);
	const agent = new http.Agent({ keepAlive: true });
	const created = await postJson(agent, server.origin, '/api/attempts', {});
	const { attemptKey, publicId } = JSON.parse(created.body);
	for (const question of questions) {
		const reply = await postJson(
			agent,
			server.origin,
			`/api/attempts/${attemptKey}/answers`,
			answerBody(question)
		);
		if (reply.status !== 200) throw new Error(`Answering ${question.id} failed: ${reply.status}.`);
	}
	agent.destroy();
	server.finished[name] = { attemptKey, publicId, path: `/s/${publicId}` };
	return server.finished[name];
}

const sharePageWeight = async ({ server }) =>
	weighPage(server, (await finishedAttempt(server)).path, 'Share page', BUDGETS.sharePageBytes);

/** autocannon on one URL with the given request headers; figures as the report shows them. */
async function loadFigures(url, { players: connections, seconds, warmupSeconds }, headers) {
	const run = (duration) => autocannon({ url, connections, duration, headers });
	if (warmupSeconds > 0) await run(warmupSeconds);
	const result = await run(seconds);
	return {
		connections,
		seconds: result.duration,
		requestsPerSecond: round(result.requests.average),
		latencyMs: {
			p50: result.latency.p50,
			p90: result.latency.p90,
			p99: result.latency.p99,
			max: result.latency.max
		},
		// A run that completed no request at all is a failure too, not a perfect latency.
		failures: result.non2xx + result.errors + result.timeouts + (result.requests.total ? 0 : 1)
	};
}

const loadLine = (label, f) =>
	`${label}: ${f.connections} connections for ${f.seconds} s: ${f.requestsPerSecond} req/s; ` +
	`latency ms p50 ${f.latencyMs.p50}, p90 ${f.latencyMs.p90}, p99 ${f.latencyMs.p99}, max ${f.latencyMs.max}; ${f.failures} failures.`;

/**
 * autocannon's 50 connections for 10 s on the share page, as a link shared in a big group chat:
 * first as the friends (and link-preview bots) who open it get it, with a browser's Accept-Encoding
 * and no cookies, which the shared page cache answers after the first render; then as a viewer who
 * has played too (a cookie), whose page with the comparison is kept under a key naming its data
 * (node-routes.ts, share.ts sharedView) after the first render.
 */
async function sharePageLoad({ server, options }) {
	const { path } = await finishedAttempt(server);
	const url = server.origin + path;
	const browser = { 'accept-encoding': 'gzip, deflate, br' };
	const opened = await loadFigures(url, options, browser);
	const viewer = await finishedAttempt(server, 'viewer');
	const player = await loadFigures(url, options, {
		...browser,
		cookie: `sc_attempt=${viewer.attemptKey}`
	});
	return {
		figures: { opened, player },
		checks: [
			{
				name: 'Share page requests per second',
				budget: null,
				measured: opened.requestsPerSecond,
				unit: '/s',
				floor: BUDGETS.sharePageRps
			},
			{
				name: 'Share page p99 latency',
				budget: BUDGETS.sharePageP99Ms,
				measured: opened.latencyMs.p99,
				unit: 'ms'
			},
			{
				name: 'Share page failures (non-2xx, errors)',
				budget: 0,
				measured: opened.failures + player.failures,
				unit: ''
			},
			{
				name: 'Share page req/s, viewer who played',
				budget: null,
				measured: player.requestsPerSecond,
				unit: '/s',
				floor: BUDGETS.sharePageViewerRps
			},
			{
				name: 'Share page p99, viewer who played',
				budget: BUDGETS.sharePageViewerP99Ms,
				measured: player.latencyMs.p99,
				unit: 'ms'
			}
		],
		notes: [
			loadLine('Opened from a link (no cookies)', opened),
			loadLine('Viewer who played (cookie)', player)
		]
	};
}

/** The card's first render (fonts, layout, rasterising) and then its cached responses. */
async function ogImage({ server }) {
	const { path } = await finishedAttempt(server);
	const url = `${server.origin}${path}/card.png`;
	const timed = async (headers = {}) => {
		const started = process.hrtime.bigint();
		const res = await get(url, headers);
		return { res, ms: Number(process.hrtime.bigint() - started) / 1e6 };
	};
	const cold = await timed();
	if (cold.res.status !== 200) throw new Error(`GET card.png answered ${cold.res.status}.`);
	const cached = [];
	for (let i = 0; i < 100; i++) cached.push((await timed()).ms);
	const revalidated = [];
	for (let i = 0; i < 100; i++) {
		revalidated.push((await timed({ 'if-none-match': cold.res.headers.etag })).ms);
	}
	const png = cold.res.body;
	const figures = {
		coldMs: round(cold.ms),
		cachedMs: latencySummary(cached),
		notModifiedMs: latencySummary(revalidated),
		bytes: png.length,
		width: png.readUInt32BE(16),
		height: png.readUInt32BE(20),
		cacheControl: cold.res.headers['cache-control'],
		etag: cold.res.headers.etag
	};
	return {
		figures,
		checks: [
			{ name: 'OG card, first render', budget: null, measured: figures.coldMs, unit: 'ms' },
			{
				name: 'OG card, cached response p99',
				budget: BUDGETS.cardCachedMs,
				measured: figures.cachedMs.p99,
				unit: 'ms'
			}
		],
		notes: [
			`${figures.width}×${figures.height} PNG, ${kb(figures.bytes)}; first render ${figures.coldMs} ms; ` +
				`cached p50 ${figures.cachedMs.p50} ms, p99 ${figures.cachedMs.p99} ms; 304 p50 ${figures.notModifiedMs.p50} ms. ` +
				`Cache-Control: ${figures.cacheControl}.`
		]
	};
}

// ---------------------------------------------------------------------------------------------
// Step: the first HTML response

async function firstHtml({ server }) {
	const url = server.origin + '/';
	const raw = await get(url, { 'accept-encoding': 'identity' });
	// If the server compressed HTML itself we report its own bytes; otherwise what a proxy would send.
	const served = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
	const serverEncoding = served.headers['content-encoding'] ?? 'identity';
	const figures = {
		status: raw.status,
		rawBytes: raw.body.length,
		serverEncoding,
		servedBytes: served.body.length,
		gzipBytes: serverEncoding === 'gzip' ? served.body.length : gzip(raw.body).length,
		brotliBytes: serverEncoding === 'br' ? served.body.length : brotli(raw.body).length,
		headerBytes: rawHeaderBytes(raw)
	};
	return {
		figures,
		checks: [
			{
				name: `First HTML response, as served (${serverEncoding})`,
				budget: BUDGETS.htmlBytes,
				measured: figures.servedBytes,
				unit: 'bytes'
			},
			{
				name: 'First HTML response, gzip only',
				budget: BUDGETS.htmlBytes,
				measured: figures.gzipBytes,
				unit: 'bytes'
			}
		],
		notes: [
			`HTML: ${kb(figures.rawBytes)} raw, ${kb(figures.gzipBytes)} gzip -6, ${kb(figures.brotliBytes)} brotli -11; ` +
				`headers ${kb(figures.headerBytes)}. The server itself sent "${serverEncoding}" to a client accepting gzip and br` +
				(serverEncoding === 'identity' ? ', so the compressed sizes are computed here.' : '.')
		]
	};
}

/** Approximate size of the response headers on the wire (HTTP/1.1 "name: value\r\n" lines). */
function rawHeaderBytes(res) {
	return Object.entries(res.headers).reduce(
		(total, [name, value]) =>
			total + [value].flat().reduce((sum, v) => sum + name.length + String(v).length + 4, 0),
		17
	);
}

// ---------------------------------------------------------------------------------------------
// Step: answer-check latency under concurrent players
//
// autocannon drives the load: its raw-socket client costs far less CPU than a node:http loop (which
// reached ~25% fewer requests/s here), and on a 2-core machine every cycle the load generator burns
// is taken from the server. Each connection plays the quiz like a player without pauses: it starts an
// attempt, answers every question once in order (no repeats, so no 409s), and autocannon's request
// sequence then loops back to a new attempt. autocannon's own histogram mixes those attempt creations
// in and rounds to whole milliseconds, so answer latencies are collected here from its 'response'
// events instead. The paced run uses its own players (runPacedPlayers); a slow reply there delays that
// player's next answer (coordinated omission), which matters only when replies take longer than the
// 50 ms between one player's answers.

/** The public questions, read from the play page's data endpoint as the browser would get them. */
async function publicQuestions(origin) {
	const res = await get(origin + '/__data.json');
	if (res.status !== 200) throw new Error(`GET /__data.json answered ${res.status}.`);
	return questionsFromData(pageData(res.body.toString('utf8')));
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * One player's round as an autocannon request sequence. Each request's onResponse names what it was;
 * autocannon emits the matching 'response' event (with the latency) synchronously right after, and
 * the load step reads that name there.
 */
function playerSequence(questions, lastKind) {
	const create = {
		method: 'POST',
		path: '/api/attempts',
		headers: JSON_HEADERS,
		body: '{}',
		onResponse: (status, body, context) => {
			lastKind.value = 'create';
			context.attemptKey = status === 201 ? JSON.parse(body).attemptKey : undefined;
		}
	};
	const answers = questions.map((question) => ({
		method: 'POST',
		headers: JSON_HEADERS,
		// Without an attempt (its creation failed) there is nothing to answer: start over.
		setupRequest: (req, context) =>
			context.attemptKey && {
				...req,
				path: `/api/attempts/${context.attemptKey}/answers`,
				body: JSON.stringify(answerBody(question))
			},
		onResponse: () => {
			lastKind.value = 'answer';
		}
	}));
	return [create, ...answers];
}

function newTally() {
	return { latencies: [], statuses: {} };
}

/** Runs autocannon for a while and sorts each response into a tally by kind (create or answer). */
function runLoad({ origin, questions, connections, seconds, rate }) {
	const lastKind = { value: undefined };
	const tallies = { create: newTally(), answer: newTally(), unknown: newTally() };
	return new Promise((resolve, reject) => {
		const instance = autocannon(
			{
				url: origin,
				connections,
				duration: seconds,
				overallRate: rate,
				requests: playerSequence(questions, lastKind)
			},
			(error, result) => (error ? reject(error) : resolve({ result, tallies }))
		);
		instance.on('response', (_client, status, _bytes, ms) => {
			const tally = tallies[lastKind.value ?? 'unknown'];
			lastKind.value = undefined;
			tally.latencies.push(ms);
			tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
		});
	});
}

const countWhere = (statuses, test) =>
	Object.entries(statuses).reduce((sum, [status, n]) => sum + (test(Number(status)) ? n : 0), 0);

// Linux only (NaN elsewhere): where the CPU time went during the load, in seconds. The server and
// the load generator share the machine, and anything else running skews latency; this shows both.
function cpuSnapshot(serverPid) {
	const usage = process.cpuUsage();
	const t = machineTicks();
	return {
		// Time in processes, ours included; interrupts are apart (loopback traffic is mostly softirq).
		processes: (t.user + t.nice + t.system) / TICKS_PER_SECOND,
		interrupts: (t.irq + t.softirq) / TICKS_PER_SECOND,
		// Time the hypervisor gave to other machines: contention that no process list shows.
		steal: t.steal / TICKS_PER_SECOND,
		server: cpuSecondsOf(serverPid),
		bench: (usage.user + usage.system) / 1e6
	};
}

/** CPU use between two snapshots, in percent of one core. */
function cpuPercent(before, after, seconds) {
	const pct = (key) => round(((after[key] - before[key]) / seconds) * 100);
	return {
		server: pct('server'),
		loadGenerator: pct('bench'),
		interrupts: pct('interrupts'),
		steal: pct('steal'),
		otherProcesses: round(Math.max(0, pct('processes') - pct('server') - pct('bench')))
	};
}

/** POSTs JSON over a keep-alive agent and times the whole exchange in fractional milliseconds. */
function postJson(agent, origin, path, body) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const req = http.request(
			origin + path,
			{ method: 'POST', agent, headers: JSON_HEADERS },
			(res) => {
				const chunks = [];
				res.on('data', (chunk) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode,
						body: Buffer.concat(chunks).toString('utf8'),
						ms: Number(process.hrtime.bigint() - started) / 1e6
					})
				);
				res.on('error', () => resolve({ status: 0, body: '', ms: NaN }));
			}
		);
		req.on('error', () => resolve({ status: 0, body: '', ms: NaN }));
		req.end(JSON.stringify(body));
	});
}

/**
 * Players at a steady pace: each of N players sends its next answer every N/rate seconds, spread
 * evenly (autocannon's rate limit releases each second's requests in a burst, which measures its
 * own queueing). A player whose reply comes late sends the next answer at once.
 */
async function runPacedPlayers({ origin, questions, connections, seconds, rate }) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const tallies = { create: newTally(), answer: newTally(), unknown: newTally() };
	const interval = (connections / rate) * 1000;
	const started = Date.now();
	const until = started + seconds * 1000;
	const record = (tally, { status, ms }) => {
		if (Number.isFinite(ms)) tally.latencies.push(ms);
		tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
	};
	let errors = 0;
	const player = async (n) => {
		let next = started + (n * interval) / connections;
		while (Date.now() < until) {
			const created = await postJson(agent, origin, '/api/attempts', {});
			record(tallies.create, created);
			if (created.status !== 201) {
				errors++;
				continue;
			}
			const { attemptKey } = JSON.parse(created.body);
			for (const question of questions) {
				await sleep(Math.max(0, next - Date.now()));
				next += interval;
				if (Date.now() >= until) break;
				const reply = await postJson(
					agent,
					origin,
					`/api/attempts/${attemptKey}/answers`,
					answerBody(question)
				);
				if (reply.status === 0) errors++;
				record(tallies.answer, reply);
			}
		}
	};
	await Promise.all(Array.from({ length: connections }, (_, n) => player(n)));
	agent.destroy();
	const duration = (Date.now() - started) / 1000;
	const all = Object.values(tallies).reduce((sum, t) => sum + t.latencies.length, 0);
	return {
		result: { duration, errors, timeouts: 0, requests: { average: all / duration } },
		tallies
	};
}

/** One load run's answer figures, in the shape results.json keeps. */
async function measureAnswers(server, questions, options, rate) {
	const load = { origin: server.origin, questions, connections: options.players, rate };
	const run = rate === undefined ? runLoad : runPacedPlayers;
	// A short warm-up lets V8 optimise the hot paths; its numbers are thrown away.
	if (options.warmupSeconds > 0) await run({ ...load, seconds: options.warmupSeconds });
	const cpuBefore = cpuSnapshot(server.child.pid);
	const { result, tallies } = await run({ ...load, seconds: options.seconds });
	const cpu = cpuPercent(cpuBefore, cpuSnapshot(server.child.pid), result.duration);
	const answers = tallies.answer;
	const latency = latencySummary(answers.latencies);
	return {
		players: options.players,
		rateLimit: rate ?? 'none',
		questionsPerAttempt: questions.length,
		seconds: result.duration,
		warmupSeconds: options.warmupSeconds,
		answers: latency.count,
		answersPerSecond: round(latency.count / result.duration),
		allRequestsPerSecond: round(result.requests.average),
		attemptsStarted: tallies.create.latencies.length,
		latencyMs: latency,
		createLatencyMs: latencySummary(tallies.create.latencies),
		statuses: answers.statuses,
		non2xx: countWhere(answers.statuses, (s) => s < 200 || s > 299),
		conflicts409: answers.statuses[409] ?? 0,
		createNon2xx: countWhere(tallies.create.statuses, (s) => s !== 201),
		unattributedResponses: tallies.unknown.latencies.length,
		errors: result.errors,
		timeouts: result.timeouts,
		cpuPercentOfOneCore: cpu
	};
}

/** The same 50 connections flat out against an endpoint that does nothing: SvelteKit's own floor. */
async function frameworkFloor(server, options) {
	const result = await autocannon({
		url: `${server.origin}/api/attempts/${'x'.repeat(32)}`,
		connections: options.players,
		duration: Math.min(options.seconds, 5)
	});
	return { requestsPerSecond: round(result.requests.average), p99Ms: result.latency.p99 };
}

const describeRun = (label, f) => [
	`${label}: ${f.players} players for ${f.seconds} s, ${f.answers} answers (${f.answersPerSecond}/s), ` +
		`${f.attemptsStarted} attempts started; statuses ${JSON.stringify(f.statuses)}; ${f.errors} errors, ${f.timeouts} timeouts.`,
	`  answer latency ms: p50 ${f.latencyMs.p50}, p90 ${f.latencyMs.p90}, p99 ${f.latencyMs.p99}, max ${f.latencyMs.max}; ` +
		`starting an attempt p99 ${f.createLatencyMs.p99}. CPU % of one core: server ${f.cpuPercentOfOneCore.server}, ` +
		`load generator ${f.cpuPercentOfOneCore.loadGenerator}, other ${f.cpuPercentOfOneCore.otherProcesses}.`
];

const failuresOf = (f) => f.non2xx + f.createNon2xx + f.errors + f.unattributedResponses;

/**
 * Players are people: even 50 of them answering every couple of seconds send ~25 answers/s. The
 * budget is therefore measured at a paced 1,000 answers/s from 50 connections (40x that, and half
 * of what one server core can take), where latency is the cost of an answer check. The flat-out run
 * (every connection firing again the moment it gets a reply) measures throughput instead: by
 * Little's law its latency is 50 / throughput, whatever the app does, and the framework floor shows
 * what SvelteKit on this machine reaches for an endpoint that does no work at all.
 */
async function answerLatency({ server, options }) {
	const questions = await publicQuestions(server.origin);
	const paced = await measureAnswers(server, questions, options, options.rate);
	const flatOut = await measureAnswers(server, questions, options, undefined);
	const floor = await frameworkFloor(server, options);
	const figures = { tool: 'autocannon', paced, flatOut, frameworkFloor: floor };
	const cpuNoise = [paced, flatOut].some(
		(f) => f.cpuPercentOfOneCore.otherProcesses + f.cpuPercentOfOneCore.steal > 20
	);
	return {
		figures,
		checks: [
			{
				name: `Answer check p99, ${options.players} players at ${options.rate}/s`,
				budget: BUDGETS.answerP99Ms,
				measured: paced.latencyMs.p99,
				unit: 'ms'
			},
			{
				name: 'Load failures (non-2xx, errors)',
				budget: 0,
				measured: failuresOf(paced) + failuresOf(flatOut),
				unit: ''
			},
			{
				name: `Answer check p99, ${options.players} players flat out`,
				budget: null,
				measured: flatOut.latencyMs.p99,
				unit: 'ms'
			},
			{
				name: 'Answers per second, flat out',
				budget: null,
				measured: flatOut.answersPerSecond,
				unit: '/s'
			},
			{
				name: 'Framework floor p99 (no-op endpoint, flat out)',
				budget: null,
				measured: floor.p99Ms,
				unit: 'ms'
			}
		],
		notes: [
			...describeRun(`Paced at ${options.rate}/s`, paced),
			...describeRun('Flat out', flatOut),
			`Framework floor: ${floor.requestsPerSecond} req/s, p99 ${floor.p99Ms} ms for a 404 from an endpoint that does nothing.`,
			...(cpuNoise
				? [
						'WARNING: other work competed for the CPU during the load; the latency figures are unreliable.'
					]
				: [])
		]
	};
}

// ---------------------------------------------------------------------------------------------
// Report

function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

function formatValue(value, unit) {
	if (unit === 'bytes') return kb(value);
	return unit ? `${value} ${unit}` : String(value);
}

function printTable(rows) {
	const lines = rows.map((r) => [
		r.step,
		r.name,
		r.error
			? '-'
			: r.floor !== undefined
				? `≥ ${formatValue(r.floor, r.unit)}`
				: r.budget === null
					? '-'
					: `≤ ${formatValue(r.budget, r.unit)}`,
		r.error ? '-' : formatValue(r.measured, r.unit),
		r.budget === null && r.floor === undefined ? 'info' : r.pass ? 'pass' : 'FAIL'
	]);
	const header = ['step', 'check', 'budget', 'measured', 'result'];
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const format = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
	console.log('\n' + format(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	lines.forEach((l) => console.log(format(l)));
}

// ---------------------------------------------------------------------------------------------
// Main

/** The measurements, run in order against one server. Add new benchmarks here. */
const STEPS = [
	{ name: 'page-weight', run: pageWeight },
	{ name: 'first-html', run: firstHtml },
	{ name: 'answer-latency', run: answerLatency },
	{ name: 'share-page-weight', run: sharePageWeight },
	{ name: 'og-image', run: ogImage },
	{ name: 'share-page-load', run: sharePageLoad }
];

async function main() {
	const options = readOptions();
	const unknown = options.only?.filter((name) => !STEPS.some((s) => s.name === name)) ?? [];
	if (unknown.length) throw new Error(`Unknown step(s) for --only: ${unknown.join(', ')}.`);
	const steps = options.only ? STEPS.filter((s) => options.only.includes(s.name)) : STEPS;
	const started = { date: new Date().toISOString(), machine: machine() };
	build(options);
	const server = await startServer({ cpuProfDir: options.cpuProfDir });
	const results = {};
	const rows = [];
	try {
		for (const step of steps) {
			console.log(`\n# ${step.name}`);
			// A step that breaks fails its row, but the other steps still run and report.
			try {
				const { figures, checks, notes } = await step.run({ server, options });
				notes.forEach((note) => console.log(`  ${note}`));
				results[step.name] = { figures, checks };
				for (const check of checks) {
					// A check with no budget is reported for information and never fails the run.
					const pass =
						check.floor !== undefined
							? check.measured >= check.floor
							: check.budget === null || check.measured <= check.budget;
					rows.push({ step: step.name, ...check, pass });
				}
			} catch (error) {
				console.error(error);
				results[step.name] = { error: String(error?.stack ?? error) };
				rows.push({
					step: step.name,
					name: `error: ${String(error?.message).split('\n')[0]}`,
					error: true,
					pass: false
				});
			}
		}
	} finally {
		await stopServer(server);
	}
	printTable(rows);
	const passed = rows.every((r) => r.pass);
	const report = {
		...started,
		options,
		passed,
		budgets: rows,
		steps: results
	};
	writeResults(RESULTS_FILE, report);
	console.log(`\n${passed ? 'All budgets met.' : 'Some budgets FAILED.'} Wrote ${RESULTS_FILE}.`);
	return passed;
}

main().then(
	(passed) => process.exit(passed ? 0 : 1),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
