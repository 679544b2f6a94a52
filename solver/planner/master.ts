/**
 * The placement model: when each group meets (and how many people each cover item gets), with
 * staff counted in aggregate. A session needs its adults from a set of eligible people; for any
 * set T of people and any slot, the sessions whose adults can only come from T cannot need more
 * than |T| of them (Hall's condition). Such rows start with the obvious sets and grow as the
 * staffing check finds sets that are too small, so the model stays small and exact.
 */
import { ModelBuilder } from './lp';
import type { GroupOption } from './options';
import type { CoverOption } from './cover-options';
import type { Prepared } from './prepare';

/** `units` adults must come from `staff` (eligible people free for the session). */
export interface Part {
  staff: readonly number[];
  units: number;
}

export type MasterVar =
  | { kind: 'session'; option: number; parts: Part[]; lead: number | undefined } // any eligible adults (lead only if fixed)
  | { kind: 'cover'; item: number; parts: Part[] }; // value = people for the item

export interface Master {
  builder: ModelBuilder;
  options: GroupOption[];
  cover: CoverOption[];
  vars: Map<string, MasterVar>;
  /** Variables filling one unit of demand each (per unit of value), with their priority. */
  fill: Map<string, number>;
  /** Per option, the variables whose sum is 1 when the session takes place. */
  sessionVars: string[][];
  /** Per slot, the variables that need people in it. */
  atSlot: Map<number, string[]>;
  /** Cut rows added so far (by key), so none is added twice. */
  cuts: Set<string>;
}

/**
 * Builds the placement model for the open options. (Steering towards each group's usual lead is
 * left to preferences and the staffing step: a second "led by them" variable per option doubled the
 * model and made tight schools many times slower to solve, measured.)
 * `sameAdultLeads` fixes the lead of each `sameAdult` group (chosen outside the model: inside it,
 * "one lead for all sessions" makes the linear programme split leads fractionally).
 */
export function buildMaster(
  p: Prepared,
  options: GroupOption[],
  cover: CoverOption[],
  sameAdultLeads: ReadonlyMap<number, number>,
): Master {
  const builder = new ModelBuilder();
  const master: Master = { builder, options, cover, vars: new Map(), fill: new Map(), sessionVars: options.map(() => []), atSlot: new Map(), cuts: new Set() };
  const add = (name: string, v: MasterVar, slots: readonly number[], priority: number | undefined) => {
    builder.variable(name, 0);
    master.vars.set(name, v);
    if (priority !== undefined) master.fill.set(name, priority);
    for (const slot of slots) {
      const list = master.atSlot.get(slot) ?? [];
      list.push(name);
      master.atSlot.set(slot, list);
    }
    if (v.kind === 'session') master.sessionVars[v.option]!.push(name);
  };
  const partsFor = (staff: readonly number[], adults: number, lead: number | undefined): Part[] =>
    lead === undefined ? [{ staff, units: adults }] : [{ staff: [lead], units: 1 }, ...(adults > 1 ? [{ staff: staff.filter((s) => s !== lead), units: adults - 1 }] : [])];

  for (const o of options) {
    const g = p.groups[o.group]!;
    const priority = g.group.priority;
    // A named lead, or the lead chosen for a `sameAdult` group, leads every session.
    const fixed = g.lead ?? sameAdultLeads.get(o.group);
    if (fixed !== undefined && !o.staff.includes(fixed)) continue;
    const staff = fixed !== undefined && g.adults === 1 ? [fixed] : o.staff;
    add(`z${o.id}`, { kind: 'session', option: o.id, parts: partsFor(staff, g.adults, fixed), lead: fixed }, o.slots, priority);
    for (const v of master.sessionVars[o.id]!) {
      builder.term(`GW${o.group}:${o.week}`, v, 1);
      builder.term(`GD${o.group}:${o.week}:${o.day}`, v, 1);
    }
    builder.bound(`GW${o.group}:${o.week}`, { max: g.wanted[o.week]! });
    builder.bound(`GD${o.group}:${o.week}:${o.day}`, { max: 1 });
  }

  for (const c of cover) {
    const item = p.cover[c.item]!;
    const name = `f${c.item}`;
    add(name, { kind: 'cover', item: c.item, parts: [{ staff: c.staff, units: 1 }] }, [item.slot], item.cover.priority);
    builder.term(`CV${c.item}`, name, 1);
    builder.bound(`CV${c.item}`, { max: Math.min(item.wanted, c.staff.length) });
  }

  addStartingStaffRows(master);
  addStartingRoomRows(p, master);
  // Pupils in several groups: one row per slot for each set of groups a pupil shares (measured:
  // adding them up front solves tight schools in one go, where adding them as cuts took rounds).
  const groupsOf = new Map<number, number[]>();
  for (const g of p.groups) for (const pupil of g.pupils) groupsOf.set(pupil, [...(groupsOf.get(pupil) ?? []), g.index]);
  for (const set of new Set([...groupsOf.values()].filter((g) => g.length > 1).map((g) => g.join(',')))) {
    addPupilRows(p, master, set.split(',').map(Number));
  }
  // Each capped person's own sessions in a week, within their cap.
  for (const person of p.staff) {
    for (let week = 0; week < p.weeks.length; week++) if (Number.isFinite(person.capLeft[week]!)) addCapRow(p, master, week, new Set([person.index]));
  }
  return master;
}

