import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

// The layers (docs/architecture.md) as lint rules: what each kind of module may not import. A file
// in two groups gets one rule (a later block replaces an earlier one's), so each block lists all
// the patterns that apply to its files.
const upwardToRoutes = {
	group: ['**/routes', '**/routes/**', '$routes', '$routes/**'],
	message: 'Nothing under src/lib imports from src/routes: routes are the top layer.'
};
const serverCode = {
	group: ['$lib/server', '$lib/server/**', '**/lib/server', '**/lib/server/**', '../server/**'],
	message:
		'Pure modules and browser code import no server code: the shape both sides share belongs in lib/contract.'
};
const httpFromServices = {
	group: ['$lib/server/http/**', '**/server/http/**', '../http/**'],
	message:
		'Services return results and Refusals (lib/contract/refusal.ts); the http layer puts them on the wire.'
};
const appFromServices = {
	group: ['$lib/server/app', '**/server/app', '../app'],
	message: 'A service names the few parts it needs in its own dependencies, not the whole App.'
};
const restrict = (...patterns) => ({
	'no-restricted-imports': ['error', { patterns }]
});
/** Specs drive their module from the layer above (its route, its reply), so they may import upwards. */
const specs = ['**/*.spec.ts', '**/*.bench.ts'];

export default ts.config(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		// The end-to-end tests take their expected answers, verdicts and totals from the hand-written
		// keys (tests/expected-answers*.ts), never from the code under test: no value from the quiz
		// generator, scoring, summary or evidence rules, nor from the authoring engine that writes
		// questions. Types are fine (they compute nothing).
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/lib/quiz/*', '$lib/quiz/*'],
							allowTypeImports: true,
							message:
								'Tests take expected values from the hand-written keys (tests/expected-answers*.ts), not from the quiz code under test.'
						},
						{
							group: [
								'**/lib/authoring/suggest',
								'**/lib/authoring/suggest/*',
								'**/lib/authoring/generate/*',
								'$lib/authoring/suggest',
								'$lib/authoring/suggest/*',
								'$lib/authoring/generate/*'
							],
							allowTypeImports: true,
							message:
								'Tests write what the authoring engine should find by hand from the article, not by running it.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/**'],
		ignores: specs,
		rules: restrict(upwardToRoutes)
	},
	{
		// Pure TypeScript, used on both sides: their specs too run without a server.
		files: [
			'src/lib/quiz/**',
			'src/lib/content/**',
			'src/lib/contract/**',
			'src/lib/classroom/**',
			'src/lib/authoring/**'
		],
		rules: restrict(upwardToRoutes, serverCode)
	},
	{
		// What runs in the browser: components, pages and the game.
		files: ['src/lib/components/**', 'src/lib/play/**', '**/*.svelte'],
		rules: restrict(upwardToRoutes, serverCode)
	},
	{
		files: ['src/routes/**/*.svelte'],
		rules: restrict(serverCode)
	},
	{
		files: ['src/lib/server/services/**'],
		ignores: specs,
		rules: restrict(upwardToRoutes, httpFromServices, appFromServices)
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
