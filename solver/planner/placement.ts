/**
 * The placement loop: solve the placement model piece by piece, then check it for real (pupils
 * in two groups at once, people who cannot all be in place, rooms that run short, adults who
 * cannot stay for a whole long session). Each check that fails adds the row that rules the
 * failure out, and only the pieces that row touches are solved again. Rows are only ever ones
 * every valid plan keeps, so the final placement is as good as the full model's.
 */
import type { Clock } from './clock';
import { packingFallback, repairPacking, solve } from './lp';
import { addCutRow, addPupilRows, addRoomRow, type Master } from './master';
import { improveByDays } from './neighbourhoods';
import { fillObjective, MAX_POINTS_PER_UNIT, preferencePoints } from './objective';
import type { GroupOption } from './options';
import type { Prepared } from './prepare';
import type { PreviousPlan } from './previous';
import { assignRooms } from './rooms';
import { staffingCuts } from './staffing-check';
import { staffPlacement, type Staffing } from './staffing';

export type PlacementOutcome =
  | { ok: true; values: Map<string, number>; rooms: Map<number, number>; staffing: Staffing; rounds: number }
  | { ok: false; reason: 'out-of-time' };

/** Solves placement and staffing together until every check passes, or time runs out. */
export function solvePlacement(
  p: Prepared,
  master: Master,
  previous: PreviousPlan,
  leads: Map<number, number>,
  clock: Clock,
  onPiece: (done: number, total: number) => void,
): PlacementOutcome {
  const points = preferencePoints(p, master, previous, leads);
  const values = new Map<string, number>();
  const groupsOfPupil = pupilGroups(p);
  let dirty: Set<string> | undefined;
  // Variables of pieces branch and bound could not finish: solved from the last placement after.
  const hard = new Set<string>();
  for (let round = 1; ; round++) {
    const pieces = master.builder.pieces().filter((piece) => dirty === undefined || piece.some((v) => dirty!.has(v)));
    let done = 0;
    for (const piece of pieces) {
      if (clock.left() <= 0) return { ok: false, reason: 'out-of-time' };
      const warm = piece.some((v) => hard.has(v)) ? new Map(piece.map((v) => [v, values.get(v) ?? 0])) : undefined;
      const solution = solvePiece(p, master, piece, points, clock, warm);
      if (!solution.exact && !piece.some((v) => hard.has(v))) {
        for (const v of piece) hard.add(v);
      }
      for (const v of piece) values.delete(v);
      for (const [v, value] of solution.values) values.set(v, value);
      onPiece(++done, pieces.length);
    }
    const placed = placedOptions(master, values);
    // Pupils and staff are checked together, so one round learns every kind of clash it can.
    let touched = [...pupilCuts(master, placed, p, groupsOfPupil), ...staffingCuts(p, master, values)];
    let rooms = new Map<number, number>();
    if (touched.length === 0) {
      const outcome = giveRooms(p, master, placed, previous);
      if ('touched' in outcome) touched = outcome.touched;
      else rooms = outcome.rooms;
    }
    if (touched.length === 0) {
      const staffed = staffPlacement(p, master, values, previous, leads, clock);
      if (staffed.ok) return { ok: true, values, rooms, staffing: staffed.staffing, rounds: round };
      if ('outOfTime' in staffed) return { ok: false, reason: 'out-of-time' };
      // Adults cannot stay for these long sessions together: rule out this exact combination.
      touched = noGood(master, staffed.options.filter((o) => placed.has(o)));
    }
    if (touched.length === 0) throw new Error('The placement loop found a problem it could not rule out');
    dirty = new Set(touched);
  }
}

/**
 * Branch and bound stops after this long on one piece and keeps the best whole-number placement it
 * has found (depth first finds one early); a few pieces in tight schools need it.
 */
const PIECE_BUDGET_MS = 2_000;

/**
 * One solve per piece: filled demand by priority (lexicographic weights), with preferences as
 * tie-breaks worth less, all together, than one unit of the least demand. Measured on the demo
 * schools, the tie-breaks also make the relaxation land on whole numbers (pure fill weights leave
 * a huge flat optimum whose vertices are halves, and branch and bound then takes many seconds).
 */
