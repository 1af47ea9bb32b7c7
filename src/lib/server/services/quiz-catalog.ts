// Every quiz the server can play: one per pack version. The built-in packs' current versions are
// built at start and kept; any other version (an older built-in, a teacher's pack) is built from
// the database when first asked for and kept in a bounded cache.
import { LRUCache } from 'lru-cache';
import type { ArticlePack } from '../../content/schema';
import type { AttemptRow, AttemptStore } from '../db/attempt-store';
import type { QuizLookup } from './classroom-service';
import type { PackStore } from '../db/pack-store';
import { ATTEMPT_KEY_PATTERN, PUBLIC_ID_PATTERN } from '../db/ids';
import { createQuizService, type QuizService } from './quiz-service';

/**
 * How much pack content the quizzes built and kept besides the built-in ones may hold, by the length
 * of their stored JSON: a count would let a few large packs fill the memory.
 */
export const QUIZ_BYTES_KEPT = 16 * 1024 * 1024;

export async function createQuizCatalog(
	attempts: AttemptStore,
	packs: PackStore,
	builtIn: readonly ArticlePack[],
	{ bytesKept = QUIZ_BYTES_KEPT }: { bytesKept?: number } = {}
) {
	const versions = await packs.seedBuiltIn(builtIn);
	const current = new Map(
		builtIn.map((pack) => {
			const version = versions.get(pack.id)!;
			return [version, createQuizService(attempts, pack, version)] as const;
		})
	);
	const others = new LRUCache<string, QuizService, unknown>({ maxSize: bytesKept });
	const listed = [...current.values()];

	const byVersion = async (version: string | null): Promise<QuizService | undefined> => {
		if (version === null) return undefined;
		const known = current.get(version) ?? others.get(version);
		if (known) return known;
		const stored = await packs.content(version);
		if (!stored) return undefined;
		// A teacher's pack is known by its row's id (its link), whatever id its file gave it, so
		// attempts, shares and classes name the pack a player can be sent back to.
		const quiz = createQuizService(attempts, { ...stored.pack, id: stored.packId }, version);
		others.set(version, quiz, { size: stored.bytes || 1 });
		return quiz;
	};

	const byPack = async (packId: string): Promise<QuizService | undefined> => {
		const row = await packs.get(packId);
		return row ? byVersion(row.version) : undefined;
	};

	const withAttempt = async (
		key: string
	): Promise<{ attempt: AttemptRow; quiz: QuizService } | undefined> => {
		const attempt = ATTEMPT_KEY_PATTERN.test(key) ? await attempts.get(key) : undefined;
		const quiz = attempt && (await byVersion(attempt.packVersion));
		return attempt && quiz ? { attempt, quiz } : undefined;
	};

	const catalog = {
		/** The first built-in pack: what "/" plays. */
		default: listed[0]!,
		/** The built-in packs' quizzes, in the order shipped: the landing page lists them. */
		builtIn: listed,
		byVersion,
		/** A pack's current version. */
		byPack,
		/** The quiz an attempt was started on. */
		async forAttempt(attempt: AttemptRow | undefined): Promise<QuizService | undefined> {
			return attempt ? byVersion(attempt.packVersion) : undefined;
		},
		/** The quiz of the attempt with this key (what its answers are scored by). */
		async forAttemptKey(key: string): Promise<QuizService | undefined> {
			return (await withAttempt(key))?.quiz;
		},
		/** The attempt with this key and its quiz: the answer path reads the row once. */
		withAttempt,
		/** The quiz of the attempt a share link names. */
		async forPublicId(publicId: string): Promise<QuizService | undefined> {
			return PUBLIC_ID_PATTERN.test(publicId)
				? byVersion((await attempts.getByPublicId(publicId))?.packVersion ?? null)
				: undefined;
		},
		/** For the classroom: the quiz of a class's version, and of a new class's pack. */
		lookup: {
			forClass: (classRow) => byVersion(classRow.packVersion),
			forNewClass: async (packId) => (packId === undefined ? listed[0] : byPack(packId))
		} satisfies QuizLookup
	};
	return catalog;
}

export type QuizCatalog = Awaited<ReturnType<typeof createQuizCatalog>>;
