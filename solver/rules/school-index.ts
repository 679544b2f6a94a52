/**
 * Everything the checker needs to know about a school, looked up once. Slots are numbered
 * (week * days + day) * periods + period, so each rule is a handful of array reads.
 */
import type {
  Busy, Calendar, Cover, Group, Lesson, PeriodKind, Room, School, SchoolClass, Staff,
} from '../model/school-file';

/** Facts about one member of staff. */
export interface StaffFacts {
  index: number;
  staff: Staff;
  /** Skill id to expiry date; null when it never expires. The latest expiry wins if listed twice. */
  skills: Map<string, string | null>;
}

/** Facts about one intervention group. */
export interface GroupFacts {
  index: number;
  group: Group;
  /** Indices of the group's pupils (unknown pupil ids are left out: the file validator reports them). */
  pupils: number[];
  length: number;
  adults: number;
  /** Allowed first slots, when the group has fixed `slots`. */
  fixedSlots: Uint8Array | null;
  /** Allowed periods (by position), when the group lists `periods`. */
  periods: Uint8Array | null;
}

/** Facts about one cover item. */
export interface CoverFacts {
  index: number;
  cover: Cover;
  /** Week index, or -1 when the item names no week (it then applies to every week). */
  week: number;
  day: number;
  period: number;
  /** Room index, -1 when the item names none (or an unknown one). */
  room: number;
  coveredClass: SchoolClass | undefined;
  /** The covered class's teacher, when a PPA item: -1 otherwise. */
  ppaTeacher: number;
}

/** The read-only index of a school that every rule reads. Build it once with `indexSchool`. */
export interface SchoolIndex {
  school: School;
  calendar: Calendar;
  weeks: Map<string, number>;
  days: Map<string, number>;
  periods: Map<string, number>;
  periodKinds: PeriodKind[];
  weekCount: number;
  dayCount: number;
  periodCount: number;
  /** Slots in the cycle: weeks * days * periods. */
  slotCount: number;
  staff: StaffFacts[];
  staffById: Map<string, StaffFacts>;
  /** staff * slotCount + slot: 1 where the person works. */
  staffWorks: Uint8Array;
  /** staff * (weekCount * dayCount) + week * dayCount + day: 1 where the person works some period. */
  staffWorksDay: Uint8Array;
  /** staff * slotCount + slot: their first fixed commitment there. */
  staffBusy: (Busy | undefined)[];
  /** staff * slotCount + slot: the lesson they teach there. */
  staffTeaching: (Lesson | undefined)[];
  rooms: Room[];
  roomById: Map<string, number>;
  /** room * slotCount + slot: lessons held in the room. */
  roomLessons: (Lesson[] | undefined)[];
  pupilNames: string[];
  pupilById: Map<string, number>;
  /** pupil * slotCount + slot: a protected lesson the pupil is in. */
  pupilProtected: (Lesson | undefined)[];
  classById: Map<string, SchoolClass>;
  skillNames: Map<string, string>;
  groups: GroupFacts[];
  groupById: Map<string, GroupFacts>;
  covers: CoverFacts[];
  coverById: Map<string, CoverFacts>;
}

