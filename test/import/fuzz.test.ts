/**
 * 1,200 generated malformed CSV files through the importer (seeded, so every run is the same).
 *
 * Cell damage (600 pupils files): valid rows in every accepted format, with invalid values put
 * into chosen rows (a wrong UPN check letter, "Year Seven", an unknown need, an impossible date,
 * a control character, a 5,000-character cell, a UPN twice...). The generator knows each row's
 * spreadsheet line, so the oracle is exact: every damaged row is rejected on its line, and every
 * undamaged row is accepted.
 *
 * Byte damage (300 pupils, 150 staff, 150 timetable files): valid files cut mid-quote, with stray
 * quotes, lost or extra commas, random or invalid UTF-8 bytes, huge cells, blank and repeated
 * lines. The oracle here checks what any damage must not get past: nothing throws, every rejected
 * line exists in the file, and every accepted value is valid by checks written here, independent
 * of the importer (UPN check letters computed afresh, census codes, year groups, no control or
 * unreadable characters, no key twice).
 */
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../import/csv';
import type { ImportKind } from '../../import/headers';
import type { ImportOutcome } from '../../import/types';
import type { School } from '../../solver/model/school-file';
import { demoSchool } from '../fixtures/schools';
import { fixtureBytes, importText } from './helpers';

// ---- A seeded PRNG (mulberry32) ----
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

