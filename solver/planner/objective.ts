/**
 * What the planner prefers, in the spec's order. Filled demand dominates absolutely, priority by
 * priority (a weight per priority larger than everything below it can add up to); below one unit
 * of the least demand come: keeping sessions where they were, the same lead adult, preferred
 * staff, and sessions that take pupils out of fewer lessons.
 */
import type { Master } from './master';
import type { Prepared } from './prepare';
import type { PreviousPlan } from './previous';

/** Points per variable, before scaling below one unit of demand. */
export const POINTS = {
  keepSlot: 8,
  keepStaff: 4,
  lead: 4,
  preferred: 2,
  firstPreferred: 1,
  withdrawal: 1,
} as const;

/** The most points one unit of demand can earn: the scale that keeps all preferences below it. */
export const MAX_POINTS_PER_UNIT = POINTS.keepSlot + POINTS.keepStaff + POINTS.lead + POINTS.preferred + POINTS.firstPreferred;

/** Preference points for each placement variable, given the leads the plan is steering towards. */
export function preferencePoints(p: Prepared, master: Master, previous: PreviousPlan, leads: Map<number, number>): Map<string, number> {
  const points = new Map<string, number>();
  const optionPoints = master.options.map((o) => {
    const g = p.groups[o.group]!;
    let value = 0;
    if (previous.groupAt.has(`${o.group}:${o.slots[0]}`)) value += POINTS.keepSlot;
    const withdrawn = g.pupils.filter((pupil) => o.slots.some((slot) => p.pupilLesson[pupil]![slot]! >= 0)).length;
    if (g.pupils.length > 0) value -= (POINTS.withdrawal * withdrawn) / g.pupils.length;
    return value;
  });
  for (const [name, v] of master.vars) {
    if (v.kind !== 'session') continue;
    const o = master.options[v.option]!;
    const g = p.groups[o.group]!;
    // The lead the group is steered to (or its first preferred adult) is free for this session.
    const target = v.lead ?? leads.get(o.group);
    let value = optionPoints[v.option]!;
    if (target !== undefined && o.staff.includes(target)) {
      value += POINTS.lead;
      const before = previous.groupAt.get(`${o.group}:${o.slots[0]}`);
      if (before?.staff[0] === p.staff[target]!.staff.id) value += POINTS.keepStaff;
    }
    const rank = g.preferred.findIndex((s) => o.staff.includes(s));
    if (rank >= 0) value += POINTS.preferred + (rank === 0 ? POINTS.firstPreferred : 0);
    points.set(name, value);
  }
  return points;
}

/** Filled demand per priority in a piece, the weights that make it lexicographic, and the best it could reach. */
export interface FillObjective {
  weight: number[];
  /** An upper bound on the weighted fill of the piece. */
  bound: number;
  /** Units of demand in the piece. */
  units: number;
}

/**
 * Weights per priority for one independent piece of the model, from the demand inside it: one unit
 * of a priority outweighs all the demand below it.
 */
export function fillObjective(p: Prepared, master: Master, piece: readonly string[]): FillObjective {
  const { builder } = master;
  const demand = [0, 0, 0, 0, 0, 0];
  const add = (priority: number, amount: number) => {
    demand[priority] = (demand[priority] ?? 0) + amount;
  };
  const rowsSeen = new Set<string>();
  for (const name of piece) {
    for (const row of builder.columns.get(name)!.keys()) {
      if (rowsSeen.has(row)) continue;
      const bound = builder.rows.get(row);
      if (!bound || !('max' in bound)) continue;
      if (row.startsWith('GW')) {
        rowsSeen.add(row);
        add(p.groups[Number(row.slice(2).split(':')[0])]!.group.priority, bound.max);
      } else if (row.startsWith('CV')) {
        rowsSeen.add(row);
        add(p.cover[Number(row.slice(2))]!.cover.priority, bound.max);
      }
    }
  }
  const weight = [0, 0, 0, 0, 0, 0];
  let below = 0;
  for (let priority = 5; priority >= 1; priority--) {
    weight[priority] = below + 1;
    below += weight[priority]! * demand[priority]!;
  }
  return { weight, bound: below, units: demand.reduce((a, b) => a + b, 0) };
}
