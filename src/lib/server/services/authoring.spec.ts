import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import council from '../../content/packs/council-cycle-lane.txt?raw';
import { checkDraft, Draft } from '../../authoring/draft-schema';
import { closeApp, getApp } from '../app';
import { openDraft, previewVersion, startDraft } from './authoring';
import { replyToPublish, replyToSave } from '../http/authoring-replies';
import { useTestApp } from '../../../test-support/databases';
import { load as previewPage } from '../../../routes/write/[secret]/preview/+page.server';

process.env.DRAFT_SAVES_PER_10_MIN = '40';
useTestApp();
afterAll(closeApp);

const ORIGIN = 'http://localhost';
let address = 0;
/** Each test from an address of its own, so the per-address allowances don't mix. */
const nextAddress = () => `198.51.100.${++address}`;

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

async function started(from = nextAddress()): Promise<string> {
	const result = await startDraft(getApp(), form({ title: 'Harbour Road', text: council }), from);
	if (!result.ok) throw new Error(result.message);
	return result.editSecret;
}

const request = (method: string, body: string, type = 'application/json') =>
	new Request(`${ORIGIN}/write/x/draft`, { method, body, headers: { 'content-type': type } });

describe('starting a draft', () => {
	it.each([
		[{ title: '', text: council }, 'title', /title/],
		[{ title: 'x'.repeat(201), text: council }, 'title', /too long/],
		[{ title: 'T', text: '   ' }, 'text', /empty/],
		[{ title: 'T', text: 'a'.repeat(20_001) }, 'text', /too long/],
		[{ title: 'T', text: 'binary\u0000data' }, 'text', /not text/]
	])('refuses %j at its field, storing nothing', async (fields, field, message) => {
		const packCount = async () =>
			(await getApp().db.kysely.selectFrom('packs').select('id').execute()).length;
		const before = await packCount();
		const result = await startDraft(getApp(), form(fields), nextAddress());
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.field).toBe(field);
			expect(result.message).toMatch(message);
		}
		expect(await packCount()).toBe(before);
	});

	it('keeps the suggestions as a draft behind the edit secret, not yet playable', async () => {
		const secret = await started();
		const open = (await openDraft(getApp(), secret))!;
		expect(open.draft.title).toBe('Harbour Road');
		expect(open.draft.statements.length).toBeGreaterThan(10);
		expect(open.row.version).toBeNull();
		expect(await getApp().quizzes.byPack(open.row.id)).toBeUndefined();
	});
});

