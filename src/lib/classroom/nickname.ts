// Nickname rules: 1–24 characters of visible text (see text-clean.ts), made unique within a class
// among names that look alike.
import unhomoglyph from 'unhomoglyph';
import { visibleText } from './text-clean';

export const NICKNAME_MAX = 24;

export const Nickname = visibleText(
	{
		blank: 'Type a nickname.',
		tooLong: `Keep your nickname to ${NICKNAME_MAX} characters or fewer.`,
		stacked: 'Use at most two accent marks on a letter in your nickname.'
	},
	NICKNAME_MAX
);

/**
 * What two nicknames that look alike have in common, so that a pupil cannot pass as a classmate:
 * "Alice", "ALICE", "Аlice" (Cyrillic А), "Ａlice" (full-width Ａ) and "Αlice" (Greek Α) all give
 * "alice"; "B0b" gives "bob". It is the Unicode TR39 skeleton (NFD, each character to its prototype
 * in Unicode's confusables table, NFD) of the name without case (lower-cased and NFKC first, as
 * TR39 advises for a caseless comparison), lower-cased again. Kept beside each seat's nickname:
 * unique in its class (migration 0013). Every character maps on its own, so the key of "Sam 7" is
 * the key of "Sam", a space and the key of "7" (digits: 0 → "o", 1 → "l", the rest as they are).
 */
export function nicknameKey(nickname: string): string {
	const caseless = nickname.toLowerCase().normalize('NFKC').toLowerCase();
	return unhomoglyph(caseless.normalize('NFD')).normalize('NFD').toLowerCase();
}

/**
 * "Sam", then "Sam 2", "Sam 3"…, shortened so the number still fits in 24 characters. A name is
 * taken when one taken looks like it (nicknameKey). `isTaken` is asked about one name at a time, so
 * a big class need not be read whole.
 */
export function uniqueNickname(
	wanted: string,
	isTaken: ReadonlySet<string> | ((nickname: string) => boolean)
): string {
	const keys = typeof isTaken === 'function' ? undefined : new Set([...isTaken].map(nicknameKey));
	const taken = (name: string) =>
		typeof isTaken === 'function' ? isTaken(name) : keys!.has(nicknameKey(name));
	if (!taken(wanted)) return wanted;
	for (let n = 2; ; n++) {
		const suffix = ` ${n}`;
		const base = [...wanted]
			.slice(0, NICKNAME_MAX - suffix.length)
			.join('')
			.trimEnd();
		const candidate = base + suffix;
		if (!taken(candidate)) return candidate;
	}
}
