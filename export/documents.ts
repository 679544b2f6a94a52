/**
 * What an export is about, before it is written as HTML, CSV or iCalendar: the view, who is in it
 * (one, several or everyone), the day and week of a daily sheet, and the sheets that result.
 */
import { dayName } from '../solver/model/words';
import { DAYS, type Day, type Group, type Pupil, type Room, type School, type Staff } from '../solver/model/school-file';
import { lookUp, type Lookup } from './lookup';
import { dateInCalendar, schoolWeeks, weekOfDate } from './school-weeks';
import { adultsOnTheRota, coverSheet, daySheet, rota, type CoverSection, type DayGrid } from './sheets';
import { adultPage, groupPage, pupilPage, roomPage, type TimetablePage } from './timetables';
import { cycleWords, fileSlug, longDate, weekWords } from './words';

import { VIEW_TITLES, type ExportView } from './choices';

export { EXPORT_VIEWS, VIEW_TITLES, type ExportView } from './choices';


/** What to export. `who` lists ids (adults, groups, pupils or rooms); absent or empty means everyone. */
export interface ExportRequest {
  view: ExportView;
  who?: readonly string[] | undefined;
  /** Daily sheet: a date (the week and day come from the terms), or a week and a day. */
  date?: string | undefined;
  week?: string | undefined;
  day?: Day | undefined;
}

/** A request that cannot be met as asked, in words for the person who asked. */
export class ExportProblem extends Error {
  override name = 'ExportProblem';
}

export type Sheet =
  | { kind: 'timetable'; heading: string; weekLabel: string; page: TimetablePage }
  | { kind: 'day-grid'; heading: string; weekLabel: string; grid: DayGrid; withPupils: boolean; date?: string }
  | { kind: 'cover'; heading: string; weekLabel: string; sections: CoverSection[] };

export interface ExportDocument {
  view: ExportView;
  title: string;
  school: string;
  /** "Printed Monday 22 September 2025 (Week B)". */
  printed: string;
  /** The start of every file name: "elderwood-vale-academy-adults". */
  stem: string;
  sheets: Sheet[];
  /** Said once, at the end, where the document leaves something out on purpose. */
  note: string;
  lookup: Lookup;
}

/** Everyone a view covers when no one is chosen, in the school's order. */
export function everyone(school: School, view: 'staff'): Staff[];
export function everyone(school: School, view: 'groups'): Group[];
export function everyone(school: School, view: 'pupils'): Pupil[];
export function everyone(school: School, view: 'rooms'): Room[];
export function everyone(school: School, view: 'staff' | 'groups' | 'pupils' | 'rooms'): (Staff | Group | Pupil | Room)[] {
  switch (view) {
    case 'staff':
      return school.staff.filter((s) => s.left === undefined);
    case 'groups':
      return school.groups;
    case 'pupils':
      return school.pupils.filter((p) => p.left === undefined && school.groups.some((g) => g.pupils.includes(p.id)));
    case 'rooms':
      return school.rooms;
  }
}

const SUBJECT_WORDS = { staff: 'adult', groups: 'intervention group', pupils: 'pupil', rooms: 'room' } as const;

function choose<T extends { id: string }>(all: readonly T[], known: readonly T[], who: readonly string[] | undefined, view: keyof typeof SUBJECT_WORDS): T[] {
  if (who === undefined || who.length === 0) return [...all];
  const byId = new Map(known.map((item) => [item.id, item]));
  const missing = who.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new ExportProblem(`The school has no ${SUBJECT_WORDS[view]} with the id ${missing.map((id) => JSON.stringify(id)).join(', ')}.`);
  }
  return [...new Set(who)].flatMap((id) => byId.get(id) ?? []);
}

function printedWords(school: School, today: string): string {
  const week = school.calendar.weeks.length > 1 ? weekOfDate(schoolWeeks(school.calendar), today) : undefined;
  return `Printed ${longDate(today)}${week ? ` (Week ${week})` : ''}`;
}

