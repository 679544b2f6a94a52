/** Saving a confirmed import: the merged school, pupils' identities and the column mapping, in one transaction. */
import type { School } from '../../solver/model';
import type { Db } from '../database';
import type { StoredIdentity } from '../queries/import-memory';
import { replaceSchool } from './replace-school';

export interface ImportToSave {
  school: School;
  identities: readonly StoredIdentity[];
  kind: string;
  signature: string;
  /** The columns the person mapped by hand (heading -> field, "" = left out); empty saves nothing. */
  mapping: Readonly<Record<string, string>>;
  /** YYYY-MM-DD, when the mapping was saved. */
  today: string;
}

/** Writes everything an import changes, or nothing if any part fails. */
export function applyImport(db: Db, save: ImportToSave): void {
  db.transaction(() => {
    replaceSchool(db, save.school);
    db.prepare('DELETE FROM pupil_identity').run();
    const insert = db.prepare('INSERT INTO pupil_identity (pupil_id, legal_surname, legal_forename, dob) VALUES (?, ?, ?, ?)');
    const pupils = new Set(save.school.pupils.map((p) => p.id));
    for (const i of save.identities) if (pupils.has(i.pupil)) insert.run(i.pupil, i.legalSurname, i.legalForename, i.dob);
    if (Object.keys(save.mapping).length > 0) {
      db.prepare(
        `INSERT INTO import_mapping (kind, signature, mapping, saved) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind, signature) DO UPDATE SET mapping = excluded.mapping, saved = excluded.saved`,
      ).run(save.kind, save.signature, JSON.stringify(save.mapping), save.today);
    }
  })();
}
