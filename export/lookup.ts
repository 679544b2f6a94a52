/**
 * The school looked up once for the exports: names by id, every plan session placed in the
 * weeks and periods it really covers, and lessons and commitments by slot, so each view is a few
 * map reads per cell.
 */
import { coveredPeriods, slotKey } from '../solver/model/calendar';
import type {
  Busy, Cover, Day, Group, Lesson, Pupil, Room, School, SchoolClass, Session, Staff,
} from '../solver/model/school-file';

/** A plan session in one cycle week (a session that names no week is placed in every week). */
export interface PlacedSession {
  session: Session;
  group: Group | undefined;
  cover: Cover | undefined;
  week: string;
  day: Day;
  /** The periods it covers, first one first (a group's `length`). */
  periods: string[];
  /** Its room: the session's own, else the cover item's. */
  room: Room | undefined;
  /** Its adults as the plan lists them, lead first (unknown ids left out). */
  staff: Staff[];
  /** The group's pupils (none for cover). */
  pupils: Pupil[];
}

export interface Lookup {
  school: School;
  staffById: ReadonlyMap<string, Staff>;
  pupilById: ReadonlyMap<string, Pupil>;
  groupById: ReadonlyMap<string, Group>;
  coverById: ReadonlyMap<string, Cover>;
  roomById: ReadonlyMap<string, Room>;
  classById: ReadonlyMap<string, SchoolClass>;
  /** Every plan session, placed, in slot order. */
  placed: readonly PlacedSession[];
  /** Placed sessions covering a slot. */
  sessionsAt(week: string, day: Day, period: string): readonly PlacedSession[];
  /** Lessons held in a slot. */
  lessonsAt(week: string, day: Day, period: string): readonly Lesson[];
  /** A person's fixed commitments in a slot. */
  busyAt(staff: Staff, week: string, day: Day, period: string): readonly Busy[];
  /** True when the person works in the slot. */
  works(staff: Staff, week: string, day: Day, period: string): boolean;
  /** The classes a pupil is in. */
  classesOf(pupilId: string): readonly SchoolClass[];
  /** Sorts anything with a week, day and first period into timetable order. */
  compareSlots(a: SlotLike, b: SlotLike): number;
  /** The cycle weeks an entry without a week applies to. */
  weeksOf(week: string | undefined): readonly string[];
}

export interface SlotLike {
  week: string;
  day: Day;
  period: string;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function pushAt<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Looks the school up once; build one per export. */
export function lookUp(school: School): Lookup {
  const { calendar } = school;
  const weeksOf = (week: string | undefined): readonly string[] => (week === undefined ? calendar.weeks : calendar.weeks.filter((w) => w === week));
  const staffById = byId(school.staff);
  const pupilById = byId(school.pupils);
  const groupById = byId(school.groups);
  const coverById = byId(school.cover);
  const roomById = byId(school.rooms);
  const classById = byId(school.classes);
  const weekIndex = new Map<string, number>(calendar.weeks.map((w, i) => [w, i]));
  const dayIndex = new Map(calendar.days.map((d, i) => [d, i]));
  const periodIndex = new Map(calendar.periods.map((p, i) => [p.id, i]));
  const position = (s: SlotLike) => [weekIndex.get(s.week) ?? 99, dayIndex.get(s.day) ?? 99, periodIndex.get(s.period) ?? 999] as const;
  const compareSlots = (a: SlotLike, b: SlotLike): number => {
    const [aw, ad, ap] = position(a);
    const [bw, bd, bp] = position(b);
    return aw - bw || ad - bd || ap - bp;
  };

  const placed: PlacedSession[] = [];
  for (const session of school.plan?.sessions ?? []) {
    const group = session.group === undefined ? undefined : groupById.get(session.group);
    const cover = session.cover === undefined ? undefined : coverById.get(session.cover);
    const periods = coveredPeriods(calendar, session.period, group?.length ?? 1) ?? [session.period];
    const roomId = session.room ?? cover?.room;
    const staff = session.staff.flatMap((id) => staffById.get(id) ?? []);
    const pupils = (group?.pupils ?? []).flatMap((id) => pupilById.get(id) ?? []);
    for (const week of weeksOf(session.week)) {
      placed.push({ session, group, cover, week, day: session.day, periods, room: roomId === undefined ? undefined : roomById.get(roomId), staff, pupils });
    }
  }
  placed.sort((a, b) => compareSlots({ week: a.week, day: a.day, period: a.periods[0] ?? '' }, { week: b.week, day: b.day, period: b.periods[0] ?? '' }));

  const sessionsBySlot = new Map<string, PlacedSession[]>();
  for (const p of placed) for (const period of p.periods) pushAt(sessionsBySlot, slotKey(p.week, p.day, period), p);
  const lessonsBySlot = new Map<string, Lesson[]>();
  for (const lesson of school.lessons) {
    for (const week of weeksOf(lesson.week)) pushAt(lessonsBySlot, slotKey(week, lesson.day, lesson.period), lesson);
  }
  const classesByPupil = new Map<string, SchoolClass[]>();
  for (const c of school.classes) for (const pupil of new Set(c.pupils)) pushAt(classesByPupil, pupil, c);

  // Working slots and commitments, per person, built when first asked for.
  const worksCache = new Map<Staff, Set<string>>();
  const busyCache = new Map<Staff, Map<string, Busy[]>>();
  const workingSlots = (staff: Staff): Set<string> => {
    let set = worksCache.get(staff);
    if (!set) {
      set = new Set();
      for (const a of staff.available) for (const week of weeksOf(a.week)) for (const period of a.periods) set.add(slotKey(week, a.day, period));
      worksCache.set(staff, set);
    }
    return set;
  };
  const busySlots = (staff: Staff): Map<string, Busy[]> => {
    let map = busyCache.get(staff);
    if (!map) {
      map = new Map();
      for (const b of staff.busy ?? []) for (const week of weeksOf(b.week)) pushAt(map, slotKey(week, b.day, b.period), b);
      busyCache.set(staff, map);
    }
    return map;
  };

  return {
    school,
    staffById,
    pupilById,
    groupById,
    coverById,
    roomById,
    classById,
    placed,
    sessionsAt: (week, day, period) => sessionsBySlot.get(slotKey(week, day, period)) ?? [],
    lessonsAt: (week, day, period) => lessonsBySlot.get(slotKey(week, day, period)) ?? [],
    busyAt: (staff, week, day, period) => busySlots(staff).get(slotKey(week, day, period)) ?? [],
    works: (staff, week, day, period) => workingSlots(staff).has(slotKey(week, day, period)),
    classesOf: (pupilId) => classesByPupil.get(pupilId) ?? [],
    compareSlots,
    weeksOf,
  };
}
