// A NUL character in a title, through each door a pack or draft comes in by, on PostgreSQL (which
// refuses NUL in text, where SQLite stores it): cleaned at the schema, never a 500.
import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { POST as postPack } from '../../../routes/api/packs/+server';
import { defaultPack } from '../../content/packs';
import { getApp } from '../app';
import { openDraft, startDraft } from './authoring';
import { replyToPublish, replyToSave } from '../http/authoring-replies';
import { publishChoice, readArticleChoice } from './article-choice';
import { useTestApp } from '../../../test-support/databases';

useTestApp('postgres');

const NUL_TITLE = 'Harbour\u0000 Road';
let address = 0;
const nextAddress = () => `203.0.113.${++address}`;

const packFile = () => JSON.stringify({ ...defaultPack, title: NUL_TITLE });
const form = (fields: Record<string, string | File>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};
const titleOf = async (id: string) =>
	(
		await getApp()
			.db.kysely.selectFrom('packs')
			.select('title')
			.where('id', '=', id)
			.executeTakeFirst()
	)?.title;

describe('a NUL in a title, on PostgreSQL', () => {
	it('POST /api/packs stores the title without it', async () => {
		const url = new URL('http://localhost/api/packs');
		const res = await postPack({
			request: new Request(url, {
				method: 'POST',
				body: packFile(),
				headers: { 'content-type': 'application/json' }
			}),
			url,
			getClientAddress: nextAddress
		} as unknown as RequestEvent<Record<string, never>, '/api/packs'>);
		expect(res.status).toBe(201);
		const { id } = (await res.json()) as { id: string };
		expect(await titleOf(id)).toBe('Harbour Road');
	});

	it('a draft started from a title or a pack file, saved and published, keeps none', async () => {
		const fromTitle = await startDraft(
			getApp(),
			form({ title: NUL_TITLE, text: defaultPack.text }),
			nextAddress()
		);
		expect(fromTitle.ok).toBe(true);
		const fromFile = await startDraft(
			getApp(),
			form({ packFile: new File([packFile()], 'pack.json') }),
			nextAddress()
		);
		expect(fromFile.ok).toBe(true);
		if (!fromFile.ok || !fromTitle.ok) return;
		const open = (await openDraft(getApp(), fromFile.editSecret))!;
		expect(open.draft.title).toBe('Harbour Road');

		const body = JSON.stringify({ draft: { ...open.draft, title: NUL_TITLE } });
		const request = (method: string) =>
			new Request('http://localhost/write/x', {
				method,
				body,
				headers: { 'content-type': 'application/json' }
			});
		const saved = await replyToSave(getApp(), fromFile.editSecret, request('PUT'), nextAddress());
		expect(saved.status).toBe(200);
		expect(await titleOf(open.row.id)).toBe('Harbour Road');
		const published = await replyToPublish(
			getApp(),
			fromFile.editSecret,
			request('POST'),
			nextAddress(),
			'http://localhost'
		);
		expect(published.status).toBe(200);
		expect(await titleOf(open.row.id)).toBe('Harbour Road');
	});

	it('an upload on /teach publishes the title without it', async () => {
		const choice = await readArticleChoice(
			getApp(),
			form({ packFile: new File([packFile()], 'pack.json') })
		);
		expect(choice.ok).toBe(true);
		if (!choice.ok) return;
		const published = await publishChoice(getApp(), choice, nextAddress());
		expect(published.ok).toBe(true);
		if (published.ok) expect(await titleOf(published.packId!)).toBe('Harbour Road');
	});
});
