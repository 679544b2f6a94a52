/** Slots, weeks and periods: the calendar vocabulary every part of the solver shares. */
import type { Calendar, Day, School } from './school-file';

/** A (week, day, period) triple: the unit of the timetable. */
export interface Slot {
  week: string;
  day: Day;
  period: string;
}

/** A stable string key for a slot, for maps and sets. */
export function slotKey(week: string, day: Day | string, period: string): string {
  return `${week}|${day}|${period}`;
}

/** The cycle weeks an entry applies to: its own week, or every week when it names none. */
export function weeksOf(calendar: Calendar, week: string | undefined): readonly string[] {
  return week === undefined ? calendar.weeks : [week];
}

/** The position of each period in the day, by id. */
export function periodPositions(calendar: Calendar): Map<string, number> {
  return new Map(calendar.periods.map((p, i) => [p.id, i]));
}

/**
 * The periods a session of `length` periods starting at `start` covers, in order, or null when
 * the day ends first. Periods are consecutive when they are next to each other in the list.
 */
export function coveredPeriods(calendar: Calendar, start: string, length = 1): string[] | null {
  const first = calendar.periods.findIndex((p) => p.id === start);
  if (first < 0 || first + length > calendar.periods.length) return null;
  return calendar.periods.slice(first, first + length).map((p) => p.id);
}

/** Every slot of the cycle, week by week, day by day, period by period. */
export function allSlots(calendar: Calendar): Slot[] {
  const slots: Slot[] = [];
  for (const week of calendar.weeks) {
    for (const day of calendar.days) {
      for (const p of calendar.periods) slots.push({ week, day, period: p.id });
    }
  }
  return slots;
}

/** A period's label for people: its label when it has one, else its id. */
export function periodLabel(calendar: Calendar, periodId: string): string {
  return calendar.periods.find((p) => p.id === periodId)?.label ?? periodId;
}

/** True when the school runs a two-week (Week A / Week B) timetable. */
export function isTwoWeek(school: Pick<School, 'calendar'>): boolean {
  return school.calendar.weeks.length > 1;
}
