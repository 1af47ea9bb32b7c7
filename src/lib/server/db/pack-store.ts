// Article packs in the database: each version's content under a hash of it, the built-in packs
// seeded at start (read-only), and which version of a pack is the current one.
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { LRUCache } from 'lru-cache';
import { createHash, randomBytes } from 'node:crypto';
import { ArticlePack } from '../../content/schema';
import { sql, type Db } from './database';
import type { Database, PacksTable } from './schema';

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

const PACK_COLUMNS = [
	'id',
	'built_in',
	'title',
	'version',
	'created_at',
	'updated_at',
	'played_at'
] as const;
type RawPack = Pick<Selectable<PacksTable>, (typeof PACK_COLUMNS)[number]>;

const DAY_MS = 86_400_000;

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
/**
 * What any pack id looks like, a teacher's or a built-in one's slug: an id from a request is
 * checked before it is looked up, as PostgreSQL errs on a NUL in it.
 */
const PACK_ID = /^[A-Za-z0-9_-]+$/;
export const EDIT_SECRET = /^[A-Za-z0-9_-]{32}$/;
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** A version's content as checked: the pack, whose row it belongs to, and its size as stored. */
export interface StoredPack {
	packId: string;
	pack: ArticlePack;
	/** The stored JSON's length: what caches weigh it by. */
	bytes: number;
}

/** How much checked pack content the store keeps, by the length of its JSON. */
export const CHECKED_PACK_BYTES = 16 * 1024 * 1024;

