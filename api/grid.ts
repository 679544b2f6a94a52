/**
 * What the plan grid's channels take and give: live drop targets for a card being dragged, the
 * one move command (drag, keyboard and menu all end in it), pins, the planner run as a job with
 * progress, Cancel, and a proposal to accept or discard, and who could take a session instead.
 * The renderer imports only types from here.
 */
import { z } from 'zod';
import { DAYS, type Session, type Unfilled } from '../solver/model/school-file';
import type { HistoryState } from './edits';

const id = z.string().min(1, 'must be a non-empty id').max(200);

/**
 * What is being dragged or moved: a planned session (`from` is the adult whose row it was picked
 * up from, when it has several), or demand from the Unplaced tray (a group's missing session, or
 * people a cover item still needs), in `week` for a two-week school.
 */
export const pickSchema = z.union([
  z.strictObject({ session: id, from: id.optional() }),
  z.strictObject({ group: id, week: id.optional() }),
  z.strictObject({ cover: id, week: id.optional() }),
]);
export type Pickup = z.infer<typeof pickSchema>;

export const slotInput = z.strictObject({ week: id.optional(), day: z.enum(DAYS), period: id });
export type SlotInput = z.infer<typeof slotInput>;

/** The plan as the grid shows it: every session and the unfilled demand with its reasons. */
export interface PlanState {
  sessions: Session[];
  unfilled: Unfilled[];
}

/**
 * Whether each place a card could be dropped keeps the hard rules. Slots run in cycle order (week,
 * then day, then period, as the calendar lists them). Rows are the school's staff in school order
 * (dropping there gives the card to that adult), then one more row for "the same adults" (a
 * session keeps its adults; demand from the tray gets the best free adult, named in `anyStaff`).
 * `codes[row * slotCount + slot]` is 0 where a drop keeps every rule, else 1 + the index of the
 * reason in `reasons` (one table of distinct sentences keeps the answer small).
 */
export interface DropTargets {
  slotCount: number;
  staff: string[];
  codes: number[];
  reasons: { rule: number; text: string }[];
  /** The room a drop in each slot would use (kept when still free, else the best free one); null for none. */
  rooms: (string | null)[];
  /** For demand from the tray: who the "same adults" row would give it to, per slot. */
  anyStaff: (string[] | null)[];
}

/**
 * A grid edit's outcome: done (one edit in the history, called `label`; `changed` false when it
 * left the plan as it was) with the plan as it is now, or refused with the rule it would break,
 * in plain words, and nothing written.
 */
export type GridOutcome =
  | { done: true; changed: boolean; label: string; session: string | null; plan: PlanState; history: HistoryState }
  | { done: false; reason: string; rule: number | null };

/** Who else could take a session, best first, with why in plain words. */
export interface Alternative {
  staff: string;
  name: string;
  valid: boolean;
  /** Why not, when not valid: the rules it would break. */
  reasons: string[];
  /** What makes them a better or worse choice: continuity, preference, how full their week is. */
  notes: string[];
  /** Lower is better. */
  cost: number;
}

/** One difference between the plan on the grid and the planner's proposal. */
export interface PlanChange {
  kind: 'added' | 'moved' | 'restaffed' | 'removed';
  /** The group's name or the cover item's label. */
  what: string;
  /** Where it was, e.g. "Monday Period 1 with Aisha Shah in Library"; absent for added. */
  before?: string;
  /** Where it goes; absent for removed. */
  after?: string;
}

export interface PlanProposal {
  /** `complete`, or the best verified plan so far when stopped or out of time. */
  status: 'complete' | 'stopped' | 'timed-out';
  counts: { added: number; moved: number; restaffed: number; removed: number; unchanged: number };
  changes: PlanChange[];
  /** Group sessions and cover people: needed in the cycle, and met by the proposal. */
  demand: number;
  met: number;
  /** Sessions and people still missing, with reasons, as the proposal would leave them. */
  unfilled: Unfilled[];
  elapsedMs: number;
}

/** Where a planner run is; the window asks every 200 ms or so. */
export type PlanJobView =
  | { job: string; state: 'running'; stage: string; fraction: number; message: string; hasPlan: boolean }
  | { job: string; state: 'done'; proposal: PlanProposal }
  | { job: string; state: 'cancelled' }
  | { job: string; state: 'failed'; bug: boolean; message: string };

const job = z.strictObject({ job: z.string().min(1).max(100) });

/** The shortest and longest time a person may give the planner. */
export const PLAN_TIME_LIMITS = { min: 1_000, max: 600_000 } as const;

export const gridInputs = {
  targets: z.strictObject({ pick: pickSchema }),
  move: z.strictObject({ pick: pickSchema, to: slotInput, staff: id.optional(), room: id.optional() }),
  session: z.strictObject({ session: id }),
  alternatives: z.strictObject({ session: id, from: id.optional() }),
  planStart: z.strictObject({
    timeLimitMs: z.number().int().min(PLAN_TIME_LIMITS.min, 'give the planner at least a second')
      .max(PLAN_TIME_LIMITS.max, 'give the planner at most ten minutes').optional(),
  }),
  job,
};
