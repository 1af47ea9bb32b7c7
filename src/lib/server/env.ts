// Reads and validates the server's environment once; every setting has a safe default.
import * as z from 'zod';

const Env = z.object({
	DATABASE_URL: z
		.string()
		.trim()
		.min(1)
		.default('./data/source-check.db')
		.transform((url) => url.replace(/^(sqlite|file):(\/\/)?/, '')),
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
