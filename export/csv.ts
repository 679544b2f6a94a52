/**
 * Tables as CSV files that open cleanly in Excel, shared by the app's lists and the timetable
 * exports: UTF-8 with a byte-order mark (so Excel reads names like Zoë right), CRLF line ends,
 * every field quoted. A text cell starting with = + - @, a tab or a carriage return is prefixed
 * with a single quote, so a spreadsheet never runs a name like "=HYPERLINK(...)" as a formula
 * (CSV injection).
 */

export type Cell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted, with anything a spreadsheet might run as a formula made plain text. */
export function csvCell(value: Cell): string {
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: byte-order mark, a header row, then one row per item, each ending CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
