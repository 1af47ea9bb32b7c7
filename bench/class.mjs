// A simulated class over HTTP on loopback: a teacher creates a class and watches the live dashboard
// while 1,000 students join and answer every question. Measures join and answer latency, counts
// errors, and checks that the dashboard's final numbers are exactly what the students sent.
//
// Usage: npm run bench:class [-- --no-build] [--students 1000] [--join-seconds 10]
//                               [--answer-seconds 60] [--sockets 150] [--settle-seconds 2]
//                               [--pace fast|human] [--answer-gap-seconds 15-20]
//                               [--student-streams] [--no-node-routes] [--addresses 1]
//                               [--postgres] [--instances 1] [--database-url postgres://…]
//                               [--nginx]
//                               [--seed 1]
//                               [--results FILE] [--cpu-prof DIR]
// Prints a goal table, writes bench/class-results.json and exits 1 when a goal is missed (for CI).
// --cpu-prof DIR runs the server under `node --cpu-prof` and leaves its profile in DIR.
//
// Two paces:
// - fast (the default): every answer of the class spread evenly over --answer-seconds (60): with
//   2,000 students, 64,000 answers in a minute, 1,067/s. Student streams only with --student-streams.
// - human: each student answers every question one at a time, --answer-gap-seconds apart (a random
//   15 to 20 s, the same for a --seed), from when they joined (10,000 students over --join-seconds,
//   60 s by default in this mode); every student keeps their own live stream (/class/CODE/events)
//   open from joining to the end, as a phone does. At the end the teacher closes the class, and the
//   bench times how long it takes to reach every student's stream.
// The teacher's dashboard stream is connected throughout, in both; the dashboard check reads its
// last message (the aggregates) and every page of the roster. --no-node-routes serves everything
// through SvelteKit (scripts/serve.js without its node:http fast path): the figures both ways.
//
// Limits of one machine: every stream is a socket, and a socket is a file on both ends, so the
// server is started with `ulimit -n` raised (as far as the hard limit allows), and the bench checks
// its own limit before it starts (raise it with `ulimit -n` in the shell that runs it). The per-
// address caps (STREAMS_PER_ADDRESS, JOINS_PER_10_MIN…) are lifted for the bench server; with
// --addresses N the students also come from N loopback addresses (127.0.1.1, 127.0.1.2, … all on
// `lo` on Linux), which spreads the ports of 10,000+ connections.
//
// Storage: SQLite by default (a fresh file per run). --postgres runs on a throwaway PostgreSQL
// cluster instead (scripts/pg-cluster.mjs: Debian's postgresql, initdb in a temporary folder, a free
// loopback port; a database of its own made for the run, the cluster stopped and deleted at the end,
// also on a failure or Ctrl-C); --database-url postgres://… uses a server of yours as it is (the
// bench's class stays in it). The same run on one instance both ways compares the two engines.
//
// --instances N: N servers on one PostgreSQL database (the throwaway cluster unless --database-url
// is given; SQLite instances would not see each other's live changes). The spread is client-side, as
// a load balancer with sticky sessions would do it: student i joins, answers and keeps their stream
// on instance i mod N, and the teacher creates the class and watches its dashboard from the last
// instance, so the answers of every student not on it cross instances to reach the dashboard, and
// the teacher's closing crosses them to reach those students' streams. No proxy by default: on a
// machine of two cores a proxy would take CPU from the instances it measures and add a hop to every
// latency; here each instance's CPU and memory is its own, and the database's (a local PostgreSQL's
// processes) is reported apart. --nginx puts the instances behind the documented nginx site instead
// (deploy/nginx/source-check.conf, run by scripts/nginx.mjs on a loopback port), as a school runs
// them: the teacher and every student go through it, round-robin, and the figures include its hop
// and its CPU (under "other processes"). Its per-address cap (1,100 connections) then applies: give
// a class of more streams than that --addresses. The dashboard check reads the teacher's
// instance; on more than one instance it also reads the roster on the first instance, which has
// no dashboard of its own open: what the database holds.
//
// Pacing is open-loop: every join and every answer has a time on a schedule fixed in advance and is
// sent then, whether or not earlier replies have come back, so a slow server shows up as latency
// rather than as a slower class (no coordinated omission). Latency is timed from the moment the
// request is handed to the keep-alive agent to the last byte of the reply, so time spent waiting for
// one of the pool's sockets counts too: a student would wait for it as well.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join, resolve as resolvePath } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startNginx } from '../scripts/nginx.mjs';
import { startCluster } from '../scripts/pg-cluster.mjs';
import {
	cpuSecondsOf,
	machine,
	machineTicks,
	memoryOf,
	statFields,
	CSTIME,
	CUTIME,
	PPID,
	STIME,
	TICKS_PER_SECOND,
	UTIME
} from './lib/machine.mjs';
import { pageData, writeResults } from './lib/results.mjs';
import { latencySummary, questionsFromData, round, someAnswer, someCitation } from './lib/load.mjs';
import {
	build,
	fileLimits,
	positiveNumber,
	ROOT,
	sleep,
	startServer,
	stopServer
} from './lib/server.mjs';

const RESULTS_FILE = join(ROOT, 'bench', 'class-results.json');

const GOALS = {
	/** A student taps "Join" or an answer and sees the result at once, even with the whole class in. */
	joinP99Ms: 100,
	answerP99Ms: 100,
	errors: 0,
	/** One dashboard message, whatever the size of the class (the roster comes a page at a time). */
	dashboardMessageMaxBytes: 64 * 1024
};

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			students: { type: 'string', default: '1000' },
			'join-seconds': { type: 'string' },
			'answer-seconds': { type: 'string', default: '60' },
			sockets: { type: 'string', default: '150' },
			'settle-seconds': { type: 'string', default: '2' },
			pace: { type: 'string', default: 'fast' },
			'answer-gap-seconds': { type: 'string', default: '15-20' },
			'student-streams': { type: 'boolean', default: false },
			'no-node-routes': { type: 'boolean', default: false },
			addresses: { type: 'string', default: '1' },
			instances: { type: 'string', default: '1' },
			'database-url': { type: 'string' },
			postgres: { type: 'boolean', default: false },
			nginx: { type: 'boolean', default: false },
			seed: { type: 'string', default: '1' },
			results: { type: 'string' },
			'cpu-prof': { type: 'string' }
		}
	});
	if (!['fast', 'human'].includes(values.pace)) {
		throw new Error(`--pace is fast or human, got "${values.pace}".`);
	}
	const human = values.pace === 'human';
	const gap = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(values['answer-gap-seconds']);
	if (!gap || !(Number(gap[1]) > 0) || Number(gap[2]) < Number(gap[1])) {
		throw new Error(
			`--answer-gap-seconds is a range such as 15-20, got "${values['answer-gap-seconds']}".`
		);
	}
	const instances = Math.round(positiveNumber(values.instances, '--instances'));
	const databaseUrl = values['database-url'];
	const givenPostgres = /^postgres(ql)?:\/\//.test(databaseUrl ?? '');
	if (databaseUrl !== undefined && !givenPostgres) {
		throw new Error(
			`--database-url is a PostgreSQL server (postgres://…), got "${databaseUrl}": ` +
				'SQLite runs on a fresh file of its own without it.'
		);
	}
	if (databaseUrl && values.postgres) {
		throw new Error('--postgres starts a throwaway cluster; --database-url uses yours: not both.');
	}
	// Instances on one SQLite file would not see each other's live changes: more than one runs on
	// PostgreSQL, a throwaway cluster unless a server is named.
	const storage = givenPostgres
		? 'postgres'
		: values.postgres || instances > 1
			? 'throwaway-postgres'
			: 'sqlite';
	return {
		build: !values['no-build'],
		pace: values.pace,
		students: Math.round(positiveNumber(values.students, '--students')),
		joinSeconds: positiveNumber(values['join-seconds'] ?? (human ? '60' : '10'), '--join-seconds'),
		answerSeconds: positiveNumber(values['answer-seconds'], '--answer-seconds'),
		answerGapSeconds: [Number(gap[1]), Number(gap[2])],
		studentStreams: human || values['student-streams'],
		nodeRoutes: !values['no-node-routes'],
		addresses: Math.round(positiveNumber(values.addresses, '--addresses')),
		instances,
		nginx: values.nginx,
		storage,
		databaseUrl,
		seed: Math.round(positiveNumber(values.seed, '--seed')),
		sockets: Math.round(positiveNumber(values.sockets, '--sockets')),
		settleSeconds: positiveNumber(values['settle-seconds'], '--settle-seconds'),
		resultsFile: values.results ? resolvePath(values.results) : RESULTS_FILE,
		cpuProfDir: values['cpu-prof'] ? resolvePath(values['cpu-prof']) : undefined
	};
}

