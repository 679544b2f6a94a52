/** Small helpers for turning rows back into staffroom/1 objects, shared by every reader. */
import type { Db } from '../database';

export type Value = string | number | null | undefined;
export type Row = Record<string, string | number | null>;

/** An object of a school list together with its place in that list (the `position` column). */
export interface Positioned<T> {
  position: number;
  value: T;
}

export const str = (v: Value): string => String(v);
export const opt = (v: Value): string | undefined => (v === null || v === undefined ? undefined : String(v));
export const optNum = (v: Value): number | undefined => (v === null || v === undefined ? undefined : Number(v));
export const optBool = (v: Value): boolean | undefined => (v === null || v === undefined ? undefined : v === 1);

/** The list when its `*_given` flag is set, else undefined (an optional list that was left out). */
export const givenList = <T>(isGiven: Value, list: T[]): T[] | undefined => (isGiven === 1 ? list : undefined);

/** Removes keys whose value is undefined, so an absent optional field stays absent. */
export function drop<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Rows of `table`, all of them or only those whose `column` is `id`, ordered by `order`.
 * With an id the owner's index is used, so reading one entity stays cheap on a large school.
 */
export function rowsOf(db: Db, table: string, column: string, id: string | undefined, order: string): Row[] {
  const sql = id === undefined
    ? `SELECT * FROM ${table} ORDER BY ${order}`
    : `SELECT * FROM ${table} WHERE ${column} = ? ORDER BY ${order}`;
  const statement = db.prepare(sql);
  return (id === undefined ? statement.all() : statement.all(id)) as Row[];
}

/** Child rows grouped by their owner's id, each group in list order. */
export function byOwner(rows: readonly Row[], owner: string): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const key = str(row[owner]);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/** The children of one owner, turned into objects. */
export const listOf = <T>(map: ReadonlyMap<string, Row[]>, key: string, pick: (r: Row) => T): T[] => (map.get(key) ?? []).map(pick);
