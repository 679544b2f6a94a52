/**
 * A group's fixed `slots` are exactly its sessions: as many in each cycle week as
 * `sessionsPerWeek`, at most one a day, and each one a time the group could actually meet.
 */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { Group, GroupSlot, PeriodKind, School } from '../school-file';
import { lookupsOf, type Lookups } from './lookups';

const STRUCTURED_KINDS: readonly PeriodKind[] = ['lesson', 'registration', 'tutor', 'assembly'];

/** Reports fixed slots that do not add up to the group's sessions or could never hold one. */
export function checkGroupSlots(school: School, found: Findings): void {
  const lookups = lookupsOf(school);
  school.groups.forEach((group, i) => {
    const slots = group.slots;
    if (slots === undefined) return;
    const path = `$.groups[${i}]`;
    // Slots naming a week, day or period the calendar lacks are reported already; counting them would repeat it.
    if (!slots.every((slot) => fitsCalendar(slot, lookups))) return;
    checkCounts(found, path, group, slots, school.calendar.weeks);
    slots.forEach((slot, k) => checkSlotTime(found, `${path}.slots[${k}]`, group, slot, school, lookups));
  });
}

function fitsCalendar(slot: GroupSlot, lookups: Lookups): boolean {
  return (slot.week === undefined || lookups.weeks.has(slot.week)) && lookups.days.has(slot.day) && lookups.periods.has(slot.period);
}

function checkCounts(found: Findings, path: string, group: Group, slots: readonly GroupSlot[], weeks: readonly string[]): void {
  const oneWeek = weeks.length === 1;
  for (const week of weeks) {
    const inWeek = slots.map((slot, k) => ({ slot, k })).filter(({ slot }) => slot.week === undefined || slot.week === week);
    if (inWeek.length !== group.sessionsPerWeek) {
      const given = `${inWeek.length} session${inWeek.length === 1 ? '' : 's'}`;
      found.problem(`${path}.slots`, oneWeek
        ? `the fixed slots of group ${quote(group.id)} give ${given} a week, but its sessionsPerWeek is ${group.sessionsPerWeek}`
        : `the fixed slots of group ${quote(group.id)} give ${given} in week ${week}, but its sessionsPerWeek is ${group.sessionsPerWeek} (a slot without "week" counts in both weeks)`);
    }
    const dayOf = new Map<string, number>();
    for (const { slot, k } of inWeek) {
      if (!dayOf.has(slot.day)) {
        dayOf.set(slot.day, k);
        continue;
      }
      found.problem(`${path}.slots[${k}]`, oneWeek
        ? `group ${quote(group.id)} already has a fixed slot on ${slot.day} (slots[${dayOf.get(slot.day)}]): a group meets at most once a day`
        : `group ${quote(group.id)} already has a fixed slot on ${slot.day} in week ${week} (slots[${dayOf.get(slot.day)}]): a group meets at most once a day`);
    }
  }
}

function checkSlotTime(found: Findings, path: string, group: Group, slot: GroupSlot, school: School, lookups: Lookups): void {
  const length = group.length ?? 1;
  const start = lookups.periodIndex.get(slot.period) ?? 0;
  const covered = school.calendar.periods.slice(start, start + length);
  if (covered.length < length) {
    found.problem(`${path}.period`, `a ${length}-period session of group ${quote(group.id)} starting in period ${quote(slot.period)} would run past the end of the day`);
    return;
  }
  for (const period of covered) {
    if (group.periods !== undefined && !group.periods.includes(period.id)) {
      found.problem(`${path}.period`, `this fixed slot uses period ${quote(period.id)}, which is not one of the group's allowed periods (${group.periods.join(', ')})`);
      return;
    }
    if (!STRUCTURED_KINDS.includes(period.kind) && !group.unstructured) {
      found.problem(`${path}.period`, `this fixed slot uses period ${quote(period.id)}, a ${period.kind} period: only groups marked "unstructured" may meet at ${period.kind}`);
      return;
    }
  }
}
