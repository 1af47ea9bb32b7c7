// The /teach and /join forms show the per-address cap's message in the form, with a 429.
import { isActionFailure, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { actions as joinActions } from '../../../routes/join/[[code]]/+page.server';
import { actions as teachActions } from '../../../routes/teach/+page.server';
import { getApp } from '../app';
import { useTestApp } from '../../../test-support/databases';

useTestApp();
process.env.CLASSES_PER_10_MIN = '1';
process.env.JOINS_PER_10_MIN = '1';

function post(fields: Record<string, string>, address: string) {
	const body = new URLSearchParams(fields);
	const request = new Request('http://localhost/form', { method: 'POST', body });
	return {
		request,
		url: new URL(request.url),
		getClientAddress: () => address,
		cookies: { set: () => {} }
	} as unknown as RequestEvent;
}

type Action = (event: RequestEvent) => Promise<unknown>;
const run = async (action: unknown, event: RequestEvent) => {
	try {
		return await (action as Action)(event);
	} catch (thrown) {
		return thrown; // redirect
	}
};

const exercise = { title: 'T', pacing: 'self', feedback: 'each', timeLimitMinutes: '' };

describe('the forms under the per-address caps', () => {
	it('/teach: the second exercise from one address gets a 429 and the message', async () => {
		const first = await run(teachActions.default, post(exercise, '198.51.100.1'));
		expect(isActionFailure(first)).toBe(false);
		const second = await run(teachActions.default, post(exercise, '198.51.100.1'));
		expect(second).toMatchObject({
			status: 429,
			data: { message: expect.stringMatching(/too many/i) }
		});
	});

	it('/join: the second join from one address gets a 429 and the message', async () => {
		const created = await getApp().classroom.createClass(exercise, '198.51.100.9');
		if (!created.ok) throw new Error('no class');
		const join = { code: created.classRow.code, nickname: 'Ana' };
		const first = await run(joinActions.default, post(join, '198.51.100.2'));
		expect(isActionFailure(first)).toBe(false);
		const second = await run(joinActions.default, post(join, '198.51.100.2'));
		expect(second).toMatchObject({
			status: 429,
			data: { errors: { code: [expect.stringMatching(/too many/i)] } }
		});
	});
});
