import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as runImport } from '../../cli/import';
import { run } from '../../cli/staffroom';
import { parseSchoolText } from '../../solver/model/validate';
import { demoSchool } from '../fixtures/schools';
import { recordingIo } from './recording-io';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'staffroom-cli-import-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const fixture = (name: string) => `test/fixtures/mis/${name}`;
const out = () => join(folder, 'school.json');

describe('staffroom import', () => {
  it('prints each rejected row as "line N: reason", writes nothing and exits 2', async () => {
    const io = recordingIo();
    expect(await run(['import', 'pupils', fixture('sims-pupils.csv'), '--school', 'demo/primary.json', '--out', out()], io)).toBe(2);
    expect(io.out[0]).toBe(
      'test/fixtures/mis/sims-pupils.csv: pupils (looks like a SIMS export), read as UTF-8 (with byte-order mark, as Excel saves "CSV UTF-8"); 64 rows: 62 accepted, 2 rejected',
    );
    expect(io.out.slice(-4)).toEqual([
      'rejected: 2 rows',
      'line 14: UPN B999241723121 has a wrong check letter: its digits give "Y", so a character is probably mistyped',
      `line 22: year group 'Year Seven' not recognised (write e.g. "Year 7", "Y7", "7", "R" or "N1")`,
      'Nothing was written: 2 rows were rejected. Correct the file (or map its columns with --map) and run again.',
    ]);
    expect(existsSync(out())).toBe(false);
  });

  it('writes the merged school, which validates, and exits 0', async () => {
    const io = recordingIo();
    const args = ['import', 'pupils', fixture('bromcom-pupils-1252.csv'), '--school', 'demo/secondary.json', '--out', out(), '--date', '2025-09-22'];
    expect(await run(args, io)).toBe(0);
    expect(io.out).toContain('added: 8 pupils');
    expect(io.out).toContain('left: 184 pupils');
    expect(io.out.at(-1)).toBe(`Wrote ${out()}.`);
    const written = parseSchoolText(readFileSync(out(), 'utf8'));
    if (!written.ok) throw new Error(JSON.stringify(written.problems.slice(0, 3)));
    expect(written.school.pupils.filter((p) => p.left === '2025-09-22')).toHaveLength(184);
    expect(written.school.pupils.at(-1)).toMatchObject({ name: 'Noël François', upn: 'T999351025007', id: 'Q0192' });
    expect(io.err).toEqual([]);
  });

  it('writes a school equal to the one read when nothing changed (staff and timetable of the primary demo)', async () => {
    for (const [kind, file] of [['staff', 'staff.csv'], ['timetable', 'timetable.csv']] as const) {
      const io = recordingIo();
      expect(await run(['import', kind, fixture(file), '--school', 'demo/primary.json', '--out', out()], io)).toBe(0);
      expect(JSON.parse(readFileSync(out(), 'utf8'))).toEqual(demoSchool('primary'));
    }
  });

  it('prints the preview and writes nothing with --dry-run', async () => {
    const io = recordingIo();
    expect(await run(['import', 'pupils', fixture('arbor-pupils.csv'), '--school', 'demo/secondary.json', '--out', out(), '--dry-run'], io)).toBe(0);
    expect(io.out).toContain('unchanged: 184');
    expect(io.out.at(-1)).toBe('Dry run: nothing was written.');
    expect(existsSync(out())).toBe(false);
  });

  it('maps a column it does not recognise with --map, and says which field is missing without it', async () => {
    const csv = join(folder, 'pupils.csv');
    writeFileSync(csv, 'UPN,Surname,Forename,Curric Yr,Notes\r\nG999241723107,Allerton,Luca,Y2,"likes trains, lego"\r\n');
    const without = recordingIo();
    expect(await run(['import', 'pupils', csv, '--school', 'demo/primary.json', '--dry-run'], without)).toBe(2);
    expect(without.out).toContain('problem: no column is mapped to Year group');
    const mapped = recordingIo();
    expect(await run(['import', 'pupils', csv, '--school', 'demo/primary.json', '--out', out(), '--map', 'Curric Yr=year', '--map', 'Notes='], mapped)).toBe(0);
    expect(mapped.out[1]).toBe('columns: UPN = UPN; Surname = Legal surname; Forename = Legal forename; Curric Yr = Year group (--map); Notes (not imported)');
    expect(mapped.out).toContain('left: 63 pupils');
    expect(parseSchoolText(readFileSync(out(), 'utf8')).ok).toBe(true);
  });

  it('refuses an unknown field in --map, listing the valid ones, and exits 2', async () => {
    const io = recordingIo();
    expect(await run(['import', 'staff', fixture('staff.csv'), '--school', 'demo/primary.json', '--dry-run', '--map', 'Job Title=job'], io)).toBe(2);
    expect(io.err[0]).toBe(
      'staffroom import: --map "Job Title=job": "job" is not a staff field; the fields are code, title, legalSurname, legalForename, preferredSurname, preferredForename, name, role, sex, days, hours (or nothing, to leave the column out)',
    );
    expect(io.out).toEqual([]);
  });

  it('exits 2 with its usage for missing or wrong arguments', async () => {
    const cases: [string[], string][] = [
      [['pupils', 'a.csv', '--school', 'demo/primary.json'], 'give the file to write with --out <school.json> (or use --dry-run to only see the preview)'],
      [['governors', 'a.csv', '--school', 's.json', '--dry-run'], 'cannot import "governors": choose pupils, staff or timetable'],
      [['pupils', '--school', 's.json', '--dry-run'], 'give the CSV file to import'],
      [['pupils', 'a.csv', '--dry-run'], 'give the school file to import into with --school <school.json>'],
      [['pupils', 'a.csv', '--school', 's.json', '--dry-run', '--force'], 'unknown option --force'],
      [['pupils', 'a.csv', '--school', 's.json', '--dry-run', '--map', 'NoEquals'], '--map takes "Column Name=field", e.g. --map "Pupil Surname=legalSurname"; got "NoEquals"'],
      [['pupils', 'a.csv', '--school'], '--school needs a value'],
    ];
    for (const [args, message] of cases) {
      const io = recordingIo();
      expect(await run(['import', ...args], io), args.join(' ')).toBe(2);
      expect(io.err).toEqual([`staffroom import: ${message}`, expect.stringMatching(/^usage: staffroom import pupils\|staff\|timetable/)]);
    }
  });

  it('exits 2 when a file cannot be read or the school is not valid', async () => {
    const missing = recordingIo();
    expect(await run(['import', 'pupils', 'nowhere.csv', '--school', 'demo/primary.json', '--dry-run'], missing)).toBe(2);
    expect(missing.err).toEqual(['staffroom import: cannot read "nowhere.csv": there is no such file']);
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"format":"staffroom/1"}');
    const invalid = recordingIo();
    expect(await run(['import', 'pupils', fixture('arbor-pupils.csv'), '--school', broken, '--dry-run'], invalid)).toBe(2);
    expect(invalid.err[0]).toBe(`staffroom import: ${broken} is not a valid school file (run "staffroom validate ${broken}" for details):`);
  });

  it('exits 2 and says so when the school cannot be written', async () => {
    const io = recordingIo();
    const files = {
      readBytes: async (path: string) => new Uint8Array(readFileSync(path)),
      readText: async (path: string) => readFileSync(path, 'utf8'),
      writeText: async () => {
        throw new Error('the disk is full');
      },
    };
    expect(await runImport(['staff', fixture('staff.csv'), '--school', 'demo/primary.json', '--out', 'x.json'], io, files, '2025-09-22')).toBe(2);
    expect(io.err).toEqual(['staffroom import: cannot write "x.json": the disk is full']);
  });

  it('explains itself and its fields with --help', async () => {
    const io = recordingIo();
    expect(await run(['import', '--help'], io)).toBe(0);
    expect(io.out[0]).toMatch(/^usage: staffroom import pupils\|staff\|timetable <file.csv> --school <school.json> --out <school.json>/);
    expect(io.out).toContain('  timetable: week, day, cycleDay, period, start, class, subject, year, staff, room');
  });

  it('runs as a real process with the exit code 2 for rejected rows', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cli/staffroom.ts', 'import', 'pupils', fixture('sims-pupils.csv'), '--school', 'demo/primary.json', '--dry-run'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('\nline 14: UPN B999241723121 has a wrong check letter');
  });
});
