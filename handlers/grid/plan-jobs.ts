/**
 * Planner runs as jobs on a worker thread, so the window stays responsive: start, ask how it is
 * going, cancel (which keeps the best verified plan found so far), then accept or discard. Every
 * plan is checked here again by the rule checker before anyone sees it; a plan that breaks a rule
 * is reported as a bug and never offered.
 */
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { PlanJobView, PlanProposal } from '../../api/grid';
import type { School, Session } from '../../solver/model/school-file';
import { PlannerBugError, verifyPlan, type PlanResult } from '../../solver/planner';
import { OVERRUN_GRACE_MS } from '../plan-in-worker';
import type { WorkerSource } from '../solve-worker-source';
import { planChanges } from './plan-diff';
import type { SolveMessage, SolveRequest } from './solve-messages';

const NOTHING_CHANGED = 'Nothing was changed.';
const WORKER_STOPPED = 'The planner stopped unexpectedly, so it made no plan. Nothing was changed; try again.';
const DEFAULT_TIME_LIMIT_MS = 60_000;
const OVERRAN = 'The planner did not finish within its time limit and had no plan to offer. Nothing was changed; try again with more time.';

type JobState =
  | { state: 'running' }
  | { state: 'done'; result: PlanResult; proposal: PlanProposal }
  | { state: 'cancelled' }
  | { state: 'failed'; bug: boolean; message: string };

export interface PlanJob {
  readonly id: string;
  /** The school as it was when the job started; the plan is checked against it. */
  readonly school: School;
  readonly previous: readonly Session[];
  status: JobState;
  stage: string;
  fraction: number;
  message: string;
  /** The best verified plan so far, as the worker last sent it. */
  best: PlanResult | null;
  worker: Worker | null;
}

/** Sessions and people needed and met, summed over every priority. */
function demandOf(result: PlanResult): { demand: number; met: number } {
  const all = Object.values(result.filled);
  return { demand: all.reduce((n, f) => n + f.demand, 0), met: all.reduce((n, f) => n + f.filled, 0) };
}

export class PlanJobs {
  private readonly jobs = new Map<string, PlanJob>();

  constructor(
    private readonly source: () => WorkerSource,
    private readonly log: (line: string) => void = (line) => console.error(line),
    private readonly graceMs: number = OVERRUN_GRACE_MS,
  ) {}

  /** Starts planning `school`; while a job is still running, that job is the answer. */
  start(school: School, timeLimitMs: number = DEFAULT_TIME_LIMIT_MS): PlanJobView {
    for (const job of this.jobs.values()) if (job.status.state === 'running') return this.view(job.id);
    // Finished jobs nobody accepted or discarded are dropped when a new one starts.
    this.jobs.clear();
    const request: SolveRequest = { school, timeLimitMs };
    const source = this.source();
    const worker = 'file' in source
      ? new Worker(source.file, { workerData: request })
      : new Worker(source.script, { eval: true, workerData: request });
    const job: PlanJob = {
      id: randomUUID(), school, previous: school.plan?.sessions ?? [], status: { state: 'running' },
      stage: 'preparing', fraction: 0, message: 'Starting the planner', best: null, worker,
    };
    this.jobs.set(job.id, job);
    worker.on('message', (message: SolveMessage) => this.receive(job, message));
    worker.on('error', (error) => {
      // Only the kind of error and where: its message could quote the school.
      this.log(`Staffroom: the planner's worker failed: ${error.name}${(error.stack ?? '').split('\n').slice(1, 4).join('\n')}`);
      this.fail(job, false, WORKER_STOPPED);
    });
    worker.on('exit', () => {
      job.worker = null;
      if (job.status.state === 'running') this.fail(job, false, WORKER_STOPPED);
    });
    // javascript-lp-solver can loop inside one linear programme where the planner's own clock
    // never gets a say: a little after the limit the thread is ended and the best plan kept.
    const watchdog = setTimeout(() => {
      if (job.status.state !== 'running' || job.worker !== worker) return;
      this.stop(job);
      if (job.best) this.finish(job, { ...job.best, status: 'timed-out' });
      else this.fail(job, false, OVERRAN);
    }, timeLimitMs + this.graceMs);
    watchdog.unref();
    worker.on('exit', () => clearTimeout(watchdog));
    return this.view(job.id);
  }

