import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts'],
		// The store specs run on SQLite and on a throwaway PostgreSQL cluster started here.
		globalSetup: ['src/test-support/postgres-setup.ts'],
		environment: 'node'
	}
});
