import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

const FORMULA_START = /^[=+\-@\t\r]/;

describe('CSV export', () => {
	it('starts with a UTF-8 byte-order mark and keeps accents', () => {
		const csv = toCsv(['Nickname'], [['Zoë']]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv).toContain('Zoë');
	});

	it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])(
		'never lets %j become a formula',
		(nickname) => {
			const csv = toCsv(['Nickname'], [[nickname]]);
			const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][];
			expect(rows[1]?.[0]).toBe(`'${nickname}`);
		}
	);

	it('quotes commas, quotes and line breaks so rows stay rows', () => {
		const rows = [['a, "b"', 'line\nbreak', 3]];
		const parsed = parse(toCsv(['x', 'y', 'z'], rows).slice(1)) as string[][];
		expect(parsed).toEqual([
			['x', 'y', 'z'],
			['a, "b"', 'line\nbreak', '3']
		]);
	});

	it('leaves ordinary text and numbers alone', () => {
		expect(neutraliseFormula('Sam')).toBe('Sam');
		expect(toCsv(['n'], [[-1]])).toContain('-1');
	});

	it('quotes every text cell, so a semicolon separator cannot split a nickname', () => {
		const csv = toCsv(['Nickname', 'Score'], [[';=1+1;', 3]]);
		expect(csv).toContain(`";'=1+1;"`);
		const rows = parse(csv.slice(1), { delimiter: ';', relax_quotes: true }) as string[][];
		for (const field of rows.flat()) expect(field.trimStart()).not.toMatch(FORMULA_START);
	});

	it('never yields a field that starts a formula, split at commas or semicolons', () => {
		const cell = fc.string({
			unit: fc.constantFrom(
				'=',
				'+',
				'-',
				'@',
				'\t',
				'\r',
				'\n',
				';',
				',',
				'"',
				' ',
				'a',
				'1',
				"'"
			),
			maxLength: 12
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 3 }),
				(rows) => {
					const body = toCsv(['Nickname'], rows).slice(1);
					// Read as written, honouring quotes…
					const fields = parse(body, { relax_column_count: true }).flat() as string[];
					// …and as a spreadsheet told to split on commas or on semicolons, quotes or not.
					for (const delimiter of [',', ';']) {
						fields.push(
							...parse(body, { delimiter, quote: false, relax_column_count: true }).flat()
						);
					}
					for (const field of fields) {
						expect(field.replace(/^[\s"]+/, '')).not.toMatch(FORMULA_START);
					}
				}
			),
			{ numRuns: 500 }
		);
	}, 30_000);

	it('reads back as written: every cell in its place, line breaks, quotes and all', () => {
		// No formula characters (CR among them) here: those cells gain an apostrophe, tested above.
		const text = fc.string({
			unit: fc.constantFrom('"', ',', ';', '\n', ' ', "'", 'a', 'é', '1', '€'),
			maxLength: 8
		});
		const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 4 }),
				(rows) => {
					const csv = toCsv(['a', 'b'], rows);
					expect(csv.endsWith('\r\n')).toBe(true);
					const parsed = parse(csv.slice(1), { cast: false }) as string[][];
					expect(parsed).toEqual([['a', 'b'], ...rows.map((row) => row.map(String))]);
				}
			)
		);
	});
});
