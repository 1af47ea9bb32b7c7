// Types of pg-cluster.mjs, for the Vitest global setup that imports it.
export function ensurePostgres(): string;
export function startCluster(): Promise<{
	url: string;
	stop: () => void;
	down: () => void;
	up: () => void;
	restart: () => Promise<void>;
}>;
