// Reading a form action's body. A body that is not a readable form (a broken multipart upload, the
// wrong content type) is the sender's mistake: a 400 with a message, never a 500 with a stack trace.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { clientGoneMidUpload } from './http';

export const UNREADABLE_FORM = 'This form could not be read. Reload the page and send it again.';

export type UnreadableForm = ActionFailure<{ message: string }>;

/** The form's fields, or the failure every action returns as it is when the body is not a form. */
export async function readForm(
	request: Request
): Promise<{ ok: true; form: FormData } | { ok: false; failure: UnreadableForm }> {
	try {
		return { ok: true, form: await request.formData() };
	} catch {
		// A client gone mid-upload is logged as such; either way its form is answered as unreadable.
		clientGoneMidUpload(request);
		return { ok: false, failure: fail(400, { message: UNREADABLE_FORM }) };
	}
}
