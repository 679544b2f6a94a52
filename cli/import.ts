/**
 * `staffroom import pupils|staff|timetable <file.csv> --school <school.json> --out <school.json>`:
 * the app's importer on the command line. It prints the preview, and writes the merged school
 * only when no row is rejected and --dry-run is not given.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fieldNames, FIELDS, IMPORT_KINDS, type ImportKind } from '../import/headers';
import { runImport } from '../import/merge';
import { previewLines } from '../import/report';
import { todayInEngland } from '../import/shared';
import { parseSchoolText } from '../solver/model/validate';
import { readFailure, type CliIo } from './io';

export const usage =
  'staffroom import pupils|staff|timetable <file.csv> --school <school.json> --out <school.json> [--map "Column Name=field" ...] [--dry-run]';

/** The files the command reads and writes; tests give their own. */
export interface ImportFiles {
  readBytes(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

export const nodeFiles: ImportFiles = {
  readBytes: (path) => readFile(path),
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
};

interface Options {
  kind: ImportKind;
  csv: string;
  school: string;
  out: string | undefined;
  map: Record<string, string>;
  dryRun: boolean;
  date: string;
}

/** Exit 0: merged and written (or a clean dry run); 2: rows rejected, bad arguments, or a file that cannot be used. */
export async function run(args: string[], io: CliIo, files: ImportFiles = nodeFiles, today: string = todayInEngland()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    printHelp(io);
    return 0;
  }
  const parsed = parseArgs(args, today);
  if (typeof parsed === 'string') {
    io.stderr(`staffroom import: ${parsed}`);
    io.stderr(`usage: ${usage}`);
    return 2;
  }
  const options = parsed;

  let bytes: Uint8Array;
  let schoolText: string;
  try {
    bytes = await files.readBytes(options.csv);
  } catch (error) {
    io.stderr(`staffroom import: ${readFailure(options.csv, error)}`);
    return 2;
  }
  try {
    schoolText = await files.readText(options.school);
  } catch (error) {
    io.stderr(`staffroom import: ${readFailure(options.school, error)}`);
    return 2;
  }
  const school = parseSchoolText(schoolText);
  if (!school.ok) {
    io.stderr(`staffroom import: ${options.school} is not a valid school file (run "staffroom validate ${options.school}" for details):`);
    for (const problem of school.problems.slice(0, 10)) io.stderr(`  ${problem.path}: ${problem.message}`);
    return 2;
  }

  const outcome = runImport({ kind: options.kind, bytes, school: school.school, mapping: options.map, today: options.date });
  for (const line of previewLines(outcome.preview, options.csv)) io.stdout(line);
  if (outcome.school === null) {
    const rejected = outcome.preview.rejected.length;
    const why = rejected > 0 ? `${rejected} row${rejected === 1 ? ' was' : 's were'} rejected` : 'the file cannot be imported as it is';
    io.stdout(`Nothing was written: ${why}. Correct the file (or map its columns with --map) and run again.`);
    return 2;
  }
  if (options.dryRun || options.out === undefined) {
    io.stdout('Dry run: nothing was written.');
    return 0;
  }
  try {
    await files.writeText(options.out, `${JSON.stringify(outcome.school, null, 2)}\n`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`staffroom import: cannot write ${JSON.stringify(options.out)}: ${reason}`);
    return 2;
  }
  io.stdout(`Wrote ${options.out}.`);
  return 0;
}

function parseArgs(args: string[], today: string): Options | string {
  const positional: string[] = [];
  const map: Record<string, string> = {};
  let school: string | undefined;
  let out: string | undefined;
  let dryRun = false;
  let date = today;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = () => {
      const next = args[i + 1];
      i += 1;
      return next;
    };
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--school' || arg === '--out' || arg === '--map' || arg === '--date') {
      const given = value();
      if (given === undefined || given.startsWith('--')) return `${arg} needs a value`;
      if (arg === '--school') school = given;
      else if (arg === '--out') out = given;
      else if (arg === '--date') date = given;
      else {
        const eq = given.lastIndexOf('=');
        if (eq <= 0) return `--map takes "Column Name=field", e.g. --map "Pupil Surname=legalSurname"; got ${JSON.stringify(given)}`;
        map[given.slice(0, eq).trim()] = given.slice(eq + 1).trim();
      }
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [kind, csv, ...extra] = positional;
  if (kind === undefined) return 'say what to import: pupils, staff or timetable';
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) return `cannot import ${JSON.stringify(kind)}: choose pupils, staff or timetable`;
  if (csv === undefined) return 'give the CSV file to import';
  if (extra.length > 0) return 'give one CSV file at a time';
  if (school === undefined) return 'give the school file to import into with --school <school.json>';
  if (out === undefined && !dryRun) return 'give the file to write with --out <school.json> (or use --dry-run to only see the preview)';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date takes YYYY-MM-DD; got ${JSON.stringify(date)}`;
  const valid = fieldNames(kind as ImportKind);
  for (const [column, field] of Object.entries(map)) {
    if (field !== '' && !valid.includes(field)) {
      return `--map "${column}=${field}": ${JSON.stringify(field)} is not a ${kind} field; the fields are ${valid.join(', ')} (or nothing, to leave the column out)`;
    }
  }
  return { kind: kind as ImportKind, csv, school, out, map, dryRun, date };
}

function printHelp(io: CliIo): void {
  io.stdout(`usage: ${usage}`);
  io.stdout('Imports a CSV export from SIMS, Arbor or Bromcom into a school file and prints what changes:');
  io.stdout('added, updated, left (people no longer in the export are marked as left, never erased), and');
  io.stdout('every rejected row as "line N: reason" (line 1 is the header, as a spreadsheet shows it).');
  io.stdout('Nothing is written when a row is rejected (exit 2) or with --dry-run; otherwise the merged');
  io.stdout('school is written to --out (exit 0). --date YYYY-MM-DD sets the date leavers are marked with.');
  io.stdout('Column headings are recognised; map any other column with --map "Heading=field" (an empty');
  io.stdout('field leaves the column out). The fields:');
  for (const kind of IMPORT_KINDS) io.stdout(`  ${kind}: ${FIELDS[kind].map((f) => f.field).join(', ')}`);
}
