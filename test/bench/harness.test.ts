import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../bench/check-plan';
import { generateSchool } from '../../bench/generate-school';
import { runBenchmark } from '../../bench/harness';
import type { BenchInstance } from '../../bench/harness';
import { countChanges, moveOneSession } from '../../bench/harness/replan';
import { readReference, referenceKey, writeReference } from '../../bench/harness/reference-cache';
import { formatTable } from '../../bench/harness/table';
import { referencePlanner } from '../../bench/reference/as-planner';
import { solveReference } from '../../bench/reference/highs-model';
import { sharedHighs } from '../../bench/reference/highs-runtime';
import type { Session } from '../../solver/model';

const tiny: BenchInstance = { name: 'tiny#2', source: { kind: 'generated', spec: { seed: 2, size: 'tiny' } }, plannerRuns: 2, referenceTimeLimitSec: 30 };
const quiet = { out: null, log: () => undefined, referenceCache: 'off' as const };

describe('moveOneSession', { timeout: 60_000 }, () => {
  it('moves an unpinned group session to another slot where it keeps every rule, and pins it', async () => {
    const school = generateSchool({ seed: 3, size: 'small' });
    const { sessions } = await solveReference(school, { highs: await sharedHighs(), continuity: false });
    const moved = moveOneSession(school, sessions, 7);
    expect(moved).not.toBeNull();
    if (!moved) return;
    expect(moved.from.pinned).not.toBe(true);
    expect(moved.to).toMatchObject({ id: moved.from.id, group: moved.from.group, staff: moved.from.staff, room: moved.from.room, pinned: true });
    expect(`${moved.to.day} ${moved.to.period}`).not.toBe(`${moved.from.day} ${moved.from.period}`);
    expect(checkPlan({ ...school, plan: { sessions: moved.sessions.filter((s) => s.pinned) } }, moved.sessions)).toEqual([]);
    expect(countChanges(sessions, moved.sessions)).toEqual({ addedOrChanged: 1, removed: 1 });
  });

  it('finds nothing to move when every session is pinned', () => {
    const school = generateSchool({ seed: 1, size: 'tiny' });
    const pinned: Session[] = [{ id: 's', group: school.groups[0]?.id ?? 'G', week: 'A', day: 'Mon', period: 'S1', staff: [], pinned: true }];
    expect(moveOneSession(school, pinned)).toBeNull();
  });
});

describe('runBenchmark', { timeout: 60_000 }, () => {
  it('measures a planner in this process against the reference, with ratios and a re-plan', async () => {
    const [report] = await runBenchmark([tiny], referencePlanner, quiet);
    expect(report?.planner?.runsMs).toHaveLength(2);
    expect(report?.planner?.memoryMethod).toBe('in-process');
    expect(report?.planner?.memory.sampledRssMB).toBeGreaterThan(0);
    expect(report?.planner?.violations).toBe(0);
    expect(report?.reference?.fillProven).toBe(true);
    expect(report?.reference?.violations).toBe(0);
    // The reference planned as a planner scores exactly the reference.
    expect(report?.ratios?.fillEqualsOptimum).toBe(true);
    expect(report?.ratios?.continuity).toBe(1);
    expect(report?.planner?.replan?.keptMovedSession).toBe(true);
    expect(report?.planner?.replan?.violations).toBe(0);
    expect(report?.planner?.replan?.movedTo).not.toBe('');
    const text = formatTable(report ? [report] : []);
    expect(text).toContain('tiny#2');
    expect(text).toContain('Planner vs exact reference');
  });

  it('measures a planner module in a child process per instance, peak memory included', async () => {
    const [report] = await runBenchmark([tiny], { path: 'bench/reference/as-planner.ts', exportName: 'referencePlanner' }, { ...quiet, reference: false, replan: false });
    expect(report?.plannerError).toBeUndefined();
    expect(report?.planner?.memoryMethod).toBe('child');
    expect(report?.planner?.memory.processMaxRssMB).toBeGreaterThanOrEqual(report?.planner?.memory.baselineRssMB ?? Infinity);
    expect(report?.planner?.metrics.total.filled).toBeGreaterThan(0);
    expect(report?.reference).toBeUndefined();
  });

  it('reports a planner module that does not exist instead of failing the run', async () => {
    const [report] = await runBenchmark([tiny], { path: 'bench/reference/as-planner.ts', exportName: 'noSuchPlanner' }, { ...quiet, reference: false });
    expect(report?.plannerError).toContain('exports no function noSuchPlanner');
  });
});

describe('the reference cache', { timeout: 60_000 }, () => {
  it('serves a proven optimum to any run, an unproven result only to the same run', async () => {
    const school = generateSchool({ seed: 11, size: 'tiny' });
    const other = generateSchool({ seed: 12, size: 'tiny' });
    expect(referenceKey(school)).toBe(referenceKey(generateSchool({ seed: 11, size: 'tiny' })));
    expect(referenceKey(school)).not.toBe(referenceKey(other));
    const result = await solveReference(school, { highs: await sharedHighs() });
    writeReference(school, { timeLimitSec: 30 }, result);
    expect(readReference(school, { timeLimitSec: 5, start: result.sessions })?.filled).toEqual(result.filled);
    const stopped = { ...result, fillProven: false };
    writeReference(other, { timeLimitSec: 30 }, stopped);
    expect(readReference(other, { timeLimitSec: 30 })?.fillProven).toBe(false);
    expect(readReference(other, { timeLimitSec: 60 })).toBeNull();
    expect(readReference(other, { timeLimitSec: 30, start: result.sessions })).toBeNull();
  });
});
