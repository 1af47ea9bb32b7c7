// On PostgreSQL the queries compiled once (compiled-query.ts) also run as named prepared statements:
// each connection parses and plans one the first time it runs it, not every time. Parsing and
// planning was most of PostgreSQL's work on the answer path (the figures: docs/benchmarks.md).
//
// Only the texts marked here are prepared, so each connection keeps a bounded set (the compiled
// queries are made once, when the stores are). A statement prepared before a migration changed
// the columns it returns fails with "cached plan must not change result type" (an instance still
// running while another migrates): it is prepared again under a new name, once.
import type pg from 'pg';

const names = new Map<string, string>();
let renamed = 0;

/** Marks a SQL text to run as a named prepared statement wherever it runs on PostgreSQL. */
export function prepareStatement(text: string): void {
	if (!names.has(text)) names.set(text, `source_check_${names.size}`);
}

const RESULT_TYPE_CHANGED = '0A000';

type Query = (...args: unknown[]) => Promise<pg.QueryResult>;

/** Makes a new connection run the marked texts as named prepared statements (the pool's 'connect'). */
export function preparing(client: pg.PoolClient): void {
	const query = client.query.bind(client) as unknown as Query;
	const run = (text: string, values: unknown[]): Promise<pg.QueryResult> => {
		const name = names.get(text)!;
		return query({ name, text, values }).catch((error: { code?: string }) => {
			if (error?.code !== RESULT_TYPE_CHANGED) throw error;
			// Renamed once for every connection (another may have done it already).
			if (names.get(text) === name) names.set(text, `source_check_${names.size + renamed++}_again`);
			return query({ name: names.get(text), text, values });
		});
	};
	client.query = ((...args: unknown[]) => {
		const [text, values] = args;
		return typeof text === 'string' && names.has(text) && Array.isArray(values) && args.length === 2
			? run(text, values)
			: query(...args);
	}) as typeof client.query;
}
