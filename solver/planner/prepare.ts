/**
 * The planner's own view of a school: integer slots, and for every person, pupil and room what
 * each slot already holds. Built once per plan; the rule checker keeps its own, separate index.
 */
import type { Cover, Day, Group, Role, School, Session, Staff } from '../model';

/** Why a person cannot take anything in a slot, before the planner places a thing. */
export type StaffBlock =
  | { kind: 'off' }
  | { kind: 'left'; on: string }
  | { kind: 'busy'; what: string }
  | { kind: 'teaching'; lesson: number }
  | { kind: 'pinned'; session: string };

export interface PreparedStaff {
  index: number;
  staff: Staff;
  /** Per slot: undefined when free, else what keeps them. */
  blocks: (StaffBlock | undefined)[];
  /** Skill id -> expiry (undefined: never expires); only skills valid on `asOf`. */
  skills: Map<string, string | undefined>;
  /** Periods left under the weekly cap, per cycle week (Infinity when uncapped). */
  capLeft: number[];
}

export interface PreparedGroup {
  index: number;
  group: Group;
  pupils: number[];
  adults: number;
  length: number;
  /** Staff who meet the group's skills, roles and sex rules (ignoring time). */
  eligible: number[];
  /** Sessions still wanted per week after pinned ones. */
  wanted: number[];
  /** Days (index) per week already used by a pinned session. */
  pinnedDays: Set<number>[];
  /** The lead fixed by pinned sessions of a `sameAdult` group, if any. */
  pinnedLead: number | undefined;
  lead: number | undefined;
  preferred: number[];
}

export interface PreparedCover {
  index: number;
  cover: Cover;
  week: number;
  slot: number;
  /** People still wanted after pinned sessions. */
  wanted: number;
  /** Staff meeting skills, roles, specified work and not the class teacher (ignoring time). */
  eligible: number[];
  room: number | undefined;
}

export interface Prepared {
  school: School;
  weeks: readonly string[];
  days: readonly Day[];
  periodIds: readonly string[];
  periodKinds: readonly string[];
  slotsPerWeek: number;
  slotCount: number;
  staff: PreparedStaff[];
  staffById: Map<string, number>;
  pupilById: Map<string, number>;
  /** Per pupil, per slot: index of the lesson they are in, or -1. */
  pupilLesson: Int32Array[];
  /** Per pupil, per slot: id of a pinned session they are in, or undefined. */
  pupilPinned: (string | undefined)[][];
  roomById: Map<string, number>;
  /** Per room, per slot: what occupies it (a lesson index, a pinned session or a cover item). */
  roomTaken: (RoomUse | undefined)[][];
  groups: PreparedGroup[];
  groupById: Map<string, number>;
  cover: PreparedCover[];
  coverById: Map<string, number>;
  pinned: Session[];
}

export type RoomUse = { kind: 'lesson'; lesson: number } | { kind: 'session'; session: string } | { kind: 'cover'; cover: number };

/** Slot number for week w, day d, period p. */
export function slotOf(p: Pick<Prepared, 'days' | 'periodIds'>, week: number, day: number, period: number): number {
  return (week * p.days.length + day) * p.periodIds.length + period;
}