function solvePiece(
  p: Prepared,
  master: Master,
  piece: readonly string[],
  points: ReadonlyMap<string, number>,
  clock: Clock,
  warm: ReadonlyMap<string, number> | undefined,
): { values: Map<string, number>; exact: boolean } {
  const fill = fillObjective(p, master, piece);
  const model = master.builder.toModel(piece, Math.min(clock.left(), PIECE_BUDGET_MS));
  const scale = 1 / (fill.units * (MAX_POINTS_PER_UNIT + 1) + 1);
  const objective = new Map(piece.map((name) => [name, (fill.weight[master.fill.get(name) ?? 0] ?? 0) + scale * (points.get(name) ?? 0)]));
  for (const name of piece) model.variables[name]!.objective = objective.get(name)!;
  // Once branch and bound has given up on this school, later rounds (a few new rows each) start
  // from the last placement instead: repaired to keep the new rows, then improved day by day.
  if (warm) return { values: improveByDays(p, master, piece, objective, repairPacking(model, warm).values, clock, true), exact: false };
  const solution = solve(model);
  if (solution) return { values: solution.values, exact: true };
  // Every row is an upper bound, so the relaxation rounded down (and topped up) is a valid
  // placement; then it is improved a day or two at a time.
  return { values: improveByDays(p, master, piece, objective, packingFallback(model).values, clock), exact: false };
}

function placedOptions(master: Master, values: ReadonlyMap<string, number>): Set<number> {
  const placed = new Set<number>();
  for (const [name, value] of values) {
    const v = master.vars.get(name);
    if (value > 0 && v?.kind === 'session') placed.add(v.option);
  }
  return placed;
}

function pupilGroups(p: Prepared): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const g of p.groups) for (const pupil of g.pupils) map.set(pupil, [...(map.get(pupil) ?? []), g.index]);
  return map;
}

/** Rows for pupils placed in two groups at once. */
function pupilCuts(master: Master, placed: ReadonlySet<number>, p: Prepared, groupsOfPupil: Map<number, number[]>): string[] {
  const seen = new Set<string>();
  const touched: string[] = [];
  for (const option of placed) {
    const o = master.options[option]!;
    for (const pupil of p.groups[o.group]!.pupils) {
      for (const slot of o.slots) {
        const key = `${pupil}:${slot}`;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        touched.push(...addPupilRows(p, master, groupsOfPupil.get(pupil) ?? []));
      }
    }
  }
  return touched;
}

/** Rooms day by day; when a day's rooms run short, the row that says so. */
function giveRooms(p: Prepared, master: Master, placed: ReadonlySet<number>, previous: PreviousPlan): { rooms: Map<number, number> } | { touched: string[] } {
  const rooms = new Map<number, number>();
  if (p.school.rooms.length === 0) return { rooms };
  const byDay = new Map<string, GroupOption[]>();
  for (const option of placed) {
    const o = master.options[option]!;
    const list = byDay.get(`${o.week}:${o.day}`) ?? [];
    list.push(o);
    byDay.set(`${o.week}:${o.day}`, list);
  }
  const touched: string[] = [];
  for (const day of byDay.values()) {
    const outcome = assignRooms(
      day,
      (room) => p.school.rooms[room]!.capacity,
      (o) => {
        const before = previous.groupAt.get(`${o.group}:${o.slots[0]}`)?.room;
        return before === undefined ? undefined : p.roomById.get(before);
      },
    );
    if (outcome.ok) {
      for (const [option, room] of outcome.rooms) rooms.set(option, room);
      continue;
    }
    const cut = outcome.cut;
    if (cut.kind === 'hall') {
      if (!addRoomRow(master, cut.slot, cut.rooms)) throw new Error('Rooms ran short where the model already forbids it');
      for (const o of master.options) if (o.slots.includes(cut.slot) && o.rooms.every((r) => cut.rooms.includes(r))) touched.push(...master.sessionVars[o.id]!);
    } else touched.push(...noGood(master, cut.options));
  }
  return touched.length > 0 ? { touched } : { rooms };
}

/** "Not all of these sessions together": the weakest valid row, for rare long-session tangles. */
function noGood(master: Master, options: readonly number[]): string[] {
  const terms = new Map<string, number>();
  for (const option of options) for (const v of master.sessionVars[option]!) terms.set(v, 1);
  const key = `NG${[...options].sort((a, b) => a - b).join(',')}`;
  return addCutRow(master, key, terms, options.length - 1) ? [...terms.keys()] : [];
}
