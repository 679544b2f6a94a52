/**
 * Hard rule 10: pinned sessions are kept exactly (same id, group or cover item, week, day,
 * period, room, staff in order, still pinned). That they keep every other rule is checked like
 * any session, since they are part of the plan.
 */
import type { Session } from '../model/school-file';
import { describeSlot, listWords } from './describe';
import type { SchoolIndex } from './school-index';
import type { Violation } from './violation';

/** The fields of `actual` that differ from the pinned session, in words; empty when kept exactly. */
export function pinnedChanges(pinned: Session, actual: Session): string[] {
  const changed: string[] = [];
  if (pinned.group !== actual.group) changed.push('group');
  if (pinned.cover !== actual.cover) changed.push('cover item');
  if (pinned.week !== actual.week) changed.push('week');
  if (pinned.day !== actual.day) changed.push('day');
  if (pinned.period !== actual.period) changed.push('period');
  if (pinned.room !== actual.room) changed.push('room');
  const sameStaff = pinned.staff.length === actual.staff.length && pinned.staff.every((id, i) => actual.staff[i] === id);
  if (!sameStaff) changed.push('staff');
  if (pinned.pinned !== actual.pinned) changed.push('pinned mark');
  return changed;
}

function describePinned(facts: SchoolIndex, pinned: Session): string {
  const what = (pinned.group !== undefined ? facts.groupById.get(pinned.group)?.group.name : undefined)
    ?? (pinned.cover !== undefined ? facts.coverById.get(pinned.cover)?.cover.label : undefined)
    ?? `session ${pinned.id}`;
  return `${what} on ${describeSlot(facts.calendar, pinned.week, pinned.day, pinned.period)}`;
}

/** The rule-10 violation for `actual` standing in for a pinned session, or null when it is kept exactly. */
export function pinnedChanged(facts: SchoolIndex, pinned: Session, actual: Session): Violation | null {
  const changed = pinnedChanges(pinned, actual);
  if (changed.length === 0) return null;
  return {
    rule: 10, code: 'pinned-changed', sessions: [pinned.id],
    message: `${describePinned(facts, pinned)} is pinned and must be kept exactly as it is, but its ${listWords(changed)} changed`,
  };
}

/** The rule-10 violation for a pinned session missing from the plan. */
export function pinnedMissing(facts: SchoolIndex, pinned: Session): Violation {
  return {
    rule: 10, code: 'pinned-missing', sessions: [pinned.id],
    message: `${describePinned(facts, pinned)} is pinned but is missing from the plan`,
  };
}
