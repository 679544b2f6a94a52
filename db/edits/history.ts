/**
 * Undo and redo over the edit log. Undo writes back the "before" snapshots of the newest edit not
 * yet undone; redo writes the "after" snapshots of the oldest undone one. Each is one transaction,
 * and each first checks that the entities are still as the edit left them, so an undo never
 * overwrites something changed another way since.
 */
import { z } from 'zod';
import type { Db } from '../database';
import type { Writer } from '../mutations/writer';
import { ENTITY_KINDS, ENTITY_NOUNS, entityName, type EntityKind, type Snapshot } from './entities';
import { inEditTransaction, type EditEntry, type RecordedChange } from './apply-edit';
import { EditRefusedError } from './refusal';
import { storeOf } from './stores';

const snapshotSchema = z.object({
  value: z.unknown(),
  position: z.number().int().optional(),
  positions: z.array(z.number().int()).optional(),
});
const recordedSchema = z.array(z.object({
  kind: z.enum(ENTITY_KINDS),
  id: z.string(),
  before: snapshotSchema.nullable(),
  after: snapshotSchema.nullable(),
}));

interface LogRow {
  id: number;
  made_at: string;
  label: string;
  changes: string;
  undone: number;
}

/** What undo and redo would do next: their labels, or null when there is nothing to undo or redo. */
export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

/** Undoes the newest edit not yet undone; returns it, or null when there is nothing to undo. */
export function undoEdit(db: Db): EditEntry | null {
  return step(db, 'SELECT * FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1', 'undo');
}

/** Redoes the oldest undone edit; returns it, or null when there is nothing to redo. */
export function redoEdit(db: Db): EditEntry | null {
  return step(db, 'SELECT * FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1', 'redo');
}

/** The newest `limit` entries of the log, newest first. */
export function editHistory(db: Db, limit = 50): EditEntry[] {
  const rows = db.prepare('SELECT id, made_at, label, undone FROM edit_log ORDER BY id DESC LIMIT ?').all(limit) as LogRow[];
  return rows.map(entryOf);
}

/** The labels of the next undo and redo. */
export function historyState(db: Db): HistoryState {
  const label = (sql: string) => (db.prepare(sql).pluck().get() as string | undefined) ?? null;
  return {
    undo: label('SELECT label FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1'),
    redo: label('SELECT label FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1'),
  };
}

function entryOf(row: LogRow): EditEntry {
  return { id: row.id, at: row.made_at, label: row.label, undone: row.undone === 1 };
}

function step(db: Db, select: string, direction: 'undo' | 'redo'): EditEntry | null {
  if (db.inTransaction) throw new Error(`An ${direction} must be its own transaction, not part of another.`);
  const found = db.prepare(select).get() as LogRow | undefined;
  if (!found) return null;
  return inEditTransaction(db, (w, names) => {
    const row = db.prepare('SELECT * FROM edit_log WHERE id = ?').get(found.id) as LogRow;
    const changes = recordedSchema.parse(JSON.parse(row.changes)) as RecordedChange[];
    const [from, to] = direction === 'undo' ? (['after', 'before'] as const) : (['before', 'after'] as const);
    for (const change of changes) {
      const now = storeOf(change.kind).read(db, change.id);
      if (JSON.stringify(now) !== JSON.stringify(change[from])) {
        const what = describe(change.kind, change.id, change[from] ?? change[to]);
        throw new EditRefusedError('conflict', `Staffroom cannot ${direction} “${row.label}”: ${what} has been changed another way since. Nothing was changed.`);
      }
    }
    names.push(...changes.map((c) => ({ ...c, before: c[from] })));
    writeSnapshots(w, changes.map((c) => ({ kind: c.kind, id: c.id, snapshot: c[to] })));
    w.run('UPDATE edit_log SET undone = ? WHERE id = ?', direction === 'undo' ? 1 : 0, row.id);
    return { entry: { ...entryOf(row), undone: direction === 'undo' }, keep: true };
  });
}

/** Writes snapshots exactly: writes first, removals after, in the same order an edit uses. */
function writeSnapshots(w: Writer, targets: readonly { kind: EntityKind; id: string; snapshot: Snapshot | null }[]): void {
  const removalRank = (kind: EntityKind) => (kind === 'class-lessons' || kind === 'session' ? 0 : kind === 'plan' ? 2 : 1);
  const writes = targets.filter((t) => t.snapshot !== null);
  const removals = targets.filter((t) => t.snapshot === null).sort((a, b) => removalRank(a.kind) - removalRank(b.kind));
  for (const t of writes) if (t.snapshot) storeOf(t.kind).write(w, t.id, t.snapshot as Snapshot<typeof t.kind>);
  for (const t of removals) storeOf(t.kind).remove(w, t.id);
}

function describe(kind: EntityKind, id: string, snapshot: Snapshot | null): string {
  const name = entityName(kind, id, snapshot?.value);
  if (kind === 'school' || kind === 'calendar' || kind === 'plan') return name;
  if (kind === 'class-lessons') return `the lessons of class ${id}`;
  return `the ${ENTITY_NOUNS[kind]} ${name}`;
}
