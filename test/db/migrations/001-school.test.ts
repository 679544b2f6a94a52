import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase, replaceSchool } from '../../../db';
import { schoolSchema } from '../../../solver/model';

const open = () => {
  const db = openDatabase(':memory:');
  replaceSchool(db, schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8'))));
  return db;
};

describe('migration 001: the school tables', () => {
  it('refuses to delete a person a plan session still names', () => {
    const db = open();
    expect(() => db.prepare("DELETE FROM staff WHERE id = 'X01'").run()).toThrow(/FOREIGN KEY/);
  });

  it('refuses values outside the spec', () => {
    const db = open();
    expect(() => db.prepare("UPDATE staff SET role = 'caretaker' WHERE id = 'T01'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE room SET capacity = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE period SET start = '12:00', end = '11:00' WHERE id = 'P1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE plan_session SET cover_id = 'VIS02-A' WHERE group_id IS NOT NULL").run()).toThrow(/CHECK/);
  });

  it('is STRICT about types', () => {
    const db = open();
    expect(() => db.prepare("UPDATE room SET capacity = 'many'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('renames an id everywhere it is used', () => {
    const db = open();
    db.prepare("UPDATE staff SET id = 'X01-NEW' WHERE id = 'X01'").run();
    expect(db.prepare("SELECT count(*) AS n FROM plan_session_staff WHERE staff_id = 'X01-NEW'").get()).toEqual({ n: 1 });
  });
});
