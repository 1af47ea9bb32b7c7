import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

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
});