/** A small seeded random generator (mulberry32): the same schedule for the same --seed. */
function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The loopback address student i comes from: 127.0.0.1 alone, or one of `count` on 127.0.1.x… */
const sourceAddress = (i, count) =>
	count === 1 ? undefined : `127.0.${1 + Math.floor((i % count) / 250)}.${1 + ((i % count) % 250)}`;

// ---------------------------------------------------------------------------------------------
// Building and running the server (as bench/run.mjs does)

/**
 * One request; resolves with the status, headers, body text and the time from handing the request
 * to the agent to the reply's last byte (fractional ms). Network errors resolve with status 0.
 *
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: string,
 *   agent?: http.Agent, localAddress?: string }} [options]
 * @returns {Promise<{ status: number, headers?: import('node:http').IncomingHttpHeaders,
 *   body?: string, error?: string, ms: number }>}
 */
function request(url, { method = 'GET', headers = {}, body, agent, localAddress } = {}) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
		const req = http.request(url, { method, headers, agent, localAddress }, (res) => {
			const chunks = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8'),
					ms: elapsed()
				})
			);
			res.on('error', (error) => resolve({ status: 0, error: String(error), ms: elapsed() }));
		});
		req.on('error', (error) => resolve({ status: 0, error: String(error), ms: elapsed() }));
		req.end(body);
	});
}

const FORM = 'application/x-www-form-urlencoded';

// ---------------------------------------------------------------------------------------------
// The class

/** The public questions, read from the play page's data endpoint as the browser would get them. */
async function publicQuestions(origin) {
	const res = await request(origin + '/__data.json');
	if (res.status !== 200) throw new Error(`GET /__data.json answered ${res.status}.`);
	return questionsFromData(pageData(res.body));
}

/** The teacher's form on /teach, posted as a browser without JavaScript would: a 303 to the dashboard. */
async function createClass(origin) {
	const res = await request(origin + '/teach', {
		method: 'POST',
		headers: { origin, accept: 'text/html', 'content-type': FORM },
		body: new URLSearchParams({
			title: 'Bench class',
			pacing: 'self',
			feedback: 'each',
			timeLimitMinutes: ''
		}).toString()
	});
	const secret = /^\/teach\/([^/?]+)\?created=1$/.exec(res.headers?.location ?? '')?.[1];
	if (res.status !== 303 || !secret) {
		throw new Error(`POST /teach answered ${res.status} (${res.headers?.location}): ${res.body}`);
	}
	return secret;
}

/**
 * A live stream (Server-Sent Events), connected on its own socket until closed. Keeps every
 * message's arrival time and size (unless `keep` is false: then only the count and the last), and
 * the last message; `onMessage` hears each.
 *
 * @param {string} url
 * @param {{ headers?: Record<string, string>, localAddress?: string, keep?: boolean,
 *   onMessage?: (message: any) => void }} [options]
 */
function watchStream(url, { headers = {}, localAddress, keep = true, onMessage } = {}) {
	const watch = {
		messages: [],
		count: 0,
		last: undefined,
		error: undefined,
		ended: false
	};
	let firstMessage;
	watch.first = new Promise((resolve) => (firstMessage = resolve));
	const req = http.get(
		url,
		{
			agent: false,
			localAddress,
			headers: { accept: 'text/event-stream', ...headers }
		},
		(res) => {
			if (res.statusCode !== 200) {
				watch.error = `GET ${new URL(url).pathname.replace(/\/[^/]{20,}\//, '/…/')} answered ${res.statusCode}`;
				firstMessage();
				res.resume();
				return;
			}
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk) => {
				buffer += chunk;
				let end;
				while ((end = buffer.indexOf('\n\n')) !== -1) {
					const event = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					const data = event
						.split('\n')
						.filter((line) => line.startsWith('data: '))
						.map((line) => line.slice(6))
						.join('\n');
					if (!data) continue; // a heartbeat comment
					try {
						watch.last = JSON.parse(data);
						watch.count++;
						if (keep) {
							watch.messages.push({
								at: performance.now(),
								bytes: Buffer.byteLength(data)
							});
						}
						onMessage?.(watch.last);
					} catch (error) {
						watch.error = `An unreadable message: ${error}`;
					}
					firstMessage();
				}
			});
			res.on('end', () => (watch.ended = true));
			res.on('error', (error) => (watch.error ??= String(error)));
		}
	);
	req.on('error', (error) => {
		watch.error ??= String(error);
		firstMessage();
	});
	watch.close = () => req.destroy();
	return watch;
}

/** The teacher's live dashboard, connected for the whole run. */
const watchDashboard = (origin, secret) => watchStream(`${origin}/teach/${secret}/events`);

/**
 * Every page of the roster, as the dashboard page reads them (its data, ?page=N), and the first
 * page's dashboard (the aggregates, as a fresh load of the page shows them).
 */
async function wholeRoster(origin, secret) {
	const rows = [];
	let dashboard;
	for (let page = 1, pages = 1; page <= pages; page++) {
		const res = await request(`${origin}/teach/${secret}/__data.json?page=${page}`);
		if (res.status !== 200) throw new Error(`The roster's page ${page} answered ${res.status}.`);
		const data = pageData(res.body);
		const shown = data.find((d) => d?.dashboard?.roster)?.dashboard;
		if (!shown) throw new Error(`No roster in the dashboard's page ${page}.`);
		dashboard ??= shown;
		rows.push(...shown.roster.rows);
		pages = shown.roster.pages;
	}
	return { rows, dashboard };
}

/** The teacher closes the class with the dashboard's form, as a browser without JavaScript would. */
async function closeClass(origin, secret) {
	const res = await request(`${origin}/teach/${secret}?/close`, {
		method: 'POST',
		headers: { origin, accept: 'text/html', 'content-type': FORM },
		body: ''
	});
	if (res.status !== 200) throw new Error(`Closing the class answered ${res.status}.`);
}

