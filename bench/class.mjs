// A simulated class over HTTP on loopback: a teacher creates a class and watches the live dashboard
// while 1,000 students join and answer every question. Measures join and answer latency, counts
// errors, and checks that the dashboard's final numbers are exactly what the students sent.
//
// Usage: npm run bench:class [-- --no-build] [--students 1000] [--join-seconds 10]
//                               [--answer-seconds 60] [--sockets 150] [--settle-seconds 2]
//                               [--cpu-prof DIR]
// Prints a goal table, writes bench/class-results.json and exits 1 when a goal is missed (for CI).
// --cpu-prof DIR runs the server under `node --cpu-prof` and leaves its profile in DIR.
//
// Pacing is open-loop: every join and every answer has a time on a schedule fixed in advance and is
// sent then, whether or not earlier replies have come back, so a slow server shows up as latency
// rather than as a slower class (no coordinated omission). Latency is timed from the moment the
// request is handed to the keep-alive agent to the last byte of the reply, so time spent waiting for
// one of the pool's sockets counts too: a student would wait for it as well.

import * as devalue from 'devalue';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { latencySummary, questionsFromData, round, someAnswer, someCitation } from './load.mjs';
import { build, positiveNumber, ROOT, sleep, startServer, stopServer } from './server.mjs';

const RESULTS_FILE = join(ROOT, 'bench', 'class-results.json');

const GOALS = {
	/** A student taps "Join" or an answer and sees the result at once, even with the whole class in. */
	joinP99Ms: 100,
	answerP99Ms: 100,
	errors: 0
};

// ---------------------------------------------------------------------------------------------
// Options

function readOptions() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean', default: false },
			students: { type: 'string', default: '1000' },
			'join-seconds': { type: 'string', default: '10' },
			'answer-seconds': { type: 'string', default: '60' },
			sockets: { type: 'string', default: '150' },
			'settle-seconds': { type: 'string', default: '2' },
			'cpu-prof': { type: 'string' }
		}
	});
	return {
		build: !values['no-build'],
		students: Math.round(positiveNumber(values.students, '--students')),
		joinSeconds: positiveNumber(values['join-seconds'], '--join-seconds'),
		answerSeconds: positiveNumber(values['answer-seconds'], '--answer-seconds'),
		sockets: Math.round(positiveNumber(values.sockets, '--sockets')),
		settleSeconds: positiveNumber(values['settle-seconds'], '--settle-seconds'),
		cpuProfDir: values['cpu-prof'] ? resolvePath(values['cpu-prof']) : undefined
	};
}

// ---------------------------------------------------------------------------------------------
// Building and running the server (as bench/run.mjs does)

/**
 * One request; resolves with the status, headers, body text and the time from handing the request
 * to the agent to the reply's last byte (fractional ms). Network errors resolve with status 0.
 */