// ---- The oracle's own rules, written from the CBDS and census guides, not from the importer ----
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
function oracleUpnValid(upn: string): boolean {
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return false;
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const c = upn[i] as string;
    const v = /\d/.test(c) ? Number(c) : CHECK_LETTERS.indexOf(c);
    if (v < 0) return false;
    sum += v * (i + 1);
  }
  return CHECK_LETTERS[sum % 23] === upn[0];
}
function oracleUpn(digits12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i + 2);
  return `${CHECK_LETTERS[sum % 23]}${digits12}`;
}
const CENSUS = new Set(['SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH', 'NSA']);
const YEARS = new Set(['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\n\r]/;

// ---- Valid rows of a SIMS-style pupils export ----
const HEADER = ['UPN', 'Legal Surname', 'Legal Forename', 'Preferred Forename', 'Date of Birth', 'Year', 'Reg Group', 'SEN Status', 'SEN Need 1', 'SEN Need 2', 'Address', '', ''];
const COL = { upn: 0, surname: 1, forename: 2, dob: 4, year: 5, sen: 7, need1: 8, need2: 9, address: 10 } as const;
const NEED_WORDS: Record<string, string> = { ASD: 'Autistic Spectrum Disorder', SLCN: 'Speech, Language and Communication Needs', SPLD: 'Specific Learning Difficulty', SEMH: 'Social, Emotional and Mental Health', HI: 'Hearing Impairment' };
const ACCENTED = [['Zoë', 'Brontë'], ['Seán', 'Ó Briain'], ['Chloé', 'Lefèvre'], ['Renée', 'O’Neill'], ['José', 'Peña']] as const;

interface PlannedRow {
  cells: string[];
  upn: string;
}

function yearText(rng: Rng, year: string): string {
  if (year === 'R') return rng.pick(['R', 'Reception', 'YR', 'Year R']);
  if (year === 'N') return rng.pick(['N1', 'N2', 'Nursery']);
  return rng.pick([`Year ${year}`, `Y${year}`, year, `Yr ${year}`]);
}

function validRows(rng: Rng, school: School): PlannedRow[] {
  const regOf = new Map(school.classes.flatMap((c) => c.pupils.map((p) => [p, c.name] as const)));
  const rows: PlannedRow[] = [];
  for (const p of school.pupils) {
    if (rng.chance(0.3)) continue;
    const [forename, ...rest] = p.name.split(' ');
    rows.push({ upn: p.upn ?? '', cells: row(rng, p.upn ?? '', rest.join(' '), forename ?? '', p.year, regOf.get(p.id) ?? '', p.sen, p.needs ?? []) });
  }
  for (let i = 0, n = rng.int(6); i < n; i++) {
    const upn = oracleUpn(`9993510${String(rng.int(100000)).padStart(5, '0')}`);
    if (rows.some((r) => r.upn === upn)) continue;
    const [forename, surname] = rng.pick(ACCENTED);
    const sen = rng.pick(['N', 'K', 'E'] as const);
    rows.push({ upn, cells: row(rng, upn, surname, forename, rng.pick(['3', '4', '5']), 'Owls', sen, sen === 'N' ? [] : ['SLCN']) });
  }
  return rows;
}

function row(rng: Rng, upn: string, surname: string, forename: string, year: string, reg: string, sen: string, needs: readonly string[]): string[] {
  const senText = { E: rng.pick(['E', 'EHCP', 'EHC Plan']), K: rng.pick(['K', 'SEN Support']), N: rng.pick(['N', 'No SEN', 'Monitoring', '']) }[sen] ?? sen;
  const needText = (n: string | undefined) => (n === undefined ? '' : rng.chance(0.5) ? n : (NEED_WORDS[n] ?? n));
  const day = 1 + rng.int(28);
  const month = 1 + rng.int(12);
  const dob = rng.chance(0.5) ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2016` : `2016-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const address = rng.chance(0.2) ? `${rng.int(90)} Mill Lane\nBrackenfold` : `${rng.int(90)} Mill Lane, Brackenfold`;
  return [upn, surname, forename, '', dob, yearText(rng, year), reg, senText, needText(needs[0]), needText(needs[1]), address, '', ''];
}

// ---- Invalid values, each put into one cell (or two rows, for a repeated UPN) ----
type Damage = { name: string; apply: (rows: PlannedRow[], index: number, rng: Rng) => number[] };
const DAMAGE: readonly Damage[] = [
  { name: 'UPN check letter', apply: (rows, i, rng) => {
    const upn = rows[i]!.cells[COL.upn]!;
    rows[i]!.cells[COL.upn] = `${rng.pick([...CHECK_LETTERS].filter((c) => c !== upn[0]))}${upn.slice(1)}`;
    return [i];
  } },
  { name: 'UPN length', apply: (rows, i) => {
    rows[i]!.cells[COL.upn] = rows[i]!.cells[COL.upn]!.slice(0, 12);
    return [i];
  } },
  { name: 'UPN letter O', apply: (rows, i) => {
    rows[i]!.cells[COL.upn] = `O${rows[i]!.cells[COL.upn]!.slice(1)}`;
    return [i];
  } },
  { name: 'year', apply: (rows, i, rng) => {
    rows[i]!.cells[COL.year] = rng.pick(['Year Seven', '15', 'Y0', 'KS2', 'Year 7B', 'Year', '']);
    return [i];
  } },
  { name: 'SEN status', apply: (rows, i, rng) => {
    rows[i]!.cells[COL.sen] = rng.pick(['School Action', 'A', 'P', 'Unknown', 'SEN']);
    return [i];
  } },
  { name: 'need', apply: (rows, i, rng) => {
    rows[i]!.cells[COL.sen] = 'K';
    rows[i]!.cells[COL.need1] = rng.pick(['Clumsy', 'XYZ', 'ADHD', 'Dyslexic tendencies']);
    return [i];
  } },
  { name: 'need without SEN', apply: (rows, i) => {
    rows[i]!.cells[COL.sen] = 'No SEN';
    rows[i]!.cells[COL.need1] = 'ASD';
    return [i];
  } },
  { name: 'date of birth', apply: (rows, i, rng) => {
    rows[i]!.cells[COL.dob] = rng.pick(['31/02/2015', '2015-13-01', '03/09/15', 'yesterday', '01/01/2099', '12/25/2015']);
    return [i];
  } },
  { name: 'missing surname', apply: (rows, i) => {
    rows[i]!.cells[COL.surname] = '';
    return [i];
  } },
  { name: 'control character', apply: (rows, i) => {
    const name = rows[i]!.cells[COL.forename]!;
    rows[i]!.cells[COL.forename] = `${name.slice(0, 1)}\u0007${name.slice(1)}`;
    return [i];
  } },
  { name: 'huge cell', apply: (rows, i) => {
    rows[i]!.cells[COL.surname] = 'A'.repeat(5000);
    return [i];
  } },
  { name: 'line break in a name', apply: (rows, i) => {
    rows[i]!.cells[COL.forename] = `${rows[i]!.cells[COL.forename]}\nMarie`;
    return [i];
  } },
  { name: 'UPN twice', apply: (rows, i, rng) => {
    const j = rng.int(rows.length);
    if (j === i) return [];
    rows[j]!.cells[COL.upn] = rows[i]!.cells[COL.upn]!;
    return [i, j];
  } },
];

/** Windows-1252 bytes of text that the code page can hold (the fixtures' names can). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '€': 0x80 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

function encode(rng: Rng, text: string): Uint8Array {
  const choice = rng.int(3);
  if (choice === 0) return new TextEncoder().encode(text);
  if (choice === 1) return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  return cp1252(text);
}

// ---- Tallies for the report ----
const tally = { files: 0, rows: 0, accepted: 0, rejected: 0, reasons: new Map<string, number>() };
function count(outcome: ImportOutcome) {
  tally.files += 1;
  tally.rows += outcome.preview.rows;
  tally.accepted += outcome.preview.fileProblems.length > 0 ? 0 : outcome.preview.accepted;
  tally.rejected += outcome.preview.rejected.length;
  for (const r of outcome.preview.rejected) for (const reason of r.reasons) {
    const kind = reasonKind(reason);
    tally.reasons.set(kind, (tally.reasons.get(kind) ?? 0) + 1);
  }
  for (const p of outcome.preview.fileProblems) tally.reasons.set(`file: ${p.replace(/".*"/, '"..."')}`, (tally.reasons.get(`file: ${p.replace(/".*"/, '"..."')}`) ?? 0) + 1);
}
function reasonKind(reason: string): string {
  const patterns: [RegExp, string][] = [
    [/^UPN .* is also on line/, 'UPN twice'], [/^UPN .*check letter/, 'UPN check letter'], [/^UPN /, 'UPN malformed'],
    [/^year group/, 'year group'], [/^SEN status/, 'SEN status'], [/^SEN need|^need NSA/, 'SEN need'], [/^has SEN need/, 'need without SEN'],
    [/^date of birth/, 'date of birth'], [/cells? but the header/, 'wrong number of cells'], [/quote mark/, 'quotes'],
    [/control character|could not be read/, 'damaged characters'], [/characters \(at most/, 'huge cell'], [/line break inside/, 'line break in a cell'],
    [/is missing/, 'missing value'], [/staff code .* is also on line/, 'staff code twice'], [/staff code/, 'staff code'],
    [/has another lesson/, 'two lessons in a slot'], [/^period|^no period/, 'period'], [/^day|^cycle day/, 'day'], [/^room/, 'room'], [/^week/, 'week'],
    [/same pupil as line/, 'same pupil twice'], [/^working|^sex/, 'working pattern or sex'],
  ];
  return patterns.find(([p]) => p.test(reason))?.[1] ?? `other: ${reason.slice(0, 60)}`;
}

/** What must hold for any file, however damaged. */
function checkAnyFile(kind: ImportKind, bytes: Uint8Array, outcome: ImportOutcome) {
  const lastLine = physicalLines(bytes);
  const lines = outcome.preview.rejected.map((r) => r.line);
  expect(new Set(lines).size).toBe(lines.length);
  for (const r of outcome.preview.rejected) {
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.line).toBeLessThanOrEqual(lastLine);
    expect(r.reasons.length).toBeGreaterThan(0);
  }
  const merged = outcome.school;
  if (merged === null) return;
  expect(outcome.preview.rejected).toEqual([]);
  if (kind === 'pupils') {
    const upns = merged.pupils.map((p) => p.upn).filter((u): u is string => u !== undefined);
    expect(new Set(upns).size).toBe(upns.length);
    for (const item of [...outcome.preview.added, ...outcome.preview.updated].filter((i) => i.entity === 'pupil')) {
      const p = merged.pupils.find((x) => x.upn === item.key || x.id === item.key)!;
      if (p.upn !== undefined) expect(oracleUpnValid(p.upn), p.upn).toBe(true);
      expect(YEARS.has(p.year)).toBe(true);
      expect(['N', 'K', 'E']).toContain(p.sen);
      for (const need of p.needs ?? []) expect(CENSUS.has(need), need).toBe(true);
      if (p.sen === 'N') expect(p.needs ?? []).toEqual([]);
      expect(UNREADABLE.test(p.name), JSON.stringify(p.name)).toBe(false);
      expect(p.name.length).toBeLessThanOrEqual(401);
    }
  }
  if (kind === 'staff') {
    for (const s of merged.staff) {
      expect(s.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_./-]{0,11}$/);
      expect(UNREADABLE.test(s.name)).toBe(false);
    }
    expect(new Set(merged.staff.map((s) => s.id.toUpperCase())).size).toBe(merged.staff.length);
  }
  if (kind === 'timetable') {
    const slots = merged.lessons.map((l) => `${l.class}|${l.week ?? '*'}|${l.day}|${l.period}`);
    expect(new Set(slots).size).toBe(slots.length);
  }
}

