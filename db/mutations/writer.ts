/** Prepared-statement helpers for the writers: each distinct statement is prepared once per writer. */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../database';

export type Value = string | number | null;
export type RowValues = Record<string, Value>;

export interface Writer {
  readonly db: Db;
  /** Inserts one row. */
  insert(table: string, row: RowValues): void;
  /** Inserts one row, or updates every other column of the row with the same `key` columns. */
  upsert(table: string, row: RowValues, key: readonly string[]): void;
  /** Runs a statement with positional parameters; returns the number of rows it changed. */
  run(sql: string, ...params: Value[]): number;
  /** The first column of the first row of a query. */
  value(sql: string, ...params: Value[]): Value | undefined;
}

/** 0/1 for a flag that was given, null for one left out. */
export const flag = (value: boolean | undefined): number | null => (value === undefined ? null : value ? 1 : 0);
/** 1 when an optional list was given (even empty), 0 when it was left out. */
export const given = (list: readonly unknown[] | undefined): number => (list === undefined ? 0 : 1);

/** A writer on `db`. */
export function writer(db: Db): Writer {
  const statements = new Map<string, Statement<Value[]>>();
  const namedStatements = new Map<string, Statement<RowValues>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<Value[]>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const named = (sql: string) => {
    let statement = namedStatements.get(sql);
    if (!statement) {
      statement = db.prepare<RowValues>(sql);
      namedStatements.set(sql, statement);
    }
    return statement;
  };
  return {
    db,
    insert(table, row) {
      const columns = Object.keys(row);
      named(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    },
    upsert(table, row, key) {
      const columns = Object.keys(row);
      const others = columns.filter((c) => !key.includes(c));
      const update = others.length === 0 ? 'NOTHING' : `UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}`;
      named(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT (${key.join(', ')}) DO ${update}`,
      ).run(row);
    },
    run(sql, ...params) {
      return prepared(sql).run(...params).changes;
    },
    value(sql, ...params) {
      const statement = prepared(sql);
      const row = statement.raw(true).get(...params) as Value[] | undefined;
      statement.raw(false);
      return row?.[0];
    },
  };
}

/** The position after the last row of `table` (0 for an empty table). */
export function nextPosition(w: Writer, table: string): number {
  return Number(w.value(`SELECT coalesce(max(position), -1) + 1 FROM ${table}`));
}
