/** Who and what each slot holds in a finished plan, for explanations and ranked alternatives. */
import type { Session } from '../model';
import type { Prepared } from './prepare';
import { slotOf } from './prepare';

export interface Occupancy {
  staffAt: Map<string, Session>;
  pupilAt: Map<string, Session>;
  roomAt: Map<string, Session>;
  /** Periods of sessions per person and week. */
  load: Map<string, number>;
  /** Slots each session covers. */
  slotsOf: Map<string, number[]>;
}

/** The slots a session covers, or [] when it names a week, day or period the school lacks. */
export function sessionSlots(p: Prepared, s: Session): number[] {
  const w = s.week === undefined ? 0 : p.weeks.indexOf(s.week);
  const d = p.days.indexOf(s.day);
  const start = p.periodIds.indexOf(s.period);
  if (w < 0 || d < 0 || start < 0) return [];
  const length = s.group === undefined ? 1 : (p.groups[p.groupById.get(s.group) ?? -1]?.length ?? 1);
  const slots: number[] = [];
  for (let i = start; i < start + length && i < p.periodIds.length; i++) slots.push(slotOf(p, w, d, i));
  return slots;
}

/** Indexes every session of a plan by the people, pupils and rooms it uses. */
export function occupancy(p: Prepared, sessions: readonly Session[]): Occupancy {
  const o: Occupancy = { staffAt: new Map(), pupilAt: new Map(), roomAt: new Map(), load: new Map(), slotsOf: new Map() };
  for (const s of sessions) {
    const slots = sessionSlots(p, s);
    o.slotsOf.set(s.id, slots);
    const week = slots.length > 0 ? Math.floor(slots[0]! / p.slotsPerWeek) : 0;
    for (const id of s.staff) {
      const staff = p.staffById.get(id);
      if (staff === undefined) continue;
      for (const slot of slots) o.staffAt.set(`${staff}:${slot}`, s);
      o.load.set(`${staff}:${week}`, (o.load.get(`${staff}:${week}`) ?? 0) + slots.length);
    }
    const group = s.group === undefined ? undefined : p.groups[p.groupById.get(s.group) ?? -1];
    if (group) for (const pupil of group.pupils) for (const slot of slots) o.pupilAt.set(`${pupil}:${slot}`, s);
    const room = s.room ?? (s.cover === undefined ? undefined : p.school.cover[p.coverById.get(s.cover) ?? -1]?.room);
    const r = room === undefined ? undefined : p.roomById.get(room);
    if (r !== undefined) for (const slot of slots) o.roomAt.set(`${r}:${slot}`, s);
  }
  return o;
}
