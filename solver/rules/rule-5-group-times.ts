/**
 * Hard rule 5: group sessions sit in periods of kind lesson, registration, tutor or assembly
 * (`unstructured` groups may also use break and lunch), all `length` periods consecutive in one
 * day. A group's `periods`, `lead` and fixed `slots` hold (its `roles` are judged with rule 4).
 * A lesson occupies its room: no group session uses a room in a slot where a lesson is held.
 */
import type { PeriodKind } from '../model/school-file';
import { count, dayName, listWords } from './describe';
import { slotWordsOf, type RuleContext } from './rule-context';
import { whenOf } from './placement';

const TAUGHT_KINDS: ReadonlySet<PeriodKind> = new Set(['lesson', 'registration', 'tutor', 'assembly']);

/** Checks rule 5 for the judged session (group sessions only). */
export function checkGroupTimes(ctx: RuleContext): void {
  const { facts, self } = ctx;
  const groupFacts = self.group;
  if (groupFacts === undefined) return;
  const group = groupFacts.group;
  const ids = [self.session.id];
  const periods = facts.calendar.periods;
  const label = (p: number): string => periods[p]?.label ?? periods[p]?.id ?? '';

  if (self.slots.length < self.length) {
    ctx.emit(() => ({
      rule: 5, code: 'not-consecutive', sessions: ids,
      message: `${group.name} needs ${count(self.length, 'period')} in a row, but starting at ${label(self.first)} on ${dayName(self.session.day)} the day ends first`,
    }));
  }

  for (let i = 0; i < self.slots.length; i += 1) {
    const p = self.first + i;
    const kind = facts.periodKinds[p];
    if (kind === undefined || TAUGHT_KINDS.has(kind)) continue;
    if (group.unstructured === true && (kind === 'break' || kind === 'lunch')) continue;
    // Every kind outside TAUGHT_KINDS is break or lunch.
    ctx.emit(() => ({
      rule: 5, code: 'wrong-period-kind', sessions: ids,
      message: `${group.name} cannot use ${slotWordsOf(ctx, self.slots[i] ?? 0)}: only unstructured groups (such as lunch clubs) may run in break and lunch`,
    }));
    break;
  }

  const allowed = groupFacts.periods;
  if (allowed !== null) {
    const outside: string[] = [];
    for (let i = 0; i < self.slots.length; i += 1) {
      if (allowed[self.first + i] !== 1) outside.push(label(self.first + i));
    }
    if (outside.length > 0) {
      const names = (group.periods ?? []).map((id) => label(facts.periods.get(id) ?? -1) || id);
      const where = allowed[self.first] !== 1
        ? `so not on ${whenOf(facts, self)}`
        : `but its session on ${whenOf(facts, self)} also covers ${listWords(outside)}`;
      ctx.emit(() => ({
        rule: 5, code: 'group-period-not-allowed', sessions: ids,
        message: `${group.name} may only run in ${listWords(names, 'or')}, ${where}`,
      }));
    }
  }

  if (group.lead !== undefined && self.session.staff[0] !== group.lead) {
    const lead = facts.staffById.get(group.lead)?.staff.name ?? group.lead;
    const first = self.session.staff[0];
    const actual = first === undefined ? 'nobody' : (facts.staffById.get(first)?.staff.name ?? first);
    const onIt = self.session.staff.includes(group.lead) ? ` (${lead} is on it but not listed first)` : '';
    ctx.emit(() => ({
      rule: 5, code: 'group-lead-missing', sessions: ids,
      message: `${lead} leads every session of ${group.name}, but the one on ${whenOf(facts, self)} is led by ${actual}${onIt}`,
    }));
  }

  const fixed = groupFacts.fixedSlots;
  const start = self.slots[0];
  if (fixed !== null && start !== undefined && fixed[start] !== 1) {
    ctx.emit(() => ({
      rule: 5, code: 'group-fixed-slot', sessions: ids,
      message: `${group.name} runs only at its fixed times, and ${whenOf(facts, self)} is not one of them`,
    }));
  }

  if (self.room >= 0) {
    for (const slot of self.slots) {
      const lessons = facts.roomLessons[self.room * facts.slotCount + slot];
      const lesson = lessons?.[0];
      if (lesson === undefined) continue;
      const room = facts.rooms[self.room]?.name ?? '';
      const className = facts.classById.get(lesson.class)?.name ?? lesson.class;
      ctx.emit(() => ({
        rule: 5, code: 'room-has-lesson', sessions: ids,
        message: `${room} has a ${lesson.subject} lesson (${className}) on ${slotWordsOf(ctx, slot)}, so ${group.name} cannot use it`,
      }));
      break;
    }
  }
}
