import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

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
