export { openDatabase, DatabaseTooNewError, schemaVersion, type Db } from './database';
export { hasSchool, readSchool, readSessions, readUnfilled, NoSchoolError } from './queries/read-school';
export { replaceSchool } from './mutations/replace-school';
