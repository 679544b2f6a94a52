import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, openDatabase, schemaVersion } from '../../db';
import { allMigrations } from '../../db/migrations';

const folders: string[] = [];
const tempFile = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'staffroom-db-'));
  folders.push(folder);
  return join(folder, 'staffroom.db');
};
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

describe('opening the database', () => {
  it('numbers migrations 1, 2, 3 ... and brings a new database to the latest', () => {
    const migrations = allMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it('uses WAL, full sync and foreign keys, with STRICT tables', () => {
    const db = openDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(20);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
  });

  it('refuses a database from a newer Staffroom and leaves it untouched', () => {
    const file = tempFile();
    openDatabase(file).close();
    const raw = new Database(file);
    const newer = allMigrations().length + 3;
    raw.pragma(`user_version = ${newer}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Staffroom .*Nothing has been changed/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(newer);
    after.close();
  });

  it('applies a failing migration not at all', () => {
    const file = tempFile();
    const good = allMigrations();
    const bad = [...good, { version: good.length + 1, name: 'broken', sql: 'CREATE TABLE extra (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' }];
    openDatabase(file).close();
    expect(() => openDatabase(file, bad)).toThrow(/nowhere/);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(good.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'extra'").get()).toEqual({ n: 0 });
  });
});
