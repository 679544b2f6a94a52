/**
 * `staffroom export <school.json> --view ... --format html|csv|ics --out <dir>`: the app's
 * printable timetables and exports on the command line. It writes one file per view (one per
 * adult for calendars) into the folder and prints what it wrote.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FORMATS, EXPORT_VIEWS, ExportProblem, renderExport, type ExportFormat, type ExportView } from '../export';
import { todayInEngland } from '../import/shared';
import { DAYS, type Day } from '../solver/model/school-file';
import { parseSchoolText } from '../solver/model/validate';
import { readFailure, type CliIo } from './io';

export const usage = 'staffroom export <school.json> --view staff|groups|pupils|rooms|rota|ppa --format html|csv|ics --out <dir>';

/** The files the command reads and writes; tests give their own. */
export interface ExportFiles {
  readText(path: string): Promise<string>;
  makeFolder(path: string): Promise<void>;
  writeText(path: string, text: string): Promise<void>;
}

export const nodeFiles: ExportFiles = {
  readText: (path) => readFile(path, 'utf8'),
  makeFolder: async (path) => {
    await mkdir(path, { recursive: true });
  },
  writeText: (path, text) => writeFile(path, text, 'utf8'),
};

interface Options {
  school: string;
  view: ExportView;
  format: ExportFormat;
  out: string;
  who: string[];
  date: string | undefined;
  day: Day | undefined;
  week: string | undefined;
}

/** Exit 0: written; 1: the school file has problems, or a file could not be written; 2: bad arguments or an unreadable file. */
export async function run(args: string[], io: CliIo, files: ExportFiles = nodeFiles, now: Date = new Date()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    printHelp(io);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') return usageError(io, parsed);
  const options = parsed;

  let text: string;
  try {
    text = await files.readText(options.school);
  } catch (error) {
    io.stderr(`staffroom export: ${readFailure(options.school, error)}`);
    return 2;
  }
  const result = parseSchoolText(text);
  if (!result.ok) {
    io.stderr(`staffroom export: ${options.school} is not a valid school file, so nothing was exported (run "staffroom validate ${options.school}" for every problem):`);
    for (const problem of result.problems.slice(0, 10)) io.stderr(`  ${problem.path}: ${problem.message}`);
    if (result.problems.length > 10) io.stderr(`  ... and ${result.problems.length - 10} more`);
    return 1;
  }
  const school = result.school;

  let outcome;
  try {
    outcome = renderExport(school, {
      view: options.view, format: options.format, who: options.who, date: options.date, day: options.day, week: options.week,
    }, { today: todayInEngland(now), now });
  } catch (error) {
    if (error instanceof ExportProblem) return usageError(io, error.message);
    throw error;
  }

  try {
    await files.makeFolder(options.out);
    for (const file of outcome.files) await files.writeText(join(options.out, file.fileName), file.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr(`staffroom export: cannot write into ${JSON.stringify(options.out)}: ${reason}`);
    return 1;
  }
  for (const file of outcome.files) io.stdout(`Wrote ${join(options.out, file.fileName)} (${describe(file.text, options.format, outcome.sheets)})`);
  if (!school.plan?.sessions.length) io.stdout(`${school.school.name} has no plan yet: the files hold lessons and commitments, but no sessions.`);
  for (const note of outcome.notes) io.stdout(note);
  return 0;
}

function describe(text: string, format: ExportFormat, sheets: number): string {
  switch (format) {
    case 'html':
      return `${sheets} ${sheets === 1 ? 'page' : 'pages'}`;
    case 'csv': {
      const rows = text.split('\r\n').length - 2;
      return `${rows} ${rows === 1 ? 'row' : 'rows'}`;
    }
    case 'ics': {
      const events = text.split('BEGIN:VEVENT').length - 1;
      return `${events} ${events === 1 ? 'event' : 'events'}`;
    }
  }
}

function parseArgs(args: readonly string[]): Options | string {
  const positional: string[] = [];
  const who: string[] = [];
  const single: Record<string, string> = {};
  const takesValue = new Set(['--view', '--format', '--out', '--who', '--date', '--day', '--week']);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    if (takesValue.has(flag)) {
      const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
      if (value === undefined || value === '' || (equals < 0 && value.startsWith('--'))) return `${flag} needs a value`;
      if (flag === '--who') who.push(value);
      else if (single[flag] !== undefined && single[flag] !== value) return `give ${flag} once`;
      else single[flag] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      positional.push(arg);
    }
  }
  const [school, ...extra] = positional;
  if (school === undefined) return 'give the school file to export from';
  if (extra.length > 0) return `give one school file; ${JSON.stringify(extra[0])} is one too many`;
  const view = single['--view'];
  const format = single['--format'];
  const out = single['--out'];
  if (view === undefined) return `choose what to export with --view ${EXPORT_VIEWS.join('|')}`;
  if (!(EXPORT_VIEWS as readonly string[]).includes(view)) return `there is no view ${JSON.stringify(view)}: choose ${EXPORT_VIEWS.join(', ')}`;
  if (format === undefined) return `choose the kind of file with --format ${EXPORT_FORMATS.join('|')}`;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return `there is no format ${JSON.stringify(format)}: choose ${EXPORT_FORMATS.join(', ')}`;
  if (out === undefined) return 'give the folder to write into with --out <dir>';
  if (format === 'ics' && view !== 'staff') return 'calendar files (--format ics) are made for adults: use --view staff';
  const date = single['--date'];
  const day = single['--day'];
  const week = single['--week'];
  if (view !== 'day' && (date !== undefined || day !== undefined || week !== undefined)) return '--date, --day and --week are for --view day';
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return `--date takes YYYY-MM-DD, e.g. 2026-01-06; got ${JSON.stringify(date)}`;
  if (day !== undefined && !(DAYS as readonly string[]).includes(day)) return `--day takes ${DAYS.join(', ')}; got ${JSON.stringify(day)}`;
  if (view === 'day' && date === undefined && day === undefined) return 'a daily sheet needs --date YYYY-MM-DD, or --day Mon..Fri (with --week A|B in a two-week school)';
  if (who.length > 0 && !['staff', 'groups', 'pupils', 'rooms'].includes(view)) return `--who chooses people, groups or rooms; the ${view} view is for the whole school`;
  return { school, view: view as ExportView, format: format as ExportFormat, out, who, date, day: day as Day | undefined, week };
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`staffroom export: ${message}`);
  io.stderr(`usage: ${usage}`);
  return 2;
}

