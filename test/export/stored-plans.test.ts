import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../solver/rules';
import { plannedSchool } from '../fixtures/planned';

// The print tests and bench:print use plans stored once from the planner (test/fixtures/plans):
// they must still fit the demo schools as they are now, by the independent checker.
describe('the stored plans of the demo schools', () => {
  it.each(['primary', 'secondary'] as const)('break no hard rule of the %s demo', (name) => {
    const school = plannedSchool(name);
    expect(school.plan?.sessions.length).toBeGreaterThan(100);
    expect(checkPlan(school)).toEqual([]);
  });
});
