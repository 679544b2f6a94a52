/**
 * Dense indices of one school for the reference model: slot numbers, who is free when, which rooms
 * hold lessons, which pupils are in protected lessons, and what pinned sessions already use.
 * Written for the reference alone (independent of the app's planner), straight from the spec.
 */
import type { Cover, Day, Group, Period, School, Session } from '../../solver/model';

export interface SchoolIndex {
  school: School;
  weeks: readonly string[];
  days: readonly Day[];
  periods: readonly Period[];
  slotCount: number;
  /** Slot number of (week, day, period) by index. */
  slot(w: number, d: number, p: number): number;
  weekOf: Map<string, number>;
  dayOf: Map<string, number>;
  periodOf: Map<string, number>;
  staffOf: Map<string, number>;
  roomOf: Map<string, number>;
  groupOf: Map<string, number>;
  coverOf: Map<string, number>;
  /** 1 where the person works and is not busy, teaching or in a pinned session. */
  staffFree: Uint8Array[];
  /** Skill ids each person holds unexpired on calendar.asOf. */
  staffSkills: Set<string>[];
  /** 1 where a lesson is held in the room or a pinned session uses it. */
  roomTaken: Uint8Array[];
  /** Per pupil, 1 where they are in a protected lesson or a pinned session. */
  pupilBlocked: Map<string, Uint8Array>;
  pinned: PinnedUse;
}

/** What the pinned sessions take, per group, cover item and person. */
export interface PinnedUse {
  sessions: Session[];
  /** Pinned sessions of a group per week index. */
  groupWeek: Map<string, number>;
  /** `${group}|${w}|${d}` days that already hold a pinned session of the group. */
  groupDay: Set<string>;
  /** Lead adults of pinned sessions, per group. */
  groupLeads: Map<string, Set<string>>;
  /** People already on pinned sessions of a cover item. */
  coverPeople: Map<string, number>;
  /** Periods of pinned sessions per `${staff}|${w}`. */
  staffPeriods: Map<string, number>;
  /** Pinned sessions that name an unknown group, cover item, slot or person (input errors). */
  invalid: string[];
}

/** The week a cover item sits in: its own, else the cycle's first week (one-week schools). */
export function coverWeek(school: School, cover: Cover): string {
  return cover.week ?? school.calendar.weeks[0] ?? 'A';
}

