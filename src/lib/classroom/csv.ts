// CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents), and no cell that a
// spreadsheet would run as a formula, whichever separator it is told to split on.

/**
 * A formula can start at the start of a cell or after any separator or line break (a spreadsheet
 * told to split on semicolons reads `a;=1+1` as two cells), past spaces and quotes.
 */
const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\t\r])/g;
/** What every formula start has in it: a cell without one is left as it is, without the search. */
const FORMULA_CHARACTER = /[=+\-@\t\r]/;

/** Each place a formula could start gets an apostrophe (OWASP's advice for CSV injection). */
export function neutraliseFormula(cell: string): string {
	if (!FORMULA_CHARACTER.test(cell)) return cell;
	return cell.replace(FORMULA_START, (_, separator: string, gap: string) => `${separator}${gap}'`);
}

// Every text cell in quotes (a quote inside doubled, RFC 4180): a separator inside one never splits
// it, commas or semicolons. Written here rather than with csv-stringify, which took 1.4 s of a
// 10,000-student export for what is only this.
const cellOf = (cell: string | number) =>
	typeof cell === 'number' ? String(cell) : `"${neutraliseFormula(cell).replaceAll('"', '""')}"`;

const lineOf = (row: readonly (string | number)[]) => row.map(cellOf).join(',');

/** The rows under the header, each line ended by CRLF as spreadsheets write them. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
	return '\uFEFF' + [header, ...rows].map(lineOf).join('\r\n') + '\r\n';
}
