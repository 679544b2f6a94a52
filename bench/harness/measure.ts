/**
 * Runs a planner on one school and measures it: wall-clock time of each run, peak memory, and the
 * re-plan after one moved session. Memory is sampled with process.memoryUsage() before and after
 * every run and at every onProgress/onPlan callback the planner makes (it calls them between and
 * inside long stages); the process's own peak resident size (getrusage maxRSS) is reported too,
 * which is the true per-instance peak when each instance runs in its own child process.
 */
import type { School, Session } from '../../solver/model';
import type { PlanOptions, PlanResult } from '../../solver/planner/types';
import { countChanges, keptMoved, moveOneSession } from './replan';

export type Planner = (school: School, options: PlanOptions) => PlanResult | Promise<PlanResult>;

export interface MemoryPeak {
  /** Largest resident set size sampled during the runs, MB. */
  sampledRssMB: number;
  /** Largest V8 heap in use sampled during the runs, MB. */
  sampledHeapMB: number;
  /** Resident size before the first run (Node, tsx, the school), MB. */
  baselineRssMB: number;
  /** getrusage maxRSS of the whole process at the end, MB. */
  processMaxRssMB: number;
}

export interface ReplanMeasure {
  movedFrom: string;
  movedTo: string;
  ms: number;
  status: PlanResult['status'];
  /** `changed` as the planner reports it. */
  changedReported: number;
  /** Sessions added, moved or restaffed, and removed, counted here against the moved plan. */
  addedOrChanged: number;
  removed: number;
  keptMovedSession: boolean;
  sessions: Session[];
  /** The pinned sessions the re-plan was given (the moved one included): it must keep them all. */
  pinned: Session[];
}

export interface PlannerMeasure {
  runsMs: number[];
  medianMs: number;
  memory: MemoryPeak;
  result: PlanResult;
  replan: ReplanMeasure | null;
  /** Why the re-plan was not measured, when it was not. */
  replanSkipped?: string;
}

const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Measures `runs` plans of `school` and one re-plan. */
export async function measurePlanner(planner: Planner, school: School, runs: number, replan: boolean): Promise<PlannerMeasure> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseline = process.memoryUsage();
  let rss = baseline.rss;
  let heap = baseline.heapUsed;
  let lastSample = 0;
  const sample = (): void => {
    const now = performance.now();
    if (now - lastSample < 2) return;
    lastSample = now;
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const options: PlanOptions = { onProgress: sample, onPlan: sample };
  const runsMs: number[] = [];
  let result: PlanResult | undefined;
  for (let i = 0; i < Math.max(1, runs); i += 1) {
    gc?.();
    const t0 = performance.now();
    result = await planner(school, options);
    runsMs.push(performance.now() - t0);
    lastSample = 0;
    sample();
  }
  const final = result as PlanResult;

  let replanResult: ReplanMeasure | null = null;
  let replanSkipped: string | undefined;
  if (!replan) replanSkipped = 'not asked';
  else {
    const moved = moveOneSession(school, final.sessions);
    if (!moved) replanSkipped = 'no unpinned group session can move to another valid slot';
    else {
      const movedSchool: School = { ...school, plan: { sessions: moved.sessions } };
      const t0 = performance.now();
      const again = await planner(movedSchool, { ...options, previous: moved.sessions });
      const ms = performance.now() - t0;
      sample();
      const changes = countChanges(moved.sessions, again.sessions);
      replanResult = {
        movedFrom: `${moved.from.group} ${moved.from.week ?? ''} ${moved.from.day} ${moved.from.period}`.replace(/\s+/g, ' '),
        movedTo: `${moved.to.week ?? ''} ${moved.to.day} ${moved.to.period}`.trim(),
        ms, status: again.status, changedReported: again.changed, ...changes,
        keptMovedSession: keptMoved(again.sessions, moved.to), sessions: again.sessions,
        pinned: moved.sessions.filter((s) => s.pinned === true),
      };
    }
  }
  const maxRss = process.resourceUsage().maxRSS * 1024;
  return {
    runsMs, medianMs: median(runsMs),
    memory: { sampledRssMB: rss / MB, sampledHeapMB: heap / MB, baselineRssMB: baseline.rss / MB, processMaxRssMB: maxRss / MB },
    result: final, replan: replanResult, ...(replanSkipped ? { replanSkipped } : {}),
  };
}
