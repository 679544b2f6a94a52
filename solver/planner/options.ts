/**
 * Where each group could meet: every start slot that keeps the time rules (period kinds, allowed
 * periods, fixed slots, consecutive periods, no protected lesson for any pupil), with the adults
 * free for the whole session and the rooms free and fit for it.
 */
import type { Prepared, PreparedGroup } from './prepare';
import { slotOf } from './prepare';

export interface GroupOption {
  id: number;
  group: number;
  week: number;
  day: number;
  /** Slots the session covers, first one first. */
  slots: number[];
  /** Eligible staff free for the whole session (just the lead, when the group names one and needs one adult). */
  staff: number[];
  /** Eligible rooms free for the whole session; empty when the school lists no rooms. */
  rooms: number[];
}

const TAUGHT_KINDS = new Set(['lesson', 'registration', 'tutor', 'assembly']);

/** Every possible session of every group still wanting sessions. */
export function groupOptions(p: Prepared): GroupOption[] {
  const options: GroupOption[] = [];
  const hasRooms = p.school.rooms.length > 0;
  for (const g of p.groups) {
    const fixed = fixedStarts(p, g);
    for (let w = 0; w < p.weeks.length; w++) {
      if (g.wanted[w]! <= 0) continue;
      for (let d = 0; d < p.days.length; d++) {
        if (g.pinnedDays[w]!.has(d)) continue;
        for (let start = 0; start + g.length <= p.periodIds.length; start++) {
          const first = slotOf(p, w, d, start);
          if (fixed && !fixed.has(first)) continue;
          const slots = Array.from({ length: g.length }, (_, i) => first + i);
          if (!timeAllowed(p, g, start)) continue;
          if (!pupilsFree(p, g, slots)) continue;
          const staff = freeStaff(p, g, slots, w);
          if (staff.length < g.adults) continue;
          if (g.lead !== undefined && !staff.includes(g.lead)) continue;
          const rooms = hasRooms ? freeRooms(p, g, slots) : [];
          if (hasRooms && rooms.length === 0) continue;
          options.push({ id: options.length, group: g.index, week: w, day: d, slots, staff, rooms });
        }
      }
    }
  }
  return options;
}

/** The start slots a group with fixed `slots` must use, or undefined when it has none. */
export function fixedStarts(p: Prepared, g: PreparedGroup): Set<number> | undefined {
  if (!g.group.slots) return undefined;
  const set = new Set<number>();
  for (const s of g.group.slots) {
    const d = p.days.indexOf(s.day);
    const period = p.periodIds.indexOf(s.period);
    if (d < 0 || period < 0) continue;
    const weeks = s.week === undefined ? p.weeks.map((_, i) => i) : [p.weeks.indexOf(s.week)];
    for (const w of weeks) if (w >= 0) set.add(slotOf(p, w, d, period));
  }
  return set;
}

/** Period kinds and the group's own allowed periods, for every period the session covers. */
export function timeAllowed(p: Prepared, g: PreparedGroup, start: number): boolean {
  for (let i = start; i < start + g.length; i++) {
    const kind = p.periodKinds[i]!;
    if (!TAUGHT_KINDS.has(kind) && !(g.group.unstructured === true && (kind === 'break' || kind === 'lunch'))) return false;
    if (g.group.periods && !g.group.periods.includes(p.periodIds[i]!)) return false;
  }
  return true;
}

function pupilsFree(p: Prepared, g: PreparedGroup, slots: number[]): boolean {
  for (const pupil of g.pupils) {
    for (const slot of slots) {
      if (p.pupilPinned[pupil]![slot] !== undefined) return false;
      const lesson = p.pupilLesson[pupil]![slot]!;
      if (lesson >= 0 && p.school.lessons[lesson]!.protected) return false;
    }
  }
  return true;
}

function freeStaff(p: Prepared, g: PreparedGroup, slots: number[], week: number): number[] {
  const candidates = g.adults === 1 && g.lead !== undefined ? [g.lead].filter((s) => g.eligible.includes(s)) : g.eligible;
  return candidates.filter((s) => {
    const person = p.staff[s]!;
    if (person.capLeft[week]! < slots.length) return false;
    return slots.every((slot) => person.blocks[slot] === undefined);
  });
}

/** Rooms of an allowed kind, big enough for pupils and adults, with nothing in them for the session. */
export function freeRooms(p: Prepared, g: PreparedGroup, slots: number[]): number[] {
  const need = g.group.pupils.length + g.adults;
  const rooms: number[] = [];
  p.school.rooms.forEach((room, r) => {
    if (room.capacity < need) return;
    if (g.group.roomKinds && !g.group.roomKinds.includes(room.kind)) return;
    if (slots.some((slot) => p.roomTaken[r]![slot] !== undefined)) return;
    rooms.push(r);
  });
  return rooms;
}
