// Queries built and compiled once, then run with new values each time. Building a Kysely query and
// compiling it to SQL cost more CPU than SQLite takes to run it, and the answer path made the same
// four statements again for every answer (answer-path.bench.ts; the figures: docs/benchmarks.md).
import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import { prepareStatement } from './prepared-statements';
import type { Database } from './schema';

/** Stands in for one value while the query is built; the value takes its place at each run. */
class Slot {
	constructor(readonly name: string) {}
}

/**
 * The query `build` makes, compiled now, run with `values` by the function returned (on the
 * database it was compiled for, or a transaction of it). `build` gets stand-ins for the values: it
 * may pass each to Kysely as a value, as in `.where('key', '=', v.key)`, but not look at it (no
 * `v.key.length`, no `if (v.key)`): the query must be the same whatever the values. Compiled once
 * per database, so each engine has its own SQL and placeholders; on PostgreSQL each connection
 * prepares it once (prepared-statements.ts).
 */
export function compiledQuery<V extends Record<string, unknown>, R>(
	kysely: Kysely<Database>,
	build: (values: V) => Compilable<R>
): (values: V, executor?: Kysely<Database>) => Promise<QueryResult<R>> {
	const slots = new Map<string, Slot>();
	const standIns = new Proxy({} as V, {
		get: (_, name) => {
			if (typeof name !== 'string') return undefined;
			let slot = slots.get(name);
			if (!slot) slots.set(name, (slot = new Slot(name)));
			return slot;
		}
	});
	const compiled: CompiledQuery<R> = build(standIns).compile();
	// On PostgreSQL, parsed and planned once per connection too.
	prepareStatement(compiled.sql);
	// Where each value goes among the parameters; any other parameter is a constant of the query.
	const places = compiled.parameters.map((p) => (p instanceof Slot ? p.name : null));
	return (values, executor = kysely) =>
		executor.executeQuery<R>({
			...compiled,
			parameters: places.map((name, i) => (name === null ? compiled.parameters[i] : values[name]))
		});
}