  /** Where a job is now. */
  view(id: string): PlanJobView {
    const job = this.get(id);
    const { status } = job;
    switch (status.state) {
      case 'running':
        return { job: id, state: 'running', stage: job.stage, fraction: job.fraction, message: job.message, hasPlan: job.best !== null };
      case 'done':
        return { job: id, state: 'done', proposal: status.proposal };
      case 'cancelled':
        return { job: id, state: 'cancelled' };
      case 'failed':
        return { job: id, state: 'failed', bug: status.bug, message: status.message };
    }
  }

  /** Stops a running job; its best verified plan so far becomes the proposal, marked stopped. */
  cancel(id: string): PlanJobView {
    const job = this.get(id);
    if (job.status.state !== 'running') return this.view(id);
    this.stop(job);
    if (job.best) this.finish(job, { ...job.best, status: 'stopped' });
    else job.status = { state: 'cancelled' };
    return this.view(id);
  }

  /** The finished job's plan, for accepting; undefined when there is no such job. */
  find(id: string): PlanJob | undefined {
    return this.jobs.get(id);
  }

  /** Forgets a job, stopping it first if it is still running. */
  discard(id: string): PlanJobView {
    const job = this.get(id);
    if (job.status.state === 'running') {
      this.stop(job);
      job.status = { state: 'cancelled' };
    }
    const view = this.view(id);
    this.jobs.delete(id);
    return view;
  }

  /** Stops every running job (the app is closing). */
  closeAll(): void {
    for (const job of this.jobs.values()) this.stop(job);
    this.jobs.clear();
  }

  private get(id: string): PlanJob {
    const job = this.jobs.get(id);
    if (!job) throw new PlanJobMissing();
    return job;
  }

  private stop(job: PlanJob): void {
    const worker = job.worker;
    job.worker = null;
    void worker?.terminate();
  }

  private receive(job: PlanJob, message: SolveMessage): void {
    if (job.status.state !== 'running') return;
    switch (message.type) {
      case 'progress':
        job.stage = message.progress.stage;
        job.fraction = message.progress.fraction;
        job.message = message.progress.message;
        return;
      case 'plan':
        job.best = message.result;
        return;
      case 'done':
        this.stop(job);
        this.finish(job, message.result);
        return;
      case 'bug':
        this.stop(job);
        this.fail(job, true, `${message.message} ${NOTHING_CHANGED}`);
        return;
      case 'error':
        this.stop(job);
        this.log(`Staffroom: the planner failed with ${message.name}`);
        this.fail(job, false, WORKER_STOPPED);
        return;
    }
  }

  /** Checks the plan independently; only a plan that keeps every hard rule becomes a proposal. */
  private finish(job: PlanJob, result: PlanResult): void {
    try {
      verifyPlan(job.school, result.sessions);
    } catch (error) {
      if (error instanceof PlannerBugError) {
        this.fail(job, true, `${error.message} ${NOTHING_CHANGED}`);
      } else {
        this.log(`Staffroom: checking the planner's plan failed: ${error instanceof Error ? error.name : typeof error}`);
        this.fail(job, false, WORKER_STOPPED);
      }
      return;
    }
    const proposal: PlanProposal = {
      status: result.status,
      ...planChanges(job.school, job.previous, result.sessions),
      ...demandOf(result),
      unfilled: result.unfilled,
      elapsedMs: result.elapsedMs,
    };
    job.status = { state: 'done', result, proposal };
  }

  private fail(job: PlanJob, bug: boolean, message: string): void {
    if (job.status.state !== 'running') return;
    job.status = { state: 'failed', bug, message };
  }
}

/** Asked about a job that is not there (finished and dropped, or never started). */
export class PlanJobMissing extends Error {
  constructor() {
    super('That plan is no longer there: it was accepted, discarded or replaced by a newer one. Plan again to see a new one.');
    this.name = 'PlanJobMissing';
  }
}
