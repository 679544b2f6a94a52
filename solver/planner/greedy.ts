/**
 * A quick first plan: demand in priority order, each given the first adult and room that fit.
 * It is shown (after checking) while the optimiser works, and kept if the optimiser runs out of
 * time, so a cancelled plan is never empty-handed.
 */
import type { CoverOption } from './cover-options';
import type { GroupOption } from './options';
import type { Prepared } from './prepare';

export interface Placement {
  /** Chosen options with their staff (lead first) and room. */
  sessions: { option: number; staff: number[]; room: number | undefined }[];
  /** Chosen people per prepared cover item. */
  cover: Map<number, number[]>;
}

/** Places what it can, highest priority first, never breaking a hard rule. */
export function greedyPlacement(p: Prepared, options: readonly GroupOption[], cover: readonly CoverOption[]): Placement {
  const staffBusy = new Set<string>();
  const capUsed = new Map<string, number>();
  const pupilBusy = new Set<string>();
  const roomBusy = new Set<string>();
  const groupDay = new Set<string>();
  const groupWeek = new Map<string, number>();
  const leadOf = new Map<number, number>();
  const placement: Placement = { sessions: [], cover: new Map() };

  const staffFree = (s: number, slots: readonly number[], week: number) =>
    slots.every((slot) => !staffBusy.has(`${s}:${slot}`)) &&
    (capUsed.get(`${s}:${week}`) ?? 0) + slots.length <= p.staff[s]!.capLeft[week]!;
  const useStaff = (s: number, slots: readonly number[], week: number) => {
    for (const slot of slots) staffBusy.add(`${s}:${slot}`);
    capUsed.set(`${s}:${week}`, (capUsed.get(`${s}:${week}`) ?? 0) + slots.length);
  };

  type Demand = { priority: number; kind: 'group'; options: GroupOption[] } | { priority: number; kind: 'cover'; option: CoverOption };
  const demands: Demand[] = [];
  const byGroupWeek = new Map<string, GroupOption[]>();
  for (const o of options) {
    const key = `${o.group}:${o.week}`;
    const list = byGroupWeek.get(key) ?? [];
    list.push(o);
    byGroupWeek.set(key, list);
  }
  for (const list of byGroupWeek.values()) demands.push({ priority: p.groups[list[0]!.group]!.group.priority, kind: 'group', options: list });
  for (const c of cover) demands.push({ priority: p.cover[c.item]!.cover.priority, kind: 'cover', option: c });
  demands.sort((a, b) => a.priority - b.priority);

  for (const demand of demands) {
    if (demand.kind === 'cover') {
      const item = p.cover[demand.option.item]!;
      const chosen: number[] = [];
      for (const s of demand.option.staff) {
        if (chosen.length >= item.wanted) break;
        if (!staffFree(s, [item.slot], item.week)) continue;
        chosen.push(s);
        useStaff(s, [item.slot], item.week);
      }
      if (chosen.length > 0) placement.cover.set(demand.option.item, chosen);
      continue;
    }
    for (const o of demand.options) {
      const g = p.groups[o.group]!;
      const weekKey = `${o.group}:${o.week}`;
      if ((groupWeek.get(weekKey) ?? 0) >= g.wanted[o.week]!) break;
      if (groupDay.has(`${weekKey}:${o.day}`)) continue;
      if (g.pupils.some((pupil) => o.slots.some((slot) => pupilBusy.has(`${pupil}:${slot}`)))) continue;
      const room = o.rooms.find((r) => o.slots.every((slot) => !roomBusy.has(`${r}:${slot}`)));
      if (o.rooms.length > 0 && room === undefined) continue;
      const fixedLead = g.lead ?? (g.group.sameAdult ? (g.pinnedLead ?? leadOf.get(o.group)) : undefined);
      const free = o.staff.filter((s) => staffFree(s, o.slots, o.week));
      if (fixedLead !== undefined && !free.includes(fixedLead)) continue;
      const staff = fixedLead !== undefined ? [fixedLead, ...free.filter((s) => s !== fixedLead)] : free;
      if (staff.length < g.adults) continue;
      const chosen = staff.slice(0, g.adults);
      for (const s of chosen) useStaff(s, o.slots, o.week);
      for (const pupil of g.pupils) for (const slot of o.slots) pupilBusy.add(`${pupil}:${slot}`);
      if (room !== undefined) for (const slot of o.slots) roomBusy.add(`${room}:${slot}`);
      groupDay.add(`${weekKey}:${o.day}`);
      groupWeek.set(weekKey, (groupWeek.get(weekKey) ?? 0) + 1);
      if (g.group.sameAdult) leadOf.set(o.group, chosen[0]!);
      placement.sessions.push({ option: o.id, staff: chosen, room });
    }
  }
  return placement;
}
