import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, openDatabase, readImportMapping, readPupilIdentities, readSchool, replaceSchool, schemaVersion } from '../../../db';
import { allMigrations } from '../../../db/migrations';
import { schoolSchema, type School } from '../../../solver/model';

const sample = (name: string): School => schoolSchema.parse(JSON.parse(readFileSync(`demo/${name}.json`, 'utf8')));

describe('migration 003: leavers, pupil identities and remembered column mappings', () => {
  it('round-trips staff and pupils marked as left, keeping every key where it was', () => {
    const school = sample('primary');
    school.staff[3]!.left = '2025-09-01';
    school.pupils[5]!.left = '2025-09-01';
    const db = openDatabase(':memory:');
    replaceSchool(db, school);
    const back = readSchool(db);
    expect(back).toStrictEqual(school);
    expect(Object.keys(back.pupils[5]!).at(-1)).toBe('left');
    expect(back.pupils[4]).not.toHaveProperty('left');
  });

  it('refuses a left date that is not YYYY-MM-DD', () => {
    const db = openDatabase(':memory:');
    replaceSchool(db, sample('primary'));
    expect(() => db.prepare("UPDATE pupil SET left = 'last term' WHERE id = 'P001'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE staff SET left = '1/9/2025' WHERE id = 'T01'").run()).toThrow(/CHECK/);
  });

  it('upgrades a database made before it, keeping its pupils and staff on roll', () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'staffroom-003-')), 'old.db');
    const old = openDatabase(dbFile, allMigrations().filter((m) => m.version < 3));
    old.exec(`
      INSERT INTO school VALUES (1, 'Old School', 'primary', NULL, 0, 0, 0, 0);
      INSERT INTO cycle_week VALUES ('A', 0);
      INSERT INTO school_day VALUES ('Mon', 0);
      INSERT INTO period VALUES ('P1', NULL, '09:00', '10:00', 'lesson', 0);
      INSERT INTO staff VALUES ('T1', 'Ann Teacher', 'teacher', NULL, 1, NULL, 0, 0);
      INSERT INTO pupil VALUES ('P1', 'Bo Pupil', NULL, '3', 'K', 0, 0);
    `);
    old.close();
    const upgraded = openDatabase(dbFile);
    expect(schemaVersion(upgraded)).toBe(3);
    const school = readSchool(upgraded);
    expect(school.staff[0]).toStrictEqual({ id: 'T1', name: 'Ann Teacher', role: 'teacher', specifiedWork: true, skills: [], available: [] });
    expect(school.pupils[0]).toStrictEqual({ id: 'P1', name: 'Bo Pupil', year: '3', sen: 'K' });
    upgraded.close();
  });

  it('saves the school, identities and mapping of an import together, and keeps identities across a later replaceSchool', () => {
    const db = openDatabase(':memory:');
    const school = sample('primary');
    replaceSchool(db, school);
    applyImport(db, {
      school,
      identities: [
        { pupil: 'P001', legalSurname: 'Allerton', legalForename: 'Luca', dob: '2018-09-01' },
        { pupil: 'GONE', legalSurname: 'Nobody', legalForename: 'Here', dob: null },
      ],
      kind: 'pupils',
      signature: 'upn|surname',
      mapping: { 'Curric Yr': 'year', Notes: '' },
      today: '2025-09-22',
    });
    expect(readPupilIdentities(db)).toEqual([{ pupil: 'P001', legalSurname: 'Allerton', legalForename: 'Luca', dob: '2018-09-01' }]);
    expect(readImportMapping(db, 'pupils', 'upn|surname')).toEqual({ 'Curric Yr': 'year', Notes: '' });
    expect(readImportMapping(db, 'staff', 'upn|surname')).toBeNull();
    replaceSchool(db, school);
    expect(readPupilIdentities(db)).toHaveLength(1);
  });

  it('writes nothing of an import when part of it fails', () => {
    const db = openDatabase(':memory:');
    const school = sample('primary');
    replaceSchool(db, school);
    const broken = structuredClone(school);
    broken.pupils[0]!.left = 'soon';
    expect(() =>
      applyImport(db, {
        school: broken, identities: [{ pupil: 'P001', legalSurname: 'A', legalForename: 'B', dob: null }],
        kind: 'pupils', signature: 's', mapping: { A: 'upn' }, today: '2025-09-22',
      }),
    ).toThrow(/CHECK/);
    expect(readSchool(db)).toStrictEqual(school);
    expect(readPupilIdentities(db)).toEqual([]);
    expect(readImportMapping(db, 'pupils', 's')).toBeNull();
  });
});
