/** What an import is given and what it answers: the preview a person reads before anything is saved. */
import type { School } from '../solver/model/school-file';
import type { ColumnMapping, ImportKind, Mapping } from './headers';

/**
 * How a pupil was named and born in the MIS. The school file has one display name, so the
 * legal names and date of birth that match a pupil without a UPN (domain.md 5.1) live beside it
 * (the app keeps them in its database, keyed by pupil id).
 */
export interface PupilIdentity {
  pupil: string;
  legalSurname: string;
  legalForename: string;
  dob: string | null;
}

/** A rejected row corrected by hand in the preview: the whole row's cells, in header order. */
export interface RowEdit {
  line: number;
  cells: string[];
}

export interface ImportInput {
  kind: ImportKind;
  bytes: Uint8Array;
  school: School;
  /** Columns mapped by hand: heading -> field, or "" for a column to leave out. */
  mapping?: Mapping;
  edits?: readonly RowEdit[];
  identities?: readonly PupilIdentity[];
  /** The date of this import (YYYY-MM-DD): people gone from the export are marked as left on it. */
  today: string;
}

export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

/** One person, class or lesson that the import adds, changes, marks as left or removes. */
export interface PreviewItem {
  entity: 'pupil' | 'staff' | 'class' | 'lesson';
  /** The stable key: UPN, staff code, class code, or class and slot. */
  key: string;
  name: string;
  /** The row it comes from; absent for someone no longer in the file. */
  line?: number;
  changes: FieldChange[];
  /** What follows from it elsewhere: groups and classes a leaver is taken out of, sessions that lose an adult. */
  effects: string[];
}

export interface RejectedRow {
  line: number;
  /** The text line where the row starts, when quoted line breaks make it differ from `line`. */
  textLine: number;
  reasons: string[];
  /** The row's cells as read (for correcting it in place). */
  cells: string[];
}

export interface RowWarning {
  line: number;
  message: string;
}

export interface ImportPreview {
  kind: ImportKind;
  /** How the bytes were read, in words. */
  encoding: string;
  /** The MIS the headings look like (SIMS, Arbor, Bromcom), when they say. */
  looksLike: string | null;
  header: string[];
  columns: ColumnMapping[];
  /** The header's key for remembering this mapping. */
  signature: string;
  /** The fields a column may be mapped to, for the mapping menus. */
  fields: { field: string; label: string; hint: string }[];
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  accepted: number;
  /** Problems with the file as a whole (empty, a required column not mapped). */
  fileProblems: string[];
  added: PreviewItem[];
  updated: PreviewItem[];
  left: PreviewItem[];
  removed: PreviewItem[];
  unchanged: number;
  rejected: RejectedRow[];
  warnings: RowWarning[];
  /** Plain sentences for the summary: how many lessons are protected, defaults used. */
  notes: string[];
  /** True when confirming would save: no file problem, no rejected row. */
  canApply: boolean;
}

export interface ImportOutcome {
  preview: ImportPreview;
  /** The merged school when the import can be applied, else null. */
  school: School | null;
  /** Every pupil identity to keep after applying (pupils import; the others pass them through). */
  identities: PupilIdentity[];
}

/** `line N: reason; reason` as the CLI and the preview print a rejected row. */
export function rejectionText(row: RejectedRow): string {
  return `line ${row.line}: ${row.reasons.join('; ')}`;
}
