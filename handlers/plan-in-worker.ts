/**
 * Runs the planner on its worker thread for a caller that waits for the answer (the command
 * line). The planner keeps its own time limit between steps, but javascript-lp-solver can loop
 * inside one linear programme where no timeout reaches (measured on seeded schools), so a
 * watchdog ends the thread a little after the limit and the best verified plan so far is used.
 */
import { Worker } from 'node:worker_threads';
import type { School } from '../solver/model/school-file';
import { PlannerBugError, verifyPlan, type PlanProgress, type PlanResult } from '../solver/planner';
import type { SolveMessage, SolveRequest } from './grid/solve-messages';
import { solveWorkerSource, type WorkerSource } from './solve-worker-source';

/** How long past its time limit the planner may take to return before its thread is ended. */
export const OVERRUN_GRACE_MS = 5_000;

export interface WorkerPlanOptions {
  timeLimitMs: number;
  onProgress?: (progress: PlanProgress) => void;
  /** Where the worker is; tests may give another. */
  source?: WorkerSource;
  graceMs?: number;
}

/** The plan, checked again here; a bug (a plan that breaks a rule); or the worker failing outright. */
export type WorkerPlanOutcome =
  | { ok: true; result: PlanResult; overran: boolean }
  | { ok: false; bug: boolean; message: string };

/** Plans `school` on a worker thread; never rejects. */
export function planInWorker(school: School, options: WorkerPlanOptions): Promise<WorkerPlanOutcome> {
  const request: SolveRequest = { school, timeLimitMs: options.timeLimitMs };
  const source = options.source ?? solveWorkerSource();
  const worker = 'file' in source ? new Worker(source.file, { workerData: request }) : new Worker(source.script, { eval: true, workerData: request });
  return new Promise((resolve) => {
    let best: PlanResult | null = null;
    let settled = false;
    const settle = (outcome: WorkerPlanOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      void worker.terminate();
      resolve(outcome);
    };
    const checked = (result: PlanResult, overran: boolean): WorkerPlanOutcome => {
      try {
        verifyPlan(school, result.sessions);
        return { ok: true, result, overran };
      } catch (error) {
        if (error instanceof PlannerBugError) return { ok: false, bug: true, message: error.message };
        return { ok: false, bug: false, message: `checking the plan failed (${error instanceof Error ? error.name : typeof error})` };
      }
    };
    const watchdog = setTimeout(() => {
      settle(best
        ? checked({ ...best, status: 'timed-out' }, true)
        : { ok: false, bug: false, message: 'the planner did not finish within its time limit and had no plan to offer' });
    }, options.timeLimitMs + (options.graceMs ?? OVERRUN_GRACE_MS));
    worker.on('message', (message: SolveMessage) => {
      switch (message.type) {
        case 'progress':
          options.onProgress?.(message.progress);
          return;
        case 'plan':
          best = message.result;
          return;
        case 'done':
          settle(checked(message.result, false));
          return;
        case 'bug':
          settle({ ok: false, bug: true, message: message.message });
          return;
        case 'error':
          settle({ ok: false, bug: false, message: `the planner failed (${message.name})` });
          return;
      }
    });
    worker.on('error', (error) => settle({ ok: false, bug: false, message: `the planner's thread failed (${error.name})` }));
    worker.on('exit', () => settle({ ok: false, bug: false, message: 'the planner stopped before it made a plan' }));
  });
}
