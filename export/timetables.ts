/**
 * Weekly timetables, one page each, for an adult, an intervention group, a pupil and a room:
 * the whole cycle (both weeks in a two-week school) as a grid of days by periods, with a key
 * that says in full what the cells can only begin to say (pupils, programmes, long labels).
 */
import { dayName, listWords } from '../solver/model/words';
import type { Day, Group, Period, Pupil, Room, Staff } from '../solver/model/school-file';
import {
  AWAY, adultSessionEntry, busyEntry, lessonEntry, lessonWords, names, partWords, sessionTitle, tagOf, toneOf,
  type Entry, type Tone,
} from './entries';
import type { Lookup, PlacedSession } from './lookup';
import {
  adultAt, groupAt, lessonsLeft, pupilAt, roomAt, sessionsOfAdult, sessionsOfPupil,
} from './slot-contents';
import { NEED_AREA_NAMES, ROLE_NAMES, weekWords, yearName } from './words';

export interface GridDay {
  day: Day;
  /** One list of entries per period of the day, in period order. */
  cells: Entry[][];
}

export interface GridWeek {
  week: string;
  /** "Week A", or '' in a one-week school. */
  label: string;
  days: GridDay[];
}

export interface Grid {
  periods: readonly Period[];
  weeks: GridWeek[];
}

/** A line of the key under the grid. */
export interface KeyItem {
  tone: Tone;
  tag: string;
  title: string;
  lines: string[];
  /** A one-line item (cover, duties, posts): the cells already say most of it. */
  brief: boolean;
}

/** A small table printed under the grid (a group's pupils, the lessons a pupil leaves). */
export interface DetailTable {
  caption: string;
  header: string[];
  /** A width class per column ('' lets the column share what is left). */
  widths: string[];
  rows: string[][];
}

export type Subject = 'staff' | 'group' | 'pupil' | 'room';

export interface TimetablePage {
  subject: Subject;
  id: string;
  heading: string;
  /** Words under the heading: role, programme, year, kind of room. */
  about: string[];
  /** One line counting what is on the page, e.g. "14 sessions in Week A, 15 in Week B". */
  summary: string;
  grid: Grid;
  key: KeyItem[];
  tables: DetailTable[];
  /** Plain notes, e.g. demand the planner could not meet. */
  notes: string[];
}

function grid(l: Lookup, cell: (week: string, day: Day, period: string) => Entry[]): Grid {
  const { calendar } = l.school;
  return {
    periods: calendar.periods,
    weeks: calendar.weeks.map((week) => ({
      week,
      label: weekWords(calendar, week),
      days: calendar.days.map((day) => ({ day, cells: calendar.periods.map((p) => cell(week, day, p.id)) })),
    })),
  };
}

/** "14 sessions in Week A, 15 in Week B" or "9 sessions each week". */
function countByWeek(l: Lookup, placed: readonly PlacedSession[], one: string, many: string): string {
  const { weeks } = l.school.calendar;
  const count = (week: string) => placed.filter((p) => p.week === week).length;
  if (weeks.length === 1) {
    const n = count(weeks[0] ?? 'A');
    return `${n} ${n === 1 ? one : many} each week`;
  }
  return weeks.map((w, i) => {
    const n = count(w);
    return i === 0 ? `${n} ${n === 1 ? one : many} in Week ${w}` : `${n} in Week ${w}`;
  }).join(', ');
}

interface KeyShows {
  pupils: boolean;
  adults: boolean;
  rooms: boolean;
  /** One line per group, where the page says the rest elsewhere. */
  brief: boolean;
}

function groupKeyItem(l: Lookup, group: Group, placed: readonly PlacedSession[], shows: KeyShows): KeyItem {
  const rooms = [...new Set(placed.flatMap((p) => (p.room ? [p.room.name] : [])))];
  const adults = [...new Set(placed.flatMap((p) => p.staff.map((s) => s.name)))];
  const pupils = group.pupils.flatMap((id) => {
    const pupil = l.pupilById.get(id);
    return pupil ? [`${pupil.name} (${yearName(pupil.year)})`] : [];
  });
  return {
    tone: group.area,
    tag: group.area,
    title: group.name,
    lines: [
      [group.programme, NEED_AREA_NAMES[group.area]].filter(Boolean).join(' · '),
      shows.pupils ? `Pupils: ${pupils.length > 0 ? pupils.join(', ') : 'none yet'}` : '',
      shows.adults && adults.length > 0 ? `Adults: ${listWords(adults, 6)}` : '',
      shows.rooms && rooms.length > 0 ? `${rooms.length === 1 ? 'Room' : 'Rooms'}: ${listWords(rooms, 6)}` : '',
    ].filter((line) => line !== ''),
    brief: shows.brief,
  };
}

