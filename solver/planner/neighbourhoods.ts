/**
 * Improving a placement one or two days at a time. When a tight school's whole-week model is too
 * hard for branch and bound within its budget, everything outside a day (or a pair of days) is held
 * where it is and that day's small model is solved exactly; any gain is kept, and the days are
 * swept again until a sweep gains nothing or time runs out.
 */
import type { Clock } from './clock';
import { solve } from './lp';
import type { Master } from './master';
import type { Prepared } from './prepare';

/** The budget for one neighbourhood's branch and bound. */
const NEIGHBOURHOOD_BUDGET_MS = 1_000;

/**
 * Improves `values` (a valid placement of `piece` under `objective`) in place; returns it. A
 * `quick` pass (after a round of cuts moved little) sweeps single days once; a full one also
 * pairs days and sweeps until nothing improves.
 */
export function improveByDays(
  p: Prepared,
  master: Master,
  piece: readonly string[],
  objective: ReadonlyMap<string, number>,
  values: Map<string, number>,
  clock: Clock,
  quick = false,
): Map<string, number> {
  const dayOf = new Map<string, string>();
  for (const name of piece) {
    const v = master.vars.get(name);
    if (!v) continue;
    const slot = v.kind === 'cover' ? p.cover[v.item]!.slot : master.options[v.option]!.slots[0]!;
    dayOf.set(name, `${Math.floor(slot / p.slotsPerWeek)}:${Math.floor((slot % p.slotsPerWeek) / p.periodIds.length)}`);
  }
  const days = [...new Set(dayOf.values())].sort();
  const neighbourhoods: string[][] = days.map((d) => [d]);
  for (let i = 0; i < days.length && !quick; i++) {
    for (let j = i + 1; j < days.length; j++) if (days[i]!.split(':')[0] === days[j]!.split(':')[0]) neighbourhoods.push([days[i]!, days[j]!]);
  }
  for (let sweep = 0; sweep < (quick ? 1 : 4); sweep++) {
    let gained = false;
    for (const hood of neighbourhoods) {
      if (clock.left() <= 0) return values;
      const free = piece.filter((name) => hood.includes(dayOf.get(name) ?? ''));
      if (free.length === 0) continue;
      if (resolve(master, free, objective, values, clock)) gained = true;
    }
    if (!gained) break;
  }
  return values;
}

/** Re-solves the `free` variables with every other variable held; keeps the answer if it is better. */
function resolve(master: Master, free: readonly string[], objective: ReadonlyMap<string, number>, values: Map<string, number>, clock: Clock): boolean {
  const { builder } = master;
  const freeSet = new Set(free);
  const model = builder.toModel(free, Math.min(clock.left(), NEIGHBOURHOOD_BUDGET_MS));
  // Held variables use up part of every row they share with the free ones.
  const used = new Map<string, number>();
  for (const [name, value] of values) {
    if (value === 0 || freeSet.has(name)) continue;
    for (const [row, a] of builder.columns.get(name) ?? []) if (row in model.constraints) used.set(row, (used.get(row) ?? 0) + a * value);
  }
  for (const [row, amount] of used) {
    const bound = model.constraints[row];
    if (typeof bound === 'object' && bound.max !== undefined) model.constraints[row] = { max: bound.max - amount };
  }
  let before = 0;
  for (const name of free) {
    const weight = objective.get(name) ?? 0;
    model.variables[name]!.objective = weight;
    before += weight * (values.get(name) ?? 0);
  }
  const solution = solve(model);
  if (!solution || solution.objective <= before + 1e-9) return false;
  for (const name of free) values.delete(name);
  for (const [name, value] of solution.values) values.set(name, value);
  return true;
}
