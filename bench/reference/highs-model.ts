/**
 * An EXACT mixed-integer model of the whole planning problem (spec hard rules 1-10), solved by
 * HiGHS as a lexicographic sequence, written independently of the app's planner.
 *
 * Variables (all binary unless said):
 *   y[c]      candidate session c of a group runs (c = group, week, day, first period; see candidates.ts)
 *   a[c,p]    person p is one of its adults;  l[c,p] person p leads it (only when adults > 1 and no fixed lead;
 *             with one adult the adult is the lead, with a fixed `lead` that person is)
 *   r[c,k]    it uses room k (only when the school lists rooms)
 *   x[v,p]    person p is assigned to cover item v
 *   u[v]      cover item v is staffed (continuous in [0,1], >= every x[v,p]); it holds v's room
 *   z[g,p]    person p leads at least one session of group g (sameAdult groups; every group in stage b)
 * Rows: one group session a day and at most sessionsPerWeek a week; exactly `adults` adults, one lead,
 * one room per session; a person in one place per slot (group periods and cover); a room holds one
 * session per slot (group sessions and staffed cover in it); a pupil in one session per slot; weekly
 * caps counting periods; staffNeeded per cover item; sameAdult (sum of z <= 1); lead links
 * (sum over a day's candidates of the lead variable <= z, exact because a group meets once a day).
 * Everything about one candidate alone (availability, busy, lessons taught, skills unexpired on
 * asOf, roles, specifiedWork, staffSex, lead, periods, slots, period kinds, consecutive periods,
 * protected lessons, room kind, capacity and lessons in the room, pinned sessions) is applied when
 * the candidates are enumerated.
 *
 * Objective, lexicographic, solved as a sequence on one HiGHS model:
 *   (a) for priority 1, 2, ... 5: maximise the priority's filled demand (group sessions placed plus
 *       cover people assigned), then fix it (row >= optimum) before the next priority;
 *   (b) minimise CONTINUITY = sum over groups g, over the distinct lead adults p of g's sessions
 *       (pinned sessions included) of 1, plus 1 more when g has preferredStaff and p is not on it.
 *       So a group led all cycle by one preferred adult costs 1, by one other adult 2, by a
 *       preferred and another adult 3. bench/metrics.ts computes the same number for any plan.
 *   (c) repeated withdrawals are not optimised; bench/metrics.ts reports them for the extracted plan.
 * A stage is proven when HiGHS reports Optimal with mip_rel_gap 0 (objectives are integers, so an
 * absolute gap below 1 is also a proof); otherwise its best solution is fixed and the stage is
 * reported with its bound.
 */
import type { Highs } from 'highs';
import type { Group, Priority, School, Session } from '../../solver/model';
import { PRIORITIES } from '../../solver/model';
import type { FilledByPriority } from '../../solver/planner/types';
import { coverCandidates, groupCandidates } from './candidates';
import type { CoverCandidate, GroupCandidate } from './candidates';
import { freshHighs } from './highs-runtime';
import { coverWeek, indexSchool } from './school-index';
import type { SchoolIndex } from './school-index';
import { SparseModel } from './sparse-model';
import { planMetrics, sessionWeek } from '../metrics';

export interface ReferenceModel {
  index: SchoolIndex;
  sparse: SparseModel;
  /** Columns and rows of the priority stages; the rest (continuity links) are appended for stage (b). */
  fillPart: { cols: number; rows: number };
  groups: GroupCandidate[];
  covers: CoverCandidate[];
  y: number[];
  /** Per group candidate, the adult columns aligned with `candidate.staff`. */
  adult: number[][];
  /** Per group candidate, the lead column of each of its staff (aligned), -1 when that person cannot lead it. */
  leadCol: number[][];
  room: number[][];
  /** Per cover candidate, the columns aligned with `candidate.staff`. */
  people: number[][];
  /** Cover candidate -> its "staffed, holds the room" column u, where one was needed. */
  coverRoom: Map<number, number>;
  /** `${group}|${staff}` -> z column. */
  z: Map<string, number>;
  /** Columns whose sum is the filled demand of each priority (1..5 at 0..4), pinned sessions excluded. */
  priorityCols: number[][];
  /** z columns and their continuity cost. */
  continuity: { col: number; cost: number }[];
}

export interface ModelOptions {
  /** Build the lead indicators and links of every group (stage b); default true. */
  continuity?: boolean;
}

