/**
 * The exact reference behind the planner's contract, so the benchmark harness can be exercised
 * (and sanity-checked: its ratios against the reference are 1) before and beside the app's
 * planner. It optimises fill then continuity exactly; it ignores `previous` (no minimal change)
 * and gives no reasons for unfilled demand. Bench and tests only.
 */
import type { School, Unfilled } from '../../solver/model';
import type { PlanOptions, PlanResult } from '../../solver/planner/types';
import { countChanges } from '../harness/replan';
import { planMetrics, sessionWeek } from '../metrics';
import { solveReference } from './highs-model';
import { sharedHighs } from './highs-runtime';

/** Plans a school exactly with HiGHS (time limit from options, default 60 s). */
export async function referencePlanner(school: School, options: PlanOptions): Promise<PlanResult> {
  const started = performance.now();
  options.onProgress?.({ stage: 'preparing', fraction: 0, message: 'Building the exact model' });
  const result = await solveReference(school, { highs: await sharedHighs(), timeLimitSec: (options.timeLimitMs ?? 60_000) / 1000 });
  const metrics = planMetrics(school, result.sessions);
  const unfilled: Unfilled[] = [];
  for (const group of school.groups) {
    for (const week of school.calendar.weeks) {
      const got = result.sessions.filter((s) => s.group === group.id && sessionWeek(school, s) === week).length;
      if (got < group.sessionsPerWeek) unfilled.push({ group: group.id, week, missing: group.sessionsPerWeek - got, reasons: [] });
    }
  }
  for (const cover of school.cover) {
    const got = result.sessions.filter((s) => s.cover === cover.id).reduce((n, s) => n + s.staff.length, 0);
    const needed = cover.staffNeeded ?? 1;
    if (got < needed) unfilled.push({ cover: cover.id, ...(cover.week ? { week: cover.week } : {}), missing: needed - got, reasons: [] });
  }
  options.onProgress?.({ stage: 'done', fraction: 1, message: 'Exact plan ready' });
  return {
    sessions: result.sessions,
    unfilled,
    status: result.fillProven && result.continuityProven ? 'complete' : 'timed-out',
    changed: countChanges(options.previous ?? school.plan?.sessions ?? [], result.sessions).addedOrChanged,
    filled: metrics.filled,
    elapsedMs: performance.now() - started,
  };
}
