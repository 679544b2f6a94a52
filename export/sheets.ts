/**
 * The sheets that are about the whole school rather than one person: the rota (adults by periods,
 * a page for each day of the cycle), the PPA and class cover sheet, and the daily sheet handed
 * out at morning briefing.
 */
import { dayName, listWords } from '../solver/model/words';
import type { Cover, CoverKind, Day, Period, Staff } from '../solver/model/school-file';
import { AWAY, adultSessionEntry, busyEntry, lessonEntry, type Entry } from './entries';
import type { Lookup } from './lookup';
import { adultAt, adultHasAnything } from './slot-contents';
import { COVER_KIND_NAMES, ROLE_NAMES, shortYear, timeRange } from './words';

export interface PeopleRow {
  staff: Staff;
  role: string;
  /** One list of entries per period of the day. */
  cells: Entry[][];
}

/** Adults by periods for one day of the cycle. */
export interface DayGrid {
  week: string;
  day: Day;
  periods: readonly Period[];
  rows: PeopleRow[];
}

/** Adults with at least one session anywhere in the cycle, in the school's order. */
export function adultsOnTheRota(l: Lookup): Staff[] {
  const onRota = new Set(l.placed.flatMap((p) => p.session.staff));
  return l.school.staff.filter((s) => onRota.has(s.id) && s.left === undefined);
}

function row(l: Lookup, staff: Staff, week: string, day: Day, withPupils: boolean): PeopleRow {
  return {
    staff,
    role: ROLE_NAMES[staff.role],
    cells: l.school.calendar.periods.map((period) => {
      const slot = adultAt(l, staff, week, day, period.id);
      const entries: Entry[] = [
        ...slot.sessions.map((p) => {
          const entry = adultSessionEntry(l, p, staff, period.id);
          if (!withPupils || p.pupils.length === 0) return entry;
          return { ...entry, lines: [...entry.lines, `Pupils: ${p.pupils.map((pupil) => `${pupil.name} (${shortYear(pupil.year)})`).join(', ')}`] };
        }),
        ...slot.lessons.map((lesson) => lessonEntry(l, lesson)),
        ...slot.busy.map((b) => busyEntry(b.what)),
      ];
      return entries.length === 0 && !slot.works ? [AWAY] : entries;
    }),
  };
}

/** The whole-school rota: one adults-by-periods grid per day of the cycle, the same adults on each. */
export function rota(l: Lookup): DayGrid[] {
  const { calendar } = l.school;
  const adults = adultsOnTheRota(l);
  return calendar.weeks.flatMap((week) =>
    calendar.days.map((day) => ({ week, day, periods: calendar.periods, rows: adults.map((staff) => row(l, staff, week, day, false)) })));
}

/**
 * The daily sheet: every adult with a session that day, and where they are each period of it
 * (sessions with their pupils and room, lessons, commitments, time off).
 */
export function daySheet(l: Lookup, week: string, day: Day): DayGrid {
  const adults = l.school.staff.filter((staff) =>
    staff.left === undefined && l.school.calendar.periods.some((p) => adultAt(l, staff, week, day, p.id).sessions.length > 0));
  return { week, day, periods: l.school.calendar.periods, rows: adults.map((staff) => row(l, staff, week, day, true)) };
}

/** True when an adult has anything at all on their timetable. */
export function adultHasWeek(l: Lookup, staff: Staff): boolean {
  const { calendar } = l.school;
  return calendar.weeks.some((w) => calendar.days.some((d) => calendar.periods.some((p) => adultHasAnything(adultAt(l, staff, w, d, p.id)))));
}

export interface CoverRow {
  week: string;
  day: Day;
  period: string;
  /** "Thursday Period 3" (", Week A" added by the caller where it matters). */
  when: string;
  time: string;
  className: string;
  /** Whose PPA or absence it is: the class's teacher, else the lesson's. */
  teacher: string;
  label: string;
  coveredBy: string;
  room: string;
  /** "Covered", "Needs 1 more adult", "Not covered". */
  status: string;
  short: boolean;
}

export interface CoverSection {
  kind: CoverKind;
  title: string;
  rows: CoverRow[];
}

/** Who takes which class, when: PPA cover first, then absence cover, in timetable order. */
export function coverSheet(l: Lookup): CoverSection[] {
  const kinds: CoverKind[] = ['ppa', 'absence'];
  return kinds.map((kind) => ({
    kind,
    title: COVER_KIND_NAMES[kind],
    rows: l.school.cover.filter((c) => c.kind === kind).flatMap((c) => l.weeksOf(c.week).map((week) => coverRow(l, c, week)))
      .sort((a, b) => l.compareSlots(a, b) || a.className.localeCompare(b.className)),
  }));
}

function coverRow(l: Lookup, cover: Cover, week: string): CoverRow {
  const { calendar } = l.school;
  const coveredClass = cover.class === undefined ? undefined : l.classById.get(cover.class);
  const lessonTeacher = cover.class === undefined
    ? undefined
    : l.lessonsAt(week, cover.day, cover.period).find((lesson) => lesson.class === cover.class)?.teacher;
  const teacherId = coveredClass?.teacher ?? lessonTeacher;
  const sessions = l.placed.filter((p) => p.cover?.id === cover.id && p.week === week);
  const adults = [...new Set(sessions.flatMap((p) => p.staff))];
  const needed = cover.staffNeeded ?? 1;
  const room = sessions.find((p) => p.room)?.room ?? (cover.room === undefined ? undefined : l.roomById.get(cover.room));
  const period = calendar.periods.find((p) => p.id === cover.period);
  return {
    week,
    day: cover.day,
    period: cover.period,
    when: `${dayName(cover.day)} ${period?.label ?? cover.period}`,
    time: timeRange(calendar, [cover.period]),
    className: coveredClass?.name ?? '',
    teacher: teacherId === undefined ? '' : (l.staffById.get(teacherId)?.name ?? ''),
    label: cover.label,
    coveredBy: adults.length > 0 ? listWords(adults.map((s) => s.name), 6) : '',
    room: room?.name ?? '',
    status: adults.length >= needed ? 'Covered' : adults.length === 0 ? 'Not covered' : `Needs ${needed - adults.length} more ${needed - adults.length === 1 ? 'adult' : 'adults'}`,
    short: adults.length < needed,
  };
}
