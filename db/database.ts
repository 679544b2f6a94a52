/** Opening the local database: durable settings, then every pending migration. */
import Database from 'better-sqlite3';
import { allMigrations, type Migration } from './migrations';

export type Db = Database.Database;

/** The database was written by a newer Staffroom than this one; it is left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This data was saved by a newer version of Staffroom (database version ${found}; this version understands up to ${known}). ` +
        'Install the latest Staffroom to open it. Nothing has been changed.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Opens (creating if needed) a Staffroom database and brings its schema up to date. */
export function openDatabase(file: string, migrations: readonly Migration[] = allMigrations()): Db {
  const db = new Database(file);
  try {
    // WAL keeps readers going during a write; FULL syncs every commit, so a power cut loses nothing.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version a database is at (SQLite's `user_version`). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies each pending migration in its own transaction, together with its version bump. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  const problems = db.pragma('foreign_key_check') as unknown[];
  if (problems.length > 0) throw new Error(`The database has ${problems.length} broken references after migrating`);
}
