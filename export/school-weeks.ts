/**
 * Real dates for the timetable cycle, from `calendar.terms` and `calendar.closures`, the way the
 * school file defines them: school weeks alternate A, B, A ... counting only weeks that hold a
 * school day (so holiday weeks, and weeks wholly closed, are skipped), and a term's `startsOn`
 * restarts the count at that term. A one-week school's weeks are all Week A.
 */
import type { Calendar, Day } from '../solver/model/school-file';
import { dayName } from '../solver/model/words';

/** One day of the calendar's school days inside a term, open or closed. */
export interface TermDay {
  date: string;
  day: Day;
  /** True on an INSET day, bank holiday or other closure listed in `calendar.closures`. */
  closed: boolean;
}

/** A calendar week (Monday to Sunday) that holds at least one school day. */
export interface SchoolWeek {
  /** The week's Monday, YYYY-MM-DD ("week commencing"). */
  monday: string;
  /** Its week of the timetable cycle, e.g. "B". */
  week: string;
  /** The term it belongs to (the first, where two terms share a week). */
  term: string;
  /** The calendar's school days of this week that fall inside a term, in date order. */
  days: TermDay[];
}

const DAY_MS = 86_400_000;
const WEEKDAY_OF: readonly Day[] = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const OFFSET_FROM_MONDAY: Readonly<Record<Day, number>> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

/** Days since 1970-01-01 for a YYYY-MM-DD date (UTC, so no clock change shifts it). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOf(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** Mon..Sun for a date. */
export function weekdayOf(date: string): Day {
  return WEEKDAY_OF[new Date(dayNumber(date) * DAY_MS).getUTCDay()] ?? 'Mon';
}

/** The Monday of the week a date is in. */
export function mondayOf(date: string): string {
  return dateOf(dayNumber(date) - OFFSET_FROM_MONDAY[weekdayOf(date)]);
}

/** The date of `day` in the week that starts on `monday`. */
export function dateInWeek(monday: string, day: Day): string {
  return dateOf(dayNumber(monday) + OFFSET_FROM_MONDAY[day]);
}

/** Every school week of the year, in date order, labelled with its cycle week; [] without terms. */
export function schoolWeeks(calendar: Calendar): SchoolWeek[] {
  const terms = [...(calendar.terms ?? [])].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const schoolDays = new Set<Day>(calendar.days);
  const closures = new Set(calendar.closures ?? []);
  const byMonday = new Map<string, SchoolWeek>();
  const weeks: SchoolWeek[] = [];
  const cycle: readonly string[] = calendar.weeks;
  let count = 0;
  for (const term of terms) {
    if (term.startsOn !== undefined) count = Math.max(0, cycle.indexOf(term.startsOn));
    const last = dayNumber(term.end);
    for (let monday = dayNumber(mondayOf(term.start)); monday <= last; monday += 7) {
      const days: TermDay[] = [];
      for (let n = Math.max(monday, dayNumber(term.start)); n <= Math.min(monday + 6, last); n++) {
        const date = dateOf(n);
        const day = weekdayOf(date);
        if (schoolDays.has(day)) days.push({ date, day, closed: closures.has(date) });
      }
      if (!days.some((d) => !d.closed)) continue;
      const key = dateOf(monday);
      const shared = byMonday.get(key);
      if (shared) {
        // A week two terms share keeps the label it was given first; the later term adds its days.
        shared.days.push(...days.filter((d) => !shared.days.some((e) => e.date === d.date)));
        shared.days.sort((a, b) => (a.date < b.date ? -1 : 1));
        continue;
      }
      const week: SchoolWeek = { monday: key, week: calendar.weeks[count % calendar.weeks.length] ?? 'A', term: term.name, days };
      count += 1;
      byMonday.set(key, week);
      weeks.push(week);
    }
  }
  return weeks;
}

/** What the calendar says about one date. */
export type DateInCalendar =
  | { open: true; date: string; day: Day; week: string; term: string }
  | { open: false; date: string; reason: string };

/** Whether the school is open on `date`, and if so which day and week of the cycle it is. */
export function dateInCalendar(calendar: Calendar, date: string, weeks: readonly SchoolWeek[] = schoolWeeks(calendar)): DateInCalendar {
  const day = weekdayOf(date);
  if (!calendar.days.includes(day)) return { open: false, date, reason: `it is a ${dayName(day)}, not a school day` };
  if (!calendar.terms?.length) return { open: false, date, reason: 'the school file gives no term dates' };
  const inTerm = calendar.terms.find((t) => t.start <= date && date <= t.end);
  if (!inTerm) return { open: false, date, reason: 'it is not in any term (a holiday)' };
  if (calendar.closures?.includes(date)) return { open: false, date, reason: 'the school is closed that day (an INSET day, bank holiday or other closure)' };
  const week = weeks.find((w) => w.monday === mondayOf(date));
  if (!week) return { open: false, date, reason: 'it is not in any school week' };
  return { open: true, date, day, week: week.week, term: week.term };
}

/** The cycle week that the week holding `date` is, or undefined outside the school weeks. */
export function weekOfDate(weeks: readonly SchoolWeek[], date: string): string | undefined {
  const monday = mondayOf(date);
  return weeks.find((w) => w.monday === monday)?.week;
}