function leadCost(group: Group, staffId: string): number {
  return 1 + (group.preferredStaff && group.preferredStaff.length > 0 && !group.preferredStaff.includes(staffId) ? 1 : 0);
}

/** Builds the reference MIP of a school (no solving). */
export function buildReferenceModel(school: School, options: ModelOptions = {}): ReferenceModel {
  const withContinuity = options.continuity ?? true;
  const index = indexSchool(school);
  const groups = groupCandidates(index);
  const covers = coverCandidates(index);
  const m = new SparseModel();
  const nSlots = index.slotCount;
  const staffSlot = new Map<number, number[]>();
  const roomSlot = new Map<number, number[]>();
  const pupilSlot = new Map<string, { col: number; group: number }[]>();
  const groupDay = new Map<string, number[]>();
  const groupWeek = new Map<string, { cols: number[]; days: Set<number> }>();
  const capUse = new Map<string, { cols: number[]; coefs: number[] }>();
  const leadDay = new Map<string, number[]>();
  const priorityCols: number[][] = PRIORITIES.map(() => []);
  const push = <K>(map: Map<K, number[]>, key: K, col: number): void => {
    const list = map.get(key);
    if (list) list.push(col);
    else map.set(key, [col]);
  };
  const useCap = (staff: number, week: number, col: number, periods: number): void => {
    const key = `${staff}|${week}`;
    const entry = capUse.get(key) ?? { cols: [], coefs: [] };
    entry.cols.push(col);
    entry.coefs.push(periods);
    capUse.set(key, entry);
  };
  const needsZ = (g: number): boolean => withContinuity || school.groups[g]?.sameAdult === true;

  const y: number[] = [];
  const adult: number[][] = [];
  const leadCol: number[][] = [];
  const room: number[][] = [];
  for (const cand of groups) {
    const group = school.groups[cand.group] as Group;
    const adults = group.adults ?? 1;
    const yc = m.addCol(0, 1, true);
    y.push(yc);
    (priorityCols[group.priority - 1] as number[]).push(yc);
    const dayKey = `${cand.group}|${cand.week}|${cand.day}`;
    push(groupDay, dayKey, yc);
    const weekEntry = groupWeek.get(`${cand.group}|${cand.week}`) ?? { cols: [], days: new Set<number>() };
    weekEntry.cols.push(yc);
    weekEntry.days.add(cand.day);
    groupWeek.set(`${cand.group}|${cand.week}`, weekEntry);
    const a = cand.staff.map(() => m.addCol(0, 1, true));
    adult.push(a);
    m.addRow(0, 0, [...a, yc], [...a.map(() => 1), -adults]);
    let leads: number[];
    if (adults === 1) {
      leads = a;
    } else if (cand.lead !== undefined) {
      const at = cand.staff.indexOf(cand.lead);
      m.addRow(0, 0, [a[at] as number, yc], [1, -1]);
      leads = cand.staff.map((_, k) => (k === at ? yc : -1));
    } else {
      leads = cand.staff.map(() => m.addCol(0, 1, true));
      m.addRow(0, 0, [...leads, yc], [...leads.map(() => 1), -1]);
      leads.forEach((l, k) => m.addRow(-Infinity, 0, [l, a[k] as number], [1, -1]));
    }
    leadCol.push(leads);
    cand.staff.forEach((p, k) => {
      const col = a[k] as number;
      for (const s of cand.slots) push(staffSlot, p * nSlots + s, col);
      useCap(p, cand.week, col, cand.length);
      if (needsZ(cand.group) && (leads[k] as number) >= 0) push(leadDay, `${cand.group}|${p}|${dayKey}`, leads[k] as number);
    });
    const r = cand.rooms.map(() => m.addCol(0, 1, true));
    room.push(r);
    if (cand.rooms.length > 0) m.addRow(0, 0, [...r, yc], [...r.map(() => 1), -1]);
    cand.rooms.forEach((k, j) => {
      for (const s of cand.slots) push(roomSlot, k * nSlots + s, r[j] as number);
    });
    for (const pupil of group.pupils) {
      for (const s of cand.slots) {
        const key = `${pupil}|${s}`;
        const list = pupilSlot.get(key);
        if (list) list.push({ col: yc, group: cand.group });
        else pupilSlot.set(key, [{ col: yc, group: cand.group }]);
      }
    }
  }

  const people: number[][] = [];
  const coverRoom = new Map<number, number>();
  const coverRoomUsers: { cand: CoverCandidate; cols: number[] }[] = [];
  for (const cand of covers) {
    const cover = school.cover[cand.cover];
    const x = cand.staff.map(() => m.addCol(0, 1, true));
    people.push(x);
    if (!cover || x.length === 0) continue;
    (priorityCols[cover.priority - 1] as number[]).push(...x);
    if (x.length > cand.remaining) m.addRow(-Infinity, cand.remaining, x);
    cand.staff.forEach((p, k) => {
      push(staffSlot, p * nSlots + cand.slot, x[k] as number);
      useCap(p, cand.week, x[k] as number, 1);
    });
    if (cand.room !== undefined) coverRoomUsers.push({ cand, cols: x });
  }
  // A staffed cover item holds its room: u >= every x, and u joins the room's row for the slot.
  for (const { cand, cols } of coverRoomUsers) {
    const key = (cand.room as number) * nSlots + cand.slot;
    if (!roomSlot.has(key) && !coverRoomUsers.some((o) => o.cand !== cand && o.cand.room === cand.room && o.cand.slot === cand.slot)) continue;
    const u = m.addCol(0, 1, false);
    coverRoom.set(covers.indexOf(cand), u);
    for (const x of cols) m.addRow(-Infinity, 0, [x, u], [1, -1]);
    push(roomSlot, key, u);
  }

  for (const cols of groupDay.values()) if (cols.length > 1) m.addRow(-Infinity, 1, cols);
  for (const [key, entry] of groupWeek) {
    const [g, w] = key.split('|').map(Number) as [number, number];
    const group = school.groups[g] as Group;
    const remaining = group.sessionsPerWeek - (index.pinned.groupWeek.get(`${group.id}|${w}`) ?? 0);
    if (entry.days.size > remaining) m.addRow(-Infinity, remaining, entry.cols);
  }
  for (const cols of staffSlot.values()) if (cols.length > 1) m.addRow(-Infinity, 1, cols);
  for (const cols of roomSlot.values()) if (cols.length > 1) m.addRow(-Infinity, 1, cols);
  for (const entries of pupilSlot.values()) {
    if (entries.length > 1 && new Set(entries.map((e) => e.group)).size > 1) m.addRow(-Infinity, 1, entries.map((e) => e.col));
  }
  for (const [key, use] of capUse) {
    const [p, w] = key.split('|').map(Number) as [number, number];
    const person = school.staff[p];
    if (person?.maxPeriodsPerWeek === undefined) continue;
    const rhs = Math.max(0, person.maxPeriodsPerWeek - (index.pinned.staffPeriods.get(`${person.id}|${w}`) ?? 0));
    if (use.coefs.reduce((a, b) => a + b, 0) > rhs) m.addRow(-Infinity, rhs, use.cols, use.coefs);
  }

  // Lead indicators: links per group, person and day; sameAdult; pinned leads are fixed at 1.
  // sameAdult groups need them to fill demand; the other groups' come after `fillPart`, so the
  // priority stages solve without them and stage (b) appends them.
  const z = new Map<string, number>();
  const continuity: { col: number; cost: number }[] = [];
  const zOf = (g: number, staffId: string): number => {
    const key = `${g}|${staffId}`;
    let col = z.get(key);
    if (col === undefined) {
      const pinnedLead = index.pinned.groupLeads.get((school.groups[g] as Group).id)?.has(staffId) ?? false;
      col = m.addCol(pinnedLead ? 1 : 0, 1, true);
      z.set(key, col);
      continuity.push({ col, cost: leadCost(school.groups[g] as Group, staffId) });
    }
    return col;
  };
  const linkLeads = (sameAdultPart: boolean): void => {
    school.groups.forEach((group, g) => {
      if (!needsZ(g) || (group.sameAdult === true) !== sameAdultPart) return;
      for (const lead of index.pinned.groupLeads.get(group.id) ?? []) zOf(g, lead);
    });
    for (const [key, cols] of leadDay) {
      const [g, p] = key.split('|').map(Number) as [number, number];
      if ((school.groups[g]?.sameAdult === true) !== sameAdultPart) continue;
      const zc = zOf(g, (school.staff[p] as School['staff'][number]).id);
      m.addRow(-Infinity, 0, [...cols, zc], [...cols.map(() => 1), -1]);
    }
    if (!sameAdultPart) return;
    school.groups.forEach((group, g) => {
      if (!group.sameAdult) return;
      const cols = [...z.entries()].filter(([k]) => k.startsWith(`${g}|`)).map(([, c]) => c);
      if (cols.length > 1) m.addRow(-Infinity, 1, cols);
    });
  };
  linkLeads(true);
  const fillPart = { cols: m.numCols, rows: m.numRows };
  if (withContinuity) linkLeads(false);

  return { index, sparse: m, fillPart, groups, covers, y, adult, leadCol, room, people, coverRoom, z, priorityCols, continuity };
}