/** One key line per group met on the page, then one per distinct cover label, in the order met. */
function sessionKey(l: Lookup, placed: readonly PlacedSession[], shows: KeyShows): KeyItem[] {
  const items: KeyItem[] = [];
  const groups = new Map<string, PlacedSession[]>();
  const covers = new Map<string, PlacedSession[]>();
  for (const p of placed) {
    if (p.group) groups.set(p.group.id, [...(groups.get(p.group.id) ?? []), p]);
    else if (p.cover) covers.set(`${p.cover.kind}|${p.cover.label}`, [...(covers.get(`${p.cover.kind}|${p.cover.label}`) ?? []), p]);
  }
  for (const list of groups.values()) {
    const group = list[0]?.group;
    if (group) items.push(groupKeyItem(l, group, list, shows));
  }
  for (const list of covers.values()) {
    const first = list[0];
    if (!first?.cover) continue;
    const periods = list.reduce((n, p) => n + p.periods.length, 0);
    const rooms = [...new Set(list.flatMap((p) => (p.room ? [p.room.name] : [])))];
    items.push({
      tone: first.cover.kind,
      tag: tagOf(first.cover.kind),
      title: first.cover.label,
      lines: [`${periods} ${periods === 1 ? 'period' : 'periods'} in the cycle${rooms.length > 0 ? ` · ${listWords(rooms, 4)}` : ''}`],
      brief: true,
    });
  }
  return items;
}

/** The weekly timetable of one adult: sessions, lessons taught, fixed commitments, time off. */
export function adultPage(l: Lookup, staff: Staff): TimetablePage {
  const placed = sessionsOfAdult(l, staff);
  const lessons = l.school.lessons.filter((lesson) => lesson.teacher === staff.id).length;
  return {
    subject: 'staff',
    id: staff.id,
    heading: staff.name,
    about: [ROLE_NAMES[staff.role]],
    summary: placed.length === 0 && lessons === 0 && (staff.busy ?? []).length === 0
      ? `Nothing is timetabled for ${staff.name}.`
      : countByWeek(l, placed, 'session', 'sessions'),
    grid: grid(l, (week, day, period) => {
      const slot = adultAt(l, staff, week, day, period);
      const entries: Entry[] = [
        ...slot.sessions.map((p) => adultSessionEntry(l, p, staff, period)),
        ...slot.lessons.map((lesson) => lessonEntry(l, lesson)),
        ...slot.busy.map((b) => busyEntry(b.what)),
      ];
      return entries.length === 0 && !slot.works ? [AWAY] : entries;
    }),
    key: sessionKey(l, placed, { pupils: true, adults: false, rooms: false, brief: false }),
    tables: [],
    notes: [],
  };
}

