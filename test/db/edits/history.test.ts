import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, readSchool, replaceSchool } from '../../../db';
import { applyEdit, editHistory, historyState, redoEdit, undoEdit, HISTORY_LIMIT } from '../../../db/edits';
import { databaseWith, demo, everything } from './helpers';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

describe('undo and redo', () => {
  it('survive closing and reopening the database file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'staffroom-history-'));
    folders.push(folder);
    const file = join(folder, 'staffroom.db');
    const school = demo('primary');
    let db = openDatabase(file);
    replaceSchool(db, school);
    const person = school.staff[0]!;
    applyEdit(db, `Changed ${person.name}'s working days`, [{ kind: 'staff', id: person.id, after: { ...person, available: [] } }]);
    const edited = readSchool(db);
    db.close();

    db = openDatabase(file);
    expect(historyState(db)).toEqual({ undo: `Changed ${person.name}'s working days`, redo: null });
    expect(undoEdit(db)?.label).toBe(`Changed ${person.name}'s working days`);
    db.close();

    db = openDatabase(file);
    expect(readSchool(db)).toStrictEqual(school);
    expect(historyState(db)).toEqual({ undo: null, redo: `Changed ${person.name}'s working days` });
    redoEdit(db);
    db.close();

    db = openDatabase(file);
    expect(readSchool(db)).toStrictEqual(edited);
    db.close();
  });

  it('go back and forth through several edits in order, and say when there is nothing left', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    for (const capacity of [7, 8, 9]) applyEdit(db, `Capacity ${capacity}`, [{ kind: 'room', id: room.id, after: { ...room, capacity } }]);
    expect([undoEdit(db)?.label, undoEdit(db)?.label, undoEdit(db)?.label, undoEdit(db)]).toEqual(['Capacity 9', 'Capacity 8', 'Capacity 7', null]);
    expect(readSchool(db).rooms[0]?.capacity).toBe(room.capacity);
    expect([redoEdit(db)?.label, redoEdit(db)?.label]).toEqual(['Capacity 7', 'Capacity 8']);
    expect(readSchool(db).rooms[0]?.capacity).toBe(8);
    expect(historyState(db)).toEqual({ undo: 'Capacity 8', redo: 'Capacity 9' });
  });

  it('refuse to overwrite something changed another way since, and change nothing', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    applyEdit(db, 'Bigger room', [{ kind: 'room', id: room.id, after: { ...room, capacity: 40 } }]);
    db.prepare('UPDATE room SET capacity = 41 WHERE id = ?').run(room.id);
    const before = everything(db);
    expect(() => undoEdit(db)).toThrow(`Staffroom cannot undo “Bigger room”: the room ${room.name} has been changed another way since. Nothing was changed.`);
    expect(everything(db)).toEqual(before);
  });

  it('start afresh when the whole school is replaced', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    applyEdit(db, 'Bigger room', [{ kind: 'room', id: room.id, after: { ...room, capacity: 40 } }]);
    replaceSchool(db, demo('secondary'));
    expect(editHistory(db)).toEqual([]);
    expect(undoEdit(db)).toBeNull();
  });

  it('keep the newest entries once the log is full', () => {
    const { db, school } = databaseWith('primary');
    const room = school.rooms[0]!;
    const edits = HISTORY_LIMIT + 5;
    for (let i = 0; i < edits; i++) applyEdit(db, `Edit ${i}`, [{ kind: 'room', id: room.id, after: { ...room, capacity: 100 + i } }]);
    expect(db.prepare('SELECT count(*) FROM edit_log').pluck().get()).toBe(HISTORY_LIMIT);
    expect(editHistory(db, 1)[0]?.label).toBe(`Edit ${edits - 1}`);
    expect(editHistory(db, HISTORY_LIMIT).at(-1)?.label).toBe('Edit 5');
  });
});
