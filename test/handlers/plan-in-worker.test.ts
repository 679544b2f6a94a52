import { describe, expect, it } from 'vitest';
import { planInWorker } from '../../handlers/plan-in-worker';
import { planSchool } from '../../solver/planner';
import { checkPlan } from '../../solver/rules';
import { hangingAfter } from '../fixtures/hanging-planner';
import { tinySchool } from '../fixtures/tiny-school';

describe('planning on the worker thread', () => {
  it('returns the real planner\'s checked plan', async () => {
    const school = tinySchool();
    const seen: number[] = [];
    const outcome = await planInWorker(school, { timeLimitMs: 30_000, onProgress: (p) => seen.push(p.fraction) });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.overran).toBe(false);
    expect(outcome.result.status).toBe('complete');
    expect(checkPlan(school, outcome.result.sessions)).toEqual([]);
    expect(seen.at(-1)).toBe(1);
  });

  it('ends a planner stuck past its limit and keeps its best plan so far, marked as timed out', async () => {
    const school = tinySchool();
    const best = planSchool(school);
    const outcome = await planInWorker(school, { timeLimitMs: 100, graceMs: 100, source: hangingAfter(best) });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.overran).toBe(true);
    expect(outcome.result.status).toBe('timed-out');
    expect(outcome.result.sessions).toEqual(best.sessions);
  });

  it('says so plainly when a stuck planner had no plan yet', async () => {
    const outcome = await planInWorker(tinySchool(), { timeLimitMs: 100, graceMs: 100, source: hangingAfter(null) });
    expect(outcome).toEqual({ ok: false, bug: false, message: 'the planner did not finish within its time limit and had no plan to offer' });
  });

  it('never passes on a best-so-far plan that breaks a rule: that is a bug', async () => {
    const school = tinySchool();
    const best = planSchool(school);
    const broken = { ...best, sessions: best.sessions.map((s) => (s.group === 'G-ELSA' ? { ...s, staff: ['PARK'] } : s)) };
    const outcome = await planInWorker(school, { timeLimitMs: 100, graceMs: 100, source: hangingAfter(broken) });
    expect(outcome).toMatchObject({ ok: false, bug: true });
    if (outcome.ok) throw new Error('accepted');
    expect(outcome.message).toContain('This is a bug');
  });
});
