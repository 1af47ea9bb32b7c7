// The machine a bench runs on, and where its CPU time and memory go (Linux's /proc; NaN or
// undefined elsewhere): what each results file records beside its figures.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { round } from './load.mjs';

/** The machine, and its load average as the bench starts: other work skews latency figures. */
export function machine() {
	const cpus = os.cpus();
	return {
		node: process.version,
		platform: `${os.platform()} ${os.release()} ${os.arch()}`,
		cpus: cpus.length,
		cpuModel: cpus[0]?.model ?? 'unknown',
		memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		// Other work on the machine skews the latency figures; this hints whether there was any.
		loadAverageAtStart: os.loadavg().map((n) => round(n))
	};
}

/** /proc's unit of CPU time (USER_HZ). */
export const TICKS_PER_SECOND = 100;

/**
 * The machine-wide "cpu" line of /proc/stat, by field name, in ticks.
 * @typedef {Record<'user' | 'nice' | 'system' | 'idle' | 'iowait' | 'irq' | 'softirq' | 'steal', number>} MachineTicks
 * @returns {MachineTicks}
 */
export function machineTicks() {
	const names = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal'];
	let ticks = names.map(() => NaN);
	try {
		ticks = readFileSync('/proc/stat', 'utf8')
			.split('\n')[0]
			.trim()
			.split(/\s+/)
			.slice(1)
			.map(Number);
	} catch {
		// Not Linux: NaN throughout.
	}
	return /** @type {MachineTicks} */ (Object.fromEntries(names.map((name, i) => [name, ticks[i]])));
}

/**
 * /proc/PID/stat from its 3rd field on: the command name before it may hold spaces and ")".
 * @param {number | string} pid
 */
export function statFields(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
/** Indexes into statFields: the parent, and CPU time (own, then of children waited for) in ticks. */
export const [PPID, UTIME, STIME, CUTIME, CSTIME] = [1, 11, 12, 13, 14];

/** A process's own CPU time so far, in seconds; NaN when it is gone. @param {number} pid */
export function cpuSecondsOf(pid) {
	try {
		const fields = statFields(pid);
		return (Number(fields[UTIME]) + Number(fields[STIME])) / TICKS_PER_SECOND;
	} catch {
		return NaN;
	}
}

/**
 * A process's resident memory now (VmRSS) and its peak so far (VmHWM), in MB; undefined when it
 * is gone (an exited process not yet reaped has no memory lines).
 * @param {number} pid
 * @returns {{ rss: number, hwm: number } | undefined}
 */
export function memoryOf(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		/** @param {string} name */
		const kbOf = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
		const [rss, hwm] = [kbOf('VmRSS'), kbOf('VmHWM')];
		return Number.isFinite(rss) && Number.isFinite(hwm)
			? { rss: rss / 1024, hwm: hwm / 1024 }
			: undefined;
	} catch {
		return undefined;
	}
}