/** Runs `count` tasks at evenly spaced times over `seconds`, open-loop; resolves when all are done. */
async function paced(count, seconds, task) {
	const started = performance.now();
	const interval = (seconds * 1000) / count;
	const running = [];
	let lateMs = 0;
	for (let i = 0; i < count; i++) {
		const due = started + i * interval;
		const wait = due - performance.now();
		if (wait > 1) await sleep(wait);
		// How far behind its schedule the load generator itself fell (it shares the CPU with the server).
		lateMs = Math.max(lateMs, performance.now() - due);
		running.push(task(i));
	}
	await Promise.all(running);
	return {
		seconds: (performance.now() - started) / 1000,
		maxScheduleLagMs: round(lateMs)
	};
}

const nicknameOf = (i, digits) => `Student ${String(i + 1).padStart(digits, '0')}`;

/** One student takes a seat (POST /join, as the form does); resolves with their seat key or null. */
async function joinOne({ code, agent, tally, student: { origin, nickname, localAddress } }) {
	const res = await request(`${origin}/join`, {
		method: 'POST',
		agent,
		localAddress,
		headers: { origin, accept: 'text/html', 'content-type': FORM },
		body: new URLSearchParams({ code, nickname }).toString()
	});
	const cookie = [res.headers?.['set-cookie'] ?? []]
		.flat()
		.map((c) => /^sc_seat=([^;]+)/.exec(c)?.[1])
		.find(Boolean);
	const ok = res.status === 303 && res.headers.location === `/class/${code}` && cookie;
	tally.record(res, ok);
	return ok ? cookie : null;
}

/** A student's own live stream (pacing, closing), open from joining to the end of the run. */
function watchStudent(code, student) {
	student.stream = watchStream(`${student.origin}/class/${code}/events`, {
		headers: { cookie: `sc_seat=${student.seatKey}` },
		localAddress: student.localAddress,
		keep: false,
		onMessage: (pace) => {
			if (pace.closed && student.closedAt === undefined) student.closedAt = performance.now();
		}
	});
}

/** Student i, on instance i mod N: each student's requests and stream all go to one instance. */
function newStudent(i, options, origins) {
	return {
		origin: origins[i % origins.length],
		nickname: nicknameOf(i, String(options.students).length),
		localAddress: sourceAddress(i, options.addresses),
		seatKey: null,
		sent: []
	};
}

async function joinAll({ origins, code, agent, options, tally }) {
	const students = [];
	const timing = await paced(options.students, options.joinSeconds, async (i) => {
		const student = newStudent(i, options, origins);
		student.seatKey = await joinOne({ code, agent, tally, student });
		if (!student.seatKey) return;
		students.push(student);
		if (options.studentStreams) watchStudent(code, student);
	});
	return { students, timing };
}

/** One answer, with what the student sent and the verdict they got back. */
async function answerOne({ student, question, agent, tally }) {
	const answer = someAnswer(question);
	const cited = someCitation(question.sentenceIds);
	const res = await request(`${student.origin}/api/class/answers`, {
		method: 'POST',
		agent,
		localAddress: student.localAddress,
		headers: {
			'content-type': 'application/json',
			cookie: `sc_seat=${student.seatKey}`
		},
		body: JSON.stringify({ questionId: question.id, answer, cited })
	});
	let reply;
	try {
		reply = res.status === 200 ? JSON.parse(res.body) : undefined;
	} catch {
		reply = undefined;
	}
	const ok = reply?.questionId === question.id && typeof reply.correct === 'boolean';
	tally.record(res, ok);
	student.sent.push({
		questionId: question.id,
		answer,
		cited,
		status: res.status,
		correct: ok ? reply.correct : null,
		points: ok ? reply.points : null,
		evidencePoints: ok ? reply.evidencePoints : null,
		lapse: ok ? reply.lapse : null
	});
}

/**
 * Every student answers every question, all answers spread evenly over the period: the class moves
 * through the questions together (everyone's first answer, then everyone's second…), so one
 * student's answers are answerSeconds / questions apart.
 */
async function answerAll({ students, questions, agent, options, tally }) {
	const count = students.length * questions.length;
	if (count === 0) return { seconds: 0, maxScheduleLagMs: 0 };
	return paced(count, options.answerSeconds, (k) =>
		answerOne({
			student: students[k % students.length],
			question: questions[Math.floor(k / students.length)],
			agent,
			tally
		})
	);
}

/**
 * The human pace, joins and answers on one schedule fixed in advance (open-loop): student i joins
 * at i × joinSeconds / students, then answers question after question, each a random gap (the
 * --answer-gap-seconds range) after the one before. An answer due before its student's join came
 * back waits for it (that wait is not timed: the student could not have tapped yet).
 */
async function humanClass({ origins, code, questions, agent, options, joinTally, answerTally }) {
	const random = seededRandom(options.seed);
	const [low, high] = options.answerGapSeconds;
	const students = Array.from({ length: options.students }, (_, i) =>
		newStudent(i, options, origins)
	);
	const events = [];
	students.forEach((student, i) => {
		let at = (i * options.joinSeconds * 1000) / options.students;
		events.push({ at, i, question: -1 });
		questions.forEach((_, question) => {
			at += (low + random() * (high - low)) * 1000;
			events.push({ at, i, question });
		});
	});
	events.sort((a, b) => a.at - b.at);
	const joined = new Map();
	let joinsDoneAt = 0;
	const started = performance.now();
	const running = [];
	let lateMs = 0;
	let joinLateMs = 0;
	for (const event of events) {
		const due = started + event.at;
		const wait = due - performance.now();
		if (wait > 1) await sleep(wait);
		const late = performance.now() - due;
		if (event.question === -1) joinLateMs = Math.max(joinLateMs, late);
		else lateMs = Math.max(lateMs, late);
		const student = students[event.i];
		if (event.question === -1) {
			const seated = joinOne({ code, agent, tally: joinTally, student }).then((key) => {
				student.seatKey = key;
				joinsDoneAt = Math.max(joinsDoneAt, performance.now());
				if (key) watchStudent(code, student);
				return key;
			});
			joined.set(event.i, seated);
			running.push(seated);
		} else {
			running.push(
				joined.get(event.i).then((key) => {
					if (key) {
						return answerOne({
							student,
							question: questions[event.question],
							agent,
							tally: answerTally
						});
					}
				})
			);
		}
	}
	await Promise.all(running);
	const seconds = (performance.now() - started) / 1000;
	return {
		students: students.filter((s) => s.seatKey),
		join: {
			seconds: (joinsDoneAt - started) / 1000,
			maxScheduleLagMs: round(joinLateMs)
		},
		answer: { seconds, maxScheduleLagMs: round(lateMs) }
	};
}

