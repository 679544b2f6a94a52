/** What the plan on the grid already says, so a new plan can keep it where it still works. */
import type { Session } from '../model';
import type { Prepared } from './prepare';
import { slotOf } from './prepare';

export interface PreviousPlan {
  /** `${group}:${startSlot}` -> the session that was there. */
  groupAt: Map<string, Session>;
  /** `${coverIndex}` (prepared cover) -> staff who took it. */
  coverStaff: Map<number, Set<number>>;
  /** Per group, its lead adults in the previous plan, most sessions first. */
  leads: Map<number, number[]>;
  sessions: readonly Session[];
}

/** Indexes the unpinned sessions of the previous plan that refer to things that still exist. */
export function readPrevious(p: Prepared, sessions: readonly Session[]): PreviousPlan {
  const groupAt = new Map<string, Session>();
  const coverStaff = new Map<number, Set<number>>();
  const leadCounts = new Map<number, Map<number, number>>();
  for (const s of sessions) {
    if (s.pinned === true) continue;
    const w = s.week === undefined ? 0 : p.weeks.indexOf(s.week);
    const d = p.days.indexOf(s.day);
    const period = p.periodIds.indexOf(s.period);
    if (w < 0 || d < 0 || period < 0) continue;
    const slot = slotOf(p, w, d, period);
    if (s.group !== undefined) {
      const g = p.groupById.get(s.group);
      if (g === undefined) continue;
      groupAt.set(`${g}:${slot}`, s);
      const lead = s.staff[0] === undefined ? undefined : p.staffById.get(s.staff[0]);
      if (lead !== undefined) {
        const counts = leadCounts.get(g) ?? new Map<number, number>();
        counts.set(lead, (counts.get(lead) ?? 0) + 1);
        leadCounts.set(g, counts);
      }
    } else if (s.cover !== undefined) {
      const item = p.cover.findIndex((c) => c.cover.id === s.cover && c.slot === slot);
      if (item < 0) continue;
      const set = coverStaff.get(item) ?? new Set<number>();
      for (const id of s.staff) {
        const staff = p.staffById.get(id);
        if (staff !== undefined) set.add(staff);
      }
      coverStaff.set(item, set);
    }
  }
  const leads = new Map<number, number[]>();
  for (const [g, counts] of leadCounts) leads.set(g, [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([s]) => s));
  return { groupAt, coverStaff, leads, sessions };
}