export interface StageResult {
  stage: 'priority-1' | 'priority-2' | 'priority-3' | 'priority-4' | 'priority-5' | 'continuity';
  /** Objective found (filled demand of the priority without pinned sessions, or continuity). */
  objective: number;
  /** Best bound HiGHS proved (equal to `objective` when proven). */
  bound: number;
  proven: boolean;
  status: string;
  seconds: number;
}

export interface ReferenceResult {
  /** Filled demand per priority, pinned sessions included: the reference optimum when `fillProven`. */
  filled: FilledByPriority;
  fillProven: boolean;
  /** Continuity of the extracted plan (see the header), null when stage (b) was not run; proven optimal when continuityProven. */
  continuity: number | null;
  continuityBound: number | null;
  continuityProven: boolean;
  stages: StageResult[];
  /** The plan read from the final solution, pinned sessions first. */
  sessions: Session[];
  model: { rows: number; cols: number; nonzeros: number; integerCols: number; buildSeconds: number };
  seconds: number;
  /** HiGHS WebAssembly linear memory after the solve (it only grows: the solve's peak). */
  highsMemoryBytes: number;
}

export interface ReferenceOptions {
  /** Wall-clock budget in seconds for all stages (default 60); stage (b) keeps a share of it. */
  timeLimitSec?: number;
  /** Run stage (b), continuity (default true). */
  continuity?: boolean;
  /** A runtime to reuse (tests); by default a fresh one, so its memory is this solve's. */
  highs?: Highs;
  /**
   * A plan to start from (e.g. the planner's): HiGHS takes it as its first incumbent when it keeps
   * every rule of the model, and ignores it otherwise. It never changes what is proven.
   */
  start?: readonly Session[];
}

