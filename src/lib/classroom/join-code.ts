// Join codes: six characters a class can read off a projector and type on a phone without mix-ups.

/** No 0/O and no 1/I/L: nothing that reads as something else on a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A random code; rejection sampling keeps every character equally likely. */
export function newJoinCode(
	random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)
): string {
	const n = JOIN_CODE_ALPHABET.length;
	const limit = 256 - (256 % n);
	let code = '';
	while (code.length < JOIN_CODE_LENGTH) {
		for (const byte of random(new Uint8Array(JOIN_CODE_LENGTH * 2))) {
			if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % n];
		}
	}
	return code;
}

/** What a student typed, as a code: case, spaces and dashes do not matter. */
export function normaliseJoinCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isJoinCode(code: string): boolean {
	return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}