/** Builds the planner's index of a school; pinned sessions are taken as already in place. */
export function prepare(school: School): Prepared {
  const { calendar } = school;
  const weeks = calendar.weeks;
  const days = calendar.days;
  const periodIds = calendar.periods.map((p) => p.id);
  const slotsPerWeek = days.length * periodIds.length;
  const slotCount = weeks.length * slotsPerWeek;
  const weekIndex = new Map<string, number>(weeks.map((w, i) => [w, i]));
  const dayIndex = new Map<string, number>(days.map((d, i) => [d, i]));
  const periodIndex = new Map(periodIds.map((p, i) => [p, i]));
  const slotsFor = (week: string | undefined, day: string, period: string): number[] => {
    const d = dayIndex.get(day);
    const p = periodIndex.get(period);
    if (d === undefined || p === undefined) return [];
    const ws = week === undefined ? weeks.map((_, i) => i) : [weekIndex.get(week) ?? -1].filter((w) => w >= 0);
    return ws.map((w) => (w * days.length + d) * periodIds.length + p);
  };
  const base = { days, periodIds };

  const staffById = new Map(school.staff.map((s, i) => [s.id, i]));
  const asOf = calendar.asOf;
  const staff: PreparedStaff[] = school.staff.map((s, index) => {
    // Someone an import found gone from the MIS export is kept for history, never planned with.
    const blocks: (StaffBlock | undefined)[] = new Array<StaffBlock | undefined>(slotCount).fill(s.left === undefined ? { kind: 'off' } : { kind: 'left', on: s.left });
    if (s.left === undefined) for (const a of s.available) for (const period of a.periods) for (const slot of slotsFor(a.week, a.day, period)) blocks[slot] = undefined;
    for (const b of s.busy ?? []) for (const slot of slotsFor(b.week, b.day, b.period)) if (!blocks[slot]) blocks[slot] = { kind: 'busy', what: b.what };
    const skills = new Map<string, string | undefined>();
    for (const k of s.skills) if (asOf === undefined || k.expires === undefined || k.expires >= asOf) skills.set(k.skill, k.expires);
    const cap = s.maxPeriodsPerWeek ?? Number.POSITIVE_INFINITY;
    return { index, staff: s, blocks, skills, capLeft: weeks.map(() => cap) };
  });
  school.lessons.forEach((lesson, i) => {
    if (lesson.teacher === undefined) return;
    const t = staffById.get(lesson.teacher);
    if (t === undefined) return;
    for (const slot of slotsFor(lesson.week, lesson.day, lesson.period)) {
      const b = staff[t]!.blocks;
      if (!b[slot] || b[slot]!.kind === 'off') b[slot] = { kind: 'teaching', lesson: i };
    }
  });

  const pupilById = new Map(school.pupils.map((p, i) => [p.id, i]));
  const classById = new Map(school.classes.map((c) => [c.id, c]));
  const pupilLesson = school.pupils.map(() => new Int32Array(slotCount).fill(-1));
  const roomById = new Map(school.rooms.map((r, i) => [r.id, i]));
  const roomTaken: (RoomUse | undefined)[][] = school.rooms.map(() => new Array<RoomUse | undefined>(slotCount).fill(undefined));
  school.lessons.forEach((lesson, i) => {
    const slots = slotsFor(lesson.week, lesson.day, lesson.period);
    for (const pupil of classById.get(lesson.class)?.pupils ?? []) {
      const p = pupilById.get(pupil);
      if (p === undefined) continue;
      for (const slot of slots) {
        const current = pupilLesson[p]![slot]!;
        // A pupil in two lessons at once (a data quirk) is judged by the protected one.
        if (current < 0 || !school.lessons[current]!.protected) pupilLesson[p]![slot] = i;
      }
    }
    const r = lesson.room === undefined ? undefined : roomById.get(lesson.room);
    if (r !== undefined) for (const slot of slots) roomTaken[r]![slot] ??= { kind: 'lesson', lesson: i };
  });

  const groupById = new Map(school.groups.map((g, i) => [g.id, i]));
  const coverById = new Map(school.cover.map((c, i) => [c.id, i]));
  const pupilPinned: (string | undefined)[][] = school.pupils.map(() => new Array<string | undefined>(slotCount).fill(undefined));

  const groups: PreparedGroup[] = school.groups.map((group, index) => {
    const lead = group.lead === undefined ? undefined : staffById.get(group.lead);
    return {
      index,
      group,
      pupils: group.pupils.map((p) => pupilById.get(p)).filter((p): p is number => p !== undefined),
      adults: group.adults ?? 1,
      length: group.length ?? 1,
      eligible: staff.filter((s) => staffMeetsGroup(s, group)).map((s) => s.index),
      wanted: weeks.map(() => group.sessionsPerWeek),
      pinnedDays: weeks.map(() => new Set<number>()),
      pinnedLead: undefined,
      lead,
      preferred: (group.preferredStaff ?? []).map((id) => staffById.get(id)).filter((s): s is number => s !== undefined),
    };
  });

  const cover: PreparedCover[] = [];
  school.cover.forEach((item, index) => {
    const slot = slotsFor(item.week, item.day, item.period);
    const classTeacher = item.kind === 'ppa' && item.class !== undefined ? classById.get(item.class)?.teacher : undefined;
    const eligible = staff
      .filter((s) => staffMeetsCover(s, item) && s.staff.id !== classTeacher)
      .map((s) => s.index);
    const room = item.room === undefined ? undefined : roomById.get(item.room);
    // A cover item without a week in a one-week school, or one per named week.
    for (const s of slot) {
      const week = Math.floor(s / slotsPerWeek);
      cover.push({ index, cover: item, week, slot: s, wanted: item.staffNeeded ?? 1, eligible, room });
      if (room !== undefined) roomTaken[room]![s] ??= { kind: 'cover', cover: index };
    }
  });

  const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
  const prepared: Prepared = {
    school, weeks, days, periodIds, periodKinds: calendar.periods.map((p) => p.kind), slotsPerWeek, slotCount,
    staff, staffById, pupilById, pupilLesson, pupilPinned, roomById, roomTaken, groups, groupById, cover, coverById, pinned,
  };
  for (const session of pinned) takePinned(prepared, session, base, weekIndex, dayIndex, periodIndex);
  return prepared;
}

