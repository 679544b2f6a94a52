/** Databases holding the demo schools, for the edit tests. */
import { readFileSync } from 'node:fs';
import { openDatabase, replaceSchool, type Db } from '../../../db';
import { schoolSchema, type School } from '../../../solver/model';

/** A fresh copy of a demo school. */
export function demo(name: 'primary' | 'secondary'): School {
  return schoolSchema.parse(JSON.parse(readFileSync(`demo/${name}.json`, 'utf8')));
}

/** An in-memory database holding a demo school. */
export function databaseWith(name: 'primary' | 'secondary'): { db: Db; school: School } {
  const db = openDatabase(':memory:');
  const school = demo(name);
  replaceSchool(db, school);
  return { db, school };
}

/** Rows in the edit log. */
export function logSize(db: Db): number {
  return db.prepare('SELECT count(*) FROM edit_log').pluck().get() as number;
}

/** Everything about the school and its history that an edit may change. */
export function everything(db: Db): unknown {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
