// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), and no cell that a
// spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';

/** Cells starting like a formula get a leading apostrophe (OWASP's advice for CSV injection). */
export function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
	const safe = (cell: string | number) =>
		typeof cell === 'number' ? cell : neutraliseFormula(cell);
	return (
		'\uFEFF' +
		stringify([header.map(safe), ...rows.map((row) => row.map(safe))], {
			record_delimiter: 'windows'
		})
	);
}
