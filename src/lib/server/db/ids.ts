// Unguessable ids: the private key a player answers with and the public id a share link shows.
import { randomBytes } from 'node:crypto';

/** 192 bits: only the player's browser holds it; it is what lets answers be added. */
export function newAttemptKey(): string {
	return randomBytes(24).toString('base64url');
}

/** 144 bits: safe to publish; it can only read a finished score. */
export function newPublicId(): string {
	return randomBytes(18).toString('base64url');
}

export const ATTEMPT_KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;
export const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;
