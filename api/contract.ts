/**
 * The one IPC contract. Every channel the renderer may call is listed here as `domain:verb`, with
 * a zod schema for its input (checked on the Node side before any handler runs) and the type of
 * its output. The preload, the handlers and the renderer's client are all typed from this map.
 *
 * Adding a channel: one entry here, e.g.
 *   'session:move': channel(z.strictObject({ session: z.string(), ... })).returns<Session>(),
 * then its handler in handlers/<domain>.ts and its line in electron/preload.cts; the type checker
 * points at each place that is still missing.
 *
 * The renderer imports only types from this file (zod never reaches its bundle).
 */
import { z } from 'zod';
import type { Phase, School } from '../solver/model/school-file';
import {
  editInputs, type DeleteImpact, type EditHistoryView, type EditOutcome, type ExportedFile, type HistoryState,
  type HistoryStep, type SchoolFileCheck, type SchoolImport,
} from './edits';
import { gridInputs, type Alternative, type DropTargets, type GridOutcome, type PlanJobView } from './grid';
import { EXPORT_FORMATS, EXPORT_VIEWS } from '../export/choices';
import { IMPORT_KINDS } from '../import/headers';
import { DAYS } from '../solver/model/school-file';
import type { ImportPreview } from '../import/types';
import type { Envelope } from './result';

declare const outputType: unique symbol;

/** A channel: its runtime input schema, and its output type (a type only, never a value). */
export interface Channel<Input extends z.ZodType, Output> {
  readonly input: Input;
  readonly [outputType]?: Output;
}

function channel<Input extends z.ZodType>(input: Input) {
  return { returns: <Output>(): Channel<Input, Output> => ({ input }) };
}

/** Channels that take nothing refuse every payload. */
const noInput = z.undefined({ error: 'this request takes no input' });

export const DEMO_PHASES = ['primary', 'secondary'] as const;
export type DemoPhase = (typeof DEMO_PHASES)[number];

export interface AppInfo {
  name: string;
  version: string;
  /** `desktop` in the Electron window, `browser` behind `staffroom serve`. */
  runtime: 'desktop' | 'browser';
  dataFolder: string;
  databaseFile: string;
}

export interface SchoolCounts {
  staff: number;
  pupils: number;
  classes: number;
  lessons: number;
  groups: number;
  cover: number;
  rooms: number;
  sessions: number;
}

export interface SchoolSummary {
  name: string;
  phase: Phase;
  weeks: readonly string[];
  counts: SchoolCounts;
}

export type SchoolState = { open: false } | { open: true; summary: SchoolSummary };

/** A bundled demo school, as offered on the welcome screen. */
export interface DemoSchool {
  phase: DemoPhase;
  summary: SchoolSummary;
}

export interface ExternalLinkResult {
  url: string;
  /** False where the shell cannot open it itself (the browser path): the page opens it. */
  opened: boolean;
}

/**
 * An import request: the file's bytes as base64 (JSON carries no bytes; base64 costs a third
 * more where a number array would cost about three and a half times, and the browser server
 * takes 16 MB a request, so files up to about 11 MB fit), the person's column choices and the
 * rows they corrected in the preview. Apply takes the same request and checks it all again.
 */
export const MAX_IMPORT_BASE64 = 15_000_000;
const importRequest = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().max(260),
  data: z.string().max(MAX_IMPORT_BASE64, 'the file is too large to import (at most about 11 MB)').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  mapping: z.record(z.string().max(500), z.string().max(40)).optional(),
  edits: z.array(z.strictObject({ line: z.number().int().min(2), cells: z.array(z.string().max(10_000)).max(1000) })).max(100_000).optional(),
});

export type ImportRequest = z.input<typeof importRequest>;

/** What the import screen shows before anything is saved. */
export interface ImportPreviewResult extends ImportPreview {
  fileName: string;
  /** True when the column choices came from the last import of a file with the same headings. */
  remembered: boolean;
  /** The choices in force (remembered or sent), to send back with the next request. */
  mapping: Record<string, string>;
}

/**
 * A confirmed import is one edit in the history, called `label`, so Undo takes it back; `changed`
 * is false when the file left the school as it was (nothing was recorded). Not applied when the
 * file, checked again, has rejected rows or problems: the preview says which.
 */
export type ImportApplyResult =
  | { applied: true; changed: boolean; label: string; summary: SchoolSummary; preview: ImportPreviewResult; history: HistoryState }
  | { applied: false; preview: ImportPreviewResult };

/**
 * A printable timetable or export: the view, who (ids of adults, groups, pupils or rooms; none
 * means everyone), and for the daily sheet a date or a day and week.
 */
