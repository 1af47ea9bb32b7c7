// Loads the real article pack once, through Vite, and hands it to every worker.
//
// The pack imports its article with Vite's `?raw` suffix, which Playwright's own loader cannot
// resolve. Vite can, so the runner loads `src/lib/content/packs.ts` with Vite's module runner,
// exactly as the app does, and passes the parsed pack to the workers as JSON in the environment
// (workers inherit it). Tests then run the app's own `generateQuestions` and `scoreAnswer` on it:
// the expected answers come from the pack data, never from hard-coded scores.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type { ArticlePack } from '../src/lib/content/schema';
import { PACK_ENV } from './helpers';

export default async function globalSetup(): Promise<void> {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const { module } = await runnerImport<{ defaultPack: ArticlePack }>(
		fileURLToPath(new URL('../src/lib/content/packs.ts', import.meta.url)),
		{ root, configFile: false, logLevel: 'silent' }
	);
	process.env[PACK_ENV] = JSON.stringify(module.defaultPack);
}
