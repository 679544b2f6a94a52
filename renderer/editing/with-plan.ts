/**
 * A school with a new plan, reusing every session object that did not change, so the grid only
 * redraws the rows a move touched.
 */
import type { PlanState } from '../../api/grid';
import type { School, Session } from '../../solver/model/school-file';

function same(a: Session, b: Session): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function withPlan(school: School, plan: PlanState): School {
  const old = new Map((school.plan?.sessions ?? []).map((s) => [s.id, s]));
  const sessions = plan.sessions.map((s) => {
    const was = old.get(s.id);
    return was && same(was, s) ? was : s;
  });
  const unfilled = school.plan?.unfilled !== undefined && JSON.stringify(school.plan.unfilled) === JSON.stringify(plan.unfilled)
    ? school.plan.unfilled
    : plan.unfilled;
  return { ...school, plan: { sessions, unfilled } };
}