/** The students' own streams: how many are open and well, and how fast the class's closing reached them. */
function studentStreamFigures(students, closedAt, origins) {
	const streams = students.map((s) => s.stream).filter(Boolean);
	const failed = streams.filter((w) => w.error || w.ended);
	const reached = students
		.filter((s) => s.closedAt !== undefined)
		.map((s) => s.closedAt - closedAt);
	return {
		open: streams.length - failed.length,
		failed: failed.length,
		errorSamples: [...new Set(failed.map((w) => w.error ?? 'ended'))].slice(0, 5),
		messages: streams.reduce((n, w) => n + w.count, 0),
		closeReached: reached.length,
		closeReachedMs: latencySummary(reached),
		// The teacher closed the class on the last instance: on the others, the news crossed over.
		closeReachedPerInstance: origins.map((origin) => {
			const here = students.filter((s) => s.stream && s.origin === origin);
			return {
				origin,
				reached: here.filter((s) => s.closedAt !== undefined).length,
				of: here.length
			};
		})
	};
}

function newTally() {
	const tally = {
		latencies: [],
		startedAt: [],
		statuses: {},
		networkErrors: 0,
		unexpected: 0,
		samples: []
	};
	tally.record = (res, ok) => {
		tally.latencies.push(res.ms);
		tally.startedAt.push(performance.now() - res.ms);
		tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
		if (res.status === 0) tally.networkErrors++;
		else if (!ok) tally.unexpected++;
		if (!ok && tally.samples.length < 5) {
			tally.samples.push({
				status: res.status,
				error: res.error,
				body: res.body?.slice(0, 300)
			});
		}
	};
	return tally;
}

/** Non-2xx replies (for joins: anything but the 303 with a seat), bad bodies and network errors. */
const errorsOf = (tally) => tally.networkErrors + tally.unexpected;

// ---------------------------------------------------------------------------------------------
// The dashboard check

/** What the dashboard should say, from what the students sent and the verdicts they got back. */
function expectedDashboard(students, questions) {
	const perQuestion = new Map(
		questions.map((q) => [
			q.id,
			{ answered: 0, correct: 0, evidenceFound: 0, believedFalse: 0, doubtedTrue: 0 }
		])
	);
	const count = (sent, lapse) => sent.filter((s) => s.lapse === lapse).length;
	const perStudent = students.map((student) => {
		const accepted = student.sent.filter((s) => s.correct !== null);
		for (const s of accepted) {
			const stats = perQuestion.get(s.questionId);
			stats.answered++;
			if (s.correct) stats.correct++;
			stats.evidenceFound += s.evidencePoints;
			if (s.lapse === 'believed-false') stats.believedFalse++;
			if (s.lapse === 'doubted-true') stats.doubtedTrue++;
		}
		return {
			nickname: student.nickname,
			answered: accepted.length,
			score: accepted.reduce((sum, s) => sum + s.points, 0),
			evidenceScore: accepted.reduce((sum, s) => sum + s.evidencePoints, 0),
			believedFalse: count(accepted, 'believed-false'),
			doubtedTrue: count(accepted, 'doubted-true')
		};
	});
	return {
		students: perStudent,
		questions: perQuestion,
		finished: perStudent.filter((s) => s.answered === questions.length).length
	};
}

/**
 * Every difference between the dashboard (its last message, and every page of its roster) and what
 * was sent; an empty list means an exact match.
 */
function compareDashboard(dashboard, roster, expected) {
	const differences = [];
	if (!dashboard) return ['No dashboard message arrived.'];
	const shown = new Map(roster.map((s) => [s.nickname, s]));
	if (roster.length !== expected.students.length) {
		differences.push(`students: roster ${roster.length}, joined ${expected.students.length}`);
	}
	if (dashboard.present !== expected.students.length || dashboard.finished !== expected.finished) {
		differences.push(
			`counts: dashboard ${dashboard.present} joined, ${dashboard.finished} finished; ` +
				`sent ${expected.students.length} joined, ${expected.finished} finished`
		);
	}
	for (const want of expected.students) {
		const got = shown.get(want.nickname);
		if (!got) differences.push(`${want.nickname}: missing from the dashboard`);
		else if (got.removed) differences.push(`${want.nickname}: shown as removed`);
		else if (
			got.answered !== want.answered ||
			got.score !== want.score ||
			got.evidenceScore !== want.evidenceScore ||
			got.believedFalse !== want.believedFalse ||
			got.doubtedTrue !== want.doubtedTrue
		) {
			differences.push(
				`${want.nickname}: dashboard answered ${got.answered} score ${got.score} evidence ` +
					`${got.evidenceScore} believed false ${got.believedFalse} doubted true ${got.doubtedTrue}, ` +
					`sent ${want.answered} scored ${want.score} evidence ${want.evidenceScore} ` +
					`believed false ${want.believedFalse} doubted true ${want.doubtedTrue}`
			);
		}
	}
	for (const [id, want] of expected.questions) {
		const got = dashboard.questions.find((q) => q.id === id);
		if (!got) differences.push(`question ${id}: missing from the dashboard`);
		else if (
			got.answered !== want.answered ||
			got.correct !== want.correct ||
			got.evidenceFound !== want.evidenceFound ||
			got.believedFalse !== want.believedFalse ||
			got.doubtedTrue !== want.doubtedTrue
		) {
			differences.push(
				`question ${id}: dashboard ${got.answered} answered ${got.correct} correct ` +
					`${got.evidenceFound} with evidence ${got.believedFalse} believed false ` +
					`${got.doubtedTrue} doubted true, sent ${want.answered} answered ${want.correct} ` +
					`correct ${want.evidenceFound} with evidence ${want.believedFalse} believed false ` +
					`${want.doubtedTrue} doubted true`
			);
		}
	}
	return differences;
}

/** The same answer to the same question must always get the same verdict. */
function inconsistentVerdicts(students) {
	const seen = new Map();
	const clashes = new Set();
	for (const s of students.flatMap((st) => st.sent)) {
		if (s.correct === null) continue;
		const key = `${s.questionId}:${JSON.stringify(s.answer)}:${s.cited.join(' ')}`;
		const verdict = `${s.correct}/${s.points}/${s.evidencePoints}/${s.lapse}`;
		if (seen.has(key) && seen.get(key) !== verdict) clashes.add(key);
		seen.set(key, verdict);
	}
	return [...clashes];
}

/** Waits until the stream has been quiet for `settleMs` after the load (at most 30 s). */
async function settle(watch, settleMs) {
	const started = performance.now();
	for (;;) {
		const lastAt = watch.messages.at(-1)?.at ?? 0;
		const quietFor = performance.now() - Math.max(lastAt, started);
		if (quietFor >= settleMs || performance.now() - started > 30_000) return;
		await sleep(Math.min(100, settleMs - quietFor + 1));
	}
}

/** Gaps between dashboard messages while the class was busy: ≥ 250 ms by design (the throttle). */
function messageFigures(watch, from, to) {
	const during = watch.messages.filter((m) => m.at >= from && m.at <= to);
	const gaps = during.slice(1).map((m, i) => m.at - during[i].at);
	return {
		total: watch.messages.length,
		duringLoad: during.length,
		gapMs: latencySummary(gaps),
		lastBytes: watch.messages.at(-1)?.bytes ?? 0,
		maxBytes: Math.max(0, ...watch.messages.map((m) => m.bytes))
	};
}

// ---------------------------------------------------------------------------------------------
// Figures

// Linux only (NaN elsewhere): CPU time of the server and of this load generator, in seconds.
/** A process's resident memory now and at its highest (VmRSS, VmHWM), in MB (Linux). */
function memoryMb(pid) {
	const memory = memoryOf(pid);
	return memory ? { rss: round(memory.rss), hwm: round(memory.hwm) } : { rss: NaN, hwm: NaN };
}

