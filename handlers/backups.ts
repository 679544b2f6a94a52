/**
 * A copy of the database file, taken before anything replaces the whole school (importing a
 * school file), in the data folder's `backups/`. The newest few are kept.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db';

export const BACKUP_FOLDER = 'backups';
export const BACKUPS_KEPT = 20;
const BACKUP_NAME = /^staffroom-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.db$/;

/** Copies the database into `<dataFolder>/backups/staffroom-<time>.db`; returns the copy's path. */
export function backUpDatabase(db: Db, dataFolder: string, now: Date = new Date()): string {
  const folder = join(dataFolder, BACKUP_FOLDER);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `staffroom-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  // VACUUM INTO writes a consistent, compact copy even while the database is open in WAL mode.
  db.prepare('VACUUM INTO ?').run(file);
  const backups = readdirSync(folder).filter((name) => BACKUP_NAME.test(name)).sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - BACKUPS_KEPT))) rmSync(join(folder, old), { force: true });
  return file;
}
