/** Whole-plan entry points of the hard-rule checker. */
import type { School, Session } from '../model/school-file';
import { RuleBook, type RuleOptions } from './rule-book';
import type { Violation } from './violation';

/** Every violation of hard rules 1-10 in `sessions` (the school's plan by default), in a stable order. */
export function checkPlan(
  school: School,
  sessions: readonly Session[] = school.plan?.sessions ?? [],
  options: RuleOptions = {},
): Violation[] {
  return new RuleBook(school, sessions, options).check();
}

/**
 * What `validate` reports under rule 10: the plan's pinned sessions judged among themselves (the
 * planner must keep them, so a rule they break together is an error in the input).
 */
export function checkPinnedSessions(school: School, options: Omit<RuleOptions, 'pinned'> = {}): Violation[] {
  const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
  return checkPlan(school, pinned, { ...options, pinned });
}
