// Acceptance: on 50 seeded schools (6 and 10 staff, one- and two-week, most with demand that cannot
// all be met) the planner fills exactly as much demand per priority as HiGHS proves possible.
import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../../bench/generate-school';
import { acceptanceSpecs, referenceFill } from '../../../bench/reference/optimal-fill';
import { planSchool } from '../../../solver/planner';
import { checkPlan } from '../../../solver/rules';

describe('filled demand per priority equals the exact optimum', () => {
  it.each(acceptanceSpecs(50).map((spec) => [spec.seed, spec]))('seeded school %i', async (_, spec) => {
    const school = generateSchool(spec);
    const best = await referenceFill(school);
    expect(best.proven).toBe(true);
    const plan = planSchool(school, { timeLimitMs: 30_000 });
    expect(plan.status).toBe('complete');
    expect(plan.filled).toEqual(best.filled);
    expect(checkPlan(school, plan.sessions, { pinned: school.plan?.sessions.filter((s) => s.pinned) ?? [] })).toEqual([]);
  }, 60_000);
});
