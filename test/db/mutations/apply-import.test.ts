import { describe, expect, it } from 'vitest';
import { applyImport, readImportMapping, readPupilIdentities, readSchool, type ImportToSave } from '../../../db';
import { applyEdit, editHistory, historyState, redoEdit, undoEdit } from '../../../db/edits';
import type { Lesson, School } from '../../../solver/model';
import { databaseWith, everything, logSize } from '../edits/helpers';
import { TODAY, fixtureBytes, importText } from '../../import/helpers';

/** The primary demo's pupils as a plain export, one row per pupil, changed by `change` (null drops the row). */
function pupilsCsv(school: School, change: (row: string[], index: number) => string[] | null, extra: string[] = []): string {
  const rows = school.pupils.map((p, i) => change([p.upn ?? '', p.name.split(' ').slice(1).join(' '), p.name.split(' ')[0] ?? '', p.year, p.sen], i));
  return [['UPN', 'Surname', 'Forename', 'Year', 'SEN Status'], ...rows.filter((r) => r !== null), ...extra.map((r) => r.split(','))]
    .map((r) => r.join(','))
    .join('\r\n');
}

function saving(merged: School | null, label: string, extra: Partial<ImportToSave> = {}): ImportToSave {
  if (merged === null) throw new Error('the import was expected to apply');
  return { school: merged, label, identities: [], kind: 'pupils', signature: 'upn|surname|forename|year|sen status', mapping: {}, today: TODAY, ...extra };
}

const byPlace = (lessons: readonly Lesson[]) => [...lessons].map((l) => JSON.stringify(l)).sort();

