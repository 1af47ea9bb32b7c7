// Every form action answers a body that is not a readable form with a 400 and a message, never a 500.
import { describe, expect, it } from 'vitest';
import { actions as joinActions } from '../../../routes/join/[[code]]/+page.server';
import { actions as teachActions } from '../../../routes/teach/+page.server';
import { actions as dashboardActions } from '../../../routes/teach/[secret]/+page.server';

const BROKEN_BODIES: { contentType: string; body: string }[] = [
	{ contentType: 'multipart/form-data; boundary=xyz', body: 'not multipart at all' },
	{ contentType: 'multipart/form-data', body: '--\r\n' },
	{
		contentType: 'multipart/form-data; boundary=b',
		body: '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nunterminated'
	},
	{ contentType: 'text/plain', body: 'title=x' }
];

const actionsToTry = {
	'/join': joinActions.default,
	'/teach': teachActions.default,
	'/teach/<secret>?/remove': dashboardActions.remove,
	'/teach/<secret>?/delete': dashboardActions.delete
};

function eventFor(contentType: string, body: string) {
	const url = new URL('http://localhost/teach');
	return {
		request: new Request(url, { method: 'POST', headers: { 'content-type': contentType }, body }),
		url,
		params: { secret: 'not-a-real-secret', code: undefined },
		cookies: { get: () => undefined, set: () => {}, delete: () => {} },
		getClientAddress: () => '127.0.0.1'
	} as never;
}

describe('form actions with an unreadable body', () => {
	for (const [name, action] of Object.entries(actionsToTry)) {
		it.each(BROKEN_BODIES)(`${name} answers 400 with a message ($contentType)`, async (broken) => {
			const result = await (action as (event: never) => unknown)(
				eventFor(broken.contentType, broken.body)
			);
			expect(result).toMatchObject({ status: 400, data: { message: expect.any(String) } });
			expect((result as { data: { message: string } }).data.message).toMatch(/form/i);
		});
	}
});
