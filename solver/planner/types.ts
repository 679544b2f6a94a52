/** The planner's public contract: what goes in, what comes out, how it reports progress. */
import type { Session, Unfilled } from '../model';

/** Where a running plan is, for a progress bar: `fraction` runs from 0 to 1. */
export interface PlanProgress {
  stage: 'preparing' | 'placing' | 'staffing' | 'continuity' | 'polishing' | 'checking' | 'done';
  fraction: number;
  message: string;
}

export interface PlanOptions {
  /** Wall-clock budget; the best verified plan found so far is returned when it runs out. */
  timeLimitMs?: number;
  /** Called between stages and inside long ones; must be cheap. */
  onProgress?: (progress: PlanProgress) => void;
  /**
   * The plan currently on the grid. Unpinned sessions that are still valid stay where they are
   * unless moving them fills more demand (minimal change); defaults to the school's own plan.
   */
  previous?: readonly Session[];
  /** Called with every verified intermediate plan, so a cancelled solve can return the best so far. */
  onPlan?: (result: PlanResult) => void;
}

/** Demand met, counted the spec's way: group sessions and cover people, per priority 1-5. */
export type FilledByPriority = Record<1 | 2 | 3 | 4 | 5, { demand: number; filled: number }>;

export interface PlanResult {
  /** Every session of the plan, pinned ones included, each verified by the rule checker. */
  sessions: Session[];
  /** Demand the plan does not meet, with reasons in plain school language, most binding first. */
  unfilled: Unfilled[];
  /** `complete`: every stage ran; `stopped`/`timed-out`: the best verified plan so far. */
  status: 'complete' | 'stopped' | 'timed-out';
  /** Sessions added, moved or restaffed compared with `previous`. */
  changed: number;
  filled: FilledByPriority;
  /** Wall-clock milliseconds spent. */
  elapsedMs: number;
}