/** Builds the index; pinned sessions are taken out of everyone's free time. */
export function indexSchool(school: School): SchoolIndex {
  const { weeks, days, periods } = school.calendar;
  const nW = weeks.length;
  const nD = days.length;
  const nP = periods.length;
  const slotCount = nW * nD * nP;
  const slot = (w: number, d: number, p: number): number => (w * nD + d) * nP + p;
  const weekOf = new Map<string, number>(weeks.map((w, i) => [w, i]));
  const dayOf = new Map<string, number>(days.map((d, i) => [d, i]));
  const periodOf = new Map(periods.map((p, i) => [p.id, i]));
  const staffOf = new Map(school.staff.map((s, i) => [s.id, i]));
  const roomOf = new Map(school.rooms.map((r, i) => [r.id, i]));
  const groupOf = new Map(school.groups.map((g, i) => [g.id, i]));
  const coverOf = new Map(school.cover.map((c, i) => [c.id, i]));
  const weeksOf = (week: string | undefined): number[] => (week === undefined ? weeks.map((_, i) => i) : weekOf.has(week) ? [weekOf.get(week) as number] : []);

  const staffFree = school.staff.map((person) => {
    const free = new Uint8Array(slotCount);
    for (const a of person.available) {
      const d = dayOf.get(a.day);
      if (d === undefined) continue;
      for (const w of weeksOf(a.week)) {
        for (const pid of a.periods) {
          const p = periodOf.get(pid);
          if (p !== undefined) free[slot(w, d, p)] = 1;
        }
      }
    }
    for (const b of person.busy ?? []) {
      const d = dayOf.get(b.day);
      const p = periodOf.get(b.period);
      if (d === undefined || p === undefined) continue;
      for (const w of weeksOf(b.week)) free[slot(w, d, p)] = 0;
    }
    return free;
  });
  const asOf = school.calendar.asOf;
  const staffSkills = school.staff.map((person) => new Set(person.skills.filter((s) => asOf === undefined || s.expires === undefined || s.expires >= asOf).map((s) => s.skill)));
  const roomTaken = school.rooms.map(() => new Uint8Array(slotCount));
  const classPupils = new Map(school.classes.map((c) => [c.id, c.pupils]));
  const pupilBlocked = new Map<string, Uint8Array>();
  const blockPupil = (pupil: string, s: number): void => {
    let arr = pupilBlocked.get(pupil);
    if (!arr) {
      arr = new Uint8Array(slotCount);
      pupilBlocked.set(pupil, arr);
    }
    arr[s] = 1;
  };
  for (const lesson of school.lessons) {
    const d = dayOf.get(lesson.day);
    const p = periodOf.get(lesson.period);
    if (d === undefined || p === undefined) continue;
    for (const w of weeksOf(lesson.week)) {
      const s = slot(w, d, p);
      const t = lesson.teacher === undefined ? undefined : staffOf.get(lesson.teacher);
      if (t !== undefined) (staffFree[t] as Uint8Array)[s] = 0;
      const r = lesson.room === undefined ? undefined : roomOf.get(lesson.room);
      if (r !== undefined) (roomTaken[r] as Uint8Array)[s] = 1;
      if (lesson.protected) for (const pupil of classPupils.get(lesson.class) ?? []) blockPupil(pupil, s);
    }
  }

  const pinned: PinnedUse = {
    sessions: (school.plan?.sessions ?? []).filter((s) => s.pinned === true),
    groupWeek: new Map(), groupDay: new Set(), groupLeads: new Map(), coverPeople: new Map(), staffPeriods: new Map(), invalid: [],
  };
  for (const session of pinned.sessions) {
    const group: Group | undefined = session.group === undefined ? undefined : school.groups[groupOf.get(session.group) ?? -1];
    const cover: Cover | undefined = session.cover === undefined ? undefined : school.cover[coverOf.get(session.cover) ?? -1];
    const weekName = session.week ?? (cover ? coverWeek(school, cover) : weeks[0]);
    const w = weekName === undefined ? undefined : weekOf.get(weekName);
    const d = dayOf.get(session.day);
    const p0 = periodOf.get(session.period);
    const length = group?.length ?? 1;
    if ((!group && !cover) || w === undefined || d === undefined || p0 === undefined || p0 + length > nP) {
      pinned.invalid.push(session.id);
      continue;
    }
    const covered = Array.from({ length }, (_, k) => slot(w, d, p0 + k));
    for (const id of session.staff) {
      const i = staffOf.get(id);
      if (i === undefined) {
        pinned.invalid.push(session.id);
        continue;
      }
      for (const s of covered) (staffFree[i] as Uint8Array)[s] = 0;
      pinned.staffPeriods.set(`${id}|${w}`, (pinned.staffPeriods.get(`${id}|${w}`) ?? 0) + length);
    }
    const roomId = session.room ?? cover?.room;
    const r = roomId === undefined ? undefined : roomOf.get(roomId);
    if (r !== undefined) for (const s of covered) (roomTaken[r] as Uint8Array)[s] = 1;
    if (group) {
      pinned.groupWeek.set(`${group.id}|${w}`, (pinned.groupWeek.get(`${group.id}|${w}`) ?? 0) + 1);
      pinned.groupDay.add(`${group.id}|${w}|${d}`);
      const lead = session.staff[0];
      if (lead !== undefined) {
        const leads = pinned.groupLeads.get(group.id) ?? new Set<string>();
        leads.add(lead);
        pinned.groupLeads.set(group.id, leads);
      }
      for (const pupil of group.pupils) for (const s of covered) blockPupil(pupil, s);
    }
    if (cover) pinned.coverPeople.set(cover.id, (pinned.coverPeople.get(cover.id) ?? 0) + session.staff.length);
  }

  return {
    school, weeks, days, periods, slotCount, slot, weekOf, dayOf, periodOf, staffOf, roomOf, groupOf, coverOf,
    staffFree, staffSkills, roomTaken, pupilBlocked, pinned,
  };
}
