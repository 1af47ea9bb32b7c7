// Reads and validates the server's environment once; every setting has a safe default.
import * as z from 'zod';

const Env = z.object({
	DATABASE_URL: z
		.string()
		.trim()
		.min(1)
		.default('./data/source-check.db')
		.transform((url) => url.replace(/^(sqlite|file):(\/\/)?/, '')),
	/** PostgreSQL only: the most connections one instance holds open. */
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
	/** Largest request body the API reads, in bytes. */
	MAX_BODY_BYTES: z.coerce.number().int().min(256).max(1_000_000).default(4096),
	/** Attempts older than this are deleted, with their answers. */
	ATTEMPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
	/** Classes older than this are deleted with their seats and answers. */
	CLASS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
	/** Wrong join codes one address may try in ten minutes. */
	JOIN_FAILURES_PER_10_MIN: z.coerce.number().int().min(1).max(100_000).default(30),
	/** Live event streams one network address may hold open; a school may share one address. */
	STREAMS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(500),
	/** Open connections one remote address may hold (0: no cap). Unset: room for every stream
	 * STREAMS_PER_ADDRESS allows, and none behind a proxy (ADDRESS_HEADER set), where every
	 * connection is the proxy's (connection-limits.ts). */
	CONNECTIONS_PER_ADDRESS: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z.coerce.number().int().min(0).max(10_000_000).optional()
	),
	/** Open connections in all; unset: as many as the open-file limit leaves room for. */
	MAX_CONNECTIONS: z.coerce.number().int().min(10).max(10_000_000).optional(),
	/** Seconds a connection may send nothing: before its first request or between two. */
	CONNECTION_IDLE_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
	/** New attempts one address may start in ten minutes (a burst of this many, then evenly). */
	ATTEMPTS_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(600),
	/** New classes one address may create in ten minutes. */
	CLASSES_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(60),
	/** Joins (seats taken, or tried with any code) one address may make in ten minutes. */
	JOINS_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(600),
	/** Authoring suggestions (POST /api/drafts) one address may ask for in ten minutes. */
	DRAFTS_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(120),
	/** Saves of a draft on the authoring page (it saves as the teacher types) per address. */
	DRAFT_SAVES_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(1_200),
	/** Largest POST /api/drafts body, in bytes: an article of 20,000 characters, as JSON. */
	DRAFT_MAX_BODY_BYTES: z.coerce.number().int().min(4096).max(1_000_000).default(65_536),
	/** Addresses each limiter remembers at most; the least recently seen are forgotten first. */
	RATE_LIMIT_MAX_ADDRESSES: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
	/** Pack files one address may publish in ten minutes. */
	PACKS_PER_10_MIN: z.coerce.number().int().min(1).max(1_000_000).default(30),
	/** Largest pack file read, in bytes (an article of 20,000 characters and its data fit well). */
	MAX_PACK_BYTES: z.coerce.number().int().min(4096).max(10_000_000).default(262_144),
	/** A teacher's pack nobody has played for this long is deleted, unless a result still uses it. */
	PACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
	/** The most seats a class can have; a teacher may set fewer for an exercise. */
	MAX_SEATS_PER_CLASS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
	/** adapter-node's: the header that carries the client's address behind a proxy, and for
	 * x-forwarded-for how many proxies from the right to trust. */
	ADDRESS_HEADER: z.string().trim().toLowerCase().optional(),
	XFF_DEPTH: z.coerce.number().int().min(1).max(100).default(1),
	/** adapter-node's: the public origin, or the header that names the protocol behind a proxy. */
	ORIGIN: z.url().optional(),
	PROTOCOL_HEADER: z.string().trim().toLowerCase().optional(),
	HOST_HEADER: z.string().trim().toLowerCase().optional(),
	PORT_HEADER: z.string().trim().toLowerCase().optional()
});

export type Env = z.infer<typeof Env>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
	const result = Env.safeParse(source);
	if (!result.success) {
		throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
	}
	return result.data;
}
