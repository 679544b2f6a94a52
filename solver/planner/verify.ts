/** Every plan passes the independent rule checker before anyone sees it. */
import type { School, Session } from '../model';
import { checkPlan, type Violation } from '../rules';

/** The planner produced a plan that breaks a hard rule: a bug in Staffroom, never shown as a plan. */
export class PlannerBugError extends Error {
  constructor(readonly violations: readonly Violation[]) {
    super(
      `Staffroom's planner made a plan that breaks ${violations.length === 1 ? 'a rule' : `${violations.length} rules`}. ` +
        `This is a bug; the plan was not used. First problem: ${violations[0]?.message ?? 'unknown'}`,
    );
    this.name = 'PlannerBugError';
  }
}

/** Throws PlannerBugError unless the sessions keep every hard rule and the school's pinned sessions. */
export function verifyPlan(school: School, sessions: readonly Session[]): void {
  const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
  const violations = checkPlan(school, sessions, { pinned });
  if (violations.length > 0) throw new PlannerBugError(violations);
}
