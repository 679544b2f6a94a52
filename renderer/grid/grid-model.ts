/**
 * What the grid shows, worked out from the school: the cycle's slots, a card for each planned
 * session, what each adult is doing in every slot, the demand the plan does not meet, and the
 * totals per adult and per group. Pure functions of the school, so they are cheap to test.
 */
import type { Pickup } from '../../api/grid';
import type { Calendar, CoverKind, Day, Lesson, NeedArea, School, Session, Staff, Unfilled } from '../../solver/model/school-file';
import { COVER_KIND_NAMES, DAY_NAMES, periodName } from '../school/words';

/** One slot of the cycle, numbered as the drop targets number them (week, then day, then period). */
export interface SlotRef {
  index: number;
  /** Undefined in a one-week school. */
  week: string | undefined;
  day: Day;
  period: string;
  /** "Monday Period 1", with " (Week A)" in a two-week school. */
  words: string;
  /** True for the first period of a day, where the grid draws a stronger line. */
  dayStart: boolean;
  /** Break and lunch: narrower and shaded. */
  free: boolean;
}

export function cycleSlots(calendar: Calendar): SlotRef[] {
  const { weeks, days, periods } = calendar;
  const twoWeek = weeks.length > 1;
  const slots: SlotRef[] = [];
  for (const week of weeks) {
    for (const day of days) {
      periods.forEach((p, i) => {
        const w = twoWeek ? week : undefined;
        slots.push({
          index: slots.length, week: w, day, period: p.id, dayStart: i === 0, free: p.kind === 'break' || p.kind === 'lunch',
          words: slotWords(calendar, { week: w, day, period: p.id }),
        });
      });
    }
  }
  return slots;
}

/** "Monday Period 1", or "Monday Period 1 (Week A)" in a two-week school. */
export function slotWords(calendar: Calendar, slot: { week?: string | undefined; day: Day; period: string }): string {
  const when = `${DAY_NAMES[slot.day]} ${periodName(calendar, slot.period)}`;
  return calendar.weeks.length > 1 && slot.week !== undefined ? `${when} (Week ${slot.week})` : when;
}

/** The slot number of a session's first period, or -1 when its slot is not in the calendar. */
export function slotIndexOf(calendar: Calendar, slot: { week?: string | undefined; day: Day; period: string }): number {
  const { days, periods } = calendar;
  const weeks: readonly string[] = calendar.weeks;
  const w = weeks.length > 1 ? weeks.indexOf(slot.week ?? '') : 0;
  const d = days.indexOf(slot.day);
  const p = periods.findIndex((x) => x.id === slot.period);
  if (w < 0 || d < 0 || p < 0) return -1;
  return (w * days.length + d) * periods.length + p;
}

/** A planned session as a card on the grid. */
export interface CardInfo {
  session: Session;
  /** The group's name or the cover item's label. */
  what: string;
  area: NeedArea | null;
  coverKind: CoverKind | null;
  /** "4 pupils", "PPA cover for Robins", "Duty". */
  detail: string;
  room: string | null;
  pinned: boolean;
  slot: number;
  /** Periods it lasts. */
  length: number;
  /** Years of its pupils (a group) or of its class (PPA cover), for the year filter. */
  years: ReadonlySet<string>;
}

const cardCache = new WeakMap<Session, CardInfo>();

/** The card of a session; the same object for the same session, so unchanged rows need not redraw. */
export function cardOf(calendar: Calendar, session: Session, lookups: Lookups): CardInfo {
  const known = cardCache.get(session);
  if (known) return known;
  const group = session.group === undefined ? undefined : lookups.groups.get(session.group);
  const cover = session.cover === undefined ? undefined : lookups.cover.get(session.cover);
  const years = new Set<string>();
  let detail = '';
  if (group) {
    for (const id of group.pupils) {
      const year = lookups.pupilYears.get(id);
      if (year !== undefined) years.add(year);
    }
    detail = `${group.pupils.length} pupil${group.pupils.length === 1 ? '' : 's'}`;
  } else if (cover) {
    const taught = cover.class === undefined ? undefined : lookups.classes.get(cover.class);
    if (taught?.year !== undefined) years.add(taught.year);
    detail = taught ? `${COVER_KIND_NAMES[cover.kind]} for ${taught.name}` : COVER_KIND_NAMES[cover.kind];
  }
  const card: CardInfo = {
    session,
    what: group?.name ?? cover?.label ?? 'Session',
    area: group?.area ?? null,
    coverKind: cover?.kind ?? null,
    detail,
    room: session.room === undefined ? null : (lookups.rooms.get(session.room) ?? session.room),
    pinned: session.pinned === true,
    slot: slotIndexOf(calendar, session),
    length: group?.length ?? 1,
    years,
  };
  cardCache.set(session, card);
  return card;
}