function takePinned(
  p: Prepared,
  session: Session,
  base: Pick<Prepared, 'days' | 'periodIds'>,
  weekIndex: Map<string, number>,
  dayIndex: Map<string, number>,
  periodIndex: Map<string, number>,
): void {
  const w = weekIndex.get(session.week ?? p.weeks[0]!) ?? 0;
  const d = dayIndex.get(session.day) ?? 0;
  const start = periodIndex.get(session.period) ?? 0;
  const group = session.group === undefined ? undefined : p.groups[p.groupById.get(session.group) ?? -1];
  const length = group?.length ?? 1;
  const slots = Array.from({ length }, (_, i) => slotOf(base, w, d, start + i)).filter((_, i) => start + i < p.periodIds.length);
  for (const id of session.staff) {
    const s = p.staff[p.staffById.get(id) ?? -1];
    if (!s) continue;
    for (const slot of slots) s.blocks[slot] = { kind: 'pinned', session: session.id };
    s.capLeft[w] = s.capLeft[w]! - slots.length;
  }
  const room = session.room === undefined ? undefined : p.roomById.get(session.room);
  if (room !== undefined) for (const slot of slots) p.roomTaken[room]![slot] = { kind: 'session', session: session.id };
  if (group) {
    group.wanted[w] = group.wanted[w]! - 1;
    group.pinnedDays[w]!.add(d);
    for (const pupil of group.pupils) for (const slot of slots) p.pupilPinned[pupil]![slot] = session.id;
    if (group.group.sameAdult && session.staff[0] !== undefined) group.pinnedLead = p.staffById.get(session.staff[0]);
  }
  if (session.cover !== undefined) {
    const item = p.cover.find((c) => c.cover.id === session.cover && c.week === w);
    if (item) item.wanted -= session.staff.length;
  }
}

/** True when the person holds every skill and meets the role and sex rules of the group. */
export function staffMeetsGroup(s: PreparedStaff, group: Group): boolean {
  return (
    group.skills.every((k) => s.skills.has(k)) &&
    roleAllowed(s.staff.role, group.roles) &&
    (group.staffSex === undefined || s.staff.sex === group.staffSex)
  );
}

/** True when the person holds every skill and meets the role and specified-work rules of the item. */
export function staffMeetsCover(s: PreparedStaff, item: Cover): boolean {
  return (
    (item.skills ?? []).every((k) => s.skills.has(k)) &&
    roleAllowed(s.staff.role, item.roles) &&
    (item.specifiedWork !== true || s.staff.specifiedWork)
  );
}

function roleAllowed(role: Role, allowed: readonly Role[] | undefined): boolean {
  return allowed === undefined || allowed.includes(role);
}
