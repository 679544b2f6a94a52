/**
 * An adult's sessions as an iCalendar file their calendar program can import: one weekly
 * recurring event per run of school weeks. With terms, each session gets its real dates: the
 * Week A/B count of the school file (holiday weeks skipped, a term's `startsOn` restarting it), a
 * new run after every gap the recurrence cannot express (a holiday, a restarted count), and
 * closures inside a run left out as EXDATEs. Without terms the file says what it assumes.
 *
 * Pupils' names are left out: calendars are commonly synced to phones and online services, and
 * SEND data should not travel there. The printed timetable names them.
 */
import { listWords } from '../solver/model/words';
import type { Staff } from '../solver/model/school-file';
import type { Lookup, PlacedSession } from './lookup';
import { EUROPE_LONDON, escapeText, icsText, localDateTime, utcStamp } from './ics-text';
import { dateInWeek, dayNumber, dateOf, mondayOf, type SchoolWeek } from './school-weeks';
import { sessionsOfAdult } from './slot-contents';
import { COVER_KIND_NAMES, NEED_AREA_NAMES, longDate } from './words';

/** One event: a first date, how many weekly steps it repeats (1 = once), and the dates left out. */
export interface EventRun {
  placed: PlacedSession;
  first: string;
  /** Occurrences including the excluded ones (RRULE COUNT); undefined = repeats with no end. */
  count: number | undefined;
  /** Weeks between occurrences: 1, or 2 in a two-week school. */
  interval: number;
  excluded: string[];
}

/**
 * The runs of one placed session over the school weeks: each run is a stretch of its dates evenly
 * spaced by the cycle length, trimmed so it starts and ends on a day the school is open.
 */
export function runsWithTerms(placed: PlacedSession, weeks: readonly SchoolWeek[], cycleLength: number): EventRun[] {
  const candidates = weeks.filter((w) => w.week === placed.week).map((w) => {
    const date = dateInWeek(w.monday, placed.day);
    const day = w.days.find((d) => d.date === date);
    return { date, open: day !== undefined && !day.closed };
  });
  const step = 7 * cycleLength;
  const runs: { date: string; open: boolean }[][] = [];
  for (const c of candidates) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && dayNumber(c.date) - dayNumber(last.date) === step) run.push(c);
    else runs.push([c]);
  }
  return runs.flatMap((run) => {
    const start = run.findIndex((c) => c.open);
    const end = run.length - 1 - [...run].reverse().findIndex((c) => c.open);
    if (start < 0) return [];
    const kept = run.slice(start, end + 1);
    return [{
      placed,
      first: kept[0]?.date ?? '',
      count: kept.length,
      interval: cycleLength,
      excluded: kept.filter((c) => !c.open).map((c) => c.date),
    }];
  });
}

/**
 * Without terms: from the first matching date on or after `from`, every week (every other week in
 * a two-week school, taking the week of `from` as Week A), with no end.
 */
export function runWithoutTerms(placed: PlacedSession, weeksInCycle: readonly string[], from: string): EventRun {
  const cycle = weeksInCycle.length;
  const weekIndex = Math.max(0, weeksInCycle.indexOf(placed.week));
  let monday = mondayOf(from);
  let date = dateInWeek(monday, placed.day);
  if (date < from) {
    monday = dateOf(dayNumber(monday) + 7);
    date = dateInWeek(monday, placed.day);
  }
  // Weeks from `from`'s week (Week A) to this one, then on to the session's own week of the cycle.
  const position = Math.round((dayNumber(monday) - dayNumber(mondayOf(from))) / 7) % cycle;
  const ahead = (weekIndex - position + cycle) % cycle;
  return { placed, first: dateOf(dayNumber(date) + 7 * ahead), count: undefined, interval: cycle, excluded: [] };
}

export interface CalendarOptions {
  /** The school weeks from the terms ([] without terms). */
  weeks: readonly SchoolWeek[];
  /** DTSTAMP: when the file was made. */
  now: Date;
  /** The first date events may start on when there are no terms (calendar.asOf, else today). */
  from: string;
}