/** Lines of the file as a text editor counts them (a spreadsheet never shows more rows than this). */
function physicalLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines += 1;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines += 1;
  }
  return lines;
}

// ---- Byte damage ----
type ByteDamage = (bytes: number[], rng: Rng) => number[];
const BYTE_DAMAGE: readonly ByteDamage[] = [
  (b, rng) => b.slice(0, rng.int(b.length)), // cut anywhere, often mid-quote
  (b, rng) => insert(b, rng.int(b.length), [0x22]), // stray quote
  (b, rng) => remove(b, rng, 0x2c), // a lost comma
  (b, rng) => insert(b, rng.int(b.length), [0x2c]), // an extra comma
  (b, rng) => insert(b, rng.int(b.length), Array.from({ length: 1 + rng.int(6) }, () => rng.int(256))), // random bytes
  (b, rng) => insert(b, rng.int(b.length), rng.pick([[0xc3], [0xe2, 0x82], [0xff, 0xfe, 0x00], [0x80, 0x81]])), // invalid UTF-8
  (b, rng) => insert(b, lineStart(b, rng), [...new TextEncoder().encode('X'.repeat(300 + rng.int(20000)))]), // huge cell
  (b, rng) => insert(b, lineStart(b, rng), [0x0d, 0x0a, 0x0d, 0x0a]), // blank lines
  (b, rng) => {
    const start = lineStart(b, rng);
    const end = b.indexOf(0x0a, start);
    return end < 0 ? b : [...b, ...b.slice(start, end + 1)]; // a row repeated at the end
  },
  (b, rng) => b.map((x) => (rng.chance(0.01) ? rng.int(256) : x)), // scattered damage
];
function insert(b: number[], at: number, bytes: number[]): number[] {
  return [...b.slice(0, at), ...bytes, ...b.slice(at)];
}
function remove(b: number[], rng: Rng, byte: number): number[] {
  const places = b.flatMap((x, i) => (x === byte ? [i] : []));
  if (places.length === 0) return b;
  const at = rng.pick(places);
  return [...b.slice(0, at), ...b.slice(at + 1)];
}
function lineStart(b: number[], rng: Rng): number {
  const starts = [0, ...b.flatMap((x, i) => (x === 0x0a ? [i + 1] : []))];
  return rng.pick(starts);
}

