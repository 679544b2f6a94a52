/**
 * The solver benchmark: for each instance, the planner's time (median of a few runs), peak memory,
 * plan metrics and hard-rule check, a re-plan after one moved session, then the exact HiGHS
 * reference in the same run and the planner/reference ratios. Prints a table and writes
 * bench/results/latest.json.
 *
 * Memory: with `plannerModule`, each instance's planner runs in its own child process and the
 * reported peak is that process's getrusage maxRSS (Node and the school included; the baseline
 * before the first run is reported beside it). With a planner function it runs in this process
 * and the peak is sampled at every onProgress/onPlan callback (an underestimate between callbacks).
 * HiGHS memory is the WebAssembly linear memory of a fresh runtime after its solve.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Priority, School, Session } from '../solver/model';
import { PRIORITIES } from '../solver/model';
import { checkPlan } from './check-plan';
import { defaultInstances, loadInstance } from './harness/instances';
import type { BenchInstance } from './harness/instances';
import { measurePlanner } from './harness/measure';
import type { Planner, PlannerMeasure } from './harness/measure';
import type { ChildRequest } from './harness/planner-child';
import { readReference, writeReference } from './harness/reference-cache';
import { formatTable } from './harness/table';
import { planMetrics } from './metrics';
import type { PlanMetrics } from './metrics';
import { solveReference } from './reference/highs-model';
import type { StageResult } from './reference/highs-model';

export type { BenchInstance } from './harness/instances';
export type { Planner } from './harness/measure';
export { defaultInstances } from './harness/instances';

/** A planner named by module, so each instance can measure it in a fresh child process. */
export interface PlannerModule {
  /** Path of the module from the project root, e.g. `solver/planner/index.ts`. */
  path: string;
  exportName: string;
}

export interface BenchmarkOptions {
  /** Run the HiGHS reference (default true). */
  reference?: boolean;
  /** Measure the re-plan after one moved session (default true). */
  replan?: boolean;
  /** bench/results/reference-cache: `use` earlier results and store new ones (default), only `write`, or `off`. */
  referenceCache?: 'use' | 'write' | 'off';
  /** Scales every instance's reference time limit. */
  referenceTimeScale?: number;
  /** Where the JSON goes (default bench/results/latest.json); null writes nothing. */
  out?: string | null;
  log?: (line: string) => void;
}

export interface PlannerReport {
  runsMs: number[];
  medianMs: number;
  memory: PlannerMeasure['memory'];
  /** `child` (own process, maxRSS is this instance's peak) or `in-process` (sampled). */
  memoryMethod: 'child' | 'in-process';
  status: string;
  metrics: PlanMetrics;
  violations: number;
  firstViolations: string[];
  replan: (Omit<NonNullable<PlannerMeasure['replan']>, 'sessions' | 'pinned'> & { violations: number }) | null;
  replanSkipped?: string;
}

export interface ReferenceReport {
  seconds: number;
  fillProven: boolean;
  /**
   * Per priority, the most demand the reference proved possible: its fill when the stage is
   * proven, else HiGHS's bound (pinned sessions included), given the higher priorities fixed at
   * what the reference found.
   */
  fillUpperBound: Record<Priority, number>;
  continuityProven: boolean;
  continuity: number | null;
  continuityBound: number | null;
  stages: StageResult[];
  model: { rows: number; cols: number; nonzeros: number; integerCols: number; buildSeconds: number };
  highsMemoryMB: number;
  metrics: PlanMetrics;
  violations: number;
  /** Read from bench/results/reference-cache (solved by an earlier run; see reference-cache.ts). */
  cached: boolean;
}

export interface Ratios {
  /** Planner filled / reference filled per priority (1 when both are 0). */
  fill: Record<Priority, number | null>;
  /** Planner filled equals the reference per priority, where the reference proved it. */
  fillEqualsOptimum: boolean | null;
  /** Planner continuity / reference continuity (1.02 is the goal's limit; lower is better). */
  continuity: number | null;
  repeatedWithdrawals: number | null;
}

export interface InstanceReport {
  name: string;
  size: { staff: number; pupils: number; groups: number; cover: number; lessons: number; weeks: number; demand: number };
  planner?: PlannerReport;
  plannerError?: string;
  reference?: ReferenceReport;
  ratios?: Ratios;
}

