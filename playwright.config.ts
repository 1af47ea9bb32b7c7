// End-to-end tests: the production build (`node build`) driven by Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tests written for a browser with JavaScript off: the "no-js" project runs them, alone. */
const NO_JS_TESTS = '**/no-js*.e2e.ts';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${PORT}`;

// This file is evaluated in the runner and again in every worker. The runner picks a fresh
// database file first and puts it in the environment, which the workers inherit, so every
// process agrees on one file and each run starts from an empty database.
process.env.SC_E2E_DATABASE ??= join(tmpdir(), `source-check-e2e-${process.pid}-${Date.now()}.db`);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: 2,
	retries: 0,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	globalSetup: './tests/global-setup.ts',
	globalTeardown: './tests/global-teardown.ts',
	use: {
		baseURL,
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		{
			name: 'desktop',
			testIgnore: NO_JS_TESTS,
			use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } }
		},
		{
			// A small phone: only the tests tagged @phone (accessibility, layout, one full round).
			name: 'phone',
			grep: /@phone/,
			testIgnore: NO_JS_TESTS,
			use: {
				browserName: 'chromium',
				viewport: { width: 360, height: 740 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true
			}
		},
		{
			// JavaScript off, as SvelteKit tests itself: the pages that must work before (or without)
			// their script, driven by plain links and form posts. These files run here, and only here.
			name: 'no-js',
			testMatch: NO_JS_TESTS,
			use: {
				browserName: 'chromium',
				viewport: { width: 1280, height: 800 },
				javaScriptEnabled: false
			}
		}
	],
	webServer: {
		// The same start-up as `npm start`: plain http, no ORIGIN, as on a classroom network.
		// scripts/test-all.sh has just built the app; run alone, the tests build it first.
		command: process.env.E2E_USE_BUILD
			? 'node scripts/serve.js'
			: 'npm run build && node scripts/serve.js',
		url: baseURL,
		reuseExistingServer: false,
		timeout: 180_000,
		env: {
			PORT: String(PORT),
			DATABASE_URL: process.env.SC_E2E_DATABASE
		}
	}
});