/** Lookups by id, built once per school. */
export interface Lookups {
  groups: ReadonlyMap<string, School['groups'][number]>;
  cover: ReadonlyMap<string, School['cover'][number]>;
  classes: ReadonlyMap<string, School['classes'][number]>;
  rooms: ReadonlyMap<string, string>;
  staff: ReadonlyMap<string, School['staff'][number]>;
  staffIndex: ReadonlyMap<string, number>;
  pupilYears: ReadonlyMap<string, string>;
}

export function lookupsOf(school: Pick<School, 'groups' | 'cover' | 'classes' | 'rooms' | 'staff' | 'pupils'>): Lookups {
  return {
    groups: new Map(school.groups.map((g) => [g.id, g])),
    cover: new Map(school.cover.map((c) => [c.id, c])),
    classes: new Map(school.classes.map((c) => [c.id, c])),
    rooms: new Map(school.rooms.map((r) => [r.id, r.name])),
    staff: new Map(school.staff.map((s) => [s.id, s])),
    staffIndex: new Map(school.staff.map((s, i) => [s.id, i])),
    pupilYears: new Map(school.pupils.map((p) => [p.id, p.year])),
  };
}

/** What an adult is doing in a slot apart from planned sessions. */
export const Duty = { Free: 0, NotWorking: 1, Busy: 2, Teaching: 3 } as const;

/** Per adult (school order), per slot: whether they work, are busy, or teach there. */
export function staffDuties(calendar: Calendar, staff: readonly Staff[], lessons: readonly Lesson[], slots: readonly SlotRef[]): Uint8Array[] {
  const count = slots.length;
  const at = new Map(slots.map((s) => [`${s.week ?? ''}|${s.day}|${s.period}`, s.index]));
  const weeks = calendar.weeks.length > 1 ? calendar.weeks : [undefined];
  const indexes = (week: string | undefined, day: Day, period: string): number[] =>
    (week === undefined ? weeks : [week]).flatMap((w) => {
      const i = at.get(`${w ?? ''}|${day}|${period}`);
      return i === undefined ? [] : [i];
    });
  const byStaff = new Map<string, Uint8Array>();
  const duties = staff.map((person) => {
    const row = new Uint8Array(count).fill(Duty.NotWorking);
    for (const a of person.available) for (const p of a.periods) for (const i of indexes(a.week, a.day, p)) row[i] = Duty.Free;
    for (const b of person.busy ?? []) for (const i of indexes(b.week, b.day, b.period)) row[i] = Duty.Busy;
    byStaff.set(person.id, row);
    return row;
  });
  for (const lesson of lessons) {
    const row = lesson.teacher === undefined ? undefined : byStaff.get(lesson.teacher);
    if (row) for (const i of indexes(lesson.week, lesson.day, lesson.period)) row[i] = Duty.Teaching;
  }
  return duties;
}

/** The cards in each adult's row, by slot: a session with several adults shows in each of their rows. */
export function cardsByStaff(school: School, lookups: Lookups): Map<string, CardInfo[]> {
  const rows = new Map<string, CardInfo[]>();
  for (const session of school.plan?.sessions ?? []) {
    const card = cardOf(school.calendar, session, lookups);
    for (const id of session.staff) {
      const list = rows.get(id);
      if (list) list.push(card);
      else rows.set(id, [card]);
    }
  }
  return rows;
}