export function createPackStore(db: Db, now: () => number = Date.now) {
	const { kysely } = db;
	const checked = new LRUCache<string, StoredPack>({
		maxSize: CHECKED_PACK_BYTES,
		sizeCalculation: (stored) => stored.bytes || 1
	});
	const selectPack = (id: string, executor: Kysely<Database> = kysely) =>
		executor.selectFrom('packs').select(PACK_COLUMNS).where('id', '=', id).executeTakeFirst();
	const insertVersion = (
		executor: Kysely<Database>,
		version: string,
		packId: string,
		pack: ArticlePack,
		at: number
	) =>
		executor
			.insertInto('pack_versions')
			.values({ version, pack_id: packId, content: JSON.stringify(pack), created_at: at })
			.onConflict((oc) => oc.column('version').doNothing())
			.execute();
	const insertPack = (
		executor: Kysely<Database>,
		values: { id: string; editSecret: string; title: string; version: string | null; at: number }
	) =>
		executor
			.insertInto('packs')
			.values({
				id: values.id,
				edit_secret_hash: hashSecret(values.editSecret),
				built_in: 0,
				title: values.title,
				version: values.version,
				created_at: values.at,
				updated_at: values.at
			})
			.execute();
	const updateDraft = (id: string, title: string, draft: string, at: number) =>
		kysely
			.updateTable('packs')
			.set({ draft, title, draft_updated_at: at, updated_at: at })
			.where('id', '=', id)
			.where('built_in', '=', 0)
			.execute();
	// No one but the author played it: the author's rounds on a preview are no play (migration 0013).
	const playedOn = (eb: ExpressionBuilder<Database, 'pack_versions'>) =>
		eb.or([
			eb.exists(
				eb
					.selectFrom('attempts as a')
					.select('a.key')
					.whereRef('a.pack_version', '=', 'pack_versions.version')
					.where('a.preview', '=', 0)
			),
			eb.exists(
				eb
					.selectFrom('classes as c')
					.select('c.id')
					.whereRef('c.pack_version', '=', 'pack_versions.version')
			)
		]);
	// Deletes versions with the author's rounds on them (and, by cascade, their answers).
	const deleteVersions = async (executor: Kysely<Database>, versions: string[]) => {
		for (let i = 0; i < versions.length; i += 500) {
			const some = versions.slice(i, i + 500);
			await executor
				.deleteFrom('attempts')
				.where('pack_version', 'in', some)
				.where('preview', '=', 1)
				.execute();
			await executor.deleteFrom('pack_versions').where('version', 'in', some).execute();
		}
	};
	// A pack's versions that are neither its current one (nor `keep`) nor played by anyone but its
	// author: older previews, and published versions nobody played. So a draft keeps one preview.
	const dropUnusedVersions = async (executor: Kysely<Database>, id: string, keep: string) => {
		const unused = await executor
			.selectFrom('pack_versions')
			.select('version')
			.where('pack_id', '=', id)
			.where('version', '<>', keep)
			.where(
				'version',
				'is distinct from',
				executor.selectFrom('packs').select('version').where('id', '=', id)
			)
			.where((eb) => eb.not(playedOn(eb)))
			.execute();
		await deleteVersions(
			executor,
			unused.map((v) => v.version)
		);
	};
	const newSecrets = () => ({
		id: randomBytes(9).toString('base64url'),
		editSecret: randomBytes(24).toString('base64url')
	});

	return {
		/**
		 * Stores the app's built-in packs, in order, as read-only packs whose current version is the
		 * one shipped; older versions stay, for the attempts and classes played on them.
		 */
		seedBuiltIn: (packs: readonly ArticlePack[]): Promise<Map<string, string>> =>
			kysely.transaction().execute(async (trx) => {
				const versions = new Map<string, string>();
				for (const [i, pack] of packs.entries()) {
					const version = versionOf(pack);
					const at = now();
					// Keep the order given: created_at breaks ties by position.
					await trx
						.insertInto('packs')
						.values({
							id: pack.id,
							built_in: 1,
							title: pack.title,
							version,
							created_at: i,
							updated_at: at
						})
						.onConflict((oc) =>
							oc.column('id').doUpdateSet({
								title: (eb) => eb.ref('excluded.title'),
								version: (eb) => eb.ref('excluded.version'),
								updated_at: sql<number>`CASE WHEN packs.version IS NOT DISTINCT FROM excluded.version
									THEN packs.updated_at ELSE excluded.updated_at END`
							})
						)
						.execute();
					await insertVersion(trx, version, pack.id, pack, at);
					// Rows written before packs were versioned played the built-in pack of the same id.
					for (const table of ['attempts', 'classes'] as const) {
						await trx
							.updateTable(table)
							.set({ pack_version: version })
							.where('pack_id', '=', pack.id)
							.where('pack_version', 'is', null)
							.execute();
					}
					versions.set(pack.id, version);
				}
				return versions;
			}),

		/** Stores a teacher's pack, published; the edit secret is returned once and kept as a hash. */
		create: (pack: ArticlePack): Promise<{ row: PackRow; editSecret: string }> =>
			kysely.transaction().execute(async (trx) => {
				const { id, editSecret } = newSecrets();
				const version = versionOf(pack, id);
				const at = now();
				await insertPack(trx, { id, editSecret, title: pack.title, version, at });
				await insertVersion(trx, version, id, pack, at);
				return { row: toPack((await selectPack(id, trx))!), editSecret };
			}),

		/**
		 * Starts a teacher's pack on the authoring page: a draft, not yet playable, kept under an
		 * edit secret returned once (only its hash is stored).
		 */
		async createDraft(title: string, draft: string): Promise<{ row: PackRow; editSecret: string }> {
			const { id, editSecret } = newSecrets();
			const at = now();
			await insertPack(kysely, { id, editSecret, title, version: null, at });
			await updateDraft(id, title, draft, at);
			return { row: toPack((await selectPack(id))!), editSecret };
		},

		/** The teacher's pack an edit link opens, with its saved draft (null for a pack file's). */
		async byEditSecret(
			secret: string
		): Promise<{ row: PackRow; draft: string | null } | undefined> {
			if (!EDIT_SECRET.test(secret)) return undefined;
			const found = await kysely
				.selectFrom('packs')
				.select([...PACK_COLUMNS, 'draft'])
				.where('edit_secret_hash', '=', hashSecret(secret))
				.where('built_in', '=', 0)
				.executeTakeFirst();
			return found && { row: toPack(found), draft: found.draft };
		},

		/** Saves the draft as it stands; what is played does not change until it is published. */
		async saveDraft(id: string, title: string, draft: string): Promise<void> {
			await updateDraft(id, title, draft, now());
		},

		/**
		 * Stores a version of a teacher's pack without making it the current one (a preview), and
		 * drops the pack's older versions that nobody played.
		 */
		storeVersion: (id: string, pack: ArticlePack): Promise<string> =>
			kysely.transaction().execute(async (trx) => {
				const version = versionOf(pack, id);
				await insertVersion(trx, version, id, pack, now());
				await dropUnusedVersions(trx, id, version);
				return version;
			}),

		/**
		 * Makes a new version of a teacher's pack the one its play link plays. Attempts, shares and
		 * classes keep the version they were played on.
		 */
		publish: (id: string, pack: ArticlePack): Promise<PackRow> =>
			kysely.transaction().execute(async (trx) => {
				const version = versionOf(pack, id);
				const at = now();
				await insertVersion(trx, version, id, pack, at);
				await trx
					.updateTable('packs')
					.set({ version, title: pack.title, updated_at: at })
					.where('id', '=', id)
					.where('built_in', '=', 0)
					.execute();
				await dropUnusedVersions(trx, id, version);
				return toPack((await selectPack(id, trx))!);
			}),

		/** Notes that a teacher's pack was played (its retention counts from here). */
		async markPlayed(id: string): Promise<void> {
			const at = now();
			// At most one write a day per pack, however often it is played.
			await kysely
				.updateTable('packs')
				.set({ played_at: at })
				.where('id', '=', id)
				.where('built_in', '=', 0)
				.where((eb) => eb.or([eb('played_at', 'is', null), eb('played_at', '<', at - DAY_MS)]))
				.execute();
		},

		/**
		 * Deletes teachers' packs last played or edited (or made) before a time, when nothing refers
		 * to them: no attempt but their author's previews, no class. Those previews go with them.
		 */
		purgeUnplayedBefore: (time: number): Promise<number> =>
			kysely.transaction().execute(async (trx) => {
				const expired = (eb: ExpressionBuilder<Database, 'packs'>) =>
					eb.and([
						eb('built_in', '=', 0),
						eb(sql<number>`coalesce(played_at, 0)`, '<', time),
						eb('updated_at', '<', time),
						eb.not(
							eb.exists(
								eb
									.selectFrom('pack_versions')
									.select('pack_versions.version')
									.whereRef('pack_versions.pack_id', '=', 'packs.id')
									.where((v) => playedOn(v))
							)
						)
					]);
				const ids = (await trx.selectFrom('packs').select('id').where(expired).execute()).map(
					(p) => p.id
				);
				let purged = 0;
				for (let i = 0; i < ids.length; i += 500) {
					const some = ids.slice(i, i + 500);
					const versions = await trx
						.selectFrom('pack_versions')
						.select(['version', 'pack_id'])
						.where('pack_id', 'in', some)
						.execute();
					// Asked again as it goes: one played meanwhile stays.
					const gone = new Set(
						(
							await trx
								.deleteFrom('packs')
								.where('id', 'in', some)
								.where(expired)
								.returning('id')
								.execute()
						).map((p) => p.id)
					);
					await deleteVersions(
						trx,
						versions.filter((v) => gone.has(v.pack_id)).map((v) => v.version)
					);
					purged += gone.size;
				}
				return purged;
			}),

		async get(id: string): Promise<PackRow | undefined> {
			if (!PACK_ID.test(id)) return undefined;
			const row = await selectPack(id);
			return row && toPack(row);
		},

		async builtIn(): Promise<PackRow[]> {
			const rows = await kysely
				.selectFrom('packs')
				.select(PACK_COLUMNS)
				.where('built_in', '=', 1)
				.orderBy('created_at')
				.orderBy('id')
				.execute();
			return rows.map(toPack);
		},

		/**
		 * A version's pack, checked by the schema when first read (a stored pack is checked like any
		 * other) and kept: a version's content never changes, so it is never checked again.
		 */
		async content(version: string): Promise<StoredPack | undefined> {
			if (version.length > 64) return undefined;
			const kept = checked.get(version);
			if (kept) return kept;
			const row = await kysely
				.selectFrom('pack_versions')
				.select(['content', 'pack_id'])
				.where('version', '=', version)
				.executeTakeFirst();
			if (!row) return undefined;
			const parsed = ArticlePack.safeParse(JSON.parse(row.content));
			if (!parsed.success) {
				// Stored under older, looser rules (a pack over today's caps): not played, not a 500.
				console.error(`Pack version ${version} no longer passes the pack schema; not served.`);
				return undefined;
			}
			const stored = { packId: row.pack_id, pack: parsed.data, bytes: row.content.length };
			checked.set(version, stored);
			return stored;
		}
	};
}

export type PackStore = ReturnType<typeof createPackStore>;