/**
 * A local PostgreSQL's CPU time: its postmaster's own, that of its children which have exited
 * (their time is added to the postmaster's when it waits for them) and that of those running now:
 * a backend per connection of the pools, the writers. NaN when it is not a process here.
 */
function databaseCpuSeconds(postmasterPid) {
	if (!postmasterPid) return NaN;
	try {
		const own = statFields(postmasterPid);
		let ticks = [UTIME, STIME, CUTIME, CSTIME].reduce((sum, i) => sum + Number(own[i]), 0);
		for (const entry of readdirSync('/proc')) {
			if (!/^\d+$/.test(entry)) continue;
			try {
				const fields = statFields(entry);
				if (Number(fields[PPID]) === postmasterPid) {
					ticks += Number(fields[UTIME]) + Number(fields[STIME]);
				}
			} catch {
				// Exited meanwhile: its time is in the postmaster's children's now.
			}
		}
		return ticks / TICKS_PER_SECOND;
	} catch {
		return NaN;
	}
}

/**
 * The postmaster of a PostgreSQL on this machine (its data folder's postmaster.pid, read as root
 * or as the cluster's owner can), to count its CPU apart; undefined for a server elsewhere.
 */
async function localPostmaster(url) {
	const { hostname } = new URL(url);
	if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(hostname)) return undefined;
	const client = new pg.Client(url);
	try {
		await client.connect();
		const { rows } = await client.query('SHOW data_directory');
		const pid = Number(
			readFileSync(join(rows[0].data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]
		);
		return pid > 0 && existsSync(`/proc/${pid}`) ? pid : undefined;
	} catch {
		return undefined;
	} finally {
		await client.end().catch(() => {});
	}
}

/**
 * Once a second, the CPU use of each instance, the database, this process and everything else (a
 * latency spike that lines up with other processes' CPU is the machine's, not the app's), and each
 * instance's memory.
 */
function sampleCpu(watched, start) {
	const samples = [];
	let previous = cpuSnapshot(watched);
	const timer = setInterval(() => {
		const current = cpuSnapshot(watched);
		const rss = watched.servers.map((pid) => memoryMb(pid).rss);
		samples.push({
			second: Math.round((performance.now() - start) / 1000),
			...cpuPercent(previous, current, 1),
			serverRssMb: round(rss.reduce((a, b) => a + b, 0)),
			instanceRssMb: rss
		});
		previous = current;
	}, 1000);
	return { samples, stop: () => clearInterval(timer) };
}

/** Per second of the run: requests started, their p99 latency, and the CPU use then. */
function timeline(start, tallies, cpuSamples) {
	const seconds = new Map();
	for (const [kind, tally] of Object.entries(tallies)) {
		tally.startedAt.forEach((at, i) => {
			const second = Math.floor((at - start) / 1000) + 1;
			const row = seconds.get(second) ?? { second, join: [], answer: [] };
			row[kind].push(tally.latencies[i]);
			seconds.set(second, row);
		});
	}
	const cpu = new Map(cpuSamples.map((c) => [c.second, c]));
	return [...seconds.values()]
		.sort((a, b) => a.second - b.second)
		.map(({ second, join, answer }) => ({
			second,
			joins: join.length,
			joinP99Ms: latencySummary(join).p99,
			answers: answer.length,
			answerP99Ms: latencySummary(answer).p99,
			cpu: cpu.get(second)
		}));
}

/**
 * Latency over the quiet seconds only: those in which other processes used under a quarter of a
 * core. On a machine shared with other work this is the steadier figure (the table keeps the
 * whole-run one); null when there were no quiet seconds.
 */
function quietLatency(start, tallies, cpuSamples) {
	const quiet = new Set(
		cpuSamples.filter((c) => c.otherProcesses + c.steal < 25).map((c) => c.second)
	);
	const figures = { quietSeconds: quiet.size, ofSeconds: cpuSamples.length };
	for (const [kind, tally] of Object.entries(tallies)) {
		const latencies = tally.latencies.filter((_, i) =>
			quiet.has(Math.floor((tally.startedAt[i] - start) / 1000) + 1)
		);
		figures[kind] = latencies.length ? latencySummary(latencies) : null;
	}
	return figures;
}

/** The machine-wide "cpu" line of /proc/stat: time in all processes, and stolen by the hypervisor. */
function machineSeconds() {
	const { user, nice, system, steal } = machineTicks();
	return {
		processes: (user + nice + system) / TICKS_PER_SECOND,
		steal: steal / TICKS_PER_SECOND
	};
}

/** `watched`: the instances' pids, and the local PostgreSQL's postmaster if there is one. */
function cpuSnapshot(watched) {
	const usage = process.cpuUsage();
	const { processes, steal } = machineSeconds();
	const instances = watched.servers.map(cpuSecondsOf);
	return {
		instances,
		server: instances.reduce((a, b) => a + b, 0),
		database: databaseCpuSeconds(watched.database),
		bench: (usage.user + usage.system) / 1e6,
		processes,
		steal
	};
}

/**
 * CPU use between two snapshots, in percent of one core: all instances together (`server`), each
 * one, the database when it runs here (null for SQLite, inside the server, or a remote one), this
 * load generator, and everything else: other processes (a test run, a browser) compete with the
 * server for the same cores and make the latency figures unreliable.
 */
function cpuPercent(before, after, seconds) {
	const pct = (key) => round(((after[key] - before[key]) / seconds) * 100);
	const database = pct('database');
	const known = Number.isNaN(database) ? 0 : database;
	return {
		server: pct('server'),
		instances: after.instances.map((t, i) => round(((t - before.instances[i]) / seconds) * 100)),
		database: Number.isNaN(database) ? null : database,
		loadGenerator: pct('bench'),
		otherProcesses: round(Math.max(0, pct('processes') - pct('server') - pct('bench') - known)),
		steal: pct('steal')
	};
}

// ---------------------------------------------------------------------------------------------
// Report

