// A client that goes away half way through sending a body (a closed laptop, a dropped connection)
// is logged as that, on the built app: never as "Database away", which would send whoever reads the
// logs to look at a database that is fine.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ensureBuild,
	freePort,
	postForm,
	startBuilt,
	type Running
} from '../../../test-support/built-app';

beforeAll(ensureBuild, 250_000);

const dir = mkdtempSync(join(tmpdir(), 'source-check-cut-off-'));
let running: Running | undefined;
afterAll(() => {
	if (running?.child.exitCode === null) running.child.kill('SIGKILL');
	rmSync(dir, { recursive: true, force: true });
});

/** Sends the headers of a 20,000-byte body and half of it, then drops the connection. */
async function cutOff(origin: string, [method, path, type]: readonly string[]): Promise<void> {
	const { port } = new URL(origin);
	const socket = connect(Number(port), '127.0.0.1');
	await once(socket, 'connect');
	const declared = 20_000;
	const start = type === 'application/json' ? '{"draft":{"title":"' : '--cut\r\n';
	socket.write(
		`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\n` +
			`Content-Type: ${type}\r\nContent-Length: ${declared}\r\n\r\n` +
			start +
			'a'.repeat(declared / 2)
	);
	await new Promise((resolve) => setTimeout(resolve, 200));
	socket.destroy();
}

describe('node scripts/serve.js, a client cutting off its upload', () => {
	it('is logged as a client that went away, not as the database, and the server carries on', async () => {
		running = await startBuilt(['scripts/serve.js'], join(dir, 'app.db'), await freePort());
		const { origin } = running;
		const started = await postForm(origin, '/write', {
			title: 'Cut off',
			text: 'The council voted on Tuesday. It said the road would close in May.'
		});
		expect(started.status).toBe(303);
		const draftPath = `${started.headers.get('location')}/draft`;

		const json = 'application/json';
		const form = 'multipart/form-data; boundary=cut';
		const uploads = [
			['POST', '/api/packs', json],
			['PUT', draftPath, json],
			['POST', '/api/drafts', json],
			// A pack file, on the form that starts a draft from one.
			['POST', '/write', form]
		] as const;
		for (const upload of uploads) await cutOff(origin, upload);
		// The lines are written once the server has seen each connection close.
		for (let tries = 0; tries < 50; tries++) {
			const lines = running.output().match(/^Client went away.*$/gm) ?? [];
			if (lines.length >= uploads.length) break;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}

		const output = running.output();
		expect(output).not.toMatch(/Database away/);
		for (const [method, path] of uploads) {
			// The edit link's secret stays out of the log.
			const logged = path.replace(/\/write\/[^/]+\//, '/write/…/');
			expect(output).toContain(`Client went away mid-upload: ${method} ${logged}`);
		}
		expect(output).not.toContain(draftPath);
		// Nothing else was said about them: no error id, no stack.
		expect(output).not.toMatch(/^\[[\w-]{36}\]/m);
		const after = await fetch(`${origin}${draftPath.replace(/\/draft$/, '')}`);
		expect(after.status).toBe(200);
		expect(running.child.exitCode).toBeNull();
	}, 60_000);
});
