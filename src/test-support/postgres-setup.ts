// Vitest global setup: one throwaway PostgreSQL cluster for the whole run (scripts/pg-cluster.mjs),
// stopped afterwards however the run ends. PG_TEST_URL names a server to use instead.
import type { TestProject } from 'vitest/node';
import { startCluster } from '../../scripts/pg-cluster.mjs';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A superuser connection to the test cluster's `postgres` database. */
		postgresUrl: string;
	}
}

export default async function setup(project: TestProject): Promise<() => void> {
	const given = process.env.PG_TEST_URL;
	const cluster = given ? { url: given, stop: () => {} } : await startCluster();
	// Also when the run is cut short: the cluster never outlives it.
	process.once('exit', cluster.stop);
	project.provide('postgresUrl', cluster.url);
	return cluster.stop;
}
