export { openDatabase, DatabaseTooNewError, schemaVersion, type Db } from './database';
export { hasSchool, readSchool, readSessions, readUnfilled, NoSchoolError } from './queries/read-school';
export { replaceSchool } from './mutations/replace-school';
export { readPupilIdentities, readImportMapping, type StoredIdentity } from './queries/import-memory';
export { applyImport, type ImportToSave } from './mutations/apply-import';
