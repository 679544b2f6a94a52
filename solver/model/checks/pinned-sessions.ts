/**
 * Hard rule 10: pinned sessions are kept exactly, so a pinned session that breaks a hard rule
 * (alone or together with another pinned one) can never be part of a valid plan. It is an error
 * in the file, reported on the session with the rule checker's own words.
 */
import { checkPinnedSessions } from '../../rules/check-plan';
import type { Findings } from '../problem';
import type { School } from '../school-file';

/** Reports every hard rule the plan's pinned sessions break, and warns of pinned work for people who have left. */
export function checkPinnedPlan(school: School, found: Findings): void {
  const sessions = school.plan?.sessions ?? [];
  const leavers = new Map(school.staff.filter((s) => s.left !== undefined).map((s) => [s.id, s]));
  sessions.forEach((session, i) => {
    if (session.pinned !== true) return;
    for (const id of session.staff) {
      const person = leavers.get(id);
      if (person) found.warning(`$.plan.sessions[${i}].staff`, `${person.name} has left the school (marked on ${person.left}) but is still on this pinned session: change it by hand`);
    }
  });
  if (!sessions.some((s) => s.pinned === true)) return;
  const indexOf = new Map(sessions.map((s, i) => [s.id, i]));
  for (const violation of checkPinnedSessions(school)) {
    const first = violation.sessions[0];
    const i = first === undefined ? undefined : indexOf.get(first);
    const path = i === undefined ? '$.plan.sessions' : `$.plan.sessions[${i}]`;
    found.problem(path, `pinned session breaks hard rule ${violation.rule}: ${violation.message}`);
  }
}