/** The iCalendar text of one adult's sessions. */
export function adultCalendar(l: Lookup, staff: Staff, options: CalendarOptions): string {
  const { calendar, school } = l.school;
  const cycle = calendar.weeks.length;
  const withTerms = options.weeks.length > 0;
  const assumption = withTerms
    ? ''
    : cycle > 1
      ? `The school file gives no term dates, so these events repeat every other week with no end, from ${longDate(options.from)}, taking the week of ${longDate(options.from)} as Week A, and holidays are not left out.`
      : `The school file gives no term dates, so these events repeat every week with no end from ${longDate(options.from)}, and holidays are not left out.`;
  const runs = sessionsOfAdult(l, staff).flatMap((p) =>
    withTerms ? runsWithTerms(p, options.weeks, cycle) : [runWithoutTerms(p, calendar.weeks, options.from)]);
  const stamp = utcStamp(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Staffroom//Staffroom timetable export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${staff.name}: ${school.name} timetable`)}`,
    'X-WR-TIMEZONE:Europe/London',
    `X-WR-CALDESC:${escapeText(assumption || `${staff.name}'s sessions at ${school.name}, on the school's term dates: holiday weeks and closures are left out.`)}`,
    ...EUROPE_LONDON,
  ];
  for (const run of runs) lines.push(...eventLines(l, staff, run, stamp, assumption));
  lines.push('END:VCALENDAR');
  return icsText(lines);
}

function eventLines(l: Lookup, staff: Staff, run: EventRun, stamp: string, assumption: string): string[] {
  const { calendar } = l.school;
  const p = run.placed;
  const firstPeriod = calendar.periods.find((x) => x.id === p.periods[0]);
  const lastPeriod = calendar.periods.find((x) => x.id === p.periods[p.periods.length - 1]);
  if (!firstPeriod || !lastPeriod) return [];
  const others = p.staff.filter((s) => s.id !== staff.id).map((s) => s.name);
  const coverClass = p.cover?.class === undefined ? undefined : l.classById.get(p.cover.class);
  const summary = p.group ? p.group.name : p.cover ? `${COVER_KIND_NAMES[p.cover.kind]}: ${p.cover.label}` : 'Session';
  const description = [
    p.group ? [p.group.programme, `Intervention group, ${NEED_AREA_NAMES[p.group.area].toLowerCase()}`].filter(Boolean).join('. ') : '',
    p.group ? `${p.pupils.length} ${p.pupils.length === 1 ? 'pupil' : 'pupils'} (names are on the printed timetable, not in calendar files).` : '',
    coverClass ? `Class: ${coverClass.name}.` : '',
    others.length > 0 ? `With ${listWords(others, 6)}.` : '',
    calendar.weeks.length > 1 ? `Week ${p.week} of the two-week timetable.` : '',
    assumption,
  ].filter((line) => line !== '').join('\n');
  const rule = run.count === 1
    ? []
    : [`RRULE:FREQ=WEEKLY;${run.interval > 1 ? `INTERVAL=${run.interval};` : ''}${run.count === undefined ? '' : `COUNT=${run.count};`}BYDAY=${p.day.slice(0, 2).toUpperCase()}`.replace(/;$/, '')];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${p.session.id}.${p.week}.${staff.id}.${run.first}@staffroom`)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=Europe/London:${localDateTime(run.first, firstPeriod.start)}`,
    `DTEND;TZID=Europe/London:${localDateTime(run.first, lastPeriod.end)}`,
    ...rule,
    ...(run.excluded.length > 0 ? [`EXDATE;TZID=Europe/London:${run.excluded.map((d) => localDateTime(d, firstPeriod.start)).join(',')}`] : []),
    `SUMMARY:${escapeText(summary)}`,
    ...(p.room ? [`LOCATION:${escapeText(p.room.name)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    `CATEGORIES:${escapeText(p.group ? 'Intervention' : p.cover ? COVER_KIND_NAMES[p.cover.kind] : 'Session')}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}
