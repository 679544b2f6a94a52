/** One record seen through the column mapping, with the checks every imported cell passes. */
import type { CsvRecord } from './csv';
import type { ColumnMapping } from './headers';
import { shown } from './values';

/** The longest value an imported cell may hold; longer means a damaged file or the wrong column. */
export const MAX_CELL = 200;

export interface Row {
  line: number;
  /** The trimmed cell of a mapped field; undefined when no column is mapped to it. */
  get(field: string): string | undefined;
  /** True when a column is mapped to the field. */
  has(field: string): boolean;
}

/** The row, and the reasons its mapped cells cannot be imported as they are. */
export function rowOf(record: CsvRecord, columns: readonly ColumnMapping[]): { row: Row; reasons: string[] } {
  const byField = new Map<string, number>();
  for (const c of columns) if (c.field !== null) byField.set(c.field, c.index);
  const reasons: string[] = [];
  for (const c of columns) {
    if (c.field === null) continue;
    const cell = record.cells[c.index] ?? '';
    const where = c.header === '' ? `column ${c.index + 1}` : `column "${c.header}"`;
    if (cell.length > MAX_CELL) {
      reasons.push(`${where} holds ${cell.length.toLocaleString('en-GB')} characters (at most ${MAX_CELL} are expected: is this the right column?)`);
    } else if (/[\n\r]/.test(cell.trim())) {
      reasons.push(`${where} has a line break inside ${shown(cell.trim())}`);
    } else if (hasControlCharacter(cell)) {
      reasons.push(`${where} has a control character, so the file may be damaged or saved in an unusual encoding`);
    } else if (cell.includes('\ufffd')) {
      reasons.push(`${where} has a character that could not be read, so the file may be damaged`);
    }
  }
  const row: Row = {
    line: record.line,
    get: (field) => {
      const index = byField.get(field);
      return index === undefined ? undefined : (record.cells[index] ?? '').trim().replace(/\s+/g, ' ');
    },
    has: (field) => byField.has(field),
  };
  return { row, reasons };
}

/** Names from forename/surname columns (preferred first), or from a full-name column. */
export interface Names {
  display: string;
  legalSurname: string;
  legalForename: string;
}

/** The display name (preferred forename and surname, as rotas print them) and the legal names. */
export function readNames(row: Row, title?: string): { names: Names | null; reason: string | null } {
  let legalSurname = row.get('legalSurname') ?? '';
  let legalForename = row.get('legalForename') ?? '';
  const full = row.get('name') ?? '';
  if ((legalSurname === '' || legalForename === '') && full !== '') {
    const [surname, forename] = splitFullName(full);
    if (legalSurname === '') legalSurname = surname;
    if (legalForename === '') legalForename = forename;
  }
  const surname = row.get('preferredSurname') || legalSurname;
  const forename = row.get('preferredForename') || legalForename;
  if (surname === '' && forename === '') return { names: null, reason: 'the name is missing' };
  if (surname === '') return { names: null, reason: 'the surname is missing' };
  if (forename === '' && !title) return { names: null, reason: 'the forename is missing' };
  const display = forename === '' ? `${title} ${surname}` : `${forename} ${surname}`;
  return {
    names: { display, legalSurname: legalSurname || surname, legalForename: legalForename || forename },
    reason: null,
  };
}

/** "Smith, Jo" -> [Smith, Jo]; "Jo Anne Smith" -> [Smith, Jo Anne]. */
function splitFullName(full: string): [string, string] {
  const comma = full.indexOf(',');
  if (comma >= 0) return [full.slice(0, comma).trim(), full.slice(comma + 1).trim()];
  const space = full.lastIndexOf(' ');
  return space < 0 ? [full, ''] : [full.slice(space + 1), full.slice(0, space)];
}

/** C0 and C1 control characters other than tab and line breaks: never in a real name or code. */
function hasControlCharacter(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}
