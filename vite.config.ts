import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Component specs: they run in a real browser, the rest of the specs in Node. */
const componentSpecs = 'src/**/*.svelte.spec.ts';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					include: ['src/**/*.spec.ts'],
					exclude: [componentSpecs],
					// The store specs run on SQLite and on a throwaway PostgreSQL cluster started here.
					globalSetup: ['src/test-support/postgres-setup.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: [componentSpecs],
					// A failing spec's screenshot goes with Playwright's output, which git ignores.
					attachmentsDir: 'test-results/vitest-attachments',
					browser: {
						enabled: true,
						headless: true,
						// Debian's Chromium, as the end-to-end tests use: nothing is downloaded.
						provider: playwright({
							launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] }
						}),
						instances: [{ browser: 'chromium' }],
						screenshotDirectory: 'test-results/vitest-screenshots'
					}
				}
			}
		]
	}
});
