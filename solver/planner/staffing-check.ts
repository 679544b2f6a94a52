/**
 * Can the sessions the placement model chose all be staffed? A maximum flow per cycle week from
 * sessions to people-in-slots (and through each capped person's week) answers exactly; when it
 * falls short, its minimum cut names the people who are too few, and that becomes a model row.
 * Sessions longer than one period are checked period by period here; keeping the same adult for
 * the whole session is left to the staffing step.
 */
import { FlowNetwork } from './flow';
import { addCapRow, addCutRow, addStaffRow, type Master } from './master';
import type { Prepared } from './prepare';

/** Adds rows for every shortfall found; returns the variables those rows involve (empty when all can be staffed). */
export function staffingCuts(p: Prepared, master: Master, values: ReadonlyMap<string, number>): string[] {
  const touched: string[] = [];
  for (let week = 0; week < p.weeks.length; week++) touched.push(...weekCuts(p, master, values, week));
  return touched;
}

function slotsOfVar(master: Master, name: string, p: Prepared): number[] {
  const v = master.vars.get(name)!;
  if (v.kind === 'cover') return [p.cover[v.item]!.slot];
  return master.options[v.option]!.slots;
}

function weekCuts(p: Prepared, master: Master, values: ReadonlyMap<string, number>, week: number): string[] {
  const net = new FlowNetwork(2);
  const source = 0;
  const sink = 1;
  const staffSlot = new Map<string, number>(); // "s:slot" -> node
  const staffWeek = new Map<number, number>(); // capped person -> node
  const nodeInfo = new Map<number, { staff: number; slot: number }>();
  let demand = 0;

  const slotNode = (s: number, slot: number): number => {
    const key = `${s}:${slot}`;
    let node = staffSlot.get(key);
    if (node !== undefined) return node;
    node = net.node();
    staffSlot.set(key, node);
    nodeInfo.set(node, { staff: s, slot });
    const cap = p.staff[s]!.capLeft[week]!;
    if (Number.isFinite(cap)) {
      let weekNode = staffWeek.get(s);
      if (weekNode === undefined) {
        weekNode = net.node();
        staffWeek.set(s, weekNode);
        net.edge(weekNode, sink, cap);
      }
      net.edge(node, weekNode, 1);
    } else net.edge(node, sink, 1);
    return node;
  };

  for (const [name, value] of values) {
    if (value <= 0) continue;
    const v = master.vars.get(name);
    if (!v) continue;
    const slots = slotsOfVar(master, name, p);
    if (slots.length === 0 || Math.floor(slots[0]! / p.slotsPerWeek) !== week) continue;
    for (const slot of slots) {
      for (const part of v.parts) {
        const units = part.units * value;
        const node = net.node();
        net.edge(source, node, units);
        demand += units;
        for (const s of part.staff) net.edge(node, slotNode(s, slot), 1);
      }
    }
  }
  if (demand === 0 || net.maxFlow(source, sink) >= demand) return [];

  const side = net.sourceSide(source);
  const x = new Map<number, Set<number>>(); // slot -> staff in the cut set
  const cappedInCut = new Set<number>();
  for (const [node, info] of nodeInfo) {
    if (!side.has(node)) continue;
    const set = x.get(info.slot) ?? new Set<number>();
    set.add(info.staff);
    x.set(info.slot, set);
  }
  for (const [s, node] of staffWeek) if (side.has(node)) cappedInCut.add(s);

  const touched: string[] = [];
  if (cappedInCut.size === 0) {
    // No weekly cap is binding: the shortfall is within single slots, one Hall row each.
    for (const [slot, set] of x) {
      if (addStaffRow(master, slot, set)) touched.push(...(master.atSlot.get(slot) ?? []));
    }
    if (touched.length > 0) return touched;
  }
  // Only capped people are short: however the week is arranged, the sessions only they can staff
  // cannot need more periods than their caps allow. One row for the whole week.
  const inCut = new Set([...x.values()].flatMap((set) => [...set]));
  if ([...inCut].every((s) => cappedInCut.has(s))) {
    const added = addCapRow(p, master, week, inCut);
    if (added.length > 0) return added;
  }
  // A cap binds alongside uncapped people: one row over exactly these people-slots. People-slots outside capped weeks count 1 each;
  // a capped person counts at most their periods left.
  let rhs = 0;
  const perCapped = new Map<number, number>();
  for (const [, set] of x) {
    for (const s of set) {
      if (cappedInCut.has(s)) perCapped.set(s, (perCapped.get(s) ?? 0) + 1);
      else rhs += 1;
    }
  }
  for (const [s, n] of perCapped) rhs += Math.min(n, p.staff[s]!.capLeft[week]!);
  const terms = new Map<string, number>();
  for (const [slot, set] of x) {
    for (const name of master.atSlot.get(slot) ?? []) {
      const v = master.vars.get(name)!;
      const value = values.get(name) ?? 0;
      for (const part of v.parts) {
        if (part.staff.length === 0) continue;
        const outside = part.staff.reduce((n, s) => n + (set.has(s) ? 0 : 1), 0);
        // A part wanting more people than it has outsiders (as placed now, e.g. a duty for three)
        // counts in full against the set's room plus its outsiders: valid for any whole number
        // of it, and exactly what the flow found short. Otherwise only its certain need counts.
        if (outside > 0 && part.units * value > outside) {
          terms.set(name, (terms.get(name) ?? 0) + part.units);
          rhs += outside;
        } else if (part.units > outside) terms.set(name, (terms.get(name) ?? 0) + part.units - outside);
      }
    }
  }
  const signature = [...terms].map(([name, a]) => `${name}*${a}`).sort().join('+');
  const key = `K${week}:${[...x].map(([slot, set]) => `${slot}=${[...set].sort((a, b) => a - b).join('.')}`).join(';')}:${signature}<=${rhs}`;
  if (!addCutRow(master, key, terms, rhs)) throw new Error('The staffing check found a shortfall it had already ruled out');
  return [...terms.keys()];
}

