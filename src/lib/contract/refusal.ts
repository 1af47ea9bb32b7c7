// Every "no" a service gives, in one shape; routes turn it into a reply (refusalReply, http/http.ts).
import * as z from 'zod/mini';

/**
 * Why a request is refused: the HTTP status, a sentence a person can act on, and the form field it
 * is about (if one). `retryAfterSeconds` goes with a 429, so the reply can say when to try again.
 * `ok: false` lets a service return `{ ok: true, … } | Refusal` and its caller tell them apart.
 */
export const Refusal = z.object({
	ok: z.literal(false),
	status: z.number().check(z.int(), z.gte(400), z.lte(499)),
	message: z.string(),
	field: z.optional(z.string()),
	retryAfterSeconds: z.optional(z.number())
});
export type Refusal = z.infer<typeof Refusal>;

/** A refusal with its status and sentence, and optionally its field. */
export const refuse = (status: number, message: string, field?: string): Refusal =>
	field === undefined ? { ok: false, status, message } : { ok: false, status, message, field };

/** The one wording of every "too many from this address" refusal. */
export function tooManyMessage(what: string, retryAfterSeconds: number): string {
	const minutes = Math.ceil(retryAfterSeconds / 60);
	const wait = retryAfterSeconds < 60 ? 'a moment' : `${minutes} minute${minutes > 1 ? 's' : ''}`;
	return `Too many ${what} from this network. Wait ${wait}, then try again.`;
}

/** A 429: too many of `what` from this address, and when to try again. */
export const tooMany = (what: string, retryAfterSeconds: number): Refusal => ({
	ok: false,
	status: 429,
	message: tooManyMessage(what, retryAfterSeconds),
	retryAfterSeconds
});

/** A form refused field by field (zod's flattened field errors): a refusal with each field's sentences. */
export type FormRefusal = Refusal & { errors: Record<string, string[] | undefined> };

export const formRefusal = (errors: Record<string, string[] | undefined>): FormRefusal => ({
	ok: false,
	status: 400,
	message: 'Some fields need fixing: each says how.',
	errors
});
