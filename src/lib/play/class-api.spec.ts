import { describe, expect, it } from 'vitest';
import { OfflineError, OFFLINE_MESSAGE } from './api';
import { checkClassAnswer, RETRY_SOON_MESSAGE } from './class-api';

const request = { attemptKey: 'k', questionId: 'q01', answer: 'russell', cited: [] };
const replying =
	(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch =>
	async () =>
		new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json', ...headers }
		});

describe('the answer request', () => {
	it('keeps an answer the server asks for again (503) as one to send again soon', async () => {
		const away = replying(503, { message: 'database away' }, { 'retry-after': '3' });
		const error = await checkClassAnswer(request, away).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OfflineError);
		expect((error as Error).message).toBe(RETRY_SOON_MESSAGE);
	});

	it('keeps an answer that never reached the server, for when the connection returns', async () => {
		const unreachable: typeof fetch = async () => {
			throw new TypeError('Failed to fetch');
		};
		const error = await checkClassAnswer(request, unreachable).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OfflineError);
		expect((error as Error).message).toBe(OFFLINE_MESSAGE);
	});

	it("shows any other refusal in the server's words, not to be sent again", async () => {
		const closed = replying(410, { error: 'This exercise is closed: it no longer takes answers.' });
		const error = await checkClassAnswer(request, closed).catch((e: unknown) => e);
		expect(error).not.toBeInstanceOf(OfflineError);
		expect((error as Error).message).toBe('This exercise is closed: it no longer takes answers.');
		const broken = await checkClassAnswer(request, replying(500, { message: 'x' })).catch(
			(e: unknown) => e
		);
		expect(broken).not.toBeInstanceOf(OfflineError);
	});
});
