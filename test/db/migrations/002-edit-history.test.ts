import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db';

const insert = "INSERT INTO edit_log (made_at, label, changes, undone) VALUES (?, ?, ?, ?)";
const change = JSON.stringify([{ kind: 'room', id: 'R1', before: null, after: { value: { id: 'R1', name: 'Hub', kind: 'hall', capacity: 30 }, position: 0 } }]);

describe('migration 002: the edit history', () => {
  it('keeps an entry with its time, label, snapshots and undone flag', () => {
    const db = openDatabase(':memory:');
    db.prepare(insert).run('2025-09-22T10:00:00.000Z', 'Added room Hub', change, 0);
    const row = db.prepare('SELECT * FROM edit_log').get() as { label: string; changes: string; undone: number };
    expect(row).toMatchObject({ label: 'Added room Hub', undone: 0 });
    expect(JSON.parse(row.changes)).toEqual(JSON.parse(change));
  });

  it('refuses snapshots that are not a JSON list of changes', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', 'x', '{not json', 0)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', 'x', '{"kind":"room"}', 0)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', 'x', '[]', 0)).toThrow(/CHECK/);
  });

  it('refuses an empty label, a time that is not ISO 8601, and an undone flag other than 0 or 1', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', '   ', change, 0)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('yesterday', 'x', change, 0)).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', 'x', change, 2)).toThrow(/CHECK/);
  });

  it('is STRICT about types', () => {
    const db = openDatabase(':memory:');
    expect(() => db.prepare(insert).run('2025-09-22T10:00:00Z', 'x', change, 'no')).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'edit_log'").pluck().get()).toMatch(/\)\s*STRICT$/);
  });
});