const STATUS_NAMES: Record<number, string> = {
  0: 'not set', 1: 'load error', 2: 'model error', 3: 'presolve error', 4: 'solve error', 5: 'postsolve error',
  6: 'empty', 7: 'optimal', 8: 'infeasible', 9: 'unbounded or infeasible', 10: 'unbounded', 11: 'objective bound',
  12: 'objective target', 13: 'time limit', 14: 'iteration limit', 15: 'unknown', 16: 'solution limit', 17: 'interrupted',
};

/** Demand per priority and the part pinned sessions already fill. */
export function demandAndPinned(school: School): FilledByPriority {
  const out = emptyFilled();
  const weeks = school.calendar.weeks;
  const pinned = (school.plan?.sessions ?? []).filter((s) => s.pinned === true);
  for (const group of school.groups) {
    const entry = out[group.priority];
    entry.demand += group.sessionsPerWeek * weeks.length;
    for (const week of weeks) {
      const count = pinned.filter((s) => s.group === group.id && (s.week ?? weeks[0]) === week).length;
      entry.filled += Math.min(group.sessionsPerWeek, count);
    }
  }
  for (const cover of school.cover) {
    const entry = out[cover.priority];
    const needed = cover.staffNeeded ?? 1;
    entry.demand += needed;
    entry.filled += Math.min(needed, pinned.filter((s) => s.cover === cover.id).reduce((n, s) => n + s.staff.length, 0));
  }
  return out;
}

export function emptyFilled(): FilledByPriority {
  return { 1: { demand: 0, filled: 0 }, 2: { demand: 0, filled: 0 }, 3: { demand: 0, filled: 0 }, 4: { demand: 0, filled: 0 }, 5: { demand: 0, filled: 0 } };
}