function printHelp(io: CliIo): void {
  io.stdout(`usage: ${usage} [--who <id> ...]`);
  io.stdout('       staffroom export <school.json> --view day (--date YYYY-MM-DD | --day Mon [--week A]) --format html|csv --out <dir>');
  io.stdout('Writes the printable timetables of a school file into a folder:');
  io.stdout('  --view staff   a timetable per adult (both weeks of a two-week timetable)');
  io.stdout('  --view groups  a timetable per intervention group, with its pupils and the lessons they leave');
  io.stdout('  --view pupils  a timetable per pupil in an intervention group, and the lessons they leave');
  io.stdout('  --view rooms   a timetable per room');
  io.stdout('  --view rota    the whole-school rota: adults by periods, a page for each day of the cycle');
  io.stdout('  --view ppa     the PPA and class cover sheet: who takes which class, when');
  io.stdout('  --view day     the daily sheet for one day: every adult with a session, period by period');
  io.stdout('  --format html  one self-contained web page for the view (a page each when printed, A4 landscape)');
  io.stdout('  --format csv   one spreadsheet for the view, ready for Excel');
  io.stdout('  --format ics   one calendar file per adult with sessions (--view staff), dated from the terms');
  io.stdout('--who <id> (again for more) chooses adults, groups, pupils or rooms by id; without it, everyone.');
  io.stdout('Exit code 0: written; 1: the school file has problems, or the folder could not be written; 2: bad arguments.');
}