function printTable(rows) {
	const lines = rows.map((r) => [r.name, r.goal, r.measured, r.pass]);
	const header = ['check', 'goal', 'measured', 'result'];
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const format = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ');
	console.log('\n' + format(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
	lines.forEach((l) => console.log(format(l)));
}

function checks(figures, options) {
	const {
		join,
		answer,
		errors,
		dashboard,
		studentStreams: streams,
		serverMemoryMb: memory,
		instances,
		cpuPercentOfOneCore: cpu
	} = figures;
	const row = (name, goal, measured, pass) => ({
		name,
		goal: goal ?? '-',
		measured: String(measured),
		pass: pass === undefined ? 'info' : pass ? 'pass' : 'FAIL',
		failed: pass === false
	});
	const storage = { sqlite: 'SQLite', postgres: 'PostgreSQL', 'throwaway-postgres': 'PostgreSQL' };
	return [
		row(
			'Storage, instances',
			null,
			`${storage[options.storage]}, ${instances.length} ` +
				(instances.length === 1 ? 'instance' : 'instances') +
				(options.nginx ? ' behind nginx' : '')
		),
		row('Join p50', null, `${join.latencyMs.p50} ms`),
		row(
			'Join p99',
			`≤ ${GOALS.joinP99Ms} ms`,
			`${join.latencyMs.p99} ms`,
			join.latencyMs.p99 <= GOALS.joinP99Ms
		),
		row('Answer p50', null, `${answer.latencyMs.p50} ms`),
		row(
			'Answer p99',
			`≤ ${GOALS.answerP99Ms} ms`,
			`${answer.latencyMs.p99} ms`,
			answer.latencyMs.p99 <= GOALS.answerP99Ms
		),
		row(
			'Errors (non-2xx, network)',
			String(GOALS.errors),
			`${errors} (join ${join.errors}, answer ${answer.errors}` +
				(streams ? `, student streams ${streams.failed})` : ')'),
			errors <= GOALS.errors
		),
		row(
			'Largest dashboard message',
			`≤ ${GOALS.dashboardMessageMaxBytes / 1024} KB`,
			`${(dashboard.messages.maxBytes / 1024).toFixed(1)} KB`,
			dashboard.messages.maxBytes <= GOALS.dashboardMessageMaxBytes
		),
		...(streams
			? [
					row(
						'Class closed: reached every student stream',
						null,
						`${streams.closeReached} of ${streams.open + streams.failed} in ` +
							`p50 ${streams.closeReachedMs.p50}, max ${streams.closeReachedMs.max} ms` +
							(instances.length > 1
								? ` (per instance ${streams.closeReachedPerInstance.map((c) => `${c.reached}/${c.of}`).join(', ')})`
								: '')
					)
				]
			: []),
		...(instances.length === 1
			? [
					row('Server CPU (of one core)', null, `${cpu.server}%`),
					row(
						'Server memory (peak RSS)',
						null,
						`${memory.peakRss} MB (at end ${memory.rssAtEnd} MB)`
					)
				]
			: instances.map((instance, i) =>
					row(
						instance.students === null
							? `Instance ${i + 1} (${instance.responsesThroughNginx} responses)`
							: `Instance ${i + 1} (${instance.students} students${i === instances.length - 1 ? ', teacher' : ''})`,
						null,
						`CPU ${instance.cpuPercentOfOneCore}% of a core, peak RSS ${instance.memoryMb.peakRss} MB`
					)
				)),
		...(cpu.database === null
			? []
			: [row('PostgreSQL CPU (of one core)', null, `${cpu.database}%`)]),
		row(
			'Dashboard exact',
			'yes',
			dashboard.exact ? 'yes' : `no (${dashboard.differenceCount} differences)`,
			dashboard.exact
		),
		...(dashboard.onFirstInstance
			? [
					row(
						'Dashboard exact, read on instance 1',
						'yes',
						dashboard.onFirstInstance.exact
							? 'yes'
							: `no (${dashboard.onFirstInstance.differenceCount} differences)`,
						dashboard.onFirstInstance.exact
					)
				]
			: [])
	];
}

// ---------------------------------------------------------------------------------------------
// Main

/**
 * The class on `servers` (one or more instances of the app): the teacher on the last, student i on
 * instance i mod N; or everyone through `nginx` in front of them. `watched` names the processes
 * whose CPU and memory are measured.
 */
async function runClass(servers, options, watched, nginx) {
	const origins = nginx ? [nginx.url] : servers.map((s) => s.origin);
	// The teacher's instance: every page and stream of theirs is served by this one (or by nginx).
	const origin = origins.at(-1);
	const questions = await publicQuestions(origin);
	const secret = await createClass(origin);
	const watch = watchDashboard(origin, secret);
	await Promise.race([watch.first, sleep(10_000)]);
	if (!watch.last)
		throw new Error(`The dashboard stream sent nothing: ${watch.error ?? 'timeout'}.`);
	const { code } = watch.last;

	// One bounded pool of keep-alive sockets for all students: a school network's NAT, roughly (per
	// instance: the agent keeps a pool for each address it connects to). An idle socket is dropped after 4 s, before the server's 5 s keep-alive timeout closes it: else
	// a request sent on a socket the server is closing at that moment fails with ECONNRESET.
	const agent = new http.Agent({
		keepAlive: true,
		maxSockets: options.sockets,
		timeout: 4000
	});
	const joinTally = newTally();
	const answerTally = newTally();
	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	const cpuStart = cpuSnapshot(watched);
	const loadStart = performance.now();
	const cpuSampler = sampleCpu(watched, loadStart);

	let students, joinTiming, answerTiming, cpuJoined;
	if (options.pace === 'human') {
		const [low, high] = options.answerGapSeconds;
		console.log(
			`Class ${code}: ${options.students} students join over ${options.joinSeconds} s, each with ` +
				`their own stream, then answer ${questions.length} questions ${low}–${high} s apart...`
		);
		const run = await humanClass({
			origins,
			code,
			questions,
			agent,
			options,
			joinTally,
			answerTally
		});
		({ students } = run);
		joinTiming = run.join;
		answerTiming = run.answer;
	} else {
		console.log(
			`Class ${code}: ${options.students} students join over ${options.joinSeconds} s...`
		);
		const joined = await joinAll({
			origins,
			code,
			agent,
			options,
			tally: joinTally
		});
		cpuJoined = cpuSnapshot(watched);
		({ students } = joined);
		joinTiming = joined.timing;
		console.log(
			`${students.length} joined; ${students.length * questions.length} answers over ${options.answerSeconds} s...`
		);
		answerTiming = await answerAll({
			students,
			questions,
			agent,
			options,
			tally: answerTally
		});
	}
	const loadEnd = performance.now();
	const cpuEnd = cpuSnapshot(watched);
	const memoryAtEnd = watched.servers.map(memoryMb);
	cpuSampler.stop();
	loop.disable();
	agent.destroy();

	await settle(watch, options.settleSeconds * 1000);
	const { rows: roster } = await wholeRoster(origin, secret);
	// On more than one instance, the first one's view too: no dashboard of this class was open
	// there, so it is built from the database. Whether an instance that was not told of the
	// changes can still show all of them.
	const elsewhere = servers.length > 1 ? await wholeRoster(servers[0].origin, secret) : undefined;
	let streams;
	if (options.studentStreams) {
		// The teacher closes the class: every student's stream must hear it.
		const closedAt = performance.now();
		await closeClass(origin, secret);
		const deadline = closedAt + 30_000;
		while (
			students.some((s) => s.stream && !s.stream.error && s.closedAt === undefined) &&
			performance.now() < deadline
		) {
			await sleep(50);
		}
		streams = studentStreamFigures(students, closedAt, origins);
		students.forEach((s) => s.stream?.close());
	}
	watch.close();
	const expected = expectedDashboard(students, questions);
	const differences = compareDashboard(watch.last, roster, expected);
	const differencesElsewhere =
		elsewhere && compareDashboard(elsewhere.dashboard, elsewhere.rows, expected);
	if (watch.error) differences.unshift(`Dashboard stream: ${watch.error}`);
	if (watch.ended) differences.unshift('The dashboard stream ended during the run.');
	const clashes = inconsistentVerdicts(students);
	// The last message that changed anything: how long after the last answer the teacher saw it.
	const lastMessageAt = watch.messages.filter((m) => m.at <= loadEnd + 30_000).at(-1)?.at ?? NaN;
	const overallCpu = cpuPercent(cpuStart, cpuEnd, (loadEnd - loadStart) / 1000);

	const join = {
		requested: options.students,
		seconds: round(joinTiming.seconds),
		maxScheduleLagMs: joinTiming.maxScheduleLagMs,
		latencyMs: latencySummary(joinTally.latencies),
		statuses: joinTally.statuses,
		errors: errorsOf(joinTally),
		networkErrors: joinTally.networkErrors,
		errorSamples: joinTally.samples,
		cpuPercentOfOneCore: cpuJoined
			? cpuPercent(cpuStart, cpuJoined, joinTiming.seconds)
			: overallCpu
	};
	const answer = {
		questions: questions.length,
		sent: answerTally.latencies.length,
		perSecond: round(answerTally.latencies.length / answerTiming.seconds),
		seconds: round(answerTiming.seconds),
		maxScheduleLagMs: answerTiming.maxScheduleLagMs,
		latencyMs: latencySummary(answerTally.latencies),
		statuses: answerTally.statuses,
		correct: students.flatMap((s) => s.sent).filter((s) => s.correct).length,
		errors: errorsOf(answerTally),
		networkErrors: answerTally.networkErrors,
		errorSamples: answerTally.samples,
		inconsistentVerdicts: clashes,
		cpuPercentOfOneCore: cpuJoined
			? cpuPercent(cpuJoined, cpuEnd, answerTiming.seconds)
			: overallCpu
	};
	const rss = cpuSampler.samples.map((c) => c.serverRssMb).filter((n) => n > 0);
	const served = nginx?.served();
	const instances = servers.map((server, i) => ({
		origin: server.origin,
		role: nginx ? 'behind nginx' : i === servers.length - 1 ? 'teacher and students' : 'students',
		students: nginx ? null : students.filter((student) => student.origin === server.origin).length,
		...(served && { responsesThroughNginx: served[server.origin] }),
		cpuPercentOfOneCore: overallCpu.instances[i],
		memoryMb: {
			peakRss: Math.max(
				0,
				...cpuSampler.samples.map((c) => c.instanceRssMb[i]).filter((n) => n > 0)
			),
			rssAtEnd: memoryAtEnd[i].rss,
			highWaterMark: memoryAtEnd[i].hwm
		}
	}));
	const sum = (numbers) => round(numbers.reduce((a, b) => a + b, 0));
	// The server's CPU time per request: far less noisy than latency on a machine shared with others.
	// All instances together, and apart from them a local PostgreSQL's (SQLite's is the server's own).
	const cpuMsPer = (before, after, count, key = 'server') =>
		count ? round(((after[key] - before[key]) * 1000) / count) : NaN;
	const serverCpuMs = cpuJoined
		? {
				perJoin: cpuMsPer(cpuStart, cpuJoined, join.latencyMs.count),
				perAnswer: cpuMsPer(cpuJoined, cpuEnd, answer.sent)
			}
		: {
				perRequest: cpuMsPer(cpuStart, cpuEnd, join.latencyMs.count + answer.sent)
			};
	const databaseCpuMs = Number.isNaN(cpuEnd.database)
		? null
		: cpuJoined
			? {
					perJoin: cpuMsPer(cpuStart, cpuJoined, join.latencyMs.count, 'database'),
					perAnswer: cpuMsPer(cpuJoined, cpuEnd, answer.sent, 'database')
				}
			: {
					perRequest: cpuMsPer(cpuStart, cpuEnd, join.latencyMs.count + answer.sent, 'database')
				};
	return {
		classCode: code,
		join,
		answer,
		studentStreams: streams,
		errors: join.errors + answer.errors + (streams?.failed ?? 0),
		dashboard: {
			exact: differences.length === 0 && clashes.length === 0,
			differences: differences.slice(0, 50),
			differenceCount: differences.length,
			studentsShown: roster.length,
			lastMessageAfterLoadMs: round(lastMessageAt - loadEnd),
			messages: messageFigures(watch, loadStart, loadEnd),
			...(differencesElsewhere && {
				onFirstInstance: {
					exact: differencesElsewhere.length === 0,
					differences: differencesElsewhere.slice(0, 50),
					differenceCount: differencesElsewhere.length
				}
			})
		},
		// All instances together (the one server when there is one); each apart in `instances`.
		serverMemoryMb: {
			peakRss: Math.max(0, ...rss),
			rssAtEnd: sum(memoryAtEnd.map((m) => m.rss)),
			highWaterMark: sum(memoryAtEnd.map((m) => m.hwm))
		},
		instances,
		loadGenerator: {
			eventLoopDelayMs: {
				p50: round(loop.percentile(50) / 1e6),
				p99: round(loop.percentile(99) / 1e6),
				max: round(loop.max / 1e6)
			}
		},
		cpuPercentOfOneCore: overallCpu,
		serverCpuMs,
		databaseCpuMs,
		quiet: quietLatency(loadStart, { join: joinTally, answer: answerTally }, cpuSampler.samples),
		timeline: timeline(loadStart, { join: joinTally, answer: answerTally }, cpuSampler.samples)
	};
}

function describe(f) {
	const ms = (l) => `p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max} ms`;
	const cpu = (c) =>
		`server ${c.server}%` +
		(c.instances.length > 1 ? ` (${c.instances.map((n) => `${n}%`).join(' + ')})` : '') +
		(c.database === null ? '' : `, PostgreSQL ${c.database}%`) +
		`, load generator ${c.loadGenerator}%, other processes ${c.otherProcesses}%`;
	const d = f.dashboard;
	return [
		`Joins: ${f.join.latencyMs.count} in ${f.join.seconds} s; ${ms(f.join.latencyMs)}; ` +
			`statuses ${JSON.stringify(f.join.statuses)}; CPU of one core: ${cpu(f.join.cpuPercentOfOneCore)}.`,
		`Answers: ${f.answer.sent} (${f.answer.questions} questions each, ${f.answer.perSecond}/s, ` +
			`${f.answer.correct} correct) in ${f.answer.seconds} s; ${ms(f.answer.latencyMs)}; ` +
			`statuses ${JSON.stringify(f.answer.statuses)}; CPU of one core: ${cpu(f.answer.cpuPercentOfOneCore)}.`,
		`Dashboard: ${d.messages.total} messages (${d.messages.duringLoad} during the load, gaps ` +
			`${ms(d.messages.gapMs)}), last ${(d.messages.lastBytes / 1024).toFixed(1)} KB, ` +
			`${d.lastMessageAfterLoadMs} ms after the last answer; ${d.studentsShown} students in the roster.`,
		...(f.studentStreams
			? [
					`Student streams: ${f.studentStreams.open} open to the end, ${f.studentStreams.failed} failed ` +
						`${JSON.stringify(f.studentStreams.errorSamples)}, ${f.studentStreams.messages} messages.`
				]
			: []),
		`Server CPU time: ${Object.entries(f.serverCpuMs)
			.map(([k, v]) => `${v} ms ${k.replace('per', 'per ').toLowerCase()}`)
			.join(', ')} (joins and answers, with everything else the server did meanwhile).`,
		`Quiet seconds (other processes under 25% of a core): ${f.quiet.quietSeconds} of ` +
			`${f.quiet.ofSeconds}; in them joins ${f.quiet.join ? ms(f.quiet.join) : '-'}, answers ` +
			`${f.quiet.answer ? ms(f.quiet.answer) : '-'}.`,
		...(f.databaseCpuMs
			? [
					`PostgreSQL CPU time: ${Object.entries(f.databaseCpuMs)
						.map(([k, v]) => `${v} ms ${k.replace('per', 'per ').toLowerCase()}`)
						.join(', ')} (all its processes, on top of the server's).`
				]
			: []),
		`Server memory${f.instances.length > 1 ? ' (all instances)' : ''}: peak RSS ` +
			`${f.serverMemoryMb.peakRss} MB, ${f.serverMemoryMb.rssAtEnd} MB at the end ` +
			`(high-water mark ${f.serverMemoryMb.highWaterMark} MB).`,
		...(f.instances.length > 1
			? f.instances.map(
					(instance, i) =>
						`Instance ${i + 1} (${instance.origin}, ${instance.role}, ` +
						(instance.students === null
							? `${instance.responsesThroughNginx} responses`
							: `${instance.students} students`) +
						`): CPU ${instance.cpuPercentOfOneCore}% of one core, peak RSS ` +
						`${instance.memoryMb.peakRss} MB (high-water mark ${instance.memoryMb.highWaterMark} MB).`
				)
			: []),
		`Load generator: fell up to ${f.join.maxScheduleLagMs} ms (joins) / ${f.answer.maxScheduleLagMs} ms ` +
			`(answers) behind schedule; its event-loop delay p99 ${f.loadGenerator.eventLoopDelayMs.p99} ms, ` +
			`max ${f.loadGenerator.eventLoopDelayMs.max} ms.`,
		...(f.cpuPercentOfOneCore.otherProcesses + f.cpuPercentOfOneCore.steal > 20
			? [
					'WARNING: other work competed for the CPU during the load; the latency figures are unreliable.'
				]
			: []),
		...d.differences.slice(0, 10).map((line) => `  dashboard difference: ${line}`),
		...(d.onFirstInstance?.differences ?? [])
			.slice(0, 10)
			.map((line) => `  difference on instance 1: ${line}`),
		...f.answer.inconsistentVerdicts.slice(0, 10).map((k) => `  inconsistent verdicts for ${k}`),
		...[...f.join.errorSamples, ...f.answer.errorSamples].map(
			(s) => `  error sample: ${JSON.stringify(s)}`
		)
	];
}

/**
 * The database the instances share: none to set up for SQLite (each server makes a fresh file),
 * the given PostgreSQL server, or a throwaway cluster with a database made for the run.
 */
async function openDatabase(options) {
	if (options.storage === 'sqlite') {
		return { url: undefined, label: 'SQLite, a fresh file', stop: () => {} };
	}
	if (options.storage === 'postgres') {
		return {
			url: options.databaseUrl,
			label: `PostgreSQL at ${withoutPassword(options.databaseUrl)}`,
			stop: () => {}
		};
	}
	console.log('Starting a throwaway PostgreSQL cluster (scripts/pg-cluster.mjs)...');
	const cluster = await startCluster();
	// Stopped however the bench ends: stop() is synchronous, so it can run in the exit handler.
	process.once('exit', cluster.stop);
	try {
		const admin = new pg.Client(cluster.url);
		await admin.connect();
		await admin.query('CREATE DATABASE class_bench');
		await admin.end();
	} catch (error) {
		cluster.stop();
		throw error;
	}
	return {
		url: cluster.url.replace(/\/[^/]*$/, '/class_bench'),
		label: 'PostgreSQL, a throwaway cluster',
		stop: cluster.stop
	};
}

/** A database URL fit to print and keep in the results: any password replaced. */
const withoutPassword = (url) => url?.replace(/^(\w+:\/\/[^:@/]+):[^@/]*@/, '$1:***@');

async function main() {
	const options = readOptions();
	const started = { date: new Date().toISOString(), machine: machine() };
	// Every live stream is a socket: one file here and one in the server that holds it.
	const pools = options.sockets * options.addresses;
	const files = (options.studentStreams ? options.students : 0) + pools * options.instances + 500;
	const filesPerServer =
		(options.studentStreams ? Math.ceil(options.students / options.instances) : 0) + pools + 500;
	const { soft } = fileLimits();
	if (soft < files) {
		throw new Error(
			`This run keeps about ${files} sockets open, and this process may open ${soft} files: ` +
				`raise the limit in the shell that runs it (ulimit -n ${files}), or run fewer students.`
		);
	}
	build(options);
	// From here on something may be running that must not outlive the bench (a cluster, servers):
	// Ctrl-C exits through the exit handlers, which stop them.
	for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
	const database = await openDatabase(options);
	const servers = [];
	let nginx;
	let figures;
	try {
		const starting = await Promise.allSettled(
			Array.from({ length: options.instances }, (_, i) =>
				startServer({
					label: `class-bench-${i + 1}`,
					cpuProfDir: options.cpuProfDir,
					files: filesPerServer,
					nodeRoutes: options.nodeRoutes,
					env: database.url ? { DATABASE_URL: database.url } : {}
				})
			)
		);
		servers.push(...starting.filter((s) => s.status === 'fulfilled').map((s) => s.value));
		const failed = starting.find((s) => s.status === 'rejected');
		if (failed) throw failed.reason;
		for (const server of servers) {
			const serverFiles = fileLimits(server.child.pid).soft;
			if (serverFiles < filesPerServer) {
				throw new Error(
					`The server may open only ${serverFiles} files; this run needs about ${filesPerServer}.`
				);
			}
		}
		console.log(
			`${servers.length === 1 ? 'Server' : 'Servers'} on ${servers.map((s) => s.origin).join(', ')} ` +
				`(${database.label}; node:http fast path ${options.nodeRoutes ? 'on' : 'off'}, ` +
				`${fileLimits(servers[0].child.pid).soft} files allowed).`
		);
		const watched = {
			servers: servers.map((s) => s.child.pid),
			database: database.url ? await localPostmaster(database.url) : undefined
		};
		if (options.nginx) {
			nginx = await startNginx({ upstreams: servers.map((s) => s.origin), connections: files });
			process.once('exit', nginx.stop);
			console.log(`nginx on ${nginx.url} in front of them (deploy/nginx/source-check.conf).`);
		}
		figures = await runClass(servers, options, watched, nginx);
	} finally {
		await nginx?.close();
		await Promise.all(servers.map(stopServer));
		database.stop();
	}
	describe(figures).forEach((line) => console.log(`  ${line}`));
	const rows = checks(figures, options);
	printTable(rows);
	const passed = rows.every((r) => !r.failed);
	const report = {
		...started,
		options: { ...options, databaseUrl: withoutPassword(options.databaseUrl) },
		goals: GOALS,
		passed,
		checks: rows.map(({ failed, ...row }) => ({ ...row, passed: !failed })),
		figures
	};
	writeResults(options.resultsFile, report);
	console.log(
		`\n${passed ? 'All goals met.' : 'Some goals MISSED.'} Wrote ${options.resultsFile}.`
	);
	if (options.cpuProfDir) console.log(`Server CPU profile in ${options.cpuProfDir}.`);
	return passed;
}

main().then(
	(passed) => process.exit(passed ? 0 : 1),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
