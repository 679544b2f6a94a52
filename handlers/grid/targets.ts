/** Every place a picked-up card could be dropped, valid or not with the rule it breaks, in one answer. */
import type { DropTargets } from '../../api/grid';
import type { DropPlanner, Reason } from './drop-planner';

/** Judges every (slot, adult) pair and every slot keeping the adults, for the grid to look up while dragging. */
export function dropTargets(planner: DropPlanner, staff: readonly string[]): DropTargets {
  const { slotCount } = planner;
  const codes = new Array<number>((staff.length + 1) * slotCount).fill(0);
  const reasons: Reason[] = [];
  const known = new Map<string, number>();
  const codeOf = (reason: Reason | null): number => {
    if (reason === null) return 0;
    let at = known.get(reason.text);
    if (at === undefined) {
      at = reasons.length;
      reasons.push(reason);
      known.set(reason.text, at);
    }
    return at + 1;
  };

  const rooms: (string | null)[] = [];
  for (let s = 0; s < slotCount; s++) rooms.push(planner.slotPlan(s).at.room ?? null);
  staff.forEach((person, row) => {
    for (let s = 0; s < slotCount; s++) codes[row * slotCount + s] = codeOf(planner.dropOn(s, person).reason);
  });

  const keepRow = staff.length * slotCount;
  const anyStaff: (string[] | null)[] = [];
  const rowOf = new Map(staff.map((id, i) => [id, i]));
  for (let s = 0; s < slotCount; s++) {
    const drop = planner.picked.kind === 'session' ? planner.dropKeepingStaff(s) : firstFree(planner, rowOf, codes, s);
    codes[keepRow + s] = codeOf(drop.reason);
    anyStaff.push(planner.picked.kind !== 'session' && drop.session ? drop.session.staff : null);
  }
  return { slotCount, staff: [...staff], codes, reasons, rooms, anyStaff };
}

/** Demand from the tray: the first adult by preference whose row already says yes, else why nobody can. */
function firstFree(planner: DropPlanner, rowOf: ReadonlyMap<string, number>, codes: readonly number[], s: number) {
  for (const person of planner.preferenceOrder()) {
    const r = rowOf.get(person);
    if (r !== undefined && codes[r * planner.slotCount + s] === 0) return planner.dropOn(s, person);
  }
  return planner.dropKeepingStaff(s);
}