/** The weekly timetable of one intervention group, with its pupils and the lessons they leave. */
export function groupPage(l: Lookup, group: Group): TimetablePage {
  const { calendar } = l.school;
  const placed = l.placed.filter((p) => p.group?.id === group.id);
  const pupils = group.pupils.flatMap((id) => l.pupilById.get(id) ?? []);
  const unfilled = (l.school.plan?.unfilled ?? []).filter((u) => u.group === group.id);
  // The plan lists a session's lead adult first.
  const leads = [...new Set(placed.flatMap((p) => (p.staff[0] ? [p.staff[0].name] : [])))];
  const rooms = [...new Set(placed.flatMap((p) => (p.room ? [p.room.name] : [])))];
  const about = [
    group.programme ?? '',
    NEED_AREA_NAMES[group.area],
    `priority ${group.priority}${group.ehcp ? ', EHC plan provision' : ''}`,
    `${group.sessionsPerWeek} ${group.sessionsPerWeek === 1 ? 'session' : 'sessions'} a week${(group.length ?? 1) > 1 ? ` of ${group.length} periods` : ''}`,
  ].filter((a) => a !== '');
  // Said once above the grid, where the narrow break and tutor-time cells may not have room for it.
  const who = [
    leads.length > 0 ? `${leads.length === 1 ? 'Lead adult' : 'Lead adults'}: ${listWords(leads, 4)}` : '',
    rooms.length > 0 ? `${rooms.length === 1 ? 'Room' : 'Rooms'}: ${listWords(rooms, 4)}` : '',
  ].filter((a) => a !== '');
  return {
    subject: 'group',
    id: group.id,
    heading: group.name,
    about,
    summary: [countByWeek(l, placed, 'session', 'sessions'), ...who].join(' · '),
    grid: grid(l, (week, day, period) =>
      groupAt(l, group, week, day, period).map((p) => {
        const [lead, ...others] = p.staff;
        return {
          tone: group.area,
          tag: group.area,
          title: lead ? `${lead.name}${others.length > 0 ? ' (lead)' : ''}` : 'No adult yet',
          lines: [others.length > 0 ? `With ${names(others)}` : '', p.room?.name ?? '', partWords(p, period)].filter((line) => line !== ''),
        };
      })),
    // The heading says the programme and area, the grid the adults and rooms: no key needed.
    key: [],
    // Pupils down the side, sessions across: each cell is the lesson that session takes them out of.
    tables: [{
      caption: placed.length > 0 ? 'Pupils, and the lesson each session takes them out of' : 'Pupils',
      header: ['Pupil', 'Year', ...placed.map((p) => slotShort(l, p, true))],
      widths: ['w-name', 'w-year', ...placed.map(() => '')],
      rows: pupils.map((pupil) => [
        pupil.name,
        yearName(pupil.year),
        ...placed.map((p) => {
          const left = lessonsLeft(l, pupil, p);
          return left.length > 0 ? left.map((lesson) => lessonWords(l, lesson)).join('; ') : '–';
        }),
      ]),
    }],
    notes: unfilled.map((u) => {
      const when = u.week !== undefined && calendar.weeks.length > 1 ? ` in Week ${u.week}` : '';
      return `${u.missing} ${u.missing === 1 ? 'session' : 'sessions'}${when} could not be placed: ${u.reasons[0] ?? 'no reason given'}`;
    }),
  };
}

/** "Monday Period 2 (Week A)", or "Mon Period 2 A" when short, for lists inside a page. */
function slotShort(l: Lookup, p: PlacedSession, short = false): string {
  const { calendar } = l.school;
  const period = calendar.periods.find((x) => x.id === p.periods[0]);
  const twoWeeks = calendar.weeks.length > 1;
  if (short) return `${p.day} ${period?.label ?? p.periods[0] ?? ''}${twoWeeks ? ` ${p.week}` : ''}`;
  return `${dayName(p.day)} ${period?.label ?? p.periods[0] ?? ''}${twoWeeks ? ` (Week ${p.week})` : ''}`;
}