/**
 * "A pupil is in one group at a time" for every slot, for the groups one pupil shares (pupils with
 * the same groups share the rows). Added when a placement first puts such a pupil in two places:
 * one clash suggests more, so all slots are covered at once. Returns the variables touched.
 */
export function addPupilRows(p: Prepared, master: Master, groups: readonly number[]): string[] {
  const set = [...groups].sort((a, b) => a - b).join(',');
  const touched: string[] = [];
  const bySlotGroup = new Map<string, string[]>();
  for (const o of master.options) {
    for (const slot of o.slots) {
      const key = `${slot}:${o.group}`;
      bySlotGroup.set(key, [...(bySlotGroup.get(key) ?? []), ...master.sessionVars[o.id]!]);
    }
  }
  for (let slot = 0; slot < p.slotCount; slot++) {
    const present = groups.filter((g) => (bySlotGroup.get(`${slot}:${g}`)?.length ?? 0) > 0);
    if (present.length < 2) continue;
    const terms = new Map<string, number>();
    for (const g of present) for (const v of bySlotGroup.get(`${slot}:${g}`)!) terms.set(v, 1);
    if (addCutRow(master, `PG${slot}:${set}`, terms, 1)) touched.push(...terms.keys());
  }
  return touched;
}

/**
 * Units of people variable `name` needs from within `set` when every one of its parts can only
 * be taken by people in the set (0 when it is not there). Parts that outsiders could also take are
 * left out: that keeps these rows sparse, which the tight primary school needed.
 */
export function unitsWithin(master: Master, name: string, set: ReadonlySet<number>): number {
  const v = master.vars.get(name);
  if (!v) return 0;
  let units = 0;
  for (const part of v.parts) if (part.staff.length > 0 && part.staff.every((s) => set.has(s))) units += part.units;
  return units;
}

/**
 * Adds "at `slot`, sessions needing people only from `set` need at most |set| of them", unless
 * it is there already or can never bind. Returns whether a row was added.
 */
export function addStaffRow(master: Master, slot: number, set: ReadonlySet<number>, rhs = set.size): boolean {
  const key = `H${slot}:${[...set].sort((a, b) => a - b).join(',')}:${rhs}`;
  if (master.cuts.has(key)) return false;
  const terms: [string, number][] = [];
  let most = 0;
  for (const name of master.atSlot.get(slot) ?? []) {
    const units = unitsWithin(master, name, set);
    if (units === 0) continue;
    terms.push([name, units]);
    const v = master.vars.get(name)!;
    most += units * (v.kind === 'cover' ? set.size : 1);
  }
  if (most <= rhs) return false;
  master.cuts.add(key);
  for (const [name, units] of terms) master.builder.term(key, name, units);
  master.builder.bound(key, { max: rhs });
  return true;
}