/** Builds the checker's index of a school; reuse it for every check of the same school. */
export function indexSchool(school: School): SchoolIndex {
  const calendar = school.calendar;
  const weeks = new Map<string, number>(calendar.weeks.map((w, i) => [w, i]));
  const days = new Map<string, number>(calendar.days.map((d, i) => [d, i]));
  const periods = new Map<string, number>(calendar.periods.map((p, i) => [p.id, i]));
  const weekCount = calendar.weeks.length;
  const dayCount = calendar.days.length;
  const periodCount = calendar.periods.length;
  const slotCount = weekCount * dayCount * periodCount;
  const slot = (w: number, d: number, p: number): number => (w * dayCount + d) * periodCount + p;
  const weeksOf = (week: string | undefined): number[] => {
    if (week === undefined) return calendar.weeks.map((_, i) => i);
    const w = weeks.get(week);
    return w === undefined ? [] : [w];
  };

  const staff: StaffFacts[] = school.staff.map((s, index) => {
    const skills = new Map<string, string | null>();
    for (const held of s.skills) {
      const before = skills.get(held.skill);
      const expires = held.expires ?? null;
      if (before === undefined || expires === null || (before !== null && expires > before)) skills.set(held.skill, expires);
    }
    return { index, staff: s, skills };
  });
  const staffById = new Map(staff.map((f) => [f.staff.id, f]));
  const staffWorks = new Uint8Array(staff.length * slotCount);
  const staffWorksDay = new Uint8Array(staff.length * weekCount * dayCount);
  const staffBusy: (Busy | undefined)[] = new Array<Busy | undefined>(staff.length * slotCount).fill(undefined);
  const staffTeaching: (Lesson | undefined)[] = new Array<Lesson | undefined>(staff.length * slotCount).fill(undefined);
  for (const f of staff) {
    const base = f.index * slotCount;
    for (const entry of f.staff.available) {
      const d = days.get(entry.day);
      if (d === undefined) continue;
      for (const w of weeksOf(entry.week)) {
        for (const pid of entry.periods) {
          const p = periods.get(pid);
          if (p === undefined) continue;
          staffWorks[base + slot(w, d, p)] = 1;
          staffWorksDay[f.index * weekCount * dayCount + w * dayCount + d] = 1;
        }
      }
    }
    for (const busy of f.staff.busy ?? []) {
      const d = days.get(busy.day);
      const p = periods.get(busy.period);
      if (d === undefined || p === undefined) continue;
      for (const w of weeksOf(busy.week)) staffBusy[base + slot(w, d, p)] ??= busy;
    }
  }

  const rooms = school.rooms;
  const roomById = new Map(rooms.map((r, i) => [r.id, i]));
  const pupilById = new Map(school.pupils.map((p, i) => [p.id, i]));
  const classById = new Map(school.classes.map((c) => [c.id, c]));
  const roomLessons: (Lesson[] | undefined)[] = new Array<Lesson[] | undefined>(rooms.length * slotCount).fill(undefined);
  const pupilProtected: (Lesson | undefined)[] = new Array<Lesson | undefined>(school.pupils.length * slotCount).fill(undefined);
  // Pupil indices per class, resolved once rather than per lesson.
  const classPupils = new Map<string, number[]>();
  for (const c of school.classes) {
    classPupils.set(c.id, c.pupils.flatMap((id) => {
      const i = pupilById.get(id);
      return i === undefined ? [] : [i];
    }));
  }
  for (const lesson of school.lessons) {
    const d = days.get(lesson.day);
    const p = periods.get(lesson.period);
    if (d === undefined || p === undefined) continue;
    const teacher = lesson.teacher === undefined ? undefined : staffById.get(lesson.teacher);
    const room = lesson.room === undefined ? undefined : roomById.get(lesson.room);
    const pupils = lesson.protected ? (classPupils.get(lesson.class) ?? []) : [];
    for (const w of weeksOf(lesson.week)) {
      const s = slot(w, d, p);
      if (teacher !== undefined) staffTeaching[teacher.index * slotCount + s] ??= lesson;
      if (room !== undefined) {
        const at = room * slotCount + s;
        const list = roomLessons[at];
        if (list === undefined) roomLessons[at] = [lesson];
        else list.push(lesson);
      }
      for (const pupil of pupils) pupilProtected[pupil * slotCount + s] ??= lesson;
    }
  }

  const groups: GroupFacts[] = school.groups.map((group, index) => {
    let fixedSlots: Uint8Array | null = null;
    if (group.slots !== undefined) {
      fixedSlots = new Uint8Array(slotCount);
      for (const fixed of group.slots) {
        const d = days.get(fixed.day);
        const p = periods.get(fixed.period);
        if (d === undefined || p === undefined) continue;
        for (const w of weeksOf(fixed.week)) fixedSlots[slot(w, d, p)] = 1;
      }
    }
    let allowed: Uint8Array | null = null;
    if (group.periods !== undefined) {
      allowed = new Uint8Array(periodCount);
      for (const pid of group.periods) {
        const p = periods.get(pid);
        if (p !== undefined) allowed[p] = 1;
      }
    }
    return {
      index,
      group,
      pupils: group.pupils.flatMap((id) => {
        const i = pupilById.get(id);
        return i === undefined ? [] : [i];
      }),
      length: group.length ?? 1,
      adults: group.adults ?? 1,
      fixedSlots,
      periods: allowed,
    };
  });

  const covers: CoverFacts[] = school.cover.map((cover, index) => {
    const coveredClass = cover.class === undefined ? undefined : classById.get(cover.class);
    const teacher = cover.kind === 'ppa' && coveredClass?.teacher !== undefined ? staffById.get(coveredClass.teacher) : undefined;
    return {
      index,
      cover,
      week: cover.week === undefined ? -1 : (weeks.get(cover.week) ?? -2),
      day: days.get(cover.day) ?? -1,
      period: periods.get(cover.period) ?? -1,
      room: cover.room === undefined ? -1 : (roomById.get(cover.room) ?? -1),
      coveredClass,
      ppaTeacher: teacher?.index ?? -1,
    };
  });

  return {
    school,
    calendar,
    weeks,
    days,
    periods,
    periodKinds: calendar.periods.map((p) => p.kind),
    weekCount,
    dayCount,
    periodCount,
    slotCount,
    staff,
    staffById,
    staffWorks,
    staffWorksDay,
    staffBusy,
    staffTeaching,
    rooms,
    roomById,
    roomLessons,
    pupilNames: school.pupils.map((p) => p.name),
    pupilById,
    pupilProtected,
    classById,
    skillNames: new Map(school.skills.map((s) => [s.id, s.name])),
    groups,
    groupById: new Map(groups.map((g) => [g.group.id, g])),
    covers,
    coverById: new Map(covers.map((c) => [c.cover.id, c])),
  };
}
