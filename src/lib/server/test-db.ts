// Test helper: a real SQLite file in a fresh temp folder, removed after the test file runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openDatabase, type Db } from './database';

export function tempDatabase(): { db: Db; path: string } {
	const dir = mkdtempSync(join(tmpdir(), 'source-check-test-'));
	const path = join(dir, 'nested', 'test.db');
	const db = openDatabase(path);
	afterAll(() => {
		db.close();
		rmSync(dir, { recursive: true, force: true });
	});
	return { db, path };
}
