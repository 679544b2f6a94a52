/**
 * Making an edit: every entity it changes is read as it is (before), written as asked (after),
 * and the pair recorded in the edit log as one entry, all in one transaction. Anything that goes
 * wrong (a value outside the format, a reference left dangling) rolls all of it back and throws an
 * EditRefusedError that says why in plain words.
 */
import type { Db } from '../database';
import { hasSchool, NoSchoolError } from '../queries/calendar';
import { writer, type Writer } from '../mutations/writer';
import { brokenLinkMessages, removedNames } from './broken-links';
import { ENTITY_KINDS, ENTITY_NOUNS, ENTITY_SCHEMAS, SINGLETONS, type EntityChange, type EntityKind, type Snapshot } from './entities';
import { EditRefusedError } from './refusal';
import { storeOf } from './stores';

/** One change as the log keeps it: the entity's snapshot before and after (null = absent). */
export interface RecordedChange {
  kind: EntityKind;
  id: string;
  before: Snapshot | null;
  after: Snapshot | null;
}

/** An entity an edit is about to write, with its state before (so messages can name what it removed). */
export interface Touched {
  kind: EntityKind;
  id: string;
  before: Snapshot | null;
}

/** An entry of the edit log. */
export interface EditEntry {
  id: number;
  /** When the edit was made, an ISO 8601 time in UTC. */
  at: string;
  label: string;
  undone: boolean;
}

/** How many entries the log keeps; older ones drop off, as in any editor's undo. */
export const HISTORY_LIMIT = 1000;
const MAX_LABEL = 300;

/**
 * Applies `changes` as one edit called `label` and records it for undo; the redo stack is cleared.
 * Returns the new log entry, or null when the changes leave everything as it was (nothing is recorded).
 */
export function applyEdit(db: Db, label: string, changes: readonly EntityChange[], now: Date = new Date()): EditEntry | null {
  const trimmed = checkLabel(label);
  if (changes.length === 0) throw new EditRefusedError('invalid', 'This edit changes nothing.');
  checkChanges(changes);
  return inEditTransaction(db, (w, names) => {
    const entry = recordChanges(db, w, names, trimmed, changes, now);
    return { entry, keep: entry !== null };
  });
}

/**
 * Like applyEdit, with `alongside` writing what belongs with the edit but is not school data (what
 * an MIS import remembers) in the same transaction: all of it is saved, or none. With no changes,
 * or changes that leave the school as it was, only `alongside` is written and nothing is recorded.
 */
export function applyEditAlongside(
  db: Db,
  label: string,
  changes: readonly EntityChange[],
  alongside: (w: Writer) => void,
  now: Date = new Date(),
): EditEntry | null {
  const trimmed = checkLabel(label);
  checkChanges(changes);
  return inEditTransaction(db, (w, names) => {
    const entry = changes.length === 0 ? null : recordChanges(db, w, names, trimmed, changes, now);
    alongside(w);
    return { entry, keep: true };
  });
}

function checkLabel(label: string): string {
  const trimmed = label.trim();
  if (trimmed === '' || trimmed.length > MAX_LABEL) {
    throw new EditRefusedError('invalid', `An edit needs a plain label of 1 to ${MAX_LABEL} characters.`);
  }
  return trimmed;
}

/** Writes the changes inside the edit's transaction and logs them; null when nothing changed (nothing logged). */
function recordChanges(db: Db, w: Writer, names: Touched[], label: string, changes: readonly EntityChange[], now: Date): EditEntry | null {
  const planned = withImplicitPlan(db, changes);
  const befores = planned.map((c) => storeOf(c.kind).read(db, c.id));
  names.push(...planned.map((c, i) => ({ kind: c.kind, id: c.id, before: befores[i] ?? null })));
  writeInOrder(planned.map((c, i) => ({ kind: c.kind, id: c.id, write: () => {
    const store = storeOf(c.kind);
    if (c.after === null) store.remove(w, c.id);
    else store.write(w, c.id, store.place(w, c.after, befores[i] ?? null));
  }, removes: c.after === null })));
  const recorded: RecordedChange[] = planned.map((c, i) => ({
    kind: c.kind, id: c.id, before: befores[i] ?? null, after: storeOf(c.kind).read(db, c.id),
  }));
  const changed = recorded.filter((r) => JSON.stringify(r.before) !== JSON.stringify(r.after));
  if (changed.length === 0) return null;
  w.run('DELETE FROM edit_log WHERE undone = 1');
  const at = now.toISOString();
  const id = Number(w.value('INSERT INTO edit_log (made_at, label, changes) VALUES (?, ?, ?) RETURNING id', at, label, JSON.stringify(changed)));
  w.run('DELETE FROM edit_log WHERE id <= ?', id - HISTORY_LIMIT);
  return { id, at, label, undone: false };
}

