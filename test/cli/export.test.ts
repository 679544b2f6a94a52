import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runExport, type ExportFiles } from '../../cli/export';
import { run } from '../../cli/staffroom';
import { plannedSchool } from '../fixtures/planned';
import { projectText } from '../fixtures/schools';
import { recordingIo } from './recording-io';

const NOW = new Date('2025-09-22T07:15:00Z');

/** School files by path, and what the command writes, in memory. */
function fakeFiles(inputs: Record<string, string>): ExportFiles & { written: Map<string, string>; folders: string[] } {
  const written = new Map<string, string>();
  const folders: string[] = [];
  return {
    written,
    folders,
    readText: async (path) => {
      const text = inputs[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    makeFolder: async (path) => {
      folders.push(path);
    },
    writeText: async (path, text) => {
      written.set(path, text);
    },
  };
}

const secondary = JSON.stringify(plannedSchool('secondary'));

describe('staffroom export', () => {
  it('writes all adults’ timetables as one HTML file and says what it wrote', async () => {
    const io = recordingIo(async () => '');
    const files = fakeFiles({ 'school.json': secondary });
    expect(await runExport(['school.json', '--view', 'staff', '--format', 'html', '--out', 'out'], io, files, NOW)).toBe(0);
    expect(files.folders).toEqual(['out']);
    expect([...files.written.keys()]).toEqual([join('out', 'elderwood-vale-academy-adults.html')]);
    expect(io.out).toEqual([`Wrote ${join('out', 'elderwood-vale-academy-adults.html')} (91 pages)`]);
    expect(files.written.get(join('out', 'elderwood-vale-academy-adults.html'))).toContain('Printed Monday 22 September 2025 (Week B)');
    expect(io.err).toEqual([]);
  });

  it('writes one calendar file per adult with sessions, and names those without', async () => {
    const io = recordingIo(async () => '');
    const files = fakeFiles({ 'school.json': secondary });
    expect(await runExport(['school.json', '--view=staff', '--format=ics', '--out=cal'], io, files, NOW)).toBe(0);
    const adults = new Set(plannedSchool('secondary').plan!.sessions.flatMap((s) => s.staff));
    expect(files.written.size).toBe(adults.size);
    expect(io.out[0]).toMatch(/^Wrote cal\/elderwood-vale-academy-[a-z-]+\.ics \(\d+ events\)$/);
    expect(io.out.at(-1)).toMatch(/^\d+ adults have no sessions in the plan and no calendar file: ([^,]+, ){6}[^,]+ and \d+ others\.$/);
    for (const text of files.written.values()) expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('writes a chosen few as CSV, and the daily sheet for a date', async () => {
    const io = recordingIo(async () => '');
    const files = fakeFiles({ 'school.json': secondary });
    expect(await runExport(['school.json', '--view', 'groups', '--format', 'csv', '--out', 'o', '--who', 'S01', '--who', 'S03'], io, files, NOW)).toBe(0);
    expect(io.out).toEqual([`Wrote ${join('o', 'elderwood-vale-academy-groups-2-chosen.csv')} (12 rows)`]);
    const day = recordingIo(async () => '');
    expect(await runExport(['school.json', '--view', 'day', '--date', '2026-01-06', '--format', 'html', '--out', 'o'], day, files, NOW)).toBe(0);
    expect(day.out[0]).toBe(`Wrote ${join('o', 'elderwood-vale-academy-day-2026-01-06.html')} (1 page)`);
    expect(files.written.get(join('o', 'elderwood-vale-academy-day-2026-01-06.html'))).toContain('<h1 id="sheet-1">Tuesday 6 January 2026</h1>');
  });

  it('exits 1 on a school file with problems, and writes nothing', async () => {
    const io = recordingIo(async () => '');
    const broken = JSON.parse(projectText('test/fixtures/mini-primary.json')) as { rooms: { capacity: number }[] };
    broken.rooms[0]!.capacity = 0;
    const files = fakeFiles({ 'bad.json': JSON.stringify(broken) });
    expect(await runExport(['bad.json', '--view', 'rota', '--format', 'html', '--out', 'o'], io, files, NOW)).toBe(1);
    expect(io.err[0]).toBe('staffroom export: bad.json is not a valid school file, so nothing was exported (run "staffroom validate bad.json" for every problem):');
    expect(io.err[1]).toMatch(/^ {2}\$\.rooms\[0\]\.capacity: /);
    expect(files.written.size).toBe(0);
    expect(files.folders).toEqual([]);
  });

  it('exits 1 on a file that is not JSON at all, and writes nothing', async () => {
    const io = recordingIo(async () => '');
    const files = fakeFiles({ 'notes.json': '{ "format": "staffroom/1", staff: [' });
    expect(await runExport(['notes.json', '--view', 'staff', '--format', 'csv', '--out', 'o'], io, files, NOW)).toBe(1);
    expect(io.err[0]).toBe('staffroom export: notes.json is not a valid school file, so nothing was exported (run "staffroom validate notes.json" for every problem):');
    expect(io.err[1]).toMatch(/^ {2}\$: the file is not valid JSON: line 1, column \d+: /);
    expect(files.written.size).toBe(0);
  });

  it.each([
    [[], 'give the school file to export from'],
    [['s.json', '--format', 'html', '--out', 'o'], 'choose what to export with --view staff|groups|pupils|rooms|rota|ppa|day'],
    [['s.json', '--view', 'teachers', '--format', 'html', '--out', 'o'], 'there is no view "teachers": choose staff, groups, pupils, rooms, rota, ppa, day'],
    [['s.json', '--view', 'staff', '--format', 'pdf', '--out', 'o'], 'there is no format "pdf": choose html, csv, ics'],
    [['s.json', '--view', 'staff', '--format', 'html'], 'give the folder to write into with --out <dir>'],
    [['s.json', '--view', 'groups', '--format', 'ics', '--out', 'o'], 'calendar files (--format ics) are made for adults: use --view staff'],
    [['s.json', '--view', 'rota', '--format', 'html', '--out', 'o', '--who', 'T01'], '--who chooses people, groups or rooms; the rota view is for the whole school'],
    [['s.json', '--view', 'day', '--format', 'html', '--out', 'o'], 'a daily sheet needs --date YYYY-MM-DD, or --day Mon..Fri (with --week A|B in a two-week school)'],
    [['s.json', '--view', 'day', '--date', '6/1/2026', '--format', 'html', '--out', 'o'], '--date takes YYYY-MM-DD, e.g. 2026-01-06; got "6/1/2026"'],
    [['s.json', '--view', 'staff', '--format', 'html', '--out'], '--out needs a value'],
    [['s.json', '--view', 'staff', '--format', 'html', '--out', 'o', '--colour'], 'unknown option --colour'],
    [['s.json', 'more.json', '--view', 'staff', '--format', 'html', '--out', 'o'], 'give one school file; "more.json" is one too many'],
  ])('exits 2 on bad arguments: %j', async (args, message) => {
    const io = recordingIo(async () => '');
    const files = fakeFiles({ 's.json': secondary });
    expect(await runExport(args, io, files, NOW)).toBe(2);
    expect(io.err).toEqual([`staffroom export: ${message}`, 'usage: staffroom export <school.json> --view staff|groups|pupils|rooms|rota|ppa --format html|csv|ics --out <dir>']);
    expect(files.written.size).toBe(0);
  });

  it('exits 2 when what is asked does not fit the school: an unknown id, a closed day, a missing file', async () => {
    const files = fakeFiles({ 's.json': secondary });
    const who = recordingIo(async () => '');
    expect(await runExport(['s.json', '--view', 'staff', '--format', 'csv', '--out', 'o', '--who', 'NOBODY'], who, files, NOW)).toBe(2);
    expect(who.err[0]).toBe('staffroom export: The school has no adult with the id "NOBODY".');
    const closed = recordingIo(async () => '');
    expect(await runExport(['s.json', '--view', 'day', '--date', '2025-10-29', '--format', 'html', '--out', 'o'], closed, files, NOW)).toBe(2);
    expect(closed.err[0]).toBe('staffroom export: There is no daily sheet for Wednesday 29 October 2025: it is not in any term (a holiday).');
    const missing = recordingIo(async () => '');
    expect(await runExport(['nowhere.json', '--view', 'rota', '--format', 'csv', '--out', 'o'], missing, files, NOW)).toBe(2);
    expect(missing.err).toEqual(['staffroom export: cannot read "nowhere.json": there is no such file']);
    expect(files.written.size).toBe(0);
  });

  it('is one line of the staffroom command, and writes real files into a new folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'staffroom-export-'));
    try {
      const out = join(folder, 'new', 'rota');
      const io = recordingIo(async () => '');
      expect(await run(['export', 'demo/secondary.json', '--view', 'rota', '--format', 'csv', '--out', out], io)).toBe(0);
      expect(readdirSync(out)).toEqual(['elderwood-vale-academy-rota.csv']);
      expect(readFileSync(join(out, 'elderwood-vale-academy-rota.csv'), 'utf8').startsWith('\uFEFF"Adult","Role","Week A Mon Tutor time"')).toBe(true);
      // The demo holds only its three pinned sessions: two adults are on the rota.
      expect(io.out).toEqual([`Wrote ${join(out, 'elderwood-vale-academy-rota.csv')} (2 rows)`, 'The rota lists every adult with at least one session in the cycle.']);
      const help = recordingIo(async () => '');
      expect(await run(['--help'], help)).toBe(0);
      expect(help.out).toContain('  export    write printable timetables, spreadsheets or calendars of a school file into a folder');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
