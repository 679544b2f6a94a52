/**
 * What the editing channels take and give: the entity forms save through `<kind>:save` and
 * `<kind>:delete`, undo and redo, and the File menu. Input schemas are the staffroom/1 schemas of
 * solver/model/school-file.ts, with the id optional where a new entity gets one from Staffroom.
 * The renderer imports only types from here.
 */
import { z } from 'zod';
import {
  calendarSchema, classSchema, coverSchema, groupSchema, PHASES, pupilSchema, roomSchema, sessionSchema, skillSchema,
  slotSchema, staffSchema,
} from '../solver/model/school-file';
import type { SchoolSummary } from './contract';

/** A problem with one field of what was saved (`field` as `skills.0.expires`; '' for the whole thing). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The labels of what undo and redo would do next, or null where there is nothing. */
export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

/**
 * The outcome of a save or delete: done (with the id of the saved thing, the edit's label, and
 * warnings worth showing), or refused with every problem found. A refused save wrote nothing.
 */
export type EditOutcome =
  | { saved: true; changed: boolean; id: string; label: string; warnings: FieldProblem[]; history: HistoryState }
  | { saved: false; problems: FieldProblem[] };

/** What undo or redo did: the label of the edit, or null when there was nothing to do. */
export interface HistoryStep {
  label: string | null;
  history: HistoryState;
}

export interface HistoryEntry {
  id: number;
  /** ISO 8601, UTC. */
  at: string;
  label: string;
  undone: boolean;
}

export interface EditHistoryView extends HistoryState {
  entries: HistoryEntry[];
}

/** What deleting something would also change, for the confirmation. */
export interface DeleteImpact {
  name: string;
  consequences: string[];
}

/** A problem in a school file, at a JSON path such as `$.staff[3].name`. */
export interface FileProblem {
  path: string;
  message: string;
}

export type SchoolFileCheck =
  | { ok: true; summary: SchoolSummary; warnings: FileProblem[] }
  | { ok: false; problems: FileProblem[] };

export type SchoolImport =
  | { imported: true; summary: SchoolSummary; warnings: FileProblem[]; backupFile: string | null }
  | { imported: false; problems: FileProblem[] };

/** A file to hand to the person as a download. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  text: string;
}

export const DELETABLE_KINDS = ['staff', 'pupil', 'skill', 'room', 'class', 'group', 'cover', 'session'] as const;
export type DeletableKind = (typeof DELETABLE_KINDS)[number];

const newId = z.string().min(1, 'must be a non-empty id').optional();

/** A school file's text: big enough for a large school, well under the local server's request limit. */
export const MAX_SCHOOL_FILE_CHARS = 12_000_000;

export const editInputs = {
  staff: z.strictObject({ staff: staffSchema.extend({ id: newId }) }),
  pupil: z.strictObject({ pupil: pupilSchema.extend({ id: newId }) }),
  group: z.strictObject({ group: groupSchema.extend({ id: newId }) }),
  cover: z.strictObject({ cover: coverSchema.extend({ id: newId }) }),
  coverForSlots: z.strictObject({
    cover: coverSchema.omit({ id: true, week: true, day: true, period: true }),
    slots: z.array(slotSchema).min(1, 'choose at least one slot').max(100, 'choose at most 100 slots at once'),
  }),
  room: z.strictObject({ room: roomSchema.extend({ id: newId }) }),
  skill: z.strictObject({ skill: skillSchema.extend({ id: newId }) }),
  class: z.strictObject({ class: classSchema.extend({ id: newId }) }),
  session: z.strictObject({ session: sessionSchema.extend({ id: newId }) }),
  calendar: z.strictObject({ school: z.strictObject({ name: z.string(), phase: z.enum(PHASES) }), calendar: calendarSchema }),
  delete: z.strictObject({ id: z.string().min(1), withLinks: z.boolean().optional() }),
  impact: z.strictObject({ kind: z.enum(DELETABLE_KINDS), id: z.string().min(1) }),
  history: z.strictObject({ limit: z.number().int().min(1).max(500) }).optional(),
  schoolFile: z.strictObject({ text: z.string().max(MAX_SCHOOL_FILE_CHARS, 'the file is too large for a school file') }),
};
