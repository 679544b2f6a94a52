export { applyEdit, HISTORY_LIMIT, type EditEntry, type RecordedChange } from './apply-edit';
export { undoEdit, redoEdit, editHistory, historyState, type HistoryState } from './history';
export { EditRefusedError, type RefusalReason } from './refusal';
export {
  ENTITY_KINDS, ENTITY_NOUNS, ENTITY_SCHEMAS, entityName,
  type EntityChange, type EntityKind, type EntityValues, type Snapshot,
} from './entities';