/** A general cut row over the given variable coefficients. */
export function addCutRow(master: Master, key: string, terms: Map<string, number>, rhs: number): boolean {
  if (master.cuts.has(key)) return false;
  master.cuts.add(key);
  for (const [name, coefficient] of terms) master.builder.term(key, name, coefficient);
  master.builder.bound(key, { max: rhs });
  return true;
}

function addStartingStaffRows(master: Master): void {
  for (const [slot, names] of master.atSlot) {
    const sets = new Map<string, Set<number>>();
    for (const name of names) {
      for (const part of master.vars.get(name)!.parts) sets.set([...part.staff].sort((a, b) => a - b).join(','), new Set(part.staff));
    }
    const all = new Set([...sets.values()].flatMap((s) => [...s]));
    sets.set('all', all);
    for (const set of sets.values()) if (set.size > 0) addStaffRow(master, slot, set);
  }
}

/**
 * Rooms per slot, Hall's condition again: sessions that can only use the rooms in a set number
 * no more than the set. The room assignment adds the sets it finds too small.
 */
function addStartingRoomRows(p: Prepared, master: Master): void {
  if (p.school.rooms.length === 0) return;
  const bySlot = new Map<number, GroupOption[]>();
  for (const o of master.options) {
    for (const slot of o.slots) {
      const list = bySlot.get(slot) ?? [];
      list.push(o);
      bySlot.set(slot, list);
    }
  }
  for (const [slot, here] of bySlot) {
    const sets = new Map<string, number[]>();
    for (const o of here) sets.set(o.rooms.join(','), o.rooms);
    const all = [...new Set(here.flatMap((o) => o.rooms))];
    sets.set(all.join(','), all);
    for (const rooms of sets.values()) addRoomRow(master, slot, rooms);
  }
}

/** Adds "sessions at `slot` that can only use `rooms` are at most |rooms|" unless present or slack. */
export function addRoomRow(master: Master, slot: number, rooms: readonly number[]): boolean {
  const set = new Set(rooms);
  const key = `R${slot}:${[...set].sort((a, b) => a - b).join(',')}`;
  if (master.cuts.has(key)) return false;
  const inside = master.options.filter((o) => o.slots.includes(slot) && o.rooms.every((r) => set.has(r)));
  if (new Set(inside.map((o) => o.group)).size <= set.size) return false;
  master.cuts.add(key);
  for (const o of inside) for (const v of master.sessionVars[o.id]!) master.builder.term(key, v, 1);
  master.builder.bound(key, { max: set.size });
  return true;
}

/**
 * "In week `week`, sessions that only people in `staff` can take need at most their periods left"
 * (caps counted in periods). Returns the variables involved, or [] when the row is there already.
 */
export function addCapRow(p: Prepared, master: Master, week: number, staff: ReadonlySet<number>): string[] {
  const rhs = [...staff].reduce((n, s) => n + p.staff[s]!.capLeft[week]!, 0);
  if (!Number.isFinite(rhs)) return [];
  const terms = new Map<string, number>();
  for (const [slot, names] of master.atSlot) {
    if (Math.floor(slot / p.slotsPerWeek) !== week) continue;
    for (const name of names) {
      const units = unitsWithin(master, name, staff);
      if (units > 0) terms.set(name, (terms.get(name) ?? 0) + units);
    }
  }
  const key = `KC${week}:${[...staff].sort((a, b) => a - b).join(',')}`;
  return addCutRow(master, key, terms, rhs) ? [...terms.keys()] : [];
}