const exportRequest = z.strictObject({
  view: z.enum(EXPORT_VIEWS),
  format: z.enum(EXPORT_FORMATS),
  who: z.array(z.string().min(1).max(200)).max(10_000).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').optional(),
  week: z.string().min(1).max(10).optional(),
  day: z.enum(DAYS).optional(),
});

export type ExportRenderRequest = z.input<typeof exportRequest>;

/** The files of an export (one, or one per adult for calendars), what was left out, and how many pages the HTML holds. */
export interface ExportResult {
  files: ExportedFile[];
  notes: string[];
  sheets: number;
}

/** A PDF made by the desktop app from the same HTML, as base64 (JSON carries no bytes). */
export interface ExportedPdf {
  fileName: string;
  base64: string;
  sheets: number;
}

export const contract = {
  'app:info': channel(noInput).returns<AppInfo>(),
  'app:openExternal': channel(z.strictObject({ url: z.string().max(2048) })).returns<ExternalLinkResult>(),
  'school:summary': channel(noInput).returns<SchoolState>(),
  'school:get': channel(noInput).returns<School>(),
  'school:listDemos': channel(noInput).returns<DemoSchool[]>(),
  'school:openDemo': channel(z.strictObject({ phase: z.enum(DEMO_PHASES) })).returns<SchoolSummary>(),

  // Undo and redo over the edit history kept in the database.
  'edit:undo': channel(noInput).returns<HistoryStep>(),
  'edit:redo': channel(noInput).returns<HistoryStep>(),
  'edit:history': channel(editInputs.history).returns<EditHistoryView>(),
  'edit:deleteImpact': channel(editInputs.impact).returns<DeleteImpact>(),

  // One save and one delete per kind of thing; each is one edit, undone as one.
  'staff:save': channel(editInputs.staff).returns<EditOutcome>(),
  'staff:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'pupil:save': channel(editInputs.pupil).returns<EditOutcome>(),
  'pupil:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'group:save': channel(editInputs.group).returns<EditOutcome>(),
  'group:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'cover:save': channel(editInputs.cover).returns<EditOutcome>(),
  'cover:addForSlots': channel(editInputs.coverForSlots).returns<EditOutcome>(),
  'cover:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'room:save': channel(editInputs.room).returns<EditOutcome>(),
  'room:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'skill:save': channel(editInputs.skill).returns<EditOutcome>(),
  'skill:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'class:save': channel(editInputs.class).returns<EditOutcome>(),
  'class:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'session:save': channel(editInputs.session).returns<EditOutcome>(),
  'session:delete': channel(editInputs.delete).returns<EditOutcome>(),
  'calendar:save': channel(editInputs.calendar).returns<EditOutcome>(),

  // The File menu: the whole school as a staffroom/1 file, in and out.
  'file:checkSchool': channel(editInputs.schoolFile).returns<SchoolFileCheck>(),
  'file:importSchool': channel(editInputs.schoolFile).returns<SchoolImport>(),
  'file:exportSchool': channel(noInput).returns<ExportedFile>(),
  'import:preview': channel(importRequest).returns<ImportPreviewResult>(),
  'import:apply': channel(importRequest).returns<ImportApplyResult>(),

  // The plan grid: live drop targets, the one move command, pins, and who could take a session.
  'plan:targets': channel(gridInputs.targets).returns<DropTargets>(),
  'session:move': channel(gridInputs.move).returns<GridOutcome>(),
  'session:pin': channel(gridInputs.session).returns<GridOutcome>(),
  'session:unpin': channel(gridInputs.session).returns<GridOutcome>(),
  'session:remove': channel(gridInputs.session).returns<GridOutcome>(),
  'session:alternatives': channel(gridInputs.alternatives).returns<Alternative[]>(),

  // The planner, off the interface thread: start, ask how it is going, cancel, then accept or discard.
  'plan:start': channel(gridInputs.planStart).returns<PlanJobView>(),
  'plan:progress': channel(gridInputs.job).returns<PlanJobView>(),
  'plan:cancel': channel(gridInputs.job).returns<PlanJobView>(),
  'plan:accept': channel(gridInputs.job).returns<GridOutcome>(),
  'plan:discard': channel(gridInputs.job).returns<PlanJobView>(),
  // Print and export: the same HTML is exported, shown, printed and (desktop only) saved as a PDF.
  'export:render': channel(exportRequest).returns<ExportResult>(),
  'export:pdf': channel(exportRequest.omit({ format: true })).returns<ExportedPdf>(),
} satisfies Record<`${string}:${string}`, Channel<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;

/** What a caller passes (before validation). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after validation). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C] extends Channel<z.ZodType, infer Output> ? Output : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

/**
 * What the preload exposes as `window.staffroom`: exactly one function per channel, each
 * answering with an envelope (an Error thrown across the bridge would lose its code).
 */
export type StaffroomBridge = {
  readonly [C in ChannelName]: (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;
};
