/** Where the placed sessions are: per person, pupil and room slot, per group week, cover item and staff week. */
import type { Placement } from './placement';
import type { SchoolIndex } from './school-index';

function addTo(lists: (Placement[] | undefined)[], at: number, p: Placement): void {
  const list = lists[at];
  if (list === undefined) lists[at] = [p];
  else list.push(p);
}

function removeFrom(lists: (Placement[] | undefined)[], at: number, p: Placement): void {
  const list = lists[at];
  if (list === undefined) return;
  const i = list.indexOf(p);
  if (i >= 0) list.splice(i, 1);
}

function sized(n: number): (Placement[] | undefined)[] {
  return new Array<Placement[] | undefined>(n).fill(undefined);
}

/** The mutable index of placed sessions the relational rules (double booking, counts, caps) read. */
export class Occupancy {
  /** staff * slotCount + slot */
  readonly staffAt: (Placement[] | undefined)[];
  /** pupil * slotCount + slot (group sessions only) */
  readonly pupilAt: (Placement[] | undefined)[];
  /** room * slotCount + slot */
  readonly roomAt: (Placement[] | undefined)[];
  /** group * weekCount + week */
  readonly groupWeek: (Placement[] | undefined)[];
  /** group: every session of the cycle */
  readonly groupAll: (Placement[] | undefined)[];
  /** cover item * weekCount + week */
  readonly coverWeek: (Placement[] | undefined)[];
  /** staff * weekCount + week */
  readonly staffWeek: (Placement[] | undefined)[];
  /** session id: its placements (more than one only in bad input) */
  readonly byId = new Map<string, Placement[]>();

  constructor(private readonly facts: SchoolIndex) {
    const { slotCount, weekCount } = facts;
    this.staffAt = sized(facts.staff.length * slotCount);
    this.pupilAt = sized(facts.pupilNames.length * slotCount);
    this.roomAt = sized(facts.rooms.length * slotCount);
    this.groupWeek = sized(facts.groups.length * weekCount);
    this.groupAll = sized(facts.groups.length);
    this.coverWeek = sized(facts.covers.length * weekCount);
    this.staffWeek = sized(facts.staff.length * weekCount);
  }

  /** Records a placed session everywhere it occupies. */
  add(p: Placement): void {
    this.visit(p, addTo);
    const same = this.byId.get(p.session.id);
    if (same === undefined) this.byId.set(p.session.id, [p]);
    else same.push(p);
  }

  /** Forgets a placed session. */
  remove(p: Placement): void {
    this.visit(p, removeFrom);
    const same = this.byId.get(p.session.id);
    if (same === undefined) return;
    const i = same.indexOf(p);
    if (i >= 0) same.splice(i, 1);
    if (same.length === 0) this.byId.delete(p.session.id);
  }

  private visit(p: Placement, apply: (lists: (Placement[] | undefined)[], at: number, p: Placement) => void): void {
    const { slotCount, weekCount } = this.facts;
    for (const s of p.staff) {
      for (const slot of p.slots) apply(this.staffAt, s * slotCount + slot, p);
      apply(this.staffWeek, s * weekCount + p.week, p);
    }
    if (p.room >= 0) for (const slot of p.slots) apply(this.roomAt, p.room * slotCount + slot, p);
    if (p.group !== undefined) {
      for (const pupil of p.group.pupils) for (const slot of p.slots) apply(this.pupilAt, pupil * slotCount + slot, p);
      apply(this.groupWeek, p.group.index * weekCount + p.week, p);
      apply(this.groupAll, p.group.index, p);
    }
    if (p.cover !== undefined) apply(this.coverWeek, p.cover.index * weekCount + p.week, p);
  }
}
