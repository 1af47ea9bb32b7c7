// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), and no cell that a
// spreadsheet would run as a formula, whichever separator it is told to split on.
import { stringify } from 'csv-stringify/sync';

/**
 * A formula can start at the start of a cell or after any separator or line break (a spreadsheet
 * told to split on semicolons reads `a;=1+1` as two cells), past spaces and quotes.
 */
const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\t\r])/g;

/** Each place a formula could start gets an apostrophe (OWASP's advice for CSV injection). */
export function neutraliseFormula(cell: string): string {
	return cell.replace(FORMULA_START, (_, separator: string, gap: string) => `${separator}${gap}'`);
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
	const safe = (cell: string | number) =>
		typeof cell === 'number' ? cell : neutraliseFormula(cell);
	return (
		'\uFEFF' +
		// Every text cell in quotes: a separator inside one never splits it, commas or semicolons.
		stringify([header.map(safe), ...rows.map((row) => row.map(safe))], {
			record_delimiter: 'windows',
			quoted_string: true
		})
	);
}