/** Demand the plan does not meet: a group's missing sessions in a week, or people a cover item still needs. */
export interface Unplaced {
  key: string;
  pick: Pickup;
  what: string;
  week: string | undefined;
  missing: number;
  /** Why, most binding first; from the planner's unfilled list when it gave reasons. */
  reasons: string[];
  area: NeedArea | null;
  coverKind: CoverKind | null;
  /** "2 sessions missing in Week A", "1 person missing". */
  detail: string;
  priority: number;
  years: ReadonlySet<string>;
}

const NOT_PLANNED = 'Not planned yet: drag it onto the grid, or press Plan.';

/** Every unmet demand, worked out from the sessions themselves (so it is right after any edit), highest priority first. */
export function unplacedDemand(school: School, lookups: Lookups): Unplaced[] {
  const weeks = school.calendar.weeks;
  const twoWeek = weeks.length > 1;
  const weekOf = (w: string | undefined) => w ?? weeks[0] ?? 'A';
  // Sessions and people placed, per group or cover item and week, counted once.
  const placed = new Map<string, number>();
  for (const s of school.plan?.sessions ?? []) {
    const key = s.group !== undefined ? `group:${s.group}:${weekOf(s.week)}` : `cover:${s.cover ?? ''}:${weekOf(s.week)}`;
    placed.set(key, (placed.get(key) ?? 0) + (s.group !== undefined ? 1 : s.staff.length));
  }
  const reasonsFor = (match: (u: Unfilled) => boolean) => school.plan?.unfilled?.find(match)?.reasons ?? [];
  const out: Unplaced[] = [];
  for (const group of school.groups) {
    for (const week of weeks) {
      const missing = group.sessionsPerWeek - (placed.get(`group:${group.id}:${week}`) ?? 0);
      if (missing <= 0) continue;
      const w = twoWeek ? week : undefined;
      const reasons = reasonsFor((u) => u.group === group.id && weekOf(u.week) === week);
      const years = new Set(group.pupils.flatMap((p) => { const y = lookups.pupilYears.get(p); return y === undefined ? [] : [y]; }));
      out.push({
        key: `group:${group.id}:${week}`, pick: w === undefined ? { group: group.id } : { group: group.id, week: w }, what: group.name,
        week: w, missing, reasons: reasons.length > 0 ? reasons : [NOT_PLANNED], area: group.area, coverKind: null,
        detail: `${missing} session${missing === 1 ? '' : 's'} missing${w ? ` in Week ${w}` : ''}`, priority: group.priority, years,
      });
    }
  }
  for (const item of school.cover) {
    for (const week of item.week === undefined ? weeks : [item.week]) {
      const missing = (item.staffNeeded ?? 1) - (placed.get(`cover:${item.id}:${week}`) ?? 0);
      if (missing <= 0) continue;
      const w = twoWeek ? week : undefined;
      const reasons = reasonsFor((u) => u.cover === item.id && weekOf(u.week) === week);
      const taught = item.class === undefined ? undefined : lookups.classes.get(item.class);
      out.push({
        key: `cover:${item.id}:${week}`, pick: w === undefined ? { cover: item.id } : { cover: item.id, week: w }, what: item.label,
        week: w, missing, reasons: reasons.length > 0 ? reasons : [NOT_PLANNED], area: null, coverKind: item.kind,
        detail: `${missing} ${missing === 1 ? 'person' : 'people'} missing${w ? ` in Week ${w}` : ''}`, priority: item.priority,
        years: new Set(taught?.year === undefined ? [] : [taught.year]),
      });
    }
  }
  return out.sort((a, b) => a.priority - b.priority || a.what.localeCompare(b.what));
}

/** Periods of sessions each adult has planned in each cycle week. */
export function periodsPlanned(school: School, lookups: Lookups): Map<string, number[]> {
  const weeks: readonly string[] = school.calendar.weeks;
  const out = new Map<string, number[]>();
  for (const s of school.plan?.sessions ?? []) {
    const w = Math.max(0, weeks.indexOf(s.week ?? weeks[0] ?? 'A'));
    const length = s.group === undefined ? 1 : (lookups.groups.get(s.group)?.length ?? 1);
    for (const id of s.staff) {
      const row = out.get(id) ?? new Array<number>(weeks.length).fill(0);
      row[w] = (row[w] ?? 0) + length;
      out.set(id, row);
    }
  }
  return out;
}

