// Nickname rules: 1–24 characters of visible text, made unique within a class.
import * as z from 'zod';

export const NICKNAME_MAX = 24;

const length = (s: string) => [...s].length;

export const Nickname = z
	.string({ error: 'Type a nickname.' })
	// Control and formatting characters could hide text or reorder it on the teacher's screen.
	.transform((s) =>
		s
			.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
			.replace(/\s+/g, ' ')
			.trim()
	)
	.refine((s) => length(s) >= 1, { error: 'Type a nickname.' })
	.refine((s) => length(s) <= NICKNAME_MAX, {
		error: `Keep your nickname to ${NICKNAME_MAX} characters or fewer.`
	});

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