/** Solves the reference model stage by stage and extracts its plan. */
export async function solveReference(school: School, options: ReferenceOptions = {}): Promise<ReferenceResult> {
  const started = performance.now();
  const budget = options.timeLimitSec ?? 60;
  const withContinuity = options.continuity ?? true;
  const built = buildReferenceModel(school, { continuity: withContinuity });
  const buildSeconds = (performance.now() - started) / 1000;
  const highs = options.highs ?? (await freshHighs());
  const { sparse, fillPart } = built;
  const n = sparse.numCols;
  const bound = (v: number): number => (v === -Infinity ? -highs.infinity : v === Infinity ? highs.infinity : v);
  // The priority stages run on the fill part; stage (b) appends the continuity columns and rows.
  const model = highs.createModel({
    numCols: fillPart.cols,
    numRows: fillPart.rows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: new Float64Array(fillPart.cols),
    colLower: Float64Array.from(sparse.colLower.slice(0, fillPart.cols)),
    colUpper: Float64Array.from(sparse.colUpper.slice(0, fillPart.cols)),
    rowLower: Float64Array.from(sparse.rowLower.slice(0, fillPart.rows), bound),
    rowUpper: Float64Array.from(sparse.rowUpper.slice(0, fillPart.rows), bound),
    matrix: { format: 'csr', numRows: fillPart.rows, numCols: fillPart.cols, ...sparse.rows(0, fillPart.rows) },
    integrality: Int32Array.from(sparse.integer.slice(0, fillPart.cols), (b) => (b ? 1 : 0)),
  });
  let cols = fillPart.cols;
  const appendContinuity = (): void => {
    const count = n - fillPart.cols;
    const rowsNow = model.getDimensions().numRows;
    model.addCols({
      cost: new Float64Array(count),
      lower: Float64Array.from(sparse.colLower.slice(fillPart.cols)),
      upper: Float64Array.from(sparse.colUpper.slice(fillPart.cols)),
      matrix: { format: 'csc', numRows: rowsNow, numCols: count, starts: new Int32Array(count + 1), indices: new Int32Array(0), values: new Float64Array(0) },
    });
    model.changeColsIntegrality({ kind: 'range', from: fillPart.cols, to: n - 1 }, new Int32Array(count).fill(1));
    const extra = sparse.numRows - fillPart.rows;
    model.addRows({
      lower: Float64Array.from(sparse.rowLower.slice(fillPart.rows), bound),
      upper: Float64Array.from(sparse.rowUpper.slice(fillPart.rows), bound),
      matrix: { format: 'csr', numRows: extra, numCols: n, ...sparse.rows(fillPart.rows, sparse.numRows) },
    });
    cols = n;
  };
  const stages: StageResult[] = [];
  const pinnedFilled = demandAndPinned(school);
  const values = new Float64Array(n);
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0.5, presolve: 'on' });
    // Each stage left gets an equal share of the time left; a quick stage passes its time on.
    const fillStages = PRIORITIES.filter((p) => (built.priorityCols[p - 1] as number[]).length > 0).length;
    const withZ = withContinuity && built.continuity.length > 0;
    let stagesLeft = fillStages + (withZ ? 1 : 0);
    const share = (): number => {
      const left = budget - (performance.now() - started) / 1000;
      const part = left / Math.max(1, stagesLeft);
      stagesLeft -= 1;
      return part;
    };
    if (options.start) values.set(startValues(school, built, options.start));
    const run = (stage: StageResult['stage'], limit: number, sense: 'max' | 'min', objective: readonly number[], costs: readonly number[]): StageResult => {
      const t0 = performance.now();
      const cost = new Float64Array(cols);
      objective.forEach((c, k) => {
        cost[c] = costs[k] as number;
      });
      model.changeColsCost({ kind: 'range', from: 0, to: cols - 1 }, cost);
      model.changeObjectiveSense(sense === 'max' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize);
      model.options.set({ time_limit: Math.max(1, limit) });
      model.zeroAllClocks();
      if (stages.length > 0 || options.start) model.setSolution({ colValue: values.subarray(0, cols) });
      const status = model.run().modelStatus;
      const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
      if (hasSolution) values.set(model.getSolution().colValue);
      const found = objective.reduce((s, c, k) => s + (costs[k] as number) * Math.round(values[c] ?? 0), 0);
      const dual = Number(model.info.get('mip_dual_bound'));
      const proven = status === highs.constants.modelStatus.optimal;
      return {
        stage, objective: found, bound: proven ? found : Number.isFinite(dual) ? dual : found, proven,
        status: hasSolution ? STATUS_NAMES[status] ?? String(status) : `${STATUS_NAMES[status] ?? status} (no solution)`,
        seconds: (performance.now() - t0) / 1000,
      };
    };
    for (const priority of PRIORITIES) {
      const fillCols = built.priorityCols[priority - 1] as number[];
      if (fillCols.length === 0) continue;
      const result = run(`priority-${priority}` as StageResult['stage'], share(), 'max', fillCols, fillCols.map(() => 1));
      stages.push(result);
      // Fix the priority at what was found (its optimum when proven) before the next one.
      model.addRow(result.objective - 0.5, highs.infinity, { indices: Int32Array.from([...fillCols].sort((a, b) => a - b)), values: new Float64Array(fillCols.length).fill(1) });
    }
    let continuity: number | null = null;
    let continuityBound: number | null = null;
    let continuityProven = false;
    if (withZ) {
      appendContinuity();
      // Lead indicators of the current plan, so the start HiGHS gets is feasible for the links.
      const leads = leadsOf(built, values);
      for (const [key, col] of built.z) {
        const [g, staffId] = [Number(key.slice(0, key.indexOf('|'))), key.slice(key.indexOf('|') + 1)];
        values[col] = Math.max(sparse.colLower[col] ?? 0, leads.get(g)?.has(staffId) ? 1 : 0);
      }
      const result = run('continuity', share(), 'min', built.continuity.map((c) => c.col), built.continuity.map((c) => c.cost));
      stages.push(result);
      continuityBound = result.bound;
      continuityProven = result.proven;
    } else if (withContinuity) {
      continuity = 0;
      continuityBound = 0;
      continuityProven = true;
    }
    const filled = emptyFilled();
    for (const p of PRIORITIES) {
      const found = stages.find((s) => s.stage === `priority-${p}`)?.objective ?? 0;
      filled[p as Priority] = { demand: pinnedFilled[p].demand, filled: pinnedFilled[p].filled + found };
    }
    const sessions = extractPlan(school, built, values);
    // A lead indicator may sit at 1 unused in a solution that is not optimal, so the plan's own
    // continuity (never more than the objective) is what is reported.
    if (withZ) continuity = planMetrics(school, sessions).continuity;
    return {
      filled,
      fillProven: stages.filter((s) => s.stage !== 'continuity').every((s) => s.proven),
      continuity,
      continuityBound,
      continuityProven,
      stages,
      sessions,
      model: { rows: sparse.numRows, cols: n, nonzeros: sparse.nonzeros, integerCols: sparse.integer.filter(Boolean).length, buildSeconds },
      seconds: (performance.now() - started) / 1000,
      highsMemoryBytes: highs.memoryBytes,
    };
  } finally {
    model.dispose();
  }
}