describe('saving and publishing', () => {
	it('saves a draft as sent, and refuses what is not a draft without touching it', async () => {
		const secret = await started();
		const app = getApp();
		const { draft } = (await openDraft(app, secret))!;
		const edited = { ...draft, topic: 'a cycle lane' };
		const ok = await replyToSave(
			app,
			secret,
			request('PUT', JSON.stringify({ draft: edited })),
			nextAddress()
		);
		expect(ok.status).toBe(200);
		expect((await openDraft(app, secret))!.draft.topic).toBe('a cycle lane');
		for (const [body, type, status] of [
			['{"draft": ', 'application/json', 400],
			[JSON.stringify({ draft: { ...edited, statements: 'all' } }), 'application/json', 400],
			[JSON.stringify({ draft: { ...edited, text: 'x'.repeat(20_001) } }), 'application/json', 400],
			[JSON.stringify({ draft: edited }), 'text/plain', 415],
			[JSON.stringify({ draft: edited, pad: 'x'.repeat(300_000) }), 'application/json', 413]
		] as const) {
			const reply = await replyToSave(app, secret, request('PUT', body, type), nextAddress());
			expect(reply.status).toBe(status);
			expect(((await reply.json()) as { error: string }).error).toBeTruthy();
		}
		expect((await openDraft(app, secret))!.draft).toEqual(edited);
		const unknown = await replyToSave(
			app,
			'A'.repeat(32),
			request('PUT', JSON.stringify({ draft: edited })),
			nextAddress()
		);
		expect(unknown.status).toBe(404);
	});

	it("keeps the engine's doubts through a save: a confirmed line stays confirmed", async () => {
		const secret = await started();
		const app = getApp();
		const { draft } = (await openDraft(app, secret))!;
		const doubted = draft.statements.findIndex((s) => s.confidence === 'check');
		expect(doubted).toBeGreaterThanOrEqual(0);
		expect(draft.statements[doubted]!.reason).toMatch(/\w/);
		const confirmed = {
			...draft,
			statements: draft.statements.map((s, i) =>
				i === doubted ? { ...s, confidence: 'sure' as const, reason: null } : s
			)
		};
		const save = (body: unknown) =>
			replyToSave(app, secret, request('PUT', JSON.stringify({ draft: body })), nextAddress());
		expect((await save(confirmed)).status).toBe(200);
		const again = (await openDraft(app, secret))!.draft;
		expect(again).toEqual(confirmed);
		expect(again.statements.filter((s) => s.confidence === 'check').length).toBe(
			draft.statements.filter((s) => s.confidence === 'check').length - 1
		);
		// Not a judgement the engine makes: refused, the draft untouched.
		const odd = { ...draft, statements: [{ ...draft.statements[0]!, confidence: 'maybe' }] };
		expect((await save(odd)).status).toBe(400);
		expect((await openDraft(app, secret))!.draft).toEqual(confirmed);
	});

	it('limits the saves one address makes', async () => {
		const secret = await started();
		const app = getApp();
		const body = JSON.stringify({ draft: (await openDraft(app, secret))!.draft });
		const from = nextAddress();
		const statuses: number[] = [];
		for (let i = 0; i < 41; i++)
			statuses.push((await replyToSave(app, secret, request('PUT', body), from)).status);
		expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
		expect(statuses[40]).toBe(429);
	});

	it('publishes only a draft that checks, then plays it; a second publish is a new version', async () => {
		const secret = await started();
		const app = getApp();
		const { draft, row } = (await openDraft(app, secret))!;
		const broken = {
			...draft,
			statements: draft.statements.map((s, i) => (i === 0 ? { ...s, source: '' } : s))
		};
		const refused = await replyToPublish(
			app,
			secret,
			request('POST', JSON.stringify({ draft: broken })),
			nextAddress(),
			ORIGIN
		);
		expect(refused.status).toBe(400);
		expect(await refused.json()).toMatchObject({
			errors: { 'statements.0.source': 'Choose one.' }
		});
		expect(await app.quizzes.byPack(row.id)).toBeUndefined();

		const published = await replyToPublish(
			app,
			secret,
			request('POST', JSON.stringify({ draft })),
			nextAddress(),
			ORIGIN
		);
		expect(published.status).toBe(200);
		const links = (await published.json()) as Record<string, string>;
		expect(links).toMatchObject({
			playUrl: `${ORIGIN}/p/${row.id}`,
			classUrl: `${ORIGIN}/teach?pack=${row.id}`,
			editUrl: `${ORIGIN}/write/${secret}`
		});
		const first = (await app.quizzes.byPack(row.id))!;
		expect(first.pack.title).toBe('Harbour Road');
		const attempt = await first.start();

		const again = await replyToPublish(
			app,
			secret,
			request('POST', JSON.stringify({ draft: { ...draft, title: 'Harbour Road, revised' } })),
			nextAddress(),
			ORIGIN
		);
		expect(again.status).toBe(200);
		expect((await app.quizzes.byPack(row.id))!.pack.title).toBe('Harbour Road, revised');
		// The attempt started on the first version is still scored by it.
		expect(await app.quizzes.forAttemptKey(attempt.key)).toBe(first);
	});

	it('previews the saved draft as a version the play link does not play', async () => {
		const secret = await started();
		const app = getApp();
		const preview = await previewVersion(app, secret);
		expect(preview?.ok).toBe(true);
		const { row } = (await openDraft(app, secret))!;
		if (preview?.ok) expect((await app.quizzes.byVersion(preview.version))?.pack.id).toBe(row.id);
		expect(await app.quizzes.byPack(row.id)).toBeUndefined();
	});
});

describe('previews', () => {
	/** Opens the preview page as a browser with the given cookies does. */
	const openPreview = async (secret: string, jar: Map<string, string>) => {
		const url = new URL(`${ORIGIN}/write/${secret}/preview`);
		const cookies = {
			get: (n: string) => jar.get(n),
			set: (n: string, v: string) => jar.set(n, v)
		};
		return previewPage({
			cookies,
			url,
			request: new Request(url),
			params: { secret },
			getClientAddress: nextAddress,
			setHeaders: () => {}
		} as unknown as Parameters<typeof previewPage>[0]);
	};

	it('keeps one preview per draft, however often it is edited and previewed', async () => {
		const secret = await started();
		const app = getApp();
		const { row, draft } = (await openDraft(app, secret))!;
		const jar = new Map<string, string>();
		for (let i = 0; i < 10; i++) {
			const edited = { ...draft, topic: `a cycle lane, take ${i}` };
			const save = request('PUT', JSON.stringify({ draft: edited }));
			expect((await replyToSave(app, secret, save, nextAddress())).status).toBe(200);
			expect(await openPreview(secret, jar)).toMatchObject({ ready: true });
		}
		const versions = await app.db.kysely
			.selectFrom('pack_versions')
			.select('content')
			.where('pack_id', '=', row.id)
			.execute();
		expect(versions.map((v) => JSON.parse(v.content).topic)).toEqual(['a cycle lane, take 9']);
	});
});

describe('the draft parser and checker on any input', () => {
	it('never throw, and whatever the parser takes, the checker judges', async () => {
		fc.assert(
			fc.property(fc.anything(), (input) => {
				const parsed = Draft.safeParse(input);
				expect(parsed.success ? typeof checkDraft(parsed.data).ok : 'refused').toMatch(
					/^(boolean|refused)$/
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('judges drafts whose fields are any strings, without throwing', async () => {
		const secret = await started();
		const base = (await openDraft(getApp(), secret))!.draft;
		fc.assert(
			fc.property(
				fc.record({
					content: fc.string(),
					source: fc.string(),
					cue: fc.string(),
					sentences: fc.array(fc.string(), { maxLength: 4 })
				}),
				(statement) => {
					const draft = { ...base, statements: [{ ...base.statements[0]!, ...statement }] };
					const result = checkDraft(draft);
					expect(typeof result.ok).toBe('boolean');
				}
			),
			{ numRuns: 200 }
		);
	});
});
