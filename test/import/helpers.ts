/** Running the importer on CSV text or fixture files. */
import { readFileSync } from 'node:fs';
import type { ImportKind, Mapping } from '../../import/headers';
import { runImport } from '../../import/merge';
import type { ImportOutcome, PupilIdentity, RowEdit } from '../../import/types';
import type { School } from '../../solver/model/school-file';

export const TODAY = '2025-09-22';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`test/fixtures/mis/${name}`));
}

export function importText(
  kind: ImportKind,
  csv: string | Uint8Array,
  school: School,
  options: { mapping?: Mapping; edits?: RowEdit[]; identities?: PupilIdentity[] } = {},
): ImportOutcome {
  const bytes = typeof csv === 'string' ? new TextEncoder().encode(csv) : csv;
  return runImport({ kind, bytes, school, today: TODAY, ...options });
}

/** "line N: reason" for every rejected row. */
export function rejections(outcome: ImportOutcome): string[] {
  return outcome.preview.rejected.map((r) => `line ${r.line}: ${r.reasons.join('; ')}`);
}