/** The lead adults (ids) of each group's sessions in a solution vector, by group index. */
function leadsOf(built: ReferenceModel, values: Float64Array): Map<number, Set<string>> {
  const { school } = built.index;
  const out = new Map<number, Set<string>>();
  built.groups.forEach((cand, c) => {
    if ((values[built.y[c] as number] ?? 0) < 0.5) return;
    (built.leadCol[c] as number[]).forEach((col, k) => {
      if (col >= 0 && (values[col] ?? 0) > 0.5) out.set(cand.group, (out.get(cand.group) ?? new Set<string>()).add((school.staff[cand.staff[k] as number] as School['staff'][number]).id));
    });
  });
  return out;
}

/** The column values of a plan (sessions that do not fit a candidate are left out). */
export function startValues(school: School, built: ReferenceModel, plan: readonly Session[]): Float64Array {
  const { index } = built;
  const values = new Float64Array(built.sparse.numCols);
  const candidateAt = new Map(built.groups.map((c, i) => [`${c.group}|${c.week}|${c.day}|${c.period}`, i]));
  const coverAt = new Map(built.covers.map((c, i) => [c.cover, i]));
  const leads = new Map<number, Set<string>>();
  for (const session of plan) {
    if (session.pinned) continue;
    const week = index.weekOf.get(sessionWeek(school, session));
    if (session.group !== undefined) {
      const g = index.groupOf.get(session.group);
      const c = candidateAt.get(`${g}|${week}|${index.dayOf.get(session.day)}|${index.periodOf.get(session.period)}`);
      if (g === undefined || c === undefined) continue;
      const cand = built.groups[c] as GroupCandidate;
      const staff = session.staff.map((id) => cand.staff.indexOf(index.staffOf.get(id) ?? -1));
      const room = session.room === undefined ? -1 : cand.rooms.indexOf(index.roomOf.get(session.room) ?? -1);
      if (staff.some((k) => k < 0) || (cand.rooms.length > 0 && room < 0)) continue;
      values[built.y[c] as number] = 1;
      for (const k of staff) values[(built.adult[c] as number[])[k] as number] = 1;
      const leadCol = (built.leadCol[c] as number[])[staff[0] ?? -1];
      if (leadCol !== undefined && leadCol >= 0) values[leadCol] = 1;
      if (room >= 0) values[(built.room[c] as number[])[room] as number] = 1;
      const lead = session.staff[0];
      if (lead !== undefined) leads.set(g, (leads.get(g) ?? new Set<string>()).add(lead));
    } else if (session.cover !== undefined) {
      const c = coverAt.get(index.coverOf.get(session.cover) ?? -1);
      if (c === undefined) continue;
      const cand = built.covers[c] as CoverCandidate;
      for (const id of session.staff) {
        const k = cand.staff.indexOf(index.staffOf.get(id) ?? -1);
        if (k >= 0) values[(built.people[c] as number[])[k] as number] = 1;
      }
    }
  }
  for (const [g, set] of leads) {
    for (const lead of set) {
      const col = built.z.get(`${g}|${lead}`);
      if (col !== undefined) values[col] = 1;
    }
  }
  for (const [c, col] of built.coverRoom) if ((built.people[c] as number[]).some((x) => values[x] === 1)) values[col] = 1;
  for (const { col } of built.continuity) values[col] = Math.max(values[col] ?? 0, built.sparse.colLower[col] ?? 0);
  return values;
}

