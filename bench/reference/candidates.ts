/**
 * Everything the reference may choose, enumerated straight from the hard rules: for each group
 * the start slots a session may take (with the staff and rooms free for all its periods), and for
 * each cover item the people who may be assigned. Rules that involve one candidate alone are
 * applied here; rules that tie candidates together become rows of the model.
 */
import type { Cover, Group, PeriodKind, School } from '../../solver/model';
import { coverWeek } from './school-index';
import type { SchoolIndex } from './school-index';

export interface GroupCandidate {
  group: number;
  week: number;
  day: number;
  /** Index of the first period. */
  period: number;
  length: number;
  /** Slot numbers of every period the session covers. */
  slots: number[];
  /** Staff indices free for every covered period and eligible for the group. */
  staff: number[];
  /** The fixed lead (group.lead) as a staff index, when the group names one. */
  lead?: number;
  /** Room indices it may use; empty when the school lists no rooms. */
  rooms: number[];
}

export interface CoverCandidate {
  cover: number;
  week: number;
  slot: number;
  /** People who may still be assigned. */
  staff: number[];
  /** People still needed after pinned sessions. */
  remaining: number;
  /** Room index the cover item occupies, if any. */
  room?: number;
}

const STRUCTURED: readonly PeriodKind[] = ['lesson', 'registration', 'tutor', 'assembly'];

function eligibleForGroup(index: SchoolIndex, group: Group): number[] {
  const out: number[] = [];
  index.school.staff.forEach((person, i) => {
    if (group.roles && !group.roles.includes(person.role)) return;
    if (group.staffSex && person.sex !== group.staffSex) return;
    const skills = index.staffSkills[i] as Set<string>;
    if (!group.skills.every((k) => skills.has(k))) return;
    out.push(i);
  });
  return out;
}

/** Start slots, staff and rooms every session of every group may take. */
export function groupCandidates(index: SchoolIndex): GroupCandidate[] {
  const { school, periods, days, weeks } = index;
  const out: GroupCandidate[] = [];
  const hasRooms = school.rooms.length > 0;
  school.groups.forEach((group, g) => {
    const length = group.length ?? 1;
    const adults = group.adults ?? 1;
    const eligible = eligibleForGroup(index, group);
    const lead = group.lead === undefined ? undefined : index.staffOf.get(group.lead);
    if (group.lead !== undefined && (lead === undefined || !eligible.includes(lead))) return;
    const kinds: readonly PeriodKind[] = group.unstructured ? [...STRUCTURED, 'break', 'lunch'] : STRUCTURED;
    const allowedPeriod = periods.map((p) => kinds.includes(p.kind) && (!group.periods || group.periods.includes(p.id)));
    const rooms = school.rooms.map((r, i) => ({ r, i }))
      .filter(({ r }) => (!group.roomKinds || group.roomKinds.includes(r.kind)) && r.capacity >= group.pupils.length + adults)
      .map(({ i }) => i);
    if (hasRooms && rooms.length === 0) return;
    weeks.forEach((weekName, w) => {
      if ((index.pinned.groupWeek.get(`${group.id}|${w}`) ?? 0) >= group.sessionsPerWeek) return;
      days.forEach((day, d) => {
        if (index.pinned.groupDay.has(`${group.id}|${w}|${d}`)) return;
        for (let p = 0; p + length <= periods.length; p += 1) {
          let ok = true;
          for (let k = 0; k < length; k += 1) if (!allowedPeriod[p + k]) ok = false;
          if (!ok) continue;
          if (group.slots && !group.slots.some((s) => s.day === day && s.period === periods[p]?.id && (s.week === undefined || s.week === weekName))) continue;
          const slots = Array.from({ length }, (_, k) => index.slot(w, d, p + k));
          if (group.pupils.some((pupil) => {
            const blocked = index.pupilBlocked.get(pupil);
            return blocked !== undefined && slots.some((s) => blocked[s] === 1);
          })) continue;
          const free = (i: number): boolean => slots.every((s) => (index.staffFree[i] as Uint8Array)[s] === 1);
          const staff = adults === 1 && lead !== undefined ? [lead] : eligible.filter(free);
          if (staff.length < adults || (lead !== undefined && !free(lead))) continue;
          const roomsFree = rooms.filter((r) => slots.every((s) => (index.roomTaken[r] as Uint8Array)[s] === 0));
          if (hasRooms && roomsFree.length === 0) continue;
          out.push({ group: g, week: w, day: d, period: p, length, slots, staff, ...(lead !== undefined ? { lead } : {}), rooms: hasRooms ? roomsFree : [] });
        }
      });
    });
  });
  return out;
}

function classTeacher(school: School, cover: Cover): string | undefined {
  if (cover.kind !== 'ppa' || cover.class === undefined) return undefined;
  return school.classes.find((c) => c.id === cover.class)?.teacher;
}

/** True when a lesson of another class is held in the cover item's room at its slot. */
function roomHeldByOtherClass(school: School, cover: Cover, week: string): boolean {
  if (cover.room === undefined) return false;
  return school.lessons.some((l) => l.room === cover.room && l.day === cover.day && l.period === cover.period
    && (l.week === undefined || l.week === week) && l.class !== cover.class);
}

/** True when a pinned session of something else already uses the cover item's room then. */
function roomPinnedByOther(index: SchoolIndex, cover: Cover, w: number, d: number, p: number): boolean {
  if (cover.room === undefined) return false;
  return index.pinned.sessions.some((s) => {
    if (s.cover === cover.id) return false;
    const other = s.cover === undefined ? undefined : index.school.cover[index.coverOf.get(s.cover) ?? -1];
    const group = s.group === undefined ? undefined : index.school.groups[index.groupOf.get(s.group) ?? -1];
    if ((s.room ?? other?.room) !== cover.room) return false;
    const week = s.week ?? (other ? coverWeek(index.school, other) : index.weeks[0]);
    const start = index.periodOf.get(s.period) ?? -1;
    return index.weekOf.get(week ?? '') === w && index.dayOf.get(s.day) === d && p >= start && p < start + (group?.length ?? 1);
  });
}

/** The people each cover item may still take. */
export function coverCandidates(index: SchoolIndex): CoverCandidate[] {
  const { school } = index;
  const out: CoverCandidate[] = [];
  school.cover.forEach((cover, c) => {
    const weekName = coverWeek(school, cover);
    const w = index.weekOf.get(weekName);
    const d = index.dayOf.get(cover.day);
    const p = index.periodOf.get(cover.period);
    if (w === undefined || d === undefined || p === undefined) return;
    const remaining = (cover.staffNeeded ?? 1) - (index.pinned.coverPeople.get(cover.id) ?? 0);
    if (remaining <= 0 || roomHeldByOtherClass(school, cover, weekName)) return;
    const slot = index.slot(w, d, p);
    if (roomPinnedByOther(index, cover, w, d, p)) return;
    const excluded = classTeacher(school, cover);
    const staff: number[] = [];
    school.staff.forEach((person, i) => {
      if (person.id === excluded) return;
      if (cover.roles && !cover.roles.includes(person.role)) return;
      if (cover.specifiedWork && !person.specifiedWork) return;
      const skills = index.staffSkills[i] as Set<string>;
      if (cover.skills && !cover.skills.every((k) => skills.has(k))) return;
      if ((index.staffFree[i] as Uint8Array)[slot] !== 1) return;
      staff.push(i);
    });
    const room = cover.room === undefined ? undefined : index.roomOf.get(cover.room);
    out.push({ cover: c, week: w, slot, staff, remaining, ...(room !== undefined ? { room } : {}) });
  });
  return out;
}