/** A pupil's week: their lessons, and each intervention session with the lesson it takes them out of. */
export function pupilPage(l: Lookup, pupil: Pupil): TimetablePage {
  const placed = sessionsOfPupil(l, pupil);
  const groups = [...new Set(placed.flatMap((p) => (p.group ? [p.group] : [])))];
  const memberOf = l.school.groups.filter((g) => g.pupils.includes(pupil.id));
  // One row per group and lesson left, with every time it happens: a pupil's page stays one page.
  const rows = new Map<string, { group: string; lesson: string; teacher: string; when: string[] }>();
  for (const p of placed) {
    const left = lessonsLeft(l, pupil, p);
    const lessons = left.length > 0 ? left : [undefined];
    for (const lesson of lessons) {
      const key = `${p.group?.id ?? ''}|${lesson ? `${lesson.class}|${lesson.subject}` : ''}`;
      const row = rows.get(key) ?? {
        group: sessionTitle(p),
        lesson: lesson ? lessonWords(l, lesson) : 'None (no lesson at that time)',
        teacher: lesson?.teacher === undefined ? '' : (l.staffById.get(lesson.teacher)?.name ?? ''),
        when: [],
      };
      row.when.push(slotShort(l, p, true));
      rows.set(key, row);
    }
  }
  return {
    subject: 'pupil',
    id: pupil.id,
    heading: pupil.name,
    about: [yearName(pupil.year), memberOf.length > 0 ? `Groups: ${listWords(memberOf.map((g) => g.name), 6)}` : 'In no intervention group'],
    summary: countByWeek(l, placed, 'intervention session', 'intervention sessions'),
    grid: grid(l, (week, day, period) => {
      const slot = pupilAt(l, pupil, week, day, period);
      if (slot.sessions.length === 0) return slot.lessons.map((lesson) => lessonEntry(l, lesson));
      return slot.sessions.map((p) => {
        const left = slot.lessons.map((lesson) => `Leaves ${lesson.subject}`);
        const tone = toneOf(p);
        return {
          tone,
          tag: tagOf(tone),
          title: sessionTitle(p),
          lines: [p.staff.length > 0 ? `With ${names(p.staff)}` : '', p.room?.name ?? '', ...left, partWords(p, period)].filter((line) => line !== ''),
        };
      });
    }),
    key: groups.map((group) => groupKeyItem(l, group, placed.filter((p) => p.group?.id === group.id), { pupils: false, adults: true, rooms: false, brief: true })),
    tables: [{
      caption: 'Lessons left for interventions',
      header: ['Group', 'Lesson left', 'Teacher', 'When'],
      widths: ['w-group', 'w-lesson', 'w-name', ''],
      rows: [...rows.values()].map((r) => [r.group, r.lesson, r.teacher, r.when.join(', ')]),
    }],
    notes: [],
  };
}

/** "3 sessions and 20 lessons in Week A, ..." for a room. */
function roomSummary(l: Lookup, room: Room, placed: readonly PlacedSession[]): string {
  const { weeks } = l.school.calendar;
  const lessons = (week: string) => l.school.lessons.filter((lesson) => lesson.room === room.id && (lesson.week === undefined || lesson.week === week)).length;
  const words = (week: string) => {
    const s = placed.filter((p) => p.week === week).length;
    const n = lessons(week);
    return `${s} ${s === 1 ? 'session' : 'sessions'} and ${n} ${n === 1 ? 'lesson' : 'lessons'}`;
  };
  return weeks.length === 1 ? `${words(weeks[0] ?? 'A')} each week` : weeks.map((w) => `${words(w)} in Week ${w}`).join('; ');
}

/** A room's week: the sessions in it and the lessons held there. */
export function roomPage(l: Lookup, room: Room): TimetablePage {
  const placed = l.placed.filter((p) => p.room?.id === room.id);
  return {
    subject: 'room',
    id: room.id,
    heading: room.name,
    about: [`Holds ${room.capacity} ${room.capacity === 1 ? 'person' : 'people'}`],
    summary: roomSummary(l, room, placed),
    grid: grid(l, (week, day, period) => {
      const slot = roomAt(l, room, week, day, period);
      return [
        ...slot.sessions.map((p): Entry => {
          const tone = toneOf(p);
          return {
            tone,
            tag: tagOf(tone),
            title: sessionTitle(p),
            lines: [
              p.staff.length > 0 ? names(p.staff) : 'No adult yet',
              p.group ? `${p.pupils.length} ${p.pupils.length === 1 ? 'pupil' : 'pupils'}` : '',
              partWords(p, period),
            ].filter((line) => line !== ''),
          };
        }),
        ...slot.lessons.map((lesson) => {
          const teacher = lesson.teacher === undefined ? '' : (l.staffById.get(lesson.teacher)?.name ?? '');
          const className = l.classById.get(lesson.class)?.name ?? lesson.class;
          return { tone: 'lesson' as const, tag: '', title: lesson.subject, lines: [[className, teacher].filter((w) => w !== '').join(' · ')] };
        }),
      ];
    }),
    key: sessionKey(l, placed, { pupils: false, adults: true, rooms: false, brief: true }),
    tables: [],
    notes: [],
  };
}