/** Reads the plan out of a solution vector: pinned sessions, then group sessions, then cover. */
export function extractPlan(school: School, built: ReferenceModel, values: Float64Array): Session[] {
  const { index } = built;
  const on = (col: number): boolean => (values[col] ?? 0) > 0.5;
  const sessions: Session[] = [...index.pinned.sessions.map((s) => ({ ...s, staff: [...s.staff] }))];
  const used = new Set(sessions.map((s) => s.id));
  const uniqueId = (id: string): string => {
    let out = id;
    for (let k = 2; used.has(out); k += 1) out = `${id}-${k}`;
    used.add(out);
    return out;
  };
  built.groups.forEach((cand, c) => {
    if (!on(built.y[c] as number)) return;
    const group = school.groups[cand.group] as Group;
    const adults = (built.adult[c] as number[]).flatMap((col, k) => (on(col) ? [cand.staff[k] as number] : []));
    const leads = (built.leadCol[c] as number[]).flatMap((col, k) => (col >= 0 && on(col) ? [cand.staff[k] as number] : []));
    const lead = leads[0] ?? adults[0];
    const staff = [lead, ...adults.filter((p) => p !== lead)].flatMap((p) => (p === undefined ? [] : [(school.staff[p] as School['staff'][number]).id]));
    const roomAt = (built.room[c] as number[]).findIndex(on);
    const week = index.weeks[cand.week] as string;
    const day = index.days[cand.day] as Session['day'];
    const period = (index.periods[cand.period] as School['calendar']['periods'][number]).id;
    sessions.push({
      id: uniqueId(`ref-${group.id}-${week}-${day}-${period}`), group: group.id, week, day, period,
      ...(roomAt >= 0 ? { room: (school.rooms[cand.rooms[roomAt] as number] as School['rooms'][number]).id } : {}),
      staff,
    });
  });
  built.covers.forEach((cand, c) => {
    const cover = school.cover[cand.cover];
    if (!cover) return;
    const staff = (built.people[c] as number[]).flatMap((col, k) => (on(col) ? [(school.staff[cand.staff[k] as number] as School['staff'][number]).id] : []));
    if (staff.length === 0) return;
    sessions.push({
      id: uniqueId(`ref-${cover.id}`), cover: cover.id, week: coverWeek(school, cover), day: cover.day, period: cover.period,
      ...(cover.room ? { room: cover.room } : {}), staff,
    });
  });
  return sessions;
}
