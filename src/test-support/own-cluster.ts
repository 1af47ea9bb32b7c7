// Test helper: a throwaway PostgreSQL cluster of one test file's own, for the specs that stop or
// restart it (the shared cluster must not go down under other tests), with these databases made.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startCluster } from '../../scripts/pg-cluster.mjs';

export type Cluster = Awaited<ReturnType<typeof startCluster>>;

/** The cluster, once the file's tests start; stopped after them. */
export function ownCluster(databases: readonly string[]): () => Cluster {
	let cluster: Cluster | undefined;
	beforeAll(async () => {
		cluster = await startCluster();
		const admin = new pg.Client(cluster.url);
		await admin.connect();
		for (const name of databases) await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
	}, 60_000);
	afterAll(() => cluster?.stop());
	return () => cluster!;
}
