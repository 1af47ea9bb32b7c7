// Article packs in the database: each version's content under a hash of it, the built-in packs
// seeded at start (read-only), and which version of a pack is the current one.
import { createHash, randomBytes } from 'node:crypto';
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

/**
 * A version names one pack's content exactly: the first 24 base64url characters of the SHA-256 of
 * the pack's id and content (two packs with the same content keep versions of their own).
 */
export function versionOf(pack: ArticlePack, packId: string = pack.id): string {
	return createHash('sha256')
		.update(`${packId}\n${JSON.stringify(pack)}`)
		.digest('base64url')
		.slice(0, 24);
}

/** A teacher's pack: an unlisted id for its play link, and the secret of its edit link. */
export const USER_PACK_ID = /^[A-Za-z0-9_-]{12}$/;
export const EDIT_SECRET = /^[A-Za-z0-9_-]{32}$/;
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

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
	const insertPack = db.prepare(
		`INSERT INTO packs (id, edit_secret_hash, built_in, title, version, created_at, updated_at)
		 VALUES (?, ?, 0, ?, ?, ?, ?)`
	);
	// At most one write a day per pack, however often it is played.
	const touch = db.prepare(
		`UPDATE packs SET played_at = :at WHERE id = :id AND built_in = 0
		 AND (played_at IS NULL OR played_at < :at - 86400000)`
	);
	const selectByEditSecret = db.prepare<[string], RawPack & { draft: string | null }>(
		`SELECT id, built_in, title, version, created_at, updated_at, played_at, draft
		 FROM packs WHERE edit_secret_hash = ? AND built_in = 0`
	);
	const updateDraft = db.prepare(
		'UPDATE packs SET draft = ?, title = ?, draft_updated_at = ?, updated_at = ? WHERE id = ? AND built_in = 0'
	);
	const setVersion = db.prepare(
		'UPDATE packs SET version = ?, title = ?, updated_at = ? WHERE id = ? AND built_in = 0'
	);
	// A pack's versions that are neither its current one nor played by anyone: old previews.
	const dropUnusedVersions = db.prepare(
		`DELETE FROM pack_versions WHERE pack_id = :id AND version <> :keep
		 AND version IS NOT (SELECT version FROM packs WHERE id = :id)
		 AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.pack_version = pack_versions.version)
		 AND NOT EXISTS (SELECT 1 FROM classes c WHERE c.pack_version = pack_versions.version)`
	);
	// A teacher's pack nobody has played or edited for a while goes, unless an attempt or class
	// still uses it.
	const purgeUnplayed = db.prepare(
		`DELETE FROM packs WHERE built_in = 0 AND max(coalesce(played_at, 0), updated_at) < ?
		 AND NOT EXISTS (SELECT 1 FROM pack_versions v JOIN attempts a ON a.pack_version = v.version
		                 WHERE v.pack_id = packs.id)
		 AND NOT EXISTS (SELECT 1 FROM pack_versions v JOIN classes c ON c.pack_version = v.version
		                 WHERE v.pack_id = packs.id)`
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

		/** Stores a teacher's pack, published; the edit secret is returned once and kept as a hash. */
		create: db.transaction((pack: ArticlePack): { row: PackRow; editSecret: string } => {
			const id = randomBytes(9).toString('base64url');
			const editSecret = randomBytes(24).toString('base64url');
			const version = versionOf(pack, id);
			const at = now();
			insertPack.run(id, hashSecret(editSecret), pack.title, version, at, at);
			insertVersion.run(version, id, JSON.stringify(pack), at);
			return { row: toPack(selectPack.get(id)!), editSecret };
		}),

		/**
		 * Starts a teacher's pack on the authoring page: a draft, not yet playable, kept under an
		 * edit secret returned once (only its hash is stored).
		 */
		createDraft(title: string, draft: string): { row: PackRow; editSecret: string } {
			const id = randomBytes(9).toString('base64url');
			const editSecret = randomBytes(24).toString('base64url');
			const at = now();
			insertPack.run(id, hashSecret(editSecret), title, null, at, at);
			updateDraft.run(draft, title, at, at, id);
			return { row: toPack(selectPack.get(id)!), editSecret };
		},

		/** The teacher's pack an edit link opens, with its saved draft (null for a pack file's). */
		byEditSecret(secret: string): { row: PackRow; draft: string | null } | undefined {
			if (!EDIT_SECRET.test(secret)) return undefined;
			const found = selectByEditSecret.get(hashSecret(secret));
			return found && { row: toPack(found), draft: found.draft };
		},

		/** Saves the draft as it stands; what is played does not change until it is published. */
		saveDraft(id: string, title: string, draft: string): void {
			const at = now();
			updateDraft.run(draft, title, at, at, id);
		},

		/**
		 * Stores a version of a teacher's pack without making it the current one (a preview), and
		 * drops the pack's older versions that nobody played.
		 */
		storeVersion: db.transaction((id: string, pack: ArticlePack): string => {
			const version = versionOf(pack, id);
			insertVersion.run(version, id, JSON.stringify(pack), now());
			dropUnusedVersions.run({ id, keep: version });
			return version;
		}),

		/**
		 * Makes a new version of a teacher's pack the one its play link plays. Attempts, shares and
		 * classes keep the version they were played on.
		 */
		publish: db.transaction((id: string, pack: ArticlePack): PackRow => {
			const version = versionOf(pack, id);
			const at = now();
			insertVersion.run(version, id, JSON.stringify(pack), at);
			setVersion.run(version, pack.title, at, id);
			dropUnusedVersions.run({ id, keep: version });
			return toPack(selectPack.get(id)!);
		}),

		/** Notes that a teacher's pack was played (its retention counts from here). */
		markPlayed(id: string): void {
			touch.run({ at: now(), id });
		},

		/** Deletes teachers' packs last played (or made) before a time, when nothing refers to them. */
		purgeUnplayedBefore(time: number): number {
			return purgeUnplayed.run(time).changes;
		},

		get(id: string): PackRow | undefined {
			const row = selectPack.get(id);
			return row && toPack(row);
		},

		builtIn(): PackRow[] {
			return selectBuiltIn.all().map(toPack);
		},

		/** A version's pack, parsed again by the schema (a stored pack is checked like any other). */
		content(version: string): { packId: string; pack: ArticlePack } | undefined {
			if (version.length > 64) return undefined;
			const row = selectContent.get(version);
			return row && { packId: row.pack_id, pack: parseArticlePack(JSON.parse(row.content)) };
		}
	};
}

export type PackStore = ReturnType<typeof createPackStore>;
