/**
 * A working pattern as a set of slots, for painting on a grid, and back. An entry without a week
 * covers every week of the cycle; when both weeks of a day are the same, one entry without a
 * week is written, as a school would write it by hand.
 */
import type { Availability, Calendar } from '../../solver/model/school-file';

/** "A|Mon|P1" */
export function slotKey(week: string, day: string, period: string): string {
  return `${week}|${day}|${period}`;
}

/** Every slot the pattern covers. */
export function slotsOf(calendar: Calendar, available: readonly Availability[]): Set<string> {
  const slots = new Set<string>();
  for (const entry of available) {
    const weeks = entry.week === undefined ? calendar.weeks : [entry.week];
    for (const week of weeks) for (const period of entry.periods) slots.add(slotKey(week, entry.day, period));
  }
  return slots;
}

/** The pattern for a set of slots: days in calendar order, periods in day order. */
export function availableOf(calendar: Calendar, slots: ReadonlySet<string>): Availability[] {
  const entries: Availability[] = [];
  const periodsOn = (week: string, day: string) => calendar.periods.map((p) => p.id).filter((p) => slots.has(slotKey(week, day, p)));
  for (const day of calendar.days) {
    const byWeek = calendar.weeks.map((week) => ({ week, periods: periodsOn(week, day) }));
    const same = byWeek.every((w) => JSON.stringify(w.periods) === JSON.stringify(byWeek[0]?.periods));
    if (same) {
      const periods = byWeek[0]?.periods ?? [];
      if (periods.length > 0) entries.push({ day, periods });
      continue;
    }
    for (const { week, periods } of byWeek) if (periods.length > 0) entries.push({ week, day, periods });
  }
  return entries;
}