describe('the importer under 1,200 malformed files', () => {
  it('rejects every row given an invalid value on its own line, and accepts every other row (600 pupils files)', () => {
    const rng = prng(20250922);
    const school = demoSchool('primary');
    for (let file = 0; file < 600; file++) {
      const rows = validRows(rng, school);
      const damaged = new Map<number, string>();
      for (let k = 0, n = 1 + rng.int(4); k < n; k++) {
        const index = rng.int(rows.length);
        if (damaged.has(index)) continue;
        const damage = rng.pick(DAMAGE);
        for (const hit of damage.apply(rows, index, rng)) damaged.set(hit, damage.name);
      }
      // Blank rows between records still count as spreadsheet lines.
      const lines: string[][] = [HEADER];
      const lineOf = new Map<number, number>();
      rows.forEach((r, i) => {
        if (rng.chance(0.05)) lines.push([]);
        lines.push(r.cells);
        lineOf.set(i, lines.length);
      });
      const text = rng.chance(0.5) ? writeCsv(lines) : writeCsv(lines).replace(/\r\n/g, '\n');
      const bytes = encode(rng, text);
      const outcome = importText('pupils', bytes, school);
      count(outcome);
      checkAnyFile('pupils', bytes, outcome);
      const rejected = new Set(outcome.preview.rejected.map((r) => r.line));
      const expected = new Set([...damaged.keys()].map((i) => lineOf.get(i)));
      for (const [index, name] of damaged) expect(rejected.has(lineOf.get(index) ?? -1), `file ${file}: ${name} on line ${lineOf.get(index)}`).toBe(true);
      for (const line of rejected) expect(expected.has(line), `file ${file}: line ${line} rejected: ${outcome.preview.rejected.find((r) => r.line === line)?.reasons.join('; ')}`).toBe(true);
      expect(outcome.preview.fileProblems).toEqual([]);
    }
  }, 180_000);

  it('never throws, names only real lines and accepts only valid values under byte damage (300 pupils, 150 staff, 150 timetable files)', () => {
    const rng = prng(7);
    const sources: { kind: ImportKind; bytes: Uint8Array; school: School; files: number }[] = [
      { kind: 'pupils', bytes: fixtureBytes('sims-pupils.csv'), school: demoSchool('primary'), files: 100 },
      { kind: 'pupils', bytes: fixtureBytes('arbor-pupils.csv'), school: demoSchool('secondary'), files: 100 },
      { kind: 'pupils', bytes: fixtureBytes('bromcom-pupils-1252.csv'), school: demoSchool('secondary'), files: 100 },
      { kind: 'staff', bytes: fixtureBytes('staff.csv'), school: demoSchool('primary'), files: 150 },
      { kind: 'timetable', bytes: fixtureBytes('timetable.csv'), school: demoSchool('primary'), files: 150 },
    ];
    for (const source of sources) {
      for (let file = 0; file < source.files; file++) {
        let bytes = [...source.bytes];
        for (let k = 0, n = 1 + rng.int(3); k < n; k++) bytes = rng.pick(BYTE_DAMAGE)(bytes, rng);
        const damaged = Uint8Array.from(bytes);
        let outcome: ImportOutcome | undefined;
        expect(() => {
          outcome = importText(source.kind, damaged, source.school);
        }).not.toThrow();
        count(outcome!);
        checkAnyFile(source.kind, damaged, outcome!);
      }
    }
  }, 180_000);

  it('has been through at least 1,000 files (the counts are printed for the report)', () => {
    expect(tally.files).toBeGreaterThanOrEqual(1000);
    const reasons = [...tally.reasons.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `  ${n} ${k}`);
    console.log([`fuzz: ${tally.files} files, ${tally.rows} rows, ${tally.accepted} accepted, ${tally.rejected} rejected; reasons:`, ...reasons].join('\n'));
  });
});
