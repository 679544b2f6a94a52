/**
 * Reading CSV text (RFC 4180 as Excel writes it) into records that know their line number as a
 * spreadsheet shows it: the header is line 1, and a record whose quoted cell holds line breaks is
 * still one line (the one it starts on), as it is one row in Excel. The text line where it starts
 * is kept too, for an editor. Damage is never guessed away: an unclosed quote, a stray quote or
 * text after a closing quote makes that record a problem with its line, and the rest still reads.
 */

/** One record of the file: its cells as written (quotes removed), and where it starts. */
export interface CsvRecord {
  /** The row number a spreadsheet shows (header = 1). */
  line: number;
  /** The line of the text file where the record starts (differs after cells with line breaks). */
  textLine: number;
  cells: string[];
}

/** A record that could not be read as cells. */
export interface CsvProblem {
  line: number;
  textLine: number;
  reason: string;
  /** The cells as far as they could be read, for correcting the row by hand. */
  cells: string[];
}

export interface CsvTable {
  /** The column headings (trailing empty headings that Excel leaves are dropped). */
  header: string[];
  /** Line of the header (1, unless blank lines come first). */
  headerLine: number;
  records: CsvRecord[];
  problems: CsvProblem[];
  /** The character between cells: a comma, or a semicolon or tab when the header uses those. */
  delimiter: ',' | ';' | '\t';
  /** The number of rows a spreadsheet would show, header and blank rows included. */
  lastLine: number;
}

interface RawRecord {
  line: number;
  textLine: number;
  cells: string[];
  problem: string | null;
}

/** Splits CSV text into a header, records and per-record problems. Never throws. */
export function parseCsv(text: string): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = chooseDelimiter(body);
  const raw = splitRecords(body, delimiter);
  const lastLine = raw.length === 0 ? 0 : (raw[raw.length - 1]?.line ?? 0);
  const firstFilled = raw.findIndex((r) => r.problem !== null || r.cells.some((c) => c.trim() !== ''));
  const headerRecord = firstFilled < 0 ? undefined : raw[firstFilled];
  if (headerRecord === undefined) {
    return { header: [], headerLine: 1, records: [], problems: [], delimiter, lastLine };
  }
  const header = trimTrailingEmpty(headerRecord.cells.map((c) => c.trim()));
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  if (headerRecord.problem !== null) {
    problems.push({ line: headerRecord.line, textLine: headerRecord.textLine, reason: `the header ${headerRecord.problem}`, cells: headerRecord.cells });
  }
  for (const record of raw.slice(firstFilled + 1)) {
    const { line, textLine } = record;
    if (record.problem !== null) {
      problems.push({ line, textLine, reason: record.problem, cells: record.cells });
      continue;
    }
    // A blank row (Excel writes ",,,," for rows it thinks are used) is no record.
    if (record.cells.every((c) => c.trim() === '')) continue;
    const cells = record.cells;
    if (cells.length > header.length) {
      const extra = cells.slice(header.length);
      if (extra.some((c) => c.trim() !== '')) {
        problems.push({
          line,
          textLine,
          reason: `has ${cells.length} cells but the header has ${header.length} columns (a comma inside a value needs quotes around it)`,
          cells,
        });
        continue;
      }
      cells.length = header.length;
    } else if (cells.length < header.length) {
      problems.push({
        line,
        textLine,
        reason: `has ${cells.length} cell${cells.length === 1 ? '' : 's'} but the header has ${header.length} columns (the row may be cut short)`,
        cells,
      });
      continue;
    }
    records.push({ line, textLine, cells });
  }
  return { header, headerLine: headerRecord.line, records, problems, delimiter, lastLine };
}

/** Writes rows as CSV the way Excel does: quotes only where needed, CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** A comma unless the first line has none and clearly uses semicolons or tabs (some European Excel settings). */
function chooseDelimiter(body: string): ',' | ';' | '\t' {
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  if (count(',') > 0) return ',';
  if (count('\t') > 0) return '\t';
  if (count(';') > 0) return ';';
  return ',';
}

/** The state machine of RFC 4180 with Excel's line endings (CRLF, LF or a lone CR). */
function splitRecords(body: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // inside a quoted cell
  let wasQuoted = false; // the current cell was quoted and has closed
  let problem: string | null = null;
  let line = 1;
  let textLine = 1;
  let recordLine = 1;
  let recordTextLine = 1;
  let openedOn = 1;
  let i = 0;
  const n = body.length;

  const endCell = () => {
    cells.push(cell);
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, textLine: recordTextLine, cells, problem });
    cells = [];
    problem = null;
    line += 1;
    recordLine = line;
    recordTextLine = textLine;
  };
  const note = (message: string) => {
    if (problem === null) problem = `${message} in column ${cells.length + 1}`;
  };

  while (i < n) {
    const ch = body[i] ?? '';
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
        i += 1;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        // A line break inside quotes belongs to the cell; Excel keeps it as a line feed.
        cell += '\n';
        i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
        textLine += 1;
        continue;
      }
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
      textLine += 1;
      endRecord();
      continue;
    }
    if (ch === '"') {
      if (cell === '' && !wasQuoted) {
        quoted = true;
        openedOn = textLine;
      } else {
        note(wasQuoted ? 'has text after a closing quote mark' : 'has a stray quote mark');
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (wasQuoted) {
      note('has text after a closing quote mark');
    }
    cell += ch;
    i += 1;
  }
  if (quoted) {
    const where = openedOn === recordTextLine ? '' : ` (text line ${openedOn})`;
    problem ??= `has a quote mark that opens a cell in column ${cells.length + 1}${where} and is never closed, so the rest of the file was swallowed into it`;
    endRecord();
  } else if (cell !== '' || cells.length > 0 || wasQuoted) {
    endRecord();
  }
  return records;
}
