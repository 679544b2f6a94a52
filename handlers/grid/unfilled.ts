/**
 * Keeping the plan's `unfilled` list true by hand: placing demand from the tray takes it off the
 * list, taking a session off the plan puts it back, in the same edit.
 */
import type { School, Session, Unfilled } from '../../solver/model/school-file';
import { weekOf } from './picks';

export const TAKEN_OFF_BY_HAND = 'Taken off the plan by hand';

function sameDemand(school: School, u: Unfilled, session: Session): boolean {
  const owner = session.group !== undefined ? u.group === session.group : u.cover === session.cover;
  return owner && weekOf(school, u.week) === weekOf(school, session.week);
}

/** The list after `people` more (a group: one more session) of `session`'s demand were met. */
export function afterPlacing(school: School, unfilled: readonly Unfilled[], session: Session, people: number): Unfilled[] {
  const met = session.group !== undefined ? 1 : people;
  return unfilled.flatMap((u) => {
    if (!sameDemand(school, u, session)) return [u];
    const missing = u.missing - met;
    return missing > 0 ? [{ ...u, missing }] : [];
  });
}

/** The list after `session` was taken off the plan: its demand is missing again. */
export function afterRemoving(school: School, unfilled: readonly Unfilled[], session: Session): Unfilled[] {
  const back = session.group !== undefined ? 1 : session.staff.length;
  if (back === 0) return [...unfilled];
  let found = false;
  const next = unfilled.map((u) => {
    if (found || !sameDemand(school, u, session)) return u;
    found = true;
    return { ...u, missing: u.missing + back };
  });
  if (found) return next;
  const week = school.calendar.weeks.length > 1 ? { week: weekOf(school, session.week) } : {};
  const owner = session.group !== undefined ? { group: session.group } : { cover: session.cover ?? '' };
  return [...next, { ...owner, ...week, missing: back, reasons: [TAKEN_OFF_BY_HAND] }];
}
