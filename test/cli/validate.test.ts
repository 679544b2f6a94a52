import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io';
import { run } from '../../cli/staffroom';
import { projectText } from '../fixtures/schools';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** An in-memory console; files come from `files` first, then from the project folder. */
function fakeIo(files: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readFile: async (path) => files[path] ?? readFile(new URL(path, `file://${projectRoot}`), 'utf8'),
  };
}

describe('staffroom validate', () => {
  it('prints the summary and the warnings of a good file, and exits 0', async () => {
    const io = fakeIo();
    expect(await run(['validate', 'demo/primary.json'], io)).toBe(0);
    expect(io.out[0]).toBe(
      'Brackenfold Primary School (primary): one-week cycle, 5 days x 8 periods, 35 staff, 64 pupils, 11 classes, 355 lessons, 29 groups, 81 cover items, no plan',
    );
    expect(io.out.slice(1)).toHaveLength(1);
    expect(io.out[1]).toMatch(/^warning: \$\.staff\[13\]\.skills\[0\]\.expires: Anika Vickers's .* expired on 2025-06-20/);
    expect(io.err).toEqual([]);
  });

  it('prints every problem as <path>: <message>, then a count, and exits 1', async () => {
    const school = JSON.parse(projectText('test/fixtures/mini-primary.json')) as {
      groups: { preferredStaff?: string[] }[];
      classes: { pupils: string[] }[];
      rooms: { capacity: number }[];
    };
    school.groups[0]?.preferredStaff?.splice(0, 1, 'A99');
    school.classes[1]?.pupils.push('P42');
    const io = fakeIo({ 'broken.json': JSON.stringify(school) });
    expect(await run(['validate', 'broken.json'], io)).toBe(1);
    expect(io.out).toEqual([
      '$.classes[1].pupils[4]: pupil "P42" does not exist',
      '$.groups[0].preferredStaff[0]: staff "A99" does not exist',
      '2 problems in broken.json',
    ]);
    expect(io.err).toEqual([]);
  });

  it('says "1 problem" for one, with the line and column of a JSON mistake', async () => {
    const io = fakeIo({ 'bad.json': '{\n  "format": "staffroom/1",\n}\n' });
    expect(await run(['validate', 'bad.json'], io)).toBe(1);
    expect(io.out).toEqual([
      '$: the file is not valid JSON: line 2, column 26: there is a comma before "}" that must be removed',
      '1 problem in bad.json',
    ]);
  });

  it('exits 2 with a plain message when the file cannot be read', async () => {
    const io = fakeIo();
    expect(await run(['validate', 'no-such-school.json'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual(['staffroom validate: cannot read "no-such-school.json": there is no such file']);
  });

  it('exits 2 when the file is a folder', async () => {
    const io = fakeIo();
    expect(await run(['validate', 'demo'], io)).toBe(2);
    expect(io.err[0]).toContain('it is a folder, not a file');
  });

  it('exits 2 with its usage when the file is missing or there are too many', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['--strict', 'a.json']]) {
      const io = fakeIo();
      expect(await run(['validate', ...args], io)).toBe(2);
      expect(io.out).toEqual([]);
      expect(io.err.at(-1)).toBe('usage: staffroom validate <school.json>');
    }
  });

  it('explains itself with --help and exits 0', async () => {
    const io = fakeIo();
    expect(await run(['validate', '--help'], io)).toBe(0);
    expect(io.out[0]).toBe('usage: staffroom validate <school.json>');
  });
});

describe('staffroom', () => {
  it('prints its commands with --help and exits 0', async () => {
    const io = fakeIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out[0]).toBe('usage: staffroom <command> [arguments]');
    expect(io.out.some((line) => /^ {2}validate {2}check a school file/.test(line))).toBe(true);
  });

  it('prints its usage and exits 2 with no command or an unknown one', async () => {
    const none = fakeIo();
    expect(await run([], none)).toBe(2);
    expect(none.err[0]).toBe('usage: staffroom <command> [arguments]');

    const typo = fakeIo();
    expect(await run(['vaildate', 'demo/primary.json'], typo)).toBe(2);
    expect(typo.err[0]).toBe('staffroom: there is no command "vaildate"');
    expect(typo.err).toContain('usage: staffroom <command> [arguments]');
    expect(typo.out).toEqual([]);
  });

  it('does not take an inherited object property for a command', async () => {
    const io = fakeIo();
    expect(await run(['toString'], io)).toBe(2);
    expect(io.err[0]).toBe('staffroom: there is no command "toString"');
  });

  it('runs as a real process, with its output on stdout and its exit code', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'cli/staffroom.ts', 'validate', 'test/fixtures/mini-primary.json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'Fenwick Road Primary School (primary): one-week cycle, 5 days x 8 periods, 6 staff, 8 pupils, 2 classes, 50 lessons, 3 groups, 3 cover items, a plan of 2 sessions (1 pinned) with 1 unfilled need\n',
    );
    expect(result.status).toBe(0);
  });
});
