// Live across instances: each instance hears, through PostgreSQL's LISTEN/NOTIFY, the changes the
// other instances wrote to the classes it shows (migration 0010's triggers announce them on commit),
// and brings its dashboards and students' streams up to date. No broker beside the database.
// SQLite is one process: it has nothing to hear, and changes stay in-process (server/live/).
import pg from 'pg';
import * as z from 'zod';
import { CLASS_CHANGES_CHANNEL } from './migrations';

/** JSON text as stored; null when it is not the value expected (the dashboard is then built again). */
const jsonOf = <T>(is: (value: unknown) => value is T) =>
	z.string().transform((text): T | null => {
		try {
			const value: unknown = JSON.parse(text);
			return is(value) ? value : null;
		} catch {
			return null;
		}
	});
const isGiven = (value: unknown): value is string | number =>
	typeof value === 'string' || typeof value === 'number';
const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * One change another instance made, as the triggers announce it (migrations.ts), read into named
 * fields: the one place that knows the wire's one-letter keys (NOTIFY holds 8 KB). The wire stays as
 * it is: instances of an older build may still send it. `i` says whose change it is (an instance's
 * changes come back to it too).
 */
export const Announcement = z.discriminatedUnion('k', [
	z
		.object({
			i: z.string(),
			k: z.literal('answer'),
			c: z.string(),
			s: z.string(),
			q: z.string(),
			g: jsonOf(isGiven),
			e: jsonOf(isStrings)
		})
		.transform(({ i, c, s, q, g, e }) => ({
			from: i,
			change: { kind: 'answer' as const, classId: c, seatId: s, questionId: q, given: g, cited: e }
		})),
	z
		.object({
			i: z.string(),
			k: z.literal('join'),
			c: z.string(),
			s: z.string(),
			n: z.string(),
			a: z.string()
		})
		.transform(({ i, c, s, n, a }) => ({
			from: i,
			change: { kind: 'join' as const, classId: c, seatId: s, nickname: n, attemptKey: a }
		})),
	z
		.object({ i: z.string(), k: z.literal('remove'), c: z.string(), s: z.string() })
		.transform(({ i, c, s }) => ({
			from: i,
			change: { kind: 'remove' as const, classId: c, seatId: s }
		})),
	/** The class row changed; `p` when its pace did (the next question, closing). */
	z
		.object({ i: z.string(), k: z.literal('class'), c: z.string(), p: z.boolean() })
		.transform(({ i, c, p }) => ({
			from: i,
			change: { kind: 'class' as const, classId: c, paceChanged: p }
		})),
	z
		.object({ i: z.string(), k: z.literal('gone'), c: z.string() })
		.transform(({ i, c }) => ({ from: i, change: { kind: 'gone' as const, classId: c } })),
	/** Something too big to announce: read the class again. */
	z
		.object({ i: z.string(), k: z.literal('resync'), c: z.string() })
		.transform(({ i, c }) => ({ from: i, change: { kind: 'resync' as const, classId: c } }))
]);

/**
 * One change another instance made, by name. An answer's `given` and `cited` are null when what
 * was stored could not be read as an answer: the class's dashboard is then built again.
 */
export type ClassChange = z.output<typeof Announcement>['change'];

export interface ClassChangeListener {
	/** A change another instance made. */
	heard(change: ClassChange): void;
	/**
	 * The connection was lost and is back: what was announced in between is not known, so every
	 * kept view is read again.
	 */
	resync(): void;
}

/** How long to wait before connecting again, doubling from the first to the last. */
const RETRY_FIRST_MS = 200;
const RETRY_MOST_MS = 5_000;

/**
 * Listens on one connection of its own (LISTEN holds it), connecting again by itself, with a
 * growing wait, whenever it is lost (PostgreSQL restarted): then `resync` is called.
 */
export function listenForClassChanges(
	url: string,
	instance: string,
	listener: ClassChangeListener,
	log: (message: string) => void = (message) => console.error(message)
): { ready: Promise<void>; close(): Promise<void> } {
	let client: pg.Client | undefined;
	let closed = false;
	let wait = RETRY_FIRST_MS;
	let timer: NodeJS.Timeout | undefined;
	let connectedBefore = false;
	let markReady: () => void;
	const ready = new Promise<void>((resolve) => (markReady = resolve));

	const onNotification = (message: pg.Notification) => {
		if (message.channel !== CLASS_CHANGES_CHANNEL || !message.payload) return;
		let payload: unknown;
		try {
			payload = JSON.parse(message.payload);
		} catch {
			return;
		}
		const read = Announcement.safeParse(payload);
		if (!read.success) return log(`A class change could not be read: ${message.payload}`);
		if (read.data.from !== instance) listener.heard(read.data.change);
	};

	const connect = async () => {
		if (closed) return;
		const next = new pg.Client({ connectionString: url, application_name: `${instance}:listen` });
		const lost = (error?: Error) => {
			if (client !== next) return;
			client = undefined;
			next.removeAllListeners('notification');
			next.end().catch(() => {});
			if (closed) return;
			log(`Class changes: connection lost (${error?.message ?? 'ended'}), connecting again.`);
			schedule();
		};
		client = next;
		next.on('error', lost);
		next.on('end', () => lost());
		next.on('notification', onNotification);
		try {
			await next.connect();
			await next.query(`LISTEN ${CLASS_CHANGES_CHANNEL}`);
		} catch (error) {
			lost(error as Error);
			return;
		}
		if (client !== next) return;
		wait = RETRY_FIRST_MS;
		if (connectedBefore) listener.resync();
		connectedBefore = true;
		markReady();
	};
	const schedule = () => {
		timer = setTimeout(connect, wait);
		timer.unref();
		wait = Math.min(wait * 2, RETRY_MOST_MS);
	};
	void connect();

	return {
		ready,
		async close() {
			closed = true;
			clearTimeout(timer);
			const open = client;
			client = undefined;
			await open?.end().catch(() => {});
		}
	};
}