describe('saving an import as one edit', () => {
  it('records a pupils import as one edit that undo takes back and redo makes again, exactly', () => {
    const { db, school } = databaseWith('primary');
    const gone = school.pupils[2]!;
    expect(school.groups.some((g) => g.pupils.includes(gone.id))).toBe(true);
    const csv = pupilsCsv(school, (row, i) => (i === 2 ? null : i === 4 ? [row[0]!, row[1]!, 'Harry', row[3]!, row[4]!] : row), [',Newby,Nora,3,K']);
    const outcome = importText('pupils', csv, school);
    expect(outcome.preview).toMatchObject({ canApply: true });
    expect([outcome.preview.added.length, outcome.preview.updated.length, outcome.preview.left.length]).toEqual([1, 1, 1]);
    const before = readSchool(db);

    const label = 'Imported pupils from export.csv: 1 added, 1 updated, 1 left';
    const entry = applyImport(db, saving(outcome.school, label, { identities: outcome.identities, mapping: { Forename: 'forename' } }));
    expect(entry?.label).toBe(label);
    const imported = readSchool(db);
    expect(imported).toStrictEqual(outcome.school);
    expect(imported.pupils.find((p) => p.id === gone.id)?.left).toBe(TODAY);
    expect(imported.groups.some((g) => g.pupils.includes(gone.id))).toBe(false);
    expect(imported.pupils.at(-1)).toMatchObject({ name: 'Nora Newby', year: '3', sen: 'K' });
    expect(editHistory(db).map((e) => e.label)).toEqual([label]);
    expect(readPupilIdentities(db).find((i) => i.legalSurname === 'Newby')).toMatchObject({ legalForename: 'Nora' });
    expect(readImportMapping(db, 'pupils', 'upn|surname|forename|year|sen status')).toEqual({ Forename: 'forename' });

    expect(undoEdit(db)?.label).toBe(label);
    expect(readSchool(db)).toStrictEqual(before);
    expect(historyState(db)).toEqual({ undo: null, redo: label });
    expect(redoEdit(db)?.label).toBe(label);
    expect(readSchool(db)).toStrictEqual(imported);
  });

  it('records a timetable import (a new class, a lesson gone) as one edit, undone and redone exactly', () => {
    const { db, school } = databaseWith('primary');
    const text = new TextDecoder().decode(fixtureBytes('timetable.csv')).split('\n');
    const dropped = text.findIndex((line) => line.startsWith('A,Tue,2,S2,') && line.includes(',Owls,'));
    expect(dropped).toBeGreaterThan(0);
    const csv = [...text.slice(0, dropped), ...text.slice(dropped + 1)].join('\n').trimEnd() +
      '\nA,Mon,,S1,,,Nightingales,English,3,T04,Hall\nA,Tue,,S2,,,Nightingales,Art,3,T04,\n';
    const outcome = importText('timetable', csv, school);
    expect(outcome.preview).toMatchObject({ canApply: true });
    expect(outcome.preview.removed).toHaveLength(1);
    const before = readSchool(db);

    const label = 'Imported the timetable from timetable.csv: 3 added, 0 updated, 1 removed';
    applyImport(db, saving(outcome.school, label, { kind: 'timetable' }));
    const imported = readSchool(db);
    // The same lessons; the edit history keeps each class's lessons in the places they had.
    expect(byPlace(imported.lessons)).toEqual(byPlace(outcome.school!.lessons));
    expect({ ...imported, lessons: [] }).toStrictEqual({ ...outcome.school!, lessons: [] });
    expect(imported.classes.at(-1)).toMatchObject({ id: 'Nightingales', teacher: 'T04' });

    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(before);
    redoEdit(db);
    expect(readSchool(db)).toStrictEqual(imported);
  });

  it('keeps the edits made before it undoable, after the import', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    applyEdit(db, 'Bigger room', [{ kind: 'room', id: room.id, after: { ...room, capacity: 40 } }]);
    const edited = readSchool(db);
    const outcome = importText('pupils', pupilsCsv(edited, (row, i) => (i === 0 ? null : row)), edited);
    applyImport(db, saving(outcome.school, 'Imported pupils from a.csv: 0 added, 0 updated, 1 left'));
    expect(editHistory(db).map((e) => e.label)).toEqual(['Imported pupils from a.csv: 0 added, 0 updated, 1 left', 'Bigger room']);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(edited);
    undoEdit(db);
    expect(readSchool(db)).toStrictEqual(school);
  });

  it('records nothing when the file leaves the school as it was, but still remembers the mapping and identities', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    applyEdit(db, 'Bigger room', [{ kind: 'room', id: room.id, after: { ...room, capacity: 40 } }]);
    undoEdit(db);
    const outcome = importText('pupils', pupilsCsv(school, (row) => row), school);
    expect(outcome.preview.unchanged).toBe(school.pupils.length);
    const entry = applyImport(db, saving(outcome.school, 'Imported pupils from same.csv: 0 added, 0 updated, 0 left', {
      identities: outcome.identities, mapping: { Surname: 'surname' },
    }));
    expect(entry).toBeNull();
    expect(readSchool(db)).toStrictEqual(school);
    // Nothing was recorded, so the redo of the earlier edit is still there.
    expect(historyState(db)).toEqual({ undo: null, redo: 'Bigger room' });
    expect(readPupilIdentities(db)).toHaveLength(school.pupils.length);
    expect(readImportMapping(db, 'pupils', 'upn|surname|forename|year|sen status')).toEqual({ Surname: 'surname' });
  });

  it('writes nothing at all when part of the save fails: no school change, no edit, no identities', () => {
    const { db, school } = databaseWith('primary');
    const outcome = importText('pupils', pupilsCsv(school, (row, i) => (i === 0 ? null : row)), school);
    const before = everything(db);
    // The mapping table takes only the three kinds of file: this one fails after the school is written.
    expect(() => applyImport(db, saving(outcome.school, 'Imported governors', { identities: outcome.identities, kind: 'governors', mapping: { A: 'upn' } })))
      .toThrow(/breaks one of the school file’s rules \(kind IN/);
    expect(everything(db)).toEqual(before);
    expect(logSize(db)).toBe(0);
  });

  it('refuses a merged school the history will not take, plainly, and writes nothing', () => {
    const { db, school } = databaseWith('primary');
    const broken = structuredClone(school);
    broken.pupils[0]!.left = 'soon';
    const before = everything(db);
    expect(() => applyImport(db, saving(broken, 'Imported pupils', { identities: [{ pupil: 'P001', legalSurname: 'A', legalForename: 'B', dob: null }], mapping: { A: 'upn' } })))
      .toThrow(`The pupil “${school.pupils[0]!.id}” does not fit the school file at left`);
    expect(everything(db)).toEqual(before);
  });
});
