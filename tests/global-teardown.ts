// Removes this run's database file (and SQLite's side files) from the temporary folder.
import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
	const db = process.env.SC_E2E_DATABASE;
	if (!db) return;
	for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
}
