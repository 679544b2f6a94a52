/** What the planner's worker thread is given and what it sends back (handlers/solve-worker.ts). */
import type { School } from '../../solver/model/school-file';
import type { PlanProgress, PlanResult } from '../../solver/planner';

export interface SolveRequest {
  school: School;
  timeLimitMs: number;
}

export type SolveMessage =
  | { type: 'progress'; progress: PlanProgress }
  /** A verified plan better than the last: what Cancel keeps. */
  | { type: 'plan'; result: PlanResult }
  | { type: 'done'; result: PlanResult }
  /** The planner's own check caught a broken plan: a bug, never shown as a plan. */
  | { type: 'bug'; message: string }
  /** Anything else went wrong; only the error's kind crosses, so no school data reaches a log. */
  | { type: 'error'; name: string };
