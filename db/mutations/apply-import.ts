/**
 * Saving a confirmed import as one edit in the history (so Undo takes it back), together with the
 * pupils' identities and the column mapping it remembers, in one transaction.
 */
import type { School } from '../../solver/model';
import type { Db } from '../database';
import { applyEditAlongside, type EditEntry } from '../edits/apply-edit';
import { changesBetween } from '../edits/school-changes';
import type { StoredIdentity } from '../queries/import-memory';
import { readSchool } from '../queries/read-school';

export interface ImportToSave {
  /** The merged school the import leads to. */
  school: School;
  /** What the edit is called in the history, e.g. "Imported pupils from sims.csv: 12 added, 3 updated, 1 left". */
  label: string;
  identities: readonly StoredIdentity[];
  kind: string;
  signature: string;
  /** The columns the person mapped by hand (heading -> field, "" = left out); empty saves nothing. */
  mapping: Readonly<Record<string, string>>;
  /** YYYY-MM-DD, when the mapping was saved. */
  today: string;
}

/**
 * Writes everything an import changes, or nothing if any part fails. The school changes by entity
 * (only those that differ from the school now) as one edit; returns that edit, or null when the
 * import leaves the school as it was (the identities and mapping are still saved).
 */
export function applyImport(db: Db, save: ImportToSave, now: Date = new Date()): EditEntry | null {
  const changes = changesBetween(readSchool(db), save.school);
  const pupils = new Set(save.school.pupils.map((p) => p.id));
  return applyEditAlongside(db, save.label, changes, (w) => {
    w.run('DELETE FROM pupil_identity');
    for (const i of save.identities) {
      if (pupils.has(i.pupil)) w.insert('pupil_identity', { pupil_id: i.pupil, legal_surname: i.legalSurname, legal_forename: i.legalForename, dob: i.dob });
    }
    if (Object.keys(save.mapping).length > 0) {
      w.upsert('import_mapping', { kind: save.kind, signature: save.signature, mapping: JSON.stringify(save.mapping), saved: save.today }, ['kind', 'signature']);
    }
  }, now);
}
