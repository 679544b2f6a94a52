/**
 * Edits with undo and redo, kept in the database (migration 002, `edit_log`).
 *
 * Every change a person makes to the school is one `applyEdit(db, label, changes)`: a list of
 * `{ kind, id, after }` (after = the entity exactly as in the staffroom/1 file, or null to remove
 * it), applied and recorded in one transaction. For example, the plan grid moving a session:
 *
 *   applyEdit(db, 'Moved ELSA group to Wednesday Period 2', [
 *     { kind: 'session', id: session.id, after: { ...session, day: 'Wed', period: 'P2' } },
 *   ]);
 *
 * A drag that also swaps another session, or a planner run that rewrites many sessions and the
 * unfilled list, is still one edit: list every session (and `{ kind: 'plan', id: 'plan', after:
 * { unfilled } }`) in the same call, and one undo restores all of it. `undoEdit` and `redoEdit`
 * step through the log; replacing the whole school (`replaceSchool`) empties it. Something that
 * produces a whole new school (an MIS import) records it as one edit too: `changesBetween(now,
 * next)` lists the entities that differ, and `applyEditAlongside` applies them together with any
 * other writes that must share the transaction.
 */
export { applyEdit, applyEditAlongside, HISTORY_LIMIT, type EditEntry, type RecordedChange } from './apply-edit';
export { changesBetween } from './school-changes';
export { undoEdit, redoEdit, editHistory, historyState, type HistoryState } from './history';
export { EditRefusedError, type RefusalReason } from './refusal';
export {
  ENTITY_KINDS, ENTITY_NOUNS, ENTITY_SCHEMAS, entityName,
  type EntityChange, type EntityKind, type EntityValues, type Snapshot,
} from './entities';
