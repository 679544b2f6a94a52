/** What imports remember between files: pupils' legal names and dates of birth, and column mappings. */
import type { Db } from '../database';

/** A pupil's legal names and date of birth as the MIS gave them (the school file keeps only the display name). */
export interface StoredIdentity {
  pupil: string;
  legalSurname: string;
  legalForename: string;
  dob: string | null;
}

/** Every stored pupil identity. */
export function readPupilIdentities(db: Db): StoredIdentity[] {
  const rows = db.prepare('SELECT pupil_id, legal_surname, legal_forename, dob FROM pupil_identity ORDER BY pupil_id').all() as {
    pupil_id: string;
    legal_surname: string;
    legal_forename: string;
    dob: string | null;
  }[];
  return rows.map((r) => ({ pupil: r.pupil_id, legalSurname: r.legal_surname, legalForename: r.legal_forename, dob: r.dob }));
}

/** The column choices saved for files of this kind with these headings, or null. */
export function readImportMapping(db: Db, kind: string, signature: string): Record<string, string> | null {
  const row = db.prepare('SELECT mapping FROM import_mapping WHERE kind = ? AND signature = ?').get(kind, signature) as
    | { mapping: string }
    | undefined;
  if (!row) return null;
  const parsed: unknown = JSON.parse(row.mapping);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const mapping: Record<string, string> = {};
  for (const [header, field] of Object.entries(parsed)) if (typeof field === 'string') mapping[header] = field;
  return mapping;
}
