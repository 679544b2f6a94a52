import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../../bench/generate-school';
import { planSchool, type PlanProgress } from '../../../solver/planner';
import { checkPlan } from '../../../solver/rules';
import { elsa, tinySchool } from '../../fixtures/tiny-school';

describe('planning the tiny school', () => {
  it('fills every need and the checker accepts the plan', () => {
    const school = tinySchool();
    const result = planSchool(school);
    expect(result.status).toBe('complete');
    expect(checkPlan(school, result.sessions)).toEqual([]);
    expect(result.unfilled).toEqual([]);
    expect(result.filled[1]).toEqual({ demand: 4, filled: 4 });
    // Speech therapy has a fixed slot and a named lead.
    expect(result.sessions.find((s) => s.group === 'G-SALT')).toMatchObject({ day: 'Fri', period: 'P1', staff: ['PARK'] });
    // Mrs Shah's PPA is covered by someone allowed to teach, not by Mrs Shah.
    const ppa = result.sessions.find((s) => s.cover === 'PPA-4B');
    expect(ppa?.staff).toHaveLength(1);
    expect(ppa?.staff).not.toContain('SHAH');
  });

  it('keeps a pinned session exactly and plans around it', () => {
    const pinned = elsa('pinned-elsa', { day: 'Wed', period: 'P3', room: 'R-SG', staff: ['ODE'], pinned: true });
    const school = tinySchool((s) => { s.plan = { sessions: [pinned] }; });
    const result = planSchool(school);
    expect(result.sessions).toContainEqual(pinned);
    expect(checkPlan(school, result.sessions, { pinned: [pinned] })).toEqual([]);
    expect(result.sessions.filter((s) => s.group === 'G-ELSA')).toHaveLength(2);
  });

  it('changes nothing when planned again with nothing changed', () => {
    const first = planSchool(tinySchool());
    const again = planSchool(tinySchool(), { previous: first.sessions });
    expect(again.changed).toBe(0);
    expect(new Set(again.sessions.map((s) => JSON.stringify(s)))).toEqual(new Set(first.sessions.map((s) => JSON.stringify(s))));
  });

  it('never plans with someone who has left, and says so in the reasons', () => {
    const school = tinySchool((s) => {
      s.staff[0]!.left = '2025-09-01';
      s.staff[1]!.left = '2025-09-01';
    });
    const result = planSchool(school);
    expect(result.sessions.some((s) => s.staff.includes('KHAN') || s.staff.includes('ODE'))).toBe(false);
    const elsaShort = result.unfilled.find((u) => u.group === 'G-ELSA');
    expect(elsaShort?.missing).toBe(2);
    expect(elsaShort?.reasons[0]).toContain('No adult trained in ELSA is free');
    expect(elsaShort?.reasons[0]).toContain('Ms Khan has left the school');
    expect(result.unfilled.find((u) => u.cover === 'PPA-4B')?.reasons[0]).toBe('No one who may teach is free on Thursday Period 3: Mr Ode has left the school');
  });

  it('reports progress from start to done, never going backwards', () => {
    const seen: PlanProgress[] = [];
    planSchool(tinySchool(), { onProgress: (p) => seen.push(p) });
    expect(seen[0]?.stage).toBe('preparing');
    expect(seen.at(-1)).toMatchObject({ stage: 'done', fraction: 1 });
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.fraction).toBeGreaterThanOrEqual(seen[i - 1]!.fraction);
  });

  it('returns a verified plan, marked as timed out, when given no time at all', () => {
    const school = tinySchool();
    const result = planSchool(school, { timeLimitMs: 0 });
    expect(result.status).toBe('timed-out');
    expect(checkPlan(school, result.sessions)).toEqual([]);
  });
});

describe('planning a trust-sized school', () => {
  it('answers with its checked first plan rather than spending the budget on one relaxation', () => {
    const school = generateSchool({ seed: 1, size: 'trust' });
    const result = planSchool(school, { timeLimitMs: 60_000 });
    expect(result.status).toBe('complete');
    expect(checkPlan(school, result.sessions)).toEqual([]);
    const filled = Object.values(result.filled).reduce((n, f) => n + f.filled, 0);
    expect(filled).toBeGreaterThan(1_000);
  }, 120_000);
});
