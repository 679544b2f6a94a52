/**
 * A thin layer over javascript-lp-solver: build a model row by row, split it into independent
 * pieces, and solve each piece, trusting an answer only when it is integral.
 */
import solver, { type Model, type SolveResult } from 'javascript-lp-solver';

export type Bound = { max: number } | { min: number } | { equal: number };

/** A mixed-integer model: every variable is a non-negative integer unless declared continuous. */
export class ModelBuilder {
  readonly columns = new Map<string, Map<string, number>>();
  readonly rows = new Map<string, Bound>();
  readonly continuous = new Set<string>();

  /** Adds a variable with its objective coefficient (maximised). */
  variable(name: string, objective: number, integer = true): void {
    if (this.columns.has(name)) throw new Error(`Variable ${name} added twice`);
    this.columns.set(name, new Map([['objective', objective]]));
    if (!integer) this.continuous.add(name);
  }

  /** Adds `value` to the coefficient of `variable` in `row`. */
  term(row: string, variable: string, value: number): void {
    const column = this.columns.get(variable);
    if (!column) throw new Error(`Unknown variable ${variable}`);
    column.set(row, (column.get(row) ?? 0) + value);
  }

  bound(row: string, bound: Bound): void {
    this.rows.set(row, bound);
  }

  objective(variable: string, value: number): void {
    this.term('objective', variable, value);
  }

  /** The variables in groups that share no constraint: each group can be solved on its own. */
  pieces(): string[][] {
    const names = [...this.columns.keys()];
    const parent = names.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const firstInRow = new Map<string, number>();
    names.forEach((name, i) => {
      for (const row of this.columns.get(name)!.keys()) {
        if (row === 'objective' || !this.rows.has(row)) continue;
        const first = firstInRow.get(row);
        if (first === undefined) firstInRow.set(row, i);
        else parent[find(i)] = find(first);
      }
    });
    const groups = new Map<number, string[]>();
    names.forEach((name, i) => {
      const root = find(i);
      const list = groups.get(root);
      if (list) list.push(name);
      else groups.set(root, [name]);
    });
    return [...groups.values()];
  }

  /** The javascript-lp-solver model over `names` (all variables when omitted), keeping the rows `keepRow` accepts. */
  toModel(names: readonly string[] = [...this.columns.keys()], timeoutMs?: number, keepRow: (row: string) => boolean = () => true): Model {
    const variables: Record<string, Record<string, number>> = {};
    const constraints: Model['constraints'] = {};
    const ints: Record<string, 1> = {};
    for (const name of names) {
      const column = this.columns.get(name)!;
      const entry: Record<string, number> = {};
      for (const [row, value] of column) {
        if (row !== 'objective' && (value === 0 || !keepRow(row))) continue;
        entry[row] = value;
        if (row !== 'objective') {
          const bound = this.rows.get(row);
          if (bound) constraints[row] = bound;
        }
      }
      variables[name] = entry;
      if (!this.continuous.has(name)) ints[name] = 1;
    }
    return {
      optimize: 'objective',
      opType: 'max',
      constraints,
      variables,
      ints,
      // Best-first branch and bound without the library's presolve. Each other combination never
      // returned on at least one model of a seeded school (looping inside one node's linear
      // programme, where no timeout reaches); this one solved all five saved models in 0.3 s or less.
      options: { tolerance: 0, nodeSelection: 'best-first', presolve: false, ...(timeoutMs !== undefined && { timeout: Math.max(1, Math.floor(timeoutMs)) }) },
    };
  }
}

export interface Solution {
  /** Variable values (only non-zero ones), rounded to integers for integer variables. */
  values: Map<string, number>;
  objective: number;
}

/**
 * Solves a model. Returns undefined when the solver gives no integral answer (it ran out of time
 * inside branch and bound, or the model is infeasible): a fractional point is never trusted.
 */