/** Sessions each group has planned in each cycle week. */
export function sessionsPlanned(school: School): Map<string, number[]> {
  const weeks: readonly string[] = school.calendar.weeks;
  const out = new Map<string, number[]>();
  for (const s of school.plan?.sessions ?? []) {
    if (s.group === undefined) continue;
    const w = Math.max(0, weeks.indexOf(s.week ?? weeks[0] ?? 'A'));
    const row = out.get(s.group) ?? new Array<number>(weeks.length).fill(0);
    row[w] = (row[w] ?? 0) + 1;
    out.set(s.group, row);
  }
  return out;
}

/** Filters a person can set on the grid. Empty strings mean "all". */
export interface GridFilters {
  role: string;
  skill: string;
  area: string;
  year: string;
  week: string;
}

export const NO_FILTERS: GridFilters = { role: '', skill: '', area: '', year: '', week: '' };

/** Whether a card is shown under the area and year filters (cover has no area, so an area filter hides it). */
export function cardShown(filters: GridFilters, card: { area: NeedArea | null; years: ReadonlySet<string> }): boolean {
  if (filters.area !== '' && card.area !== filters.area) return false;
  if (filters.year !== '' && !card.years.has(filters.year)) return false;
  return true;
}

/** The adults the rota lists under the role and skill filters. */
export function staffShown(staff: readonly Staff[], filters: GridFilters): Staff[] {
  return staff.filter((s) => (filters.role === '' || s.role === filters.role) && (filters.skill === '' || s.skills.some((k) => k.skill === filters.skill)));
}

/** What a timetable is of. */
export type Subject = { kind: 'staff' | 'group' | 'pupil' | 'room'; id: string };

/** The sessions a timetable of `subject` shows. */
export function sessionsOf(school: School, subject: Subject, lookups: Lookups): Session[] {
  const sessions = school.plan?.sessions ?? [];
  switch (subject.kind) {
    case 'staff':
      return sessions.filter((s) => s.staff.includes(subject.id));
    case 'group':
      return sessions.filter((s) => s.group === subject.id);
    case 'room':
      return sessions.filter((s) => s.room === subject.id || (s.room === undefined && s.cover !== undefined && lookups.cover.get(s.cover)?.room === subject.id));
    case 'pupil':
      return sessions.filter((s) => s.group !== undefined && (lookups.groups.get(s.group)?.pupils.includes(subject.id) ?? false));
  }
}

/** Per slot, what else fills a timetable: a teacher's lessons and fixed commitments, a pupil's classes' lessons, a room's. */
export function notesOf(school: School, subject: Subject, slots: readonly SlotRef[]): Map<number, string[]> {
  const at = new Map<string, number>(slots.map((s) => [`${s.week ?? ''}|${s.day}|${s.period}`, s.index]));
  const weeks = school.calendar.weeks.length > 1 ? school.calendar.weeks : [undefined];
  const classesOfPupil = subject.kind === 'pupil' ? new Set(school.classes.filter((c) => c.pupils.includes(subject.id)).map((c) => c.id)) : null;
  const names = new Map(school.classes.map((c) => [c.id, c.name]));
  const out = new Map<number, string[]>();
  const add = (week: string | undefined, day: Day, period: string, text: string) => {
    for (const w of week === undefined ? weeks : [week]) {
      const i = at.get(`${w ?? ''}|${day}|${period}`);
      if (i === undefined) continue;
      const list = out.get(i);
      if (list) list.push(text);
      else out.set(i, [text]);
    }
  };
  if (subject.kind === 'staff') {
    for (const busy of school.staff.find((s) => s.id === subject.id)?.busy ?? []) add(busy.week, busy.day, busy.period, `Busy: ${busy.what}`);
  }
  for (const lesson of school.lessons) {
    const relevant = subject.kind === 'staff' ? lesson.teacher === subject.id
      : subject.kind === 'room' ? lesson.room === subject.id
        : subject.kind === 'pupil' ? classesOfPupil?.has(lesson.class) === true
          : false;
    if (!relevant) continue;
    add(lesson.week, lesson.day, lesson.period, `${lesson.subject} (${names.get(lesson.class) ?? lesson.class})${lesson.protected ? ', protected' : ''}`);
  }
  return out;
}