const MB = 1024 * 1024;
const here = dirname(fileURLToPath(import.meta.url));

function sizeOf(school: School): InstanceReport['size'] {
  const weeks = school.calendar.weeks.length;
  const demand = school.groups.reduce((n, g) => n + g.sessionsPerWeek * weeks, 0) + school.cover.reduce((n, c) => n + (c.staffNeeded ?? 1), 0);
  return { staff: school.staff.length, pupils: school.pupils.length, groups: school.groups.length, cover: school.cover.length, lessons: school.lessons.length, weeks, demand };
}

function measureInChild(instance: BenchInstance, module: PlannerModule, replan: boolean): Promise<PlannerMeasure> {
  return new Promise((done, fail) => {
    const child = fork(resolve(here, 'harness/planner-child.ts'), [], { execArgv: ['--import', 'tsx', '--expose-gc'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let answered = false;
    // The planner keeps a 60 s limit between its steps, but the LP library can loop inside one
    // solve; such a run is ended and reported rather than left to stall the whole benchmark.
    const limitMs = (instance.plannerRuns + 1) * (60_000 + 5_000) + 90_000;
    const watchdog = setTimeout(() => {
      if (answered) return;
      answered = true;
      child.kill('SIGKILL');
      fail(new Error(`still running after ${Math.round(limitMs / 1000)} s (the LP library looping inside one solve); ended`));
    }, limitMs);
    child.on('exit', () => clearTimeout(watchdog));
    child.on('message', (message: { ok: true; measure: PlannerMeasure } | { ok: false; error: string }) => {
      if (answered) return;
      answered = true;
      if (message.ok) done(message.measure);
      else fail(new Error(message.error));
    });
    child.on('exit', (code) => {
      if (!answered) fail(new Error(`planner process for ${instance.name} ended with code ${code ?? 'none'} before answering`));
    });
    const request: ChildRequest = { source: instance.source, module: module.path, exportName: module.exportName, runs: instance.plannerRuns, replan };
    child.send(request);
  });
}

function plannerReport(school: School, measure: PlannerMeasure, method: PlannerReport['memoryMethod']): PlannerReport {
  const violations = checkPlan(school, measure.result.sessions);
  const { replan } = measure;
  let replanReport: PlannerReport['replan'] = null;
  if (replan) {
    const { sessions, pinned, ...rest } = replan;
    replanReport = { ...rest, violations: checkPlan({ ...school, plan: { sessions: pinned } }, sessions).length };
  }
  return {
    runsMs: measure.runsMs, medianMs: measure.medianMs, memory: measure.memory, memoryMethod: method,
    status: measure.result.status, metrics: planMetrics(school, measure.result.sessions),
    violations: violations.length, firstViolations: violations.slice(0, 5).map((v) => `rule ${v.rule}: ${v.session ?? ''} ${v.message}`.trim()),
    replan: replanReport, ...(measure.replanSkipped ? { replanSkipped: measure.replanSkipped } : {}),
  };
}

function ratios(planner: PlannerReport, reference: ReferenceReport): Ratios {
  const fill = {} as Record<Priority, number | null>;
  let equal = true;
  for (const p of PRIORITIES) {
    const a = planner.metrics.filled[p].filled;
    const b = reference.metrics.filled[p].filled;
    fill[p] = b === 0 ? (a === 0 ? 1 : null) : a / b;
    if (a !== b) equal = false;
  }
  const ref = reference.metrics;
  return {
    fill,
    fillEqualsOptimum: reference.fillProven ? equal : null,
    continuity: ref.continuity === 0 ? (planner.metrics.continuity === 0 ? 1 : null) : planner.metrics.continuity / ref.continuity,
    repeatedWithdrawals: ref.repeatedWithdrawals === 0 ? (planner.metrics.repeatedWithdrawals === 0 ? 1 : null) : planner.metrics.repeatedWithdrawals / ref.repeatedWithdrawals,
  };
}

/**
 * Benchmarks `planner` (a function measured in this process, or a module measured in a child
 * process per instance; null for the reference alone) on `instances`.
 */
export async function runBenchmark(instances: readonly BenchInstance[], planner: Planner | PlannerModule | null, options: BenchmarkOptions = {}): Promise<InstanceReport[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const reports: InstanceReport[] = [];
  for (const instance of instances) {
    const school = loadInstance(instance.source);
    const report: InstanceReport = { name: instance.name, size: sizeOf(school) };
    let plannerSessions: Session[] | undefined;
    if (planner) {
      try {
        const measure = typeof planner === 'function'
          ? await measurePlanner(planner, school, instance.plannerRuns, options.replan ?? true)
          : await measureInChild(instance, planner, options.replan ?? true);
        report.planner = plannerReport(school, measure, typeof planner === 'function' ? 'in-process' : 'child');
        plannerSessions = measure.result.sessions;
        log(`${instance.name}: planner ${report.planner.medianMs.toFixed(0)} ms, ${report.planner.metrics.total.filled}/${report.planner.metrics.total.demand} filled, ${report.planner.violations} rule violations`);
      } catch (error) {
        report.plannerError = error instanceof Error ? error.message : String(error);
        log(`${instance.name}: planner failed: ${report.plannerError}`);
      }
    }
    if (options.reference ?? true) {
      const limit = instance.referenceTimeLimitSec * (options.referenceTimeScale ?? 1);
      try {
        // The planner's plan is HiGHS's first incumbent: it speeds up instances too big to prove
        // and changes nothing that is proven.
        const run = { timeLimitSec: limit, ...(plannerSessions ? { start: plannerSessions } : {}) };
        const cached = options.referenceCache === 'off' || options.referenceCache === 'write' ? null : readReference(school, run);
        const ref = cached ?? await solveReference(school, run);
        if (!cached && options.referenceCache !== 'off') writeReference(school, run, ref);
        const metrics = planMetrics(school, ref.sessions);
        const fillUpperBound = {} as Record<Priority, number>;
        for (const p of PRIORITIES) {
          const stage = ref.stages.find((st) => st.stage === `priority-${p}`);
          fillUpperBound[p] = stage ? ref.filled[p].filled - stage.objective + Math.floor(stage.bound + 1e-6) : ref.filled[p].filled;
        }
        report.reference = {
          fillUpperBound,
          seconds: ref.seconds, fillProven: ref.fillProven, continuityProven: ref.continuityProven,
          continuity: ref.continuity, continuityBound: ref.continuityBound, stages: ref.stages, model: ref.model,
          highsMemoryMB: ref.highsMemoryBytes / MB, metrics, violations: checkPlan(school, ref.sessions).length, cached: cached !== null,
        };
        log(`${instance.name}: reference ${ref.seconds.toFixed(1)} s${cached ? ' (cached)' : ''}, ${metrics.total.filled}/${metrics.total.demand} filled, fill ${ref.fillProven ? 'proven' : 'NOT proven'}, continuity ${ref.continuityProven ? 'proven' : `not proven (bound ${ref.continuityBound ?? '-'})`}`);
      } catch (error) {
        log(`${instance.name}: reference failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (report.planner && report.reference) report.ratios = ratios(report.planner, report.reference);
    reports.push(report);
  }
  log('');
  log(formatTable(reports));
  if (options.out !== null) {
    const out = resolve(options.out ?? resolve(here, 'results/latest.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), node: process.version, instances: reports }, null, 2)}\n`);
    log(`\nJSON: ${out}`);
  }
  return reports;
}

/**
 * Command line: `--reference-only`, `--no-reference`, `--no-replan`, `--only a,b` (names or
 * prefixes such as `tiny`), `--time-scale x` (reference time limits), `--fresh-reference` (solve
 * again, then cache), `--out file`.
 */
export async function benchMain(argv: readonly string[], planner: Planner | PlannerModule | null): Promise<InstanceReport[]> {
  const flag = (name: string): boolean => argv.includes(name);
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const only = value('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
  const instances = defaultInstances().filter((i) => !only || only.some((o) => i.name === o || i.name.startsWith(o)));
  if (instances.length === 0) throw new Error(`No instance matches --only ${only?.join(',') ?? ''}`);
  const usePlanner = flag('--reference-only') ? null : planner;
  return runBenchmark(instances, usePlanner, {
    reference: !flag('--no-reference'),
    replan: !flag('--no-replan'),
    referenceTimeScale: Number(value('--time-scale') ?? 1),
    referenceCache: flag('--fresh-reference') ? 'write' : 'use',
    ...(value('--out') ? { out: value('--out') as string } : {}),
  });
}
