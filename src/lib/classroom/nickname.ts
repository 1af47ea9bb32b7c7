// Nickname rules: 1–24 characters of visible text (see text-clean.ts), made unique within a class.
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
 * "Sam", then "Sam 2", "Sam 3"…, shortened so the number still fits in 24 characters. `isTaken` is
 * asked about one name at a time (case-insensitively), so a big class need not be read whole.
 */
export function uniqueNickname(
	wanted: string,
	isTaken: ReadonlySet<string> | ((nickname: string) => boolean)
): string {
	const lower =
		typeof isTaken === 'function' ? undefined : new Set([...isTaken].map((t) => t.toLowerCase()));
	const taken = (name: string) =>
		typeof isTaken === 'function' ? isTaken(name) : lower!.has(name.toLowerCase());
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