/** Refuses malformed changes before anything is read or written. */
function checkChanges(changes: readonly EntityChange[]): void {
  const seen = new Set<string>();
  for (const change of changes) {
    if (!(ENTITY_KINDS as readonly string[]).includes(change.kind)) {
      throw new EditRefusedError('invalid', `Staffroom does not know what a “${String(change.kind)}” is.`);
    }
    const noun = ENTITY_NOUNS[change.kind];
    const key = `${change.kind}:${change.id}`;
    if (seen.has(key)) throw new EditRefusedError('invalid', `One edit changes the ${noun} “${change.id}” twice; change it once.`);
    seen.add(key);
    if (SINGLETONS.includes(change.kind) ? change.id !== change.kind : change.id.trim() === '') {
      throw new EditRefusedError('invalid', `The ${noun} is named by the wrong id “${change.id}”.`);
    }
    if (change.after === null) continue;
    const parsed = ENTITY_SCHEMAS[change.kind].safeParse(change.after);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      throw new EditRefusedError('invalid', `The ${noun} “${change.id}” does not fit the school file${path ? ` at ${path}` : ''}: ${issue?.message ?? 'it is malformed'}.`, path || undefined);
    }
    const value: unknown = change.after;
    if (change.kind === 'class-lessons') {
      if (change.after.some((lesson) => lesson.class !== change.id)) {
        throw new EditRefusedError('invalid', `Every lesson of class “${change.id}” must name that class.`);
      }
    } else if (!SINGLETONS.includes(change.kind) && (value as { id: string }).id !== change.id) {
      throw new EditRefusedError('invalid', `The ${noun} “${change.id}” cannot change its id; remove it and add a new one instead.`);
    }
  }
}

/** A session needs a plan to belong to: adding one to a school without a plan starts an empty plan in the same edit. */
function withImplicitPlan(db: Db, changes: readonly EntityChange[]): EntityChange[] {
  const addsSession = changes.some((c) => c.kind === 'session' && c.after !== null);
  const touchesPlan = changes.some((c) => c.kind === 'plan');
  if (!addsSession || touchesPlan || storeOf('plan').read(db, 'plan') !== null) return [...changes];
  return [...changes, { kind: 'plan', id: 'plan', after: {} }];
}

interface Step {
  kind: EntityKind;
  id: string;
  removes: boolean;
  write: () => void;
}

/**
 * Writes first, removals after, so a change that drops a reference lands before the removal of
 * what it referred to. Among removals, lessons and sessions go before their class, group or
 * cover item (which refuse while they remain), and the plan itself goes last.
 */
function writeInOrder(steps: readonly Step[]): void {
  const removalRank = (kind: EntityKind) => (kind === 'class-lessons' || kind === 'session' ? 0 : kind === 'plan' ? 2 : 1);
  const writes = steps.filter((s) => !s.removes);
  const removals = steps.filter((s) => s.removes).sort((a, b) => removalRank(a.kind) - removalRank(b.kind));
  for (const step of [...writes, ...removals]) step.write();
}

/**
 * Runs `work` in one immediate transaction with foreign keys checked at the end, so a set of
 * changes only has to be consistent as a whole. A broken reference, a CHECK or any error rolls
 * everything back; a broken reference becomes a plain EditRefusedError.
 */
export function inEditTransaction<T>(
  db: Db,
  work: (w: Writer, touched: Touched[]) => { entry: T; keep: boolean },
): T {
  if (db.inTransaction) throw new Error('An edit must be its own transaction, not part of another.');
  db.exec('BEGIN IMMEDIATE');
  const touched: Touched[] = [];
  try {
    if (!hasSchool(db)) throw new NoSchoolError();
    db.pragma('defer_foreign_keys = ON');
    const { entry, keep } = work(writer(db), touched);
    if (!keep) {
      db.exec('ROLLBACK');
      return entry;
    }
    const broken = brokenLinkMessages(db, removedNames(touched));
    if (broken.length > 0) throw new EditRefusedError('in-use', `${broken.join(' ')} Nothing was changed.`);
    db.exec('COMMIT');
    return entry;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw plainError(error);
  }
}

function plainError(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return error;
  if (error.code === 'SQLITE_CONSTRAINT_CHECK' || error.code === 'SQLITE_CONSTRAINT_NOTNULL') {
    const rule = error.message.replace(/^[A-Z ]+constraint failed: /i, '');
    return new EditRefusedError('invalid', `A value breaks one of the school file’s rules (${rule}). Nothing was changed.`);
  }
  return error;
}
