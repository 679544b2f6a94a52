/**
 * The importer: CSV bytes and a school in, a preview and (when nothing is rejected) the merged
 * school out. Pure: no files, no database, the same for the app and the command line. The app
 * calls it once to preview and again on Confirm, so what is saved is always re-checked from the
 * bytes, never taken from the screen.
 */
import { parseSchool } from '../solver/model/validate';
import { parseCsv, type CsvProblem, type CsvRecord } from './csv';
import { decodeBytes, describeEncoding } from './decode';
import { FIELDS, guessMis, headerSignature, mapColumns } from './headers';
import { readPupilRow, mergePupils, type PupilRow } from './pupils';
import { readNames, rowOf } from './rows';
import type { KindResult } from './shared';
import { mergeStaff, readStaffRow, type StaffRow } from './staff';
import { indexForTimetable, mergeTimetable, readTimetableRow, type TimetableRow } from './timetable';
import type { ImportInput, ImportOutcome, ImportPreview, PupilIdentity, RejectedRow } from './types';

/** Reads, checks and merges one export; never throws on anything in the file. */
export function runImport(input: ImportInput): ImportOutcome {
  const { kind, school, today } = input;
  const decoded = decodeBytes(input.bytes);
  const table = parseCsv(decoded.text);
  const { records, problems } = applyEdits(table.records, table.problems, input.edits ?? [], table.header.length);
  const { columns, problems: mappingProblems } = mapColumns(kind, table.header, input.mapping ?? {});
  const fileProblems: string[] = [];
  if (table.header.length === 0) fileProblems.push('the file is empty: the first line should hold the column headings');
  else fileProblems.push(...mappingProblems);

  const preview: ImportPreview = {
    kind,
    encoding: describeEncoding(decoded.encoding),
    looksLike: guessMis(table.header),
    header: table.header,
    columns,
    signature: headerSignature(table.header),
    fields: FIELDS[kind].map(({ field, label, hint }) => ({ field, label, hint })),
    rows: records.length + problems.length,
    accepted: 0,
    fileProblems,
    added: [],
    updated: [],
    left: [],
    removed: [],
    unchanged: 0,
    rejected: problems.map((p) => ({ line: p.line, textLine: p.textLine, reasons: [p.reason], cells: p.cells })),
    warnings: [],
    notes: [],
    canApply: false,
  };
  const identities = [...(input.identities ?? [])];
  if (fileProblems.length > 0) return { preview, school: null, identities };

  const rejectedByLine = new Map<number, RejectedRow>(preview.rejected.map((r) => [r.line, r]));
  const cellsByLine = new Map(records.map((r) => [r.line, r.cells]));
  const rejectRow = (record: CsvRecord, reasons: string[]) => {
    rejectedByLine.set(record.line, { line: record.line, textLine: record.textLine, reasons, cells: record.cells });
  };
  // Keys of rows that were rejected, so the people in them are not taken for leavers.
  const rejectedKeys = new Map<string, number>();
  const keyField = kind === 'pupils' ? 'upn' : kind === 'staff' ? 'code' : null;

  let result: KindResult & { identities?: PupilIdentity[] };
  if (kind === 'pupils') {
    const accepted: PupilRow[] = [];
    for (const record of records) {
      const { row, reasons } = rowOf(record, columns);
      const read = readPupilRow(row, today);
      if (read.pupil && reasons.length === 0) accepted.push(read.pupil);
      else rejectRow(record, [...reasons, ...read.reasons]);
    }
    noteRejectedKeys(problems, records, columns, keyField, rejectedByLine, rejectedKeys);
    result = mergePupils(school, accepted, identities, today, rejectedKeys);
  } else if (kind === 'staff') {
    const accepted: StaffRow[] = [];
    for (const record of records) {
      const { row, reasons } = rowOf(record, columns);
      const read = readStaffRow(row, school);
      if (read.staff && reasons.length === 0) accepted.push(read.staff);
      else rejectRow(record, [...reasons, ...read.reasons]);
    }
    noteRejectedKeys(problems, records, columns, keyField, rejectedByLine, rejectedKeys);
    result = mergeStaff(school, accepted, today, rejectedKeys);
  } else {
    const index = indexForTimetable(school);
    const accepted: TimetableRow[] = [];
    for (const record of records) {
      const { row, reasons } = rowOf(record, columns);
      const read = readTimetableRow(row, index);
      if (read.lesson && reasons.length === 0) accepted.push(read.lesson);
      else rejectRow(record, [...reasons, ...read.reasons]);
    }
    result = mergeTimetable(school, accepted);
  }

  // Rows rejected only in company (a UPN twice) get their cells and text line from the file.
  for (const r of result.rejected) {
    const record = records.find((x) => x.line === r.line);
    const already = rejectedByLine.get(r.line);
    if (already) already.reasons.push(...r.reasons);
    else rejectedByLine.set(r.line, { ...r, textLine: record?.textLine ?? r.line, cells: cellsByLine.get(r.line) ?? [] });
  }
  preview.rejected = [...rejectedByLine.values()].sort((a, b) => a.line - b.line);
  preview.accepted = preview.rows - preview.rejected.length;
  preview.added = result.added;
  preview.updated = result.updated;
  preview.left = result.left;
  preview.removed = result.removed;
  preview.unchanged = result.unchanged;
  preview.warnings = result.warnings;
  preview.notes = result.notes;
  if (preview.rows === 0) fileProblems.push('the file has headings but no rows');
  if (preview.rejected.length > 0 || fileProblems.length > 0) return { preview, school: null, identities };

  // The merged school must be a valid school file; if not, that is a fault here, said plainly.
  const checked = parseSchool(result.school);
  if (!checked.ok) {
    fileProblems.push(
      ...checked.problems.slice(0, 5).map((p) => `the result would not be a valid school (${p.path}: ${p.message}); nothing can be saved`),
    );
    return { preview, school: null, identities };
  }
  preview.canApply = true;
  return { preview, school: result.school, identities: result.identities ?? identities };
}