export function solve(model: Model): Solution | undefined {
  const result = solver.Solve(model) as SolveResult;
  if (!result.feasible) return undefined;
  const values = new Map<string, number>();
  const integers = model.ints ?? {};
  for (const [key, raw] of Object.entries(result)) {
    if (typeof raw !== 'number' || !(key in model.variables)) continue;
    if (key in integers) {
      const rounded = Math.round(raw);
      if (Math.abs(raw - rounded) > 1e-6) return undefined;
      if (rounded !== 0) values.set(key, rounded);
    } else if (Math.abs(raw) > 1e-9) values.set(key, raw);
  }
  // The library can also call a point feasible that breaks a row (seen with best-first branch and
  // bound on a Week A/B school): every row is checked here rather than trusted.
  if (!keepsEveryRow(model, values)) return undefined;
  return { values, objective: result.result };
}

/** Whether `values` keep every bound of the model's rows. */
function keepsEveryRow(model: Model, values: ReadonlyMap<string, number>): boolean {
  const sums = new Map<string, number>();
  for (const [name, value] of values) {
    for (const [row, a] of Object.entries(model.variables[name] ?? {})) if (row !== 'objective') sums.set(row, (sums.get(row) ?? 0) + a * value);
  }
  for (const [row, bound] of Object.entries(model.constraints)) {
    if (typeof bound !== 'object') continue;
    const sum = sums.get(row) ?? 0;
    if (bound.max !== undefined && sum > bound.max + 1e-6) return false;
    if (bound.min !== undefined && sum < bound.min - 1e-6) return false;
    if (bound.equal !== undefined && Math.abs(sum - bound.equal) > 1e-6) return false;
  }
  return true;
}

/**
 * A whole-number answer for a packing model (every row an upper bound with non-negative
 * coefficients) when branch and bound ran out of time: the relaxation rounded down, which keeps
 * every row, then topped up greedily, most valuable variable first.
 */
export function packingFallback(model: Model): Solution {
  const relaxed = solver.Solve({ ...model, ints: {}, options: { tolerance: 0 } }) as SolveResult;
  const start = new Map<string, number>();
  if (relaxed.feasible) {
    for (const name of Object.keys(model.variables)) {
      const raw = relaxed[name];
      if (typeof raw === 'number' && Math.floor(raw + 1e-9) > 0) start.set(name, Math.floor(raw + 1e-9));
    }
  }
  return repairPacking(model, start);
}

/**
 * Makes `start` a valid whole-number answer of a packing model: variables are dropped from any row
 * they overfill (least valuable first), then the model is topped up greedily, most valuable first.
 */
export function repairPacking(model: Model, start: ReadonlyMap<string, number>): Solution {
  const max = (row: string): number => {
    const bound = model.constraints[row];
    return typeof bound === 'object' && bound.max !== undefined ? bound.max : Number.POSITIVE_INFINITY;
  };
  const value = (name: string) => model.variables[name]!.objective ?? 0;
  const values = new Map<string, number>();
  const used = new Map<string, number>();
  const fits = (name: string): boolean =>
    Object.entries(model.variables[name]!).every(([row, a]) => row === 'objective' || (used.get(row) ?? 0) + a <= max(row) + 1e-9);
  const add = (name: string) => {
    values.set(name, (values.get(name) ?? 0) + 1);
    for (const [row, a] of Object.entries(model.variables[name]!)) if (row !== 'objective') used.set(row, (used.get(row) ?? 0) + a);
  };
  // Most valuable first, each unit only if it still fits: whatever broke a row is left out.
  const byValue = Object.keys(model.variables).sort((a, b) => value(b) - value(a) || (a < b ? -1 : 1));
  for (const name of byValue) for (let n = start.get(name) ?? 0; n > 0 && fits(name); n--) add(name);
  for (const name of byValue) {
    if (value(name) <= 0) break;
    while (fits(name)) add(name);
  }
  let objective = 0;
  for (const [name, n] of values) objective += value(name) * n;
  return { values, objective };
}