/** Builds the sheets of one export. Throws ExportProblem for a request the school cannot meet. */
export function buildDocument(school: School, request: ExportRequest, today: string): ExportDocument {
  const l = lookUp(school);
  const { calendar } = school;
  const schoolSlug = fileSlug(school.school.name);
  const cycle = cycleWords(calendar);
  const base = { view: request.view, title: VIEW_TITLES[request.view], school: school.school.name, printed: printedWords(school, today), lookup: l };
  const stemFor = (plural: string, singular: string, chosen: readonly { name: string }[]) => {
    if (request.who === undefined || request.who.length === 0) return `${schoolSlug}-${plural}`;
    if (chosen.length === 1) return `${schoolSlug}-${singular}-${fileSlug(chosen[0]?.name ?? '', singular)}`;
    return `${schoolSlug}-${plural}-${chosen.length}-chosen`;
  };
  const timetables = (pages: TimetablePage[]): Sheet[] => pages.map((page) => ({ kind: 'timetable', heading: page.heading, weekLabel: cycle, page }));
  switch (request.view) {
    case 'staff': {
      const chosen = choose(everyone(school, 'staff'), school.staff, request.who, 'staff');
      return { ...base, stem: stemFor('adults', 'adult', chosen), sheets: timetables(chosen.map((s) => adultPage(l, s))), note: '' };
    }
    case 'groups': {
      const chosen = choose(everyone(school, 'groups'), school.groups, request.who, 'groups');
      return { ...base, stem: stemFor('groups', 'group', chosen), sheets: timetables(chosen.map((g) => groupPage(l, g))), note: '' };
    }
    case 'pupils': {
      const chosen = choose(everyone(school, 'pupils'), school.pupils, request.who, 'pupils');
      return {
        ...base,
        stem: stemFor('pupils', 'pupil', chosen),
        sheets: timetables(chosen.map((p) => pupilPage(l, p))),
        note: request.who?.length ? '' : 'Pupils in no intervention group have no page.',
      };
    }
    case 'rooms': {
      const chosen = choose(everyone(school, 'rooms'), school.rooms, request.who, 'rooms');
      return { ...base, stem: stemFor('rooms', 'room', chosen), sheets: timetables(chosen.map((r) => roomPage(l, r))), note: '' };
    }
    case 'rota': {
      const grids = rota(l);
      const adults = adultsOnTheRota(l).length;
      return {
        ...base,
        stem: `${schoolSlug}-rota`,
        sheets: grids.map((grid) => ({
          kind: 'day-grid', heading: `${dayName(grid.day)}`, weekLabel: weekWords(calendar, grid.week) || cycle, grid, withPupils: false,
        })),
        note: adults === 0 ? 'The plan has no sessions yet, so no adult is on the rota.' : 'The rota lists every adult with at least one session in the cycle.',
      };
    }
    case 'ppa':
      return {
        ...base,
        stem: `${schoolSlug}-cover`,
        sheets: [{ kind: 'cover', heading: 'Who takes which class, when', weekLabel: cycle, sections: coverSheet(l) }],
        note: '',
      };
    case 'day': {
      const when = resolveDay(school, request);
      const grid = daySheet(l, when.week, when.day);
      const heading = when.date ? longDate(when.date) : dayName(when.day);
      return {
        ...base,
        stem: `${schoolSlug}-day-${when.date ?? `${calendar.weeks.length > 1 ? `week-${when.week.toLowerCase()}-` : ''}${dayName(when.day).toLowerCase()}`}`,
        sheets: [{ kind: 'day-grid', heading, weekLabel: weekWords(calendar, when.week) || cycle, grid, withPupils: true, ...(when.date ? { date: when.date } : {}) }],
        note: grid.rows.length === 0
          ? `No adult has a session on ${heading}.`
          : 'Every adult with a session that day, and where they are each period of it.',
      };
    }
  }
}

/** The week and day of a daily sheet, from a date (through the terms) or as given. */
export function resolveDay(school: School, request: Pick<ExportRequest, 'date' | 'week' | 'day'>): { week: string; day: Day; date?: string } {
  const { calendar } = school;
  if (request.date !== undefined) {
    const found = dateInCalendar(calendar, request.date);
    if (!found.open) throw new ExportProblem(`There is no daily sheet for ${longDate(request.date)}: ${found.reason}.`);
    return { week: found.week, day: found.day, date: found.date };
  }
  if (request.day === undefined) throw new ExportProblem('Choose the day (or the date) of the daily sheet.');
  if (!calendar.days.includes(request.day)) {
    throw new ExportProblem(`${dayName(request.day)} is not one of the school's days (${calendar.days.map(dayName).join(', ')}).`);
  }
  const week = request.week ?? (calendar.weeks.length === 1 ? calendar.weeks[0] : undefined);
  if (week === undefined) throw new ExportProblem('Choose Week A or Week B for the daily sheet.');
  if (!(calendar.weeks as readonly string[]).includes(week)) throw new ExportProblem(`The school's timetable has no Week ${week}.`);
  return { week, day: request.day };
}

export function isDay(value: string): value is Day {
  return (DAYS as readonly string[]).includes(value);
}