function request(url, { method = 'GET', headers = {}, body, agent } = {}) {
	return new Promise((resolve) => {
		const started = process.hrtime.bigint();
		const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
		const req = http.request(url, { method, headers, agent }, (res) => {
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
	const { nodes } = JSON.parse(res.body);
	const data = nodes.map((node) => node?.type === 'data' && devalue.unflatten(node.data));
	return questionsFromData(data);
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
 * The teacher's live dashboard (Server-Sent Events), connected for the whole run on its own socket.
 * Keeps every message's arrival time and size, and the last Dashboard.
 */
function watchDashboard(origin, secret) {
	const watch = { messages: [], last: undefined, error: undefined, ended: false };
	let firstMessage;
	watch.first = new Promise((resolve) => (firstMessage = resolve));
	const req = http.get(
		`${origin}/teach/${secret}/events`,
		{ agent: false, headers: { accept: 'text/event-stream' } },
		(res) => {
			if (res.statusCode !== 200) {
				watch.error = `GET /teach/…/events answered ${res.statusCode}`;
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
						watch.messages.push({ at: performance.now(), bytes: Buffer.byteLength(data) });
					} catch (error) {
						watch.error = `An unreadable dashboard message: ${error}`;
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
	return { seconds: (performance.now() - started) / 1000, maxScheduleLagMs: round(lateMs) };
}

const nicknameOf = (i, digits) => `Student ${String(i + 1).padStart(digits, '0')}`;

async function joinAll({ origin, code, agent, options, tally }) {
	const digits = String(options.students).length;
	const students = [];
	const timing = await paced(options.students, options.joinSeconds, async (i) => {
		const nickname = nicknameOf(i, digits);
		const res = await request(`${origin}/join`, {
			method: 'POST',
			agent,
			headers: { origin, accept: 'text/html', 'content-type': FORM },
			body: new URLSearchParams({ code, nickname }).toString()
		});
		const cookie = [res.headers?.['set-cookie'] ?? []]
			.flat()
			.map((c) => /^sc_seat=([^;]+)/.exec(c)?.[1])
			.find(Boolean);
		const ok = res.status === 303 && res.headers.location === `/class/${code}` && cookie;
		tally.record(res, ok);
		if (ok) students.push({ nickname, seatKey: cookie, sent: [] });
	});
	return { students, timing };
}

/**
 * Every student answers every question, all answers spread evenly over the period: the class moves
 * through the questions together (everyone's first answer, then everyone's second…), so one
 * student's answers are answerSeconds / questions apart.
 */
async function answerAll({ origin, students, questions, agent, options, tally }) {
	const count = students.length * questions.length;
	if (count === 0) return { seconds: 0, maxScheduleLagMs: 0 };
	return paced(count, options.answerSeconds, async (k) => {
		const student = students[k % students.length];
		const question = questions[Math.floor(k / students.length)];
		const answer = someAnswer(question);
		const cited = someCitation(question.sentenceIds);
		const res = await request(`${origin}/api/class/answers`, {
			method: 'POST',
			agent,
			headers: { 'content-type': 'application/json', cookie: `sc_seat=${student.seatKey}` },
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
			evidencePoints: ok ? reply.evidencePoints : null
		});
	});
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
			tally.samples.push({ status: res.status, error: res.error, body: res.body?.slice(0, 300) });
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
		questions.map((q) => [q.id, { answered: 0, correct: 0, evidenceFound: 0 }])
	);
	const perStudent = students.map((student) => {
		const accepted = student.sent.filter((s) => s.correct !== null);
		for (const s of accepted) {
			const stats = perQuestion.get(s.questionId);
			stats.answered++;
			if (s.correct) stats.correct++;
			stats.evidenceFound += s.evidencePoints;
		}
		return {
			nickname: student.nickname,
			answered: accepted.length,
			score: accepted.reduce((sum, s) => sum + s.points, 0),
			evidenceScore: accepted.reduce((sum, s) => sum + s.evidencePoints, 0)
		};
	});
	return { students: perStudent, questions: perQuestion };
}

/** Every difference between the dashboard and what was sent; an empty list means an exact match. */
function compareDashboard(dashboard, expected) {
	const differences = [];
	if (!dashboard) return ['No dashboard message arrived.'];
	const shown = new Map(dashboard.students.map((s) => [s.nickname, s]));
	if (dashboard.students.length !== expected.students.length) {
		differences.push(
			`students: dashboard ${dashboard.students.length}, joined ${expected.students.length}`
		);
	}
	for (const want of expected.students) {
		const got = shown.get(want.nickname);
		if (!got) differences.push(`${want.nickname}: missing from the dashboard`);
		else if (got.removed) differences.push(`${want.nickname}: shown as removed`);
		else if (
			got.answered !== want.answered ||
			got.score !== want.score ||
			got.evidenceScore !== want.evidenceScore
		) {
			differences.push(
				`${want.nickname}: dashboard answered ${got.answered} score ${got.score} evidence ` +
					`${got.evidenceScore}, sent ${want.answered} scored ${want.score} evidence ${want.evidenceScore}`
			);
		}
	}
	for (const [id, want] of expected.questions) {
		const got = dashboard.questions.find((q) => q.id === id);
		if (!got) differences.push(`question ${id}: missing from the dashboard`);
		else if (
			got.answered !== want.answered ||
			got.correct !== want.correct ||
			got.evidenceFound !== want.evidenceFound
		) {
			differences.push(
				`question ${id}: dashboard ${got.answered} answered ${got.correct} correct ` +
					`${got.evidenceFound} with evidence, sent ${want.answered} answered ${want.correct} ` +
					`correct ${want.evidenceFound} with evidence`
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
		const verdict = `${s.correct}/${s.points}/${s.evidencePoints}`;
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
const TICKS_PER_SECOND = 100;

function serverCpuSeconds(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return NaN;
	}
}

/**
 * Once a second, the CPU use of the server, this process and everything else: a latency spike that
 * lines up with other processes' CPU is the machine's, not the app's.
 */
function sampleCpu(pid, start) {
	const samples = [];
	let previous = cpuSnapshot(pid);
	const timer = setInterval(() => {
		const current = cpuSnapshot(pid);
		samples.push({
			second: Math.round((performance.now() - start) / 1000),
			...cpuPercent(previous, current, 1)
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

/** The machine-wide "cpu" line of /proc/stat: time in all processes, and stolen by the hypervisor. */
function machineSeconds() {
	try {
		const [user, nice, system, , , , , steal] = readFileSync('/proc/stat', 'utf8')
			.split('\n')[0]
			.trim()
			.split(/\s+/)
			.slice(1)
			.map(Number);
		return {
			processes: (user + nice + system) / TICKS_PER_SECOND,
			steal: steal / TICKS_PER_SECOND
		};
	} catch {
		return { processes: NaN, steal: NaN };
	}
}

function cpuSnapshot(pid) {
	const usage = process.cpuUsage();
	const { processes, steal } = machineSeconds();
	return {
		server: serverCpuSeconds(pid),
		bench: (usage.user + usage.system) / 1e6,
		processes,
		steal
	};
}

/**
 * CPU use between two snapshots, in percent of one core. Other processes (a test run, a browser)
 * compete with the server for the same cores and make the latency figures unreliable.
 */
function cpuPercent(before, after, seconds) {
	const pct = (key) => round(((after[key] - before[key]) / seconds) * 100);
	return {
		server: pct('server'),
		loadGenerator: pct('bench'),
		otherProcesses: round(Math.max(0, pct('processes') - pct('server') - pct('bench'))),
		steal: pct('steal')
	};
}

function machine() {
	const cpus = os.cpus();
	return {
		node: process.version,
		platform: `${os.platform()} ${os.release()} ${os.arch()}`,
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? 'unknown',
		loadAverageAtStart: os.loadavg().map((n) => round(n))
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

function checks(figures) {
	const { join, answer, errors, dashboard } = figures;
	const row = (name, goal, measured, pass) => ({
		name,
		goal: goal ?? '-',
		measured: String(measured),
		pass: pass === undefined ? 'info' : pass ? 'pass' : 'FAIL',
		failed: pass === false
	});
	return [
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
			`${errors} (join ${join.errors}, answer ${answer.errors})`,
			errors <= GOALS.errors
		),
		row(
			'Dashboard exact',
			'yes',
			dashboard.exact ? 'yes' : `no (${dashboard.differences.length} differences)`,
			dashboard.exact
		)
	];
}

// ---------------------------------------------------------------------------------------------
// Main

async function runClass(server, options) {
	const { origin } = server;
	const questions = await publicQuestions(origin);
	const secret = await createClass(origin);
	const watch = watchDashboard(origin, secret);
	await Promise.race([watch.first, sleep(10_000)]);
	if (!watch.last)
		throw new Error(`The dashboard stream sent nothing: ${watch.error ?? 'timeout'}.`);
	const { code } = watch.last;

	// One bounded pool of keep-alive sockets for all students: a school network's NAT, roughly.
	// An idle socket is dropped after 4 s, before the server's 5 s keep-alive timeout closes it: else
	// a request sent on a socket the server is closing at that moment fails with ECONNRESET.
	const agent = new http.Agent({ keepAlive: true, maxSockets: options.sockets, timeout: 4000 });
	const joinTally = newTally();
	const answerTally = newTally();
	const loop = monitorEventLoopDelay({ resolution: 10 });
	loop.enable();
	const cpuStart = cpuSnapshot(server.child.pid);
	const loadStart = performance.now();
	const cpuSampler = sampleCpu(server.child.pid, loadStart);

	console.log(`Class ${code}: ${options.students} students join over ${options.joinSeconds} s...`);
	const joined = await joinAll({ origin, code, agent, options, tally: joinTally });
	const cpuJoined = cpuSnapshot(server.child.pid);
	const { students } = joined;
	console.log(
		`${students.length} joined; ${students.length * questions.length} answers over ${options.answerSeconds} s...`
	);
	const answered = await answerAll({
		origin,
		students,
		questions,
		agent,
		options,
		tally: answerTally
	});
	const loadEnd = performance.now();
	const cpuEnd = cpuSnapshot(server.child.pid);
	cpuSampler.stop();
	loop.disable();
	agent.destroy();

	await settle(watch, options.settleSeconds * 1000);
	watch.close();
	const expected = expectedDashboard(students, questions);
	const differences = compareDashboard(watch.last, expected);
	if (watch.error) differences.unshift(`Dashboard stream: ${watch.error}`);
	if (watch.ended) differences.unshift('The dashboard stream ended during the run.');
	const clashes = inconsistentVerdicts(students);
	// The last message that changed anything: how long after the last answer the teacher saw it.
	const lastMessageAt = watch.messages.at(-1)?.at ?? NaN;

	const join = {
		requested: options.students,
		seconds: round(joined.timing.seconds),
		maxScheduleLagMs: joined.timing.maxScheduleLagMs,
		latencyMs: latencySummary(joinTally.latencies),
		statuses: joinTally.statuses,
		errors: errorsOf(joinTally),
		networkErrors: joinTally.networkErrors,
		errorSamples: joinTally.samples,
		cpuPercentOfOneCore: cpuPercent(cpuStart, cpuJoined, joined.timing.seconds)
	};
	const answer = {
		questions: questions.length,
		sent: answerTally.latencies.length,
		perSecond: round(answerTally.latencies.length / answered.seconds),
		seconds: round(answered.seconds),
		maxScheduleLagMs: answered.maxScheduleLagMs,
		latencyMs: latencySummary(answerTally.latencies),
		statuses: answerTally.statuses,
		correct: students.flatMap((s) => s.sent).filter((s) => s.correct).length,
		errors: errorsOf(answerTally),
		networkErrors: answerTally.networkErrors,
		errorSamples: answerTally.samples,
		inconsistentVerdicts: clashes,
		cpuPercentOfOneCore: cpuPercent(cpuJoined, cpuEnd, answered.seconds)
	};
	return {
		classCode: code,
		join,
		answer,
		errors: join.errors + answer.errors,
		dashboard: {
			exact: differences.length === 0 && clashes.length === 0,
			differences: differences.slice(0, 50),
			differenceCount: differences.length,
			studentsShown: watch.last?.students?.length ?? 0,
			lastMessageAfterLoadMs: round(lastMessageAt - loadEnd),
			messages: messageFigures(watch, loadStart, loadEnd)
		},
		loadGenerator: {
			eventLoopDelayMs: {
				p50: round(loop.percentile(50) / 1e6),
				p99: round(loop.percentile(99) / 1e6),
				max: round(loop.max / 1e6)
			}
		},
		cpuPercentOfOneCore: cpuPercent(cpuStart, cpuEnd, (loadEnd - loadStart) / 1000),
		timeline: timeline(loadStart, { join: joinTally, answer: answerTally }, cpuSampler.samples)
	};
}

function describe(f) {
	const ms = (l) => `p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max} ms`;
	const cpu = (c) =>
		`server ${c.server}%, load generator ${c.loadGenerator}%, other processes ${c.otherProcesses}%`;
	const d = f.dashboard;
	return [
		`Joins: ${f.join.latencyMs.count} in ${f.join.seconds} s; ${ms(f.join.latencyMs)}; ` +
			`statuses ${JSON.stringify(f.join.statuses)}; CPU of one core: ${cpu(f.join.cpuPercentOfOneCore)}.`,
		`Answers: ${f.answer.sent} (${f.answer.questions} questions each, ${f.answer.perSecond}/s, ` +
			`${f.answer.correct} correct) in ${f.answer.seconds} s; ${ms(f.answer.latencyMs)}; ` +
			`statuses ${JSON.stringify(f.answer.statuses)}; CPU of one core: ${cpu(f.answer.cpuPercentOfOneCore)}.`,
		`Dashboard: ${d.messages.total} messages (${d.messages.duringLoad} during the load, gaps ` +
			`${ms(d.messages.gapMs)}), last ${(d.messages.lastBytes / 1024).toFixed(1)} KB, ` +
			`${d.lastMessageAfterLoadMs} ms after the last answer; ${d.studentsShown} students shown.`,
		`Load generator: fell up to ${f.join.maxScheduleLagMs} ms (joins) / ${f.answer.maxScheduleLagMs} ms ` +
			`(answers) behind schedule; its event-loop delay p99 ${f.loadGenerator.eventLoopDelayMs.p99} ms, ` +
			`max ${f.loadGenerator.eventLoopDelayMs.max} ms.`,
		...(f.cpuPercentOfOneCore.otherProcesses + f.cpuPercentOfOneCore.steal > 20
			? [
					'WARNING: other work competed for the CPU during the load; the latency figures are unreliable.'
				]
			: []),
		...d.differences.slice(0, 10).map((line) => `  dashboard difference: ${line}`),
		...f.answer.inconsistentVerdicts.slice(0, 10).map((k) => `  inconsistent verdicts for ${k}`),
		...[...f.join.errorSamples, ...f.answer.errorSamples].map(
			(s) => `  error sample: ${JSON.stringify(s)}`
		)
	];
}

async function main() {
	const options = readOptions();
	const started = { date: new Date().toISOString(), machine: machine() };
	build(options);
	const server = await startServer({ label: 'class-bench', cpuProfDir: options.cpuProfDir });
	let figures;
	try {
		figures = await runClass(server, options);
	} finally {
		await stopServer(server);
	}
	describe(figures).forEach((line) => console.log(`  ${line}`));
	const rows = checks(figures);
	printTable(rows);
	const passed = rows.every((r) => !r.failed);
	const report = {
		...started,
		options,
		goals: GOALS,
		passed,
		checks: rows.map(({ failed, ...row }) => ({ ...row, passed: !failed })),
		figures
	};
	writeFileSync(RESULTS_FILE, JSON.stringify(report, null, '\t') + '\n');
	console.log(`\n${passed ? 'All goals met.' : 'Some goals MISSED.'} Wrote ${RESULTS_FILE}.`);
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
