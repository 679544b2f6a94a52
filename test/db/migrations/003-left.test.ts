import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, openDatabase, readImportMapping, readPupilIdentities, readSchool, replaceSchool, schemaVersion } from '../../../db';
import { applyEdit, historyState, redoEdit, undoEdit } from '../../../db/edits';
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

  it('upgrades a database at version 2 (with its edit history), keeping its pupils and staff on roll and its edits undoable', () => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'staffroom-003-')), 'old.db');
    const before = allMigrations().filter((m) => m.version < 3);
    expect(before.map((m) => m.name)).toEqual(['school', 'edit-history']);
    const old = openDatabase(dbFile, before);
    expect(schemaVersion(old)).toBe(2);
    const pupil = (name: string) => ({ value: { id: 'P1', name, year: '3', sen: 'K' }, position: 0 });
    old.exec(`
      INSERT INTO school VALUES (1, 'Old School', 'primary', NULL, 0, 0, 0, 0);
      INSERT INTO cycle_week VALUES ('A', 0);
      INSERT INTO school_day VALUES ('Mon', 0);
      INSERT INTO period VALUES ('P1', NULL, '09:00', '10:00', 'lesson', 0);
      INSERT INTO staff VALUES ('T1', 'Ann Teacher', 'teacher', NULL, 1, NULL, 0, 0);
      INSERT INTO pupil VALUES ('P1', 'Bo Pupil', NULL, '3', 'K', 0, 0);
    `);
    old.prepare('INSERT INTO edit_log (made_at, label, changes) VALUES (?, ?, ?)').run(
      '2025-09-01T10:00:00.000Z', 'Renamed Bo', JSON.stringify([{ kind: 'pupil', id: 'P1', before: pupil('Bo Old'), after: pupil('Bo Pupil') }]),
    );
    old.close();
    const upgraded = openDatabase(dbFile);
    expect(schemaVersion(upgraded)).toBe(3);
    const school = readSchool(upgraded);
    expect(school.staff[0]).toStrictEqual({ id: 'T1', name: 'Ann Teacher', role: 'teacher', specifiedWork: true, skills: [], available: [] });
    expect(school.pupils[0]).toStrictEqual({ id: 'P1', name: 'Bo Pupil', year: '3', sen: 'K' });
    // The edit made at version 2 still undoes and redoes: a pupil with no left date reads as before.
    expect(historyState(upgraded)).toEqual({ undo: 'Renamed Bo', redo: null });
    expect(undoEdit(upgraded)?.label).toBe('Renamed Bo');
    expect(readSchool(upgraded).pupils[0]?.name).toBe('Bo Old');
    expect(redoEdit(upgraded)?.label).toBe('Renamed Bo');
    expect(readSchool(upgraded).pupils[0]?.name).toBe('Bo Pupil');
    upgraded.close();
  });

  it('carries a left date through edits, undo and redo, for staff and pupils alike', () => {
    const db = openDatabase(':memory:');
    const school = sample('primary');
    replaceSchool(db, school);
    const person = school.staff[3]!;
    const pupil = school.pupils[5]!;
    applyEdit(db, 'Marked as left', [
      { kind: 'staff', id: person.id, after: { ...person, left: '2025-09-01' } },
      { kind: 'pupil', id: pupil.id, after: { ...pupil, left: '2025-09-02' } },
    ]);
    const left = readSchool(db);
    expect(left.staff[3]).toStrictEqual({ ...person, left: '2025-09-01' });
    expect(left.pupils[5]).toStrictEqual({ ...pupil, left: '2025-09-02' });
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
    expect(readSchool(db).pupils[5]).not.toHaveProperty('left');
    redoEdit(db);
    expect(readSchool(db)).toStrictEqual(left);

    // Back on roll: the date goes again, and undo brings it back.
    const { left: _gone, ...onRoll } = left.pupils[5]!;
    applyEdit(db, 'Back on roll', [{ kind: 'pupil', id: pupil.id, after: onRoll }]);
    expect(readSchool(db).pupils[5]).toStrictEqual(pupil);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(left);
  });

  it('saves the school, identities and mapping of an import together, and keeps identities across a later replaceSchool', () => {
    const db = openDatabase(':memory:');
    const school = sample('primary');
    replaceSchool(db, school);
    applyImport(db, {
      school,
      label: 'Imported pupils from sims.csv: 0 added, 0 updated, 0 left',
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

});
