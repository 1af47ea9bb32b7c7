// Article packs in the database: each version's content under a hash of it, the built-in packs
// seeded at start (read-only), and which version of a pack is the current one.
import { createHash } from 'node:crypto';
import { parseArticlePack, type ArticlePack } from '../content/schema';
import type { Db } from './database';

export interface PackRow {
	id: string;
	builtIn: boolean;
	title: string;
	/** The current version; null for a pack that has only a draft so far. */
	version: string | null;
	createdAt: number;
	updatedAt: number;
	playedAt: number | null;
}

interface RawPack {
	id: string;
	built_in: number;
	title: string;
	version: string | null;
	created_at: number;
	updated_at: number;
	played_at: number | null;
}

const toPack = (r: RawPack): PackRow => ({
	id: r.id,
	builtIn: r.built_in === 1,
	title: r.title,
	version: r.version,
	createdAt: r.created_at,
	updatedAt: r.updated_at,
	playedAt: r.played_at
});

/** A version names its content exactly: the first 24 base64url characters of its SHA-256. */
export function versionOf(pack: ArticlePack): string {
	return createHash('sha256').update(JSON.stringify(pack)).digest('base64url').slice(0, 24);
}

export function createPackStore(db: Db, now: () => number = Date.now) {
	const selectPack = db.prepare<[string], RawPack>(
		'SELECT id, built_in, title, version, created_at, updated_at, played_at FROM packs WHERE id = ?'
	);
	const selectBuiltIn = db.prepare<[], RawPack>(
		'SELECT id, built_in, title, version, created_at, updated_at, played_at FROM packs WHERE built_in = 1 ORDER BY created_at, id'
	);
	const selectContent = db.prepare<[string], { content: string; pack_id: string }>(
		'SELECT content, pack_id FROM pack_versions WHERE version = ?'
	);
	const insertVersion = db.prepare(
		'INSERT OR IGNORE INTO pack_versions (version, pack_id, content, created_at) VALUES (?, ?, ?, ?)'
	);
	const upsertBuiltIn = db.prepare(
		`INSERT INTO packs (id, built_in, title, version, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?)
		 ON CONFLICT (id) DO UPDATE SET title = excluded.title, version = excluded.version,
		 updated_at = CASE WHEN packs.version IS excluded.version THEN packs.updated_at ELSE excluded.updated_at END`
	);
	// Rows written before packs were versioned played the built-in pack of the same id.
	const adoptAttempts = db.prepare(
		'UPDATE attempts SET pack_version = ? WHERE pack_id = ? AND pack_version IS NULL'
	);
	const adoptClasses = db.prepare(
		'UPDATE classes SET pack_version = ? WHERE pack_id = ? AND pack_version IS NULL'
	);

	return {
		/**
		 * Stores the app's built-in packs, in order, as read-only packs whose current version is the
		 * one shipped; older versions stay, for the attempts and classes played on them.
		 */
		seedBuiltIn: db.transaction((packs: readonly ArticlePack[]): Map<string, string> => {
			const versions = new Map<string, string>();
			packs.forEach((pack, i) => {
				const version = versionOf(pack);
				const at = now();
				// Keep the order given: created_at breaks ties by position.
				upsertBuiltIn.run(pack.id, pack.title, version, i, at);
				insertVersion.run(version, pack.id, JSON.stringify(pack), at);
				adoptAttempts.run(version, pack.id);
				adoptClasses.run(version, pack.id);
				versions.set(pack.id, version);
			});
			return versions;
		}),

		get(id: string): PackRow | undefined {
			const row = selectPack.get(id);
			return row && toPack(row);
		},

		builtIn(): PackRow[] {
			return selectBuiltIn.all().map(toPack);
		},

		/** A version's pack, parsed again by the schema (a stored pack is checked like any other). */
		content(version: string): { packId: string; pack: ArticlePack } | undefined {
			const row = selectContent.get(version);
			return row && { packId: row.pack_id, pack: parseArticlePack(JSON.parse(row.content)) };
		}
	};
}

export type PackStore = ReturnType<typeof createPackStore>;
