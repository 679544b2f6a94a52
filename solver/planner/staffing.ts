/**
 * Naming the adults: with every session's time fixed, choose who takes each one and each cover
 * item. This is an assignment problem (people in slots, capped per week), whose linear programme
 * has integral optima, so it solves fast and exactly; preferences decide between equal plans.
 */
import { ModelBuilder, solve } from './lp';
import type { Master } from './master';
import { POINTS } from './objective';
import type { Prepared } from './prepare';
import type { PreviousPlan } from './previous';
import type { Clock } from './clock';

export interface Staffing {
  /** Per placed option: staff, lead first. */
  sessions: Map<number, number[]>;
  /** Per prepared cover item: people. */
  cover: Map<number, number[]>;
}

export type StaffingOutcome = { ok: true; staffing: Staffing } | { ok: false; options: number[] } | { ok: false; outOfTime: true };

/** Staffs the placement given by the master's solution `values`. */
export function staffPlacement(
  p: Prepared,
  master: Master,
  values: ReadonlyMap<string, number>,
  previous: PreviousPlan,
  leads: Map<number, number>,
  clock: Clock,
): StaffingOutcome {
  const b = new ModelBuilder();
  const forcedLead = new Map<number, number>();
  const placed: number[] = [];
  const coverCount = new Map<number, number>();
  for (const [name, value] of values) {
    if (value <= 0) continue;
    const v = master.vars.get(name);
    if (!v) continue;
    if (v.kind === 'session') {
      placed.push(v.option);
      if (v.lead !== undefined) forcedLead.set(v.option, v.lead);
    } else if (v.kind === 'cover') coverCount.set(v.item, value);
  }

  const staffSlot = new Map<string, string[]>();
  const staffWeek = new Map<string, { name: string; periods: number }[]>();
  const use = (name: string, s: number, slots: readonly number[], week: number) => {
    for (const slot of slots) {
      const list = staffSlot.get(`${s}:${slot}`) ?? [];
      list.push(name);
      staffSlot.set(`${s}:${slot}`, list);
    }
    const list = staffWeek.get(`${s}:${week}`) ?? [];
    list.push({ name, periods: slots.length });
    staffWeek.set(`${s}:${week}`, list);
  };

  for (const option of placed) {
    const o = master.options[option]!;
    const g = p.groups[o.group]!;
    const before = previous.groupAt.get(`${o.group}:${o.slots[0]}`);
    for (const s of o.staff) {
      const name = `a${option}_${s}`;
      let points = 0;
      if (before?.staff.includes(p.staff[s]!.staff.id)) points += POINTS.keepStaff;
      if (leads.get(o.group) === s) points += POINTS.lead;
      const rank = g.preferred.indexOf(s);
      if (rank >= 0) points += POINTS.preferred + (rank === 0 ? POINTS.firstPreferred : 0);
      b.variable(name, points);
      b.term(`N${option}`, name, 1);
      use(name, s, o.slots, o.week);
      if (forcedLead.get(option) === s) {
        b.term(`L${option}`, name, 1);
        b.bound(`L${option}`, { equal: 1 });
      }
    }
    b.bound(`N${option}`, { equal: g.adults });
  }
  for (const [item, count] of coverCount) {
    const c = p.cover[item]!;
    const open = master.cover.find((x) => x.item === item)!;
    for (const s of open.staff) {
      const name = `c${item}_${s}`;
      b.variable(name, previous.coverStaff.get(item)?.has(s) ? POINTS.keepStaff : 0);
      b.term(`C${item}`, name, 1);
      use(name, s, [c.slot], c.week);
    }
    b.bound(`C${item}`, { equal: count });
  }
  // Every person-slot gets its row, even with one candidate: it is also each variable's upper bound.
  for (const [key, names] of staffSlot) {
    for (const name of names) b.term(`S${key}`, name, 1);
    b.bound(`S${key}`, { max: 1 });
  }
  for (const [key, list] of staffWeek) {
    const [s, week] = key.split(':').map(Number) as [number, number];
    const cap = p.staff[s]!.capLeft[week]!;
    if (!Number.isFinite(cap) || list.reduce((n, x) => n + x.periods, 0) <= cap) continue;
    for (const x of list) b.term(`K${key}`, x.name, x.periods);
    b.bound(`K${key}`, { max: cap });
  }

  const chosen = new Map<string, number>();
  for (const piece of b.pieces()) {
    if (clock.left() <= 0) return { ok: false, outOfTime: true };
    const solution = solve(b.toModel(piece, clock.left()));
    if (!solution) {
      if (clock.left() <= 0) return { ok: false, outOfTime: true };
      const options = [...new Set(piece.filter((n) => n.startsWith('a')).map((n) => Number(n.slice(1).split('_')[0])))];
      return { ok: false, options };
    }
    for (const [name, value] of solution.values) if (value > 0) chosen.set(name, value);
  }

  const staffing: Staffing = { sessions: new Map(), cover: new Map() };
  for (const name of [...chosen.keys()].sort()) {
    const [head, s] = name.slice(1).split('_').map(Number) as [number, number];
    const map = name.startsWith('a') ? staffing.sessions : staffing.cover;
    map.set(head, [...(map.get(head) ?? []), s]);
  }
  for (const [option, staff] of staffing.sessions) {
    const o = master.options[option]!;
    const g = p.groups[o.group]!;
    const lead = forcedLead.get(option) ?? leads.get(o.group);
    const rank = (s: number) => (s === lead ? -1 : g.preferred.includes(s) ? g.preferred.indexOf(s) : 1000 + s);
    staffing.sessions.set(option, [...staff].sort((a, b2) => rank(a) - rank(b2)));
  }
  return { ok: true, staffing };
}