/** The key of a file's headings (see headerSignature), for finding the mapping remembered for it. */
export function signatureOf(bytes: Uint8Array): string {
  return headerSignature(parseCsv(decodeBytes(bytes).text).header);
}

/** Replaces rows the person corrected in the preview; a corrected row is read like any other. */
function applyEdits(
  records: readonly CsvRecord[],
  problems: readonly CsvProblem[],
  edits: readonly { line: number; cells: string[] }[],
  width: number,
): { records: CsvRecord[]; problems: CsvProblem[] } {
  if (edits.length === 0) return { records: [...records], problems: [...problems] };
  const byLine = new Map(edits.map((e) => [e.line, e.cells]));
  const out: CsvRecord[] = [];
  const left: CsvProblem[] = [];
  for (const r of records) out.push(byLine.has(r.line) ? { ...r, cells: padded(byLine.get(r.line) ?? [], width) } : r);
  for (const p of problems) {
    const cells = byLine.get(p.line);
    if (cells && cells.length <= width) out.push({ line: p.line, textLine: p.textLine, cells: padded(cells, width) });
    else left.push(p);
  }
  out.sort((a, b) => a.line - b.line);
  return { records: out, problems: left };
}

function padded(cells: readonly string[], width: number): string[] {
  return [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => '')].slice(0, Math.max(width, cells.length));
}

/** The stable keys (UPN, staff code) written in rejected rows, with their lines, as far as they can be read. */
function noteRejectedKeys(
  problems: readonly CsvProblem[],
  records: readonly CsvRecord[],
  columns: ReturnType<typeof mapColumns>['columns'],
  field: string | null,
  rejected: ReadonlyMap<number, RejectedRow>,
  keys: Map<string, number>,
): void {
  const column = columns.find((c) => c.field === field);
  if (!column) return;
  for (const p of problems) {
    const key = p.cells[column.index]?.trim().toUpperCase();
    if (key && !keys.has(key)) keys.set(key, p.line);
  }
  for (const r of records) {
    if (!rejected.has(r.line)) continue;
    // A UPN is read without its spaces; a staff code with a space in it is no staff code.
    const raw = r.cells[column.index]?.trim().toUpperCase() ?? '';
    const key = field === 'upn' ? raw.replace(/\s+/g, '') : raw;
    if (key && !keys.has(key)) keys.set(key, r.line);
    // A pupil whose row is rejected for a mistyped UPN is still in the file, not a leaver.
    const { names } = readNames(rowOf(r, columns).row);
    if (names) keys.set(`name:${names.display.toLowerCase()}`, r.line);
  }
}
